import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/evi-ask-form.js';
import type { EviAskForm } from '../../src/ask-form/ask-form.js';
import { stubbedPage } from '../helpers/network.js';
import { expectDarkTheme, rootColours } from '../helpers/theme.js';

const CONFIG = '/test/fixtures/ask.json';
const checked = (el: EviAskForm) => el.shadowRoot!.querySelector<HTMLInputElement>('input[name=topic]:checked')?.value ?? null;

describe('ask form driven by properties', () => {
  const io = stubbedPage();
  beforeEach(() => {
    sessionStorage.clear();
  });
  afterEach(() => {
    sessionStorage.clear();
  });

  it('topic by property after load preselects; removing it clears; lang/theme by property', async () => {
    const el = await fixture<EviAskForm>(html`<evi-ask-form src=${CONFIG}></evi-ask-form>`);
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'no form', { timeout: 3000 });
    expect(checked(el)).to.equal(null);
    el.topic = 'bank';
    await el.updateComplete;
    expect(checked(el)).to.equal('bank');
    el.removeAttribute('topic');
    await el.updateComplete;
    expect(checked(el)).to.equal(null);
    const submit = () => el.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim();
    expect(submit()).to.match(/^Skicka/);
    // the light theme before: dark text (#1d1d1f) on no background of its own
    const light = rootColours(el);
    expect(light.color).to.equal('rgb(29, 29, 31)');
    el.lang = 'en';
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    // what the visitor sees changes: light text on the dark theme's own background
    expectDarkTheme(el);
    const dark = rootColours(el);
    expect(dark.background, 'the dark theme brings its dark background').to.equal('rgb(28, 28, 31)');
    expect(dark).not.to.deep.equal(light);
    expect(submit()).to.match(/^Send/);
  });

  it('created by createElement, properties before append, moved in the DOM: loads once and keeps what was typed', async () => {
    const a = await fixture<HTMLElement>(html`<div><section id="one"></section><section id="two"></section></div>`);
    const el = document.createElement('evi-ask-form');
    el.src = CONFIG;
    el.topic = 'export';
    const load = oneEvent(el, 'evi-load');
    a.querySelector('#one')!.append(el);
    await load;
    await el.updateComplete;
    expect(checked(el)).to.equal('export');
    const name = el.shadowRoot!.querySelector<HTMLInputElement>('#f-name')!;
    name.value = 'Anna';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    a.querySelector('#two')!.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#f-name')!.value).to.equal('Anna');
    expect(io.net.requests.filter((r) => r.url.endsWith('/ask.json'))).to.have.length(1);
  });
});

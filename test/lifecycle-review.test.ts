// What a review of the widgets in single-page apps found: a directory moved in the page lost the visitor's
// search, "Visa fler" and focus; a form kept aside by a router shared its draft with a new one; a slow
// receiver's answer pulled focus back from wherever the visitor had gone.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/evi-member-directory.js';
import type { EviMemberDirectory } from '../src/member-directory/member-directory.js';
import type { EviAskForm } from '../src/ask-form/ask-form.js';
import { draftKey } from '../src/ask-form/draft.js';
import { clearFeedCache } from '../src/internal/feed-cache.js';
import { CONFIG, fillValid, installReceiver, json, realFetch, renderForm, submit, type as typeInto } from './helpers/ask-form.js';

const FEED = '/test/fixtures/members-directory.json';
const names = (el: EviMemberDirectory) => [...el.shadowRoot!.querySelectorAll('li h3')].map((h) => h.textContent!.trim());

async function directory(attributes = ''): Promise<{ page: HTMLElement; el: EviMemberDirectory }> {
  const page = await fixture<HTMLElement>(html`<div><div class="a"></div><div class="b"></div></div>`);
  page.querySelector('.a')!.insertAdjacentHTML('beforeend', `<evi-member-directory src="${FEED}" ${attributes}></evi-member-directory>`);
  const el = page.querySelector<EviMemberDirectory>('evi-member-directory')!;
  await waitUntil(() => names(el).length > 0, 'the members are listed', { timeout: 3000 });
  return { page, el };
}

describe('widgets moved and kept aside, as single-page apps do', () => {
  beforeEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    sessionStorage.clear();
  });
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    sessionStorage.clear();
  });

  it('a directory moved in the page keeps the search typed just before', async () => {
    const { page, el } = await directory();
    const all = names(el).length;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: 'smide' });
    await el.updateComplete;
    const found = names(el);
    expect(found.length).to.be.lessThan(all);
    page.querySelector('.b')!.append(el); // within the typing pause
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!.value).to.equal('smide');
    expect(names(el)).to.deep.equal(found);
  });

  it('a directory moved in the page keeps what "Visa fler" showed', async () => {
    const { page, el } = await directory('page-size="2"');
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((b) => /Visa fler/.test(b.textContent ?? ''))!;
    more.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
    page.querySelector('.b')!.append(el);
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
  });

  it('a directory moved after a #member= link does not take focus back from the visitor', async () => {
    history.replaceState(null, '', '#member=kolbacks-smide');
    const { page, el } = await directory();
    await waitUntil(() => el.shadowRoot!.activeElement !== null, 'the linked member gets focus', { timeout: 3000 });
    const elsewhere = document.createElement('button');
    elsewhere.textContent = 'Elsewhere';
    page.append(elsewhere);
    elsewhere.focus();
    page.querySelector('.b')!.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement === elsewhere, `focus is on ${document.activeElement?.localName}`).to.equal(true);
  });

  describe('the ask form', () => {
    let sent: ReturnType<typeof installReceiver> = [];
    let release: ((response: Response) => void) | undefined;
    beforeEach(() => {
      clearFeedCache();
      release = undefined;
      sent = installReceiver(() => new Promise((resolve) => (release = resolve)));
    });
    afterEach(() => {
      window.fetch = realFetch;
    });

    it('a form kept aside and attached again after a new one took its place: two drafts, neither lost', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const a = await renderForm(html`<evi-ask-form src=${CONFIG} .minFillTime=${0}></evi-ask-form>`);
      wrapper.append(a);
      await typeInto(a, 'message', 'Fråga A om lån till en ny maskin');
      a.remove(); // kept by the router, not destroyed
      const b = document.createElement('evi-ask-form') as EviAskForm;
      b.src = CONFIG;
      b.minFillTime = 0;
      wrapper.append(b);
      await waitUntil(() => b.shadowRoot?.querySelector('form'), 'the new form renders', { timeout: 3000 });
      await typeInto(b, 'message', 'Fråga B om rekrytering av svetsare');
      wrapper.append(a); // the router shows the first again
      await a.updateComplete;
      await typeInto(a, 'message', 'Fråga A om lån till en ny maskin, och leasing');
      const drafts = Object.keys(sessionStorage)
        .filter((key) => key.startsWith(draftKey(CONFIG)))
        .map((key) => sessionStorage.getItem(key)!);
      expect(drafts.some((draft) => draft.includes('Fråga B om rekrytering')), 'the new form keeps its draft').to.equal(true);
      expect(drafts.some((draft) => draft.includes('och leasing')), 'the first keeps its own').to.equal(true);
      expect(a.draftSlot === b.draftSlot, 'one slot each').to.equal(false);
    });

    it('a slow answer does not pull focus back from where the visitor went meanwhile', async () => {
      const el = await renderForm();
      await fillValid(el);
      await submit(el);
      await waitUntil(() => release !== undefined, 'the question is on its way', { timeout: 3000 });
      expect(sent).to.have.length(1);
      const elsewhere = document.createElement('input');
      document.body.append(elsewhere);
      try {
        elsewhere.focus();
        release!(json({ reference: 'EVI-2026-000200' }, 201));
        await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'the receipt', { timeout: 3000 });
        await el.updateComplete;
        expect(document.activeElement === elsewhere, `focus is on ${document.activeElement?.localName}`).to.equal(true);
      } finally {
        elsewhere.remove();
      }
    });

    it('a visitor who waits in the form is taken to the receipt', async () => {
      const el = await renderForm();
      await fillValid(el);
      await submit(el);
      await waitUntil(() => release !== undefined, 'the question is on its way', { timeout: 3000 });
      release!(json({ reference: 'EVI-2026-000201' }, 201));
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'the receipt', { timeout: 3000 });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('receipt-heading');
    });
  });
});

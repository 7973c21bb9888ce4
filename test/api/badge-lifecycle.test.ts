import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { EviNetworkBadge } from '../../src/network-badge/network-badge.js';
import '../../src/evi-network-badge.js';
import { stubbedPage } from '../helpers/network.js';
import { rootColours } from '../helpers/theme.js';

const FEED = '/test/fixtures/members.json';
const COPY = '/p/members-copy.json';

describe('badge lifecycle and events', () => {
  const io = stubbedPage(async () => {
    const body = await (await fetch(FEED)).text();
    return { [COPY]: () => Promise.resolve(new Response(body)) };
  });

  it('evi-verify tells the decision again after src changes to another feed (same verdict)', async () => {
    const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet"></evi-network-badge>`);
    await oneEvent(el, 'evi-verify');
    let verifies = 0;
    el.addEventListener('evi-verify', () => verifies++);
    el.src = COPY;
    await oneEvent(el, 'evi-load');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(verifies, 'evi-verify after the new feed loaded').to.equal(1);
  });

  it('upgrades markup that was in the page (and had properties set) before the script defined it', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.innerHTML = `<evi-network-badge-late src="${FEED}" network="kanalnatet"><a href="/x">fallback</a></evi-network-badge-late>`;
    const el = page.firstElementChild as EviNetworkBadge;
    // a framework sets a property on the not-yet-upgraded element
    (el as unknown as Record<string, unknown>).member = 'kolbacks-smide';
    (el as unknown as Record<string, unknown>).href = '/katalog';
    const verify = oneEvent(el, 'evi-verify');
    customElements.define('evi-network-badge-late', class extends EviNetworkBadge {});
    const d = (await verify).detail;
    expect(d).to.deep.equal({ member: 'kolbacks-smide', network: 'kanalnatet', verified: true, reason: 'verified' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a.badge')!.getAttribute('href')).to.contain('/katalog#member=kolbacks-smide');
  });

  it('created with createElement, appended, attributes set afterwards: verifies, no stuck error', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('evi-network-badge');
    page.append(el);
    el.setAttribute('member', 'kolbacks-smide');
    el.setAttribute('network', 'kanalnatet');
    el.setAttribute('src', FEED);
    const d = (await oneEvent(el, 'evi-verify')).detail;
    expect(d.verified).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Medlem i Kanalnätet');
  });

  it('inside another component\'s shadow root: verifies, events reach the page, theme/lang props reflect', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('evi-network-badge');
    el.src = FEED;
    el.member = 'kolbacks-smide';
    el.theme = 'dark';
    root.append(el);
    const d = (await oneEvent(host, 'evi-verify')).detail;
    expect(d.verified).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.shadowRoot!.textContent).to.contain('Member of');
    // the dark theme is what the visitor sees: the dark accent (#8ccdf5) on the dark surface (#2a2a2f)
    const dark = rootColours(el);
    expect(dark).to.deep.equal({ color: 'rgb(140, 205, 245)', background: 'rgb(42, 42, 47)' });
    // and the property keeps driving it: light, then dark again
    el.theme = 'light';
    await el.updateComplete;
    expect(rootColours(el)).to.deep.equal({ color: 'rgb(0, 90, 135)', background: 'rgb(244, 246, 248)' });
    el.theme = 'dark';
    await el.updateComplete;
    expect(rootColours(el)).to.deep.equal(dark);
  });

  it('removed and re-added when verified: stays verified, no new request', async () => {
    const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${FEED} member="kolbacks-smide"></evi-network-badge>`);
    await oneEvent(el, 'evi-verify');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('.badge')).to.not.equal(null);
    expect(io.net.requests.length).to.equal(1);
  });
});

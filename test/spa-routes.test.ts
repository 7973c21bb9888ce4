/**
 * Widgets in a single-page app, as a review of routes found them: a router that changes the address and
 * then removes the page's widgets, a hash router whose route is the hash, an element re-added later.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
import { clearFeedCache, loadFeed, MAX_KEPT_FEEDS } from '../src/internal/feed-cache.js';
import { readMembersFeed } from '../src/schemas/members-read.js';
import type { EviMemberDirectory } from '../src/member-directory/member-directory.js';

const MEMBERS = '/test/fixtures/members-directory.json';
const start = location.pathname + location.search;

async function directory(): Promise<EviMemberDirectory> {
  const el = await fixture<EviMemberDirectory>(html`<evi-member-directory src=${MEMBERS}></evi-member-directory>`);
  await oneEvent(el, 'evi-load');
  await el.updateComplete;
  return el;
}

async function typeSearch(el: EviMemberDirectory, text: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('widgets in a single-page app', () => {
  beforeEach(() => clearFeedCache());
  afterEach(() => history.replaceState(null, '', start));

  it('a directory removed by a route change keeps its half-typed search out of the next route\'s address', async () => {
    const el = await directory();
    await typeSearch(el, 'smi');
    // what React Router does on a link: the new address first, then the old page's elements go
    history.pushState({}, '', '/kontakt');
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(location.pathname).to.equal('/kontakt');
    expect(location.hash).to.equal('');
    history.back();
    await waitUntil(() => location.pathname + location.search === start, 'back on the test page');
  });

  it('on the page it was typed on, the search still goes into the hash when the directory leaves', async () => {
    const el = await directory();
    await typeSearch(el, 'smi');
    el.remove();
    expect(location.hash).to.equal('#q=smi');
  });

  it("a hash router's route (#/medlemmar) is left as it is: the search lives in the directory", async () => {
    history.replaceState(null, '', '#/medlemmar');
    const el = await directory();
    const members = () => el.shadowRoot!.querySelectorAll('.member').length;
    const before = members();
    await typeSearch(el, 'smide');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(location.hash).to.equal('#/medlemmar');
    // and the list follows the search all the same
    expect(members()).to.be.greaterThan(0);
    expect(members()).to.be.lessThan(before);
  });

  it('a badge kept aside by a framework decides out of the page, and says so when it is back, once', async () => {
    const heard: Array<{ verified: boolean; reason: string; connected: boolean }> = [];
    const listen = (event: Event) => {
      const { verified, reason } = (event as CustomEvent).detail;
      heard.push({ verified, reason, connected: (event.target as Element).isConnected });
    };
    document.addEventListener('evi-verify', listen);
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <evi-network-badge src="/test/fixtures/members.json" member="kolbacks-smide" network="kanalnatet"></evi-network-badge>
      </div>`);
      const badge = page.querySelector('evi-network-badge')!;
      await waitUntil(() => heard.length === 1, 'the first decision');
      badge.remove();
      badge.setAttribute('member', 'finns-inte');
      await badge.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      // nobody hears an element outside the page: the decision waits
      expect(heard).to.have.length(1);
      page.append(badge);
      await badge.updateComplete;
      expect(heard).to.deep.equal([
        { verified: true, reason: 'verified', connected: true },
        { verified: false, reason: 'unknown-member', connected: true },
      ]);
      // moved again with nothing new to say: nothing more
      page.append(badge);
      await badge.updateComplete;
      expect(heard).to.have.length(2);
    } finally {
      document.removeEventListener('evi-verify', listen);
    }
  });

  it(`keeps the last ${MAX_KEPT_FEEDS} feeds read, not every feed a page of many routes ever read`, async () => {
    const realFetch = window.fetch;
    const fetched: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(String(input));
      return realFetch(input, init);
    };
    try {
      const read = (n: number) => loadFeed(`${location.origin}${MEMBERS}?route=${n}`, readMembersFeed, { signal: new AbortController().signal, reporter: 'test' });
      for (let n = 0; n < MAX_KEPT_FEEDS + 4; n++) await read(n);
      expect(fetched).to.have.length(MAX_KEPT_FEEDS + 4);
      // the last ones read are still kept (one request each, however often asked for) …
      await read(MAX_KEPT_FEEDS + 3);
      await read(4);
      expect(fetched).to.have.length(MAX_KEPT_FEEDS + 4);
      // … the first ones were let go, and are asked for again
      await read(0);
      expect(fetched).to.have.length(MAX_KEPT_FEEDS + 5);
    } finally {
      window.fetch = realFetch;
    }
  });

  it("a badge reused by a framework with another member: no verdict pairing the new member with the old claim's reason", async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <evi-network-badge src="/test/fixtures/members.json" member="stromsholms-hast" network="kanalnatet"></evi-network-badge>
    </div>`);
    const el = page.querySelector('evi-network-badge')!;
    const first = (await oneEvent(el, 'evi-verify')).detail;
    expect(first).to.include({ verified: false, reason: 'not-in-network' });
    const heard: Array<{ member: string; reason: string }> = [];
    page.addEventListener('evi-verify', (e) => heard.push((e as CustomEvent).detail));
    el.remove();
    el.setAttribute('member', 'kolbacks-smide');
    page.append(el);
    await waitUntil(() => heard.length > 0, 'a verdict');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard.map((d) => `${d.member}: ${d.reason}`)).to.deep.equal(['kolbacks-smide: verified']);
  });
});

/**
 * Widgets in a single-page app, as a review of routes found them: a router that changes the address and
 * then removes the page's widgets, a hash router whose route is the hash, an element re-added later.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
import { clearFeedCache } from '../src/internal/feed-cache.js';
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
});

/**
 * Lifecycle (issue 7, item 4): removed and re-added, `src` changed while loading, two widgets of
 * each kind on one page. (Script loaded twice and element-before-script: lifecycle-cdn.test.ts.)
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/all.js';
import { stubNetwork } from '../helpers/network.js';
import { baseAskConfig, baseEventsFeed, baseMembersFeed, NOW, shownState, type Widget } from './hostile-helpers.js';

const FEEDS: Record<string, unknown> = {
  '/lc/members.json': baseMembersFeed(),
  '/lc/events.json': baseEventsFeed(),
  '/lc/ask.json': baseAskConfig(),
};
const routes = Object.fromEntries(
  Object.entries(FEEDS).map(([path, feed]) => [path, () => Promise.resolve(new Response(JSON.stringify(feed)))]),
);

const KINDS: Array<[string, (src: string) => ReturnType<typeof html>, string]> = [
  ['evi-network-badge', (src) => html`<evi-network-badge src=${src} member="kolbacks-smide" network="kanalnatet"></evi-network-badge>`, '/lc/members.json'],
  ['evi-event-list', (src) => html`<evi-event-list src=${src} .now=${NOW}></evi-event-list>`, '/lc/events.json'],
  ['evi-member-directory', (src) => html`<evi-member-directory src=${src}></evi-member-directory>`, '/lc/members.json'],
  ['evi-ask-form', (src) => html`<evi-ask-form src=${src}></evi-ask-form>`, '/lc/ask.json'],
];
const LOADED = ['loaded', 'verified'];

/** the request starts once the element is seen near the viewport (IntersectionObserver) */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).to.equal(true);
}

describe('lifecycle', () => {
  let quiet: () => void;
  beforeEach(() => {
    const saved = console.error;
    console.error = () => {};
    quiet = () => (console.error = saved);
  });
  afterEach(() => quiet());

  for (const [tag, template, feed] of KINDS) {
    it(`<${tag}>: removed while loading and re-added, it loads; removed and re-added when loaded, it stays loaded`, async () => {
      const net = stubNetwork(routes);
      try {
        const page = await fixture<HTMLElement>(html`<div>${template('/lc/hang')}</div>`);
        const el = page.firstElementChild as Widget;
        await until(() => net.requests.length > 0);
        el.remove(); // while the request hangs: it is aborted once the element has really left (a task later)
        await until(() => net.requests[0].signal?.aborted === true);
        page.append(el);
        const loaded = oneEvent(el, 'evi-load');
        net.respond('/lc/hang', FEEDS[feed]);
        el.setAttribute('src', feed);
        await loaded;
        await el.updateComplete;
        expect(LOADED).to.include(shownState(el));
        el.remove();
        page.append(el);
        await el.updateComplete;
        expect(LOADED).to.include(shownState(el));
      } finally {
        net.restore();
      }
    });

    it(`<${tag}>: moved in the page while loading (a framework re-parenting it), its request goes on`, async () => {
      const net = stubNetwork(routes);
      try {
        const page = await fixture<HTMLElement>(html`<div>${template('/lc/moved/hang')}<section></section></div>`);
        const el = page.firstElementChild as Widget;
        await until(() => net.requests.length > 0);
        page.querySelector('section')!.append(el); // disconnected and connected again in one task
        await new Promise((r) => setTimeout(r, 50));
        expect(net.requests[0].signal?.aborted, 'the first request is not aborted').to.equal(false);
        expect(net.requests, 'no second request').to.have.length(1);
        const loaded = oneEvent(el, 'evi-load');
        net.respond('/lc/moved/hang', FEEDS[feed]);
        await loaded;
        await el.updateComplete;
        expect(LOADED).to.include(shownState(el));
      } finally {
        net.restore();
      }
    });

    it(`<${tag}>: out of the page, a new src waits: no request until the element is back`, async () => {
      const net = stubNetwork(routes);
      try {
        const page = await fixture<HTMLElement>(html`<div>${template(feed)}</div>`);
        const el = page.firstElementChild as Widget;
        await until(() => LOADED.includes(shownState(el)));
        el.remove(); // kept aside by a framework, which then changes src
        el.setAttribute('src', '/lc/away/hang');
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        expect(net.requests.filter((request) => request.url.includes('/lc/away/')), 'no request while away').to.have.length(0);
        page.append(el);
        await until(() => net.requests.some((request) => request.url.includes('/lc/away/')));
        const loaded = oneEvent(el, 'evi-load');
        net.respond('/lc/away/hang', FEEDS[feed]);
        await loaded;
        await el.updateComplete;
        expect(LOADED).to.include(shownState(el));
      } finally {
        net.restore();
      }
    });

    it(`<${tag}>: src changed while loading shows the second feed, never the first`, async () => {
      const net = stubNetwork(routes);
      try {
        const errors: Event[] = [];
        const page = await fixture<HTMLElement>(html`<div>${template('/lc/first/hang')}</div>`);
        const el = page.firstElementChild as Widget;
        el.addEventListener('evi-error', (e) => errors.push(e));
        await until(() => net.requests.length > 0);
        const loaded = oneEvent(el, 'evi-load');
        el.setAttribute('src', feed);
        const event = await loaded;
        expect(event.detail.url).to.contain(feed);
        expect(net.requests[0].signal?.aborted).to.equal(true);
        net.respond('/lc/first/hang', { version: 2 }); // too late: must change nothing
        await new Promise((r) => setTimeout(r, 20));
        await el.updateComplete;
        expect(LOADED).to.include(shownState(el));
        expect(errors).to.have.length(0);
      } finally {
        net.restore();
      }
    });

    it(`<${tag}>: two on one page both load, with one request`, async () => {
      const net = stubNetwork(routes);
      try {
        const page = await fixture<HTMLElement>(html`<div>${template(feed)}${template(feed)}</div>`);
        const [a, b] = [...page.children] as Widget[];
        await Promise.all([a, b].map((el) => (LOADED.includes(shownState(el)) ? null : oneEvent(el, 'evi-load'))));
        await Promise.all([a.updateComplete, b.updateComplete]);
        expect([shownState(a), shownState(b)].every((s) => LOADED.includes(s))).to.equal(true);
        expect(net.requests.filter((r) => r.url.endsWith(feed))).to.have.length(1);
        // ids inside each shadow root do not collide with the other's (each root is its own scope)
        expect(a.shadowRoot).not.to.equal(b.shadowRoot);
      } finally {
        net.restore();
      }
    });
  }
});

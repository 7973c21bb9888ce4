import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/all.js';
import { stubbedPage } from '../helpers/network.js';

const NOW = new Date('2027-01-01T12:00:00Z');
const CASES: Array<[string, string, string, string]> = [
  ['evi-event-list', '/test/fixtures/events.json', '/p/events-copy.json', '/test/fixtures/events.json'],
  ['evi-member-directory', '/test/fixtures/members-directory.json', '/p/members-copy.json', '/test/fixtures/members-directory.json'],
  ['evi-ask-form', '/test/fixtures/ask.json', '/p/ask-copy.json', '/test/fixtures/ask.json'],
  ['evi-network-badge', '/test/fixtures/members.json', '/p/badge-copy.json', '/test/fixtures/members.json'],
];

describe('evi-load / evi-error once per load, with the right url, also after src changes', () => {
  stubbedPage(async () => {
    const routes: Record<string, () => Promise<Response>> = {};
    for (const [, orig, copy] of CASES) {
      const body = await (await window.fetch(orig)).text();
      routes[copy] = () => Promise.resolve(new Response(body));
    }
    return routes;
  });
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  for (const [tag, a, b] of CASES) {
    it(`<${tag}>: A loads, src→missing (error), src→B loads, lang change fires nothing`, async () => {
      const el = (await fixture(html`<div></div>`)).appendChild(document.createElement(tag)) as HTMLElement & {
        src?: string; updateComplete: Promise<boolean>; lang: string; now?: Date; member?: string;
      };
      const log: string[] = [];
      for (const type of ['evi-load', 'evi-error']) el.addEventListener(type, (e) => log.push(`${type} ${(e as CustomEvent).detail.url.replace(location.origin, '')}`));
      if (tag === 'evi-event-list') el.now = NOW;
      if (tag === 'evi-network-badge') el.member = 'kolbacks-smide';
      el.src = a;
      await oneEvent(el, 'evi-load');
      el.src = '/test/fixtures/no-such.json';
      await oneEvent(el, 'evi-error');
      el.src = b;
      await oneEvent(el, 'evi-load');
      await el.updateComplete;
      el.lang = 'en';
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect(log).to.deep.equal([`evi-load ${a}`, 'evi-error /test/fixtures/no-such.json', `evi-load ${b}`]);
    });
  }
});

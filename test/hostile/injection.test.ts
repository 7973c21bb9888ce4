/**
 * Script injection (issue 7, item 1): every string field of every feed, and every attribute, is
 * filled in turn with every string of the hostile corpus (Big List of Naughty Strings with its
 * alert() payloads armed + XSS filter-evasion payloads). After each render: the page-global trap
 * is untouched, no link or image in any shadow root points to javascript:/data:/vbscript:, no
 * element or handler from feed markup exists, and the widget shows a known state.
 *
 * List widgets take many hostile strings per render (one per item); the badge, the directory's
 * network header and the ask form's partner and URLs show one item, so they take one per render.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import {
  baseAskConfig,
  baseEvent,
  baseMember,
  baseMembersFeed,
  expandEvents,
  feedServer,
  findDanger,
  firstEvent,
  hostileCorpus,
  installTrap,
  NOW,
  setPath,
  settleEvent,
  shownState,
  stringPaths,
  type ShownState,
  type Widget,
} from './hostile-helpers.js';

interface Case {
  /** the feed field, as `members[].name` */
  field: string;
  /** how many hostile strings go into one feed */
  batch: number;
  build(strings: string[]): unknown;
  /** one-item-per-render cases take every `stride`-th string of the corpus (deterministic sample) */
  stride?: number;
  /** attributes to set on the element for this case */
  attrs?: (strings: string[]) => Record<string, string>;
}

/** one hostile string per render: every 3rd string of the corpus; attributes: every 2nd */
const ONE_BY_ONE_STRIDE = 3;
const ATTRIBUTE_STRIDE = 2;

const tried = new Map<string, number>();
const count = (tag: string, n: number) => tried.set(tag, (tried.get(tag) ?? 0) + n);

const quiet = () => {
  const saved = { warn: console.warn, error: console.error, info: console.info };
  console.warn = console.error = console.info = () => {};
  return () => Object.assign(console, saved);
};

/** the dangers in `el` and anything else in the page the feed could have reached */
function check(el: Widget, allowed: ShownState[], what: string): void {
  const danger = findDanger(el);
  if (danger.length) expect.fail(`${el.localName} ${what}: ${danger.join(', ')}`);
  if (window.__evi_pwned !== undefined) expect.fail(`${el.localName} ${what}: a payload ran (${String(window.__evi_pwned)})`);
  const state = shownState(el);
  if (!allowed.includes(state)) expect.fail(`${el.localName} ${what}: ended in state "${state}"`);
  const scripts = document.querySelectorAll('script:not([type="module"]):not([type="application/ld+json"]):not([src])');
  if (scripts.length) expect.fail(`${el.localName} ${what}: a script element appeared in the page`);
}

const LIST_STATES: ShownState[] = ['loaded', 'empty', 'error'];
const BADGE_STATES: ShownState[] = ['verified', 'unverified', 'unavailable'];

async function runFeedCases(tag: string, el: Widget, cases: Case[], corpus: string[]): Promise<void> {
  const server = feedServer();
  const restoreConsole = quiet();
  const restoreTrap = installTrap();
  const original = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
  try {
    for (const c of cases) {
      const sample = corpus.filter((_, k) => k % (c.stride ?? 1) === 0);
      for (let i = 0; i < sample.length; i += c.batch) {
        const strings = sample.slice(i, i + c.batch);
        for (const [name, value] of Object.entries({ ...original, ...c.attrs?.(strings) })) el.setAttribute(name, value);
        const settled = firstEvent(el, [settleEvent(el), 'evi-error'], 3000);
        el.setAttribute('src', server.serve(c.build(strings)));
        const event = await settled;
        if (!event) expect.fail(`${tag} ${c.field} [${i}]: neither ${settleEvent(el)} nor evi-error`);
        await el.updateComplete;
        if (tag === 'evi-event-list') await expandEvents(el);
        check(el, tag === 'evi-network-badge' ? BADGE_STATES : LIST_STATES, `${c.field} = corpus[${i}…]`);
        count(tag, strings.length);
      }
    }
    // handlers of images that failed to load, focus handlers: give them a moment to fire
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__evi_pwned).to.equal(undefined);
  } finally {
    restoreTrap();
    restoreConsole();
    server.stub.restore();
  }
}

async function runAttributeCases(tag: string, el: Widget, names: string[], corpus: string[]): Promise<void> {
  const restoreConsole = quiet();
  const restoreTrap = installTrap();
  const server = feedServer();
  const feedPath = server.serve(
    tag === 'evi-event-list'
      ? { version: 1, events: [baseEvent('a'), { ...baseEvent('b'), category: 'seminarium' }] }
      : tag === 'evi-ask-form'
        ? baseAskConfig()
        : baseMembersFeed(),
  );
  try {
    for (const name of names) {
      const before = el.getAttribute(name);
      let lastUrl = '';
      for (const [i, value] of corpus.entries()) {
        if (i % ATTRIBUTE_STRIDE !== 0) continue;
        if (name === 'src') {
          let url: string;
          try {
            url = new URL(value.trim(), document.baseURI).href;
          } catch {
            url = value.trim();
          }
          const settled = url && url !== lastUrl ? firstEvent(el, [settleEvent(el), 'evi-error'], 1000) : undefined;
          lastUrl = url;
          el.setAttribute(name, value);
          await settled;
        } else {
          el.setAttribute(name, value);
        }
        await el.updateComplete;
        if (tag === 'evi-event-list') await expandEvents(el);
        const allowed: ShownState[] =
          tag === 'evi-network-badge' ? [...BADGE_STATES, 'verifying'] : name === 'src' ? [...LIST_STATES, 'loading'] : LIST_STATES;
        check(el, allowed, `${name}="${value.slice(0, 40)}" (corpus[${i}])`);
        count(tag, 1);
      }
      if (before === null) el.removeAttribute(name);
      else el.setAttribute(name, before);
      if (name === 'src') {
        const back = firstEvent(el, [settleEvent(el), 'evi-error'], 1000);
        el.setAttribute('src', feedPath);
        await back;
      }
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__evi_pwned).to.equal(undefined);
  } finally {
    restoreTrap();
    restoreConsole();
    server.stub.restore();
  }
}

/** one item per hostile string, each a copy of `base(id)` with `path` replaced */
function perItem(make: (id: string) => Record<string, unknown>, path: string) {
  return (strings: string[]) =>
    strings.map((s, i) => {
      const item = make(`i${i}`);
      setPath(item, path, s);
      return item;
    });
}

describe('hostile strings in feeds and attributes', function () {
  this.timeout(120_000);
  let corpus: string[];
  before(async () => {
    corpus = await hostileCorpus();
  });
  after(() => {
    console.log(`[hostile] corpus: ${corpus.length} strings; inputs tried per widget: ${JSON.stringify(Object.fromEntries(tried))}`);
  });

  it('the corpus is large and armed', () => {
    expect(corpus.length).to.be.greaterThan(500);
    expect(corpus.filter((s) => s.includes('__evi_pwned')).length).to.be.greaterThan(100);
  });

  it('<evi-member-directory>: every member and network field', async () => {
    const el = await fixture<Widget>(html`<evi-member-directory page-size="10000"></evi-member-directory>`);
    const memberPaths = stringPaths(baseMember('x'));
    const cases: Case[] = memberPaths.map((path) => ({
      field: `members[].${path}`,
      batch: 60,
      build: (strings) => ({ ...baseMembersFeed(), members: perItem(baseMember, path)(strings) }),
    }));
    const networkPaths = stringPaths(baseMembersFeed().networks);
    for (const path of networkPaths) {
      cases.push({
        field: `networks.${path}`,
        batch: 1,
        stride: ONE_BY_ONE_STRIDE,
        build: (strings) => {
          const feed = baseMembersFeed();
          setPath(feed.networks as unknown as Record<string, unknown>, path, strings[0]);
          return feed;
        },
        // show the network's header (name, description, link) for the network being attacked
        attrs: () => ({ network: path.startsWith('0.') ? 'kanalnatet' : 'lrf' }),
      });
    }
    // the id of the network shown, with the network attribute following it
    cases.push({
      field: 'networks[].id (shown)',
      batch: 1,
        stride: ONE_BY_ONE_STRIDE,
      build: (strings) => {
        const feed = baseMembersFeed();
        feed.networks[0].id = strings[0];
        feed.members[0].networks = [strings[0]];
        return feed;
      },
      attrs: (strings) => ({ network: strings[0] }),
    });
    await runFeedCases('evi-member-directory', el, cases, corpus);
  });

  it('<evi-event-list>: every event field (details open, structured data on)', async () => {
    const el = await fixture<Widget>(html`<evi-event-list limit="100000" structured-data .now=${NOW}></evi-event-list>`);
    const cases: Case[] = stringPaths(baseEvent('x')).map((path) => ({
      field: `events[].${path}`,
      batch: 40,
      build: (strings) => ({ version: 1, events: perItem(baseEvent, path)(strings) }),
    }));
    await runFeedCases('evi-event-list', el, cases, corpus);
    // the JSON-LD in <head> is data, never markup
    for (const script of document.head.querySelectorAll('script[type="application/ld+json"]')) {
      expect(() => JSON.parse(script.textContent ?? '')).not.to.throw();
      expect(script.children.length).to.equal(0);
    }
  });

  it('<evi-ask-form>: every partner, topic and URL field', async () => {
    sessionStorage.clear();
    const el = await fixture<Widget>(html`<evi-ask-form topic="finansiering"></evi-ask-form>`);
    const config = baseAskConfig();
    const cases: Case[] = stringPaths(config.topics[0]).map((path) => ({
      field: `topics[].${path}`,
      batch: 40,
      build: (strings) => ({
        ...baseAskConfig(),
        topics: perItem((id) => ({ id, label: `Ämne ${id}`, partner: 'almi', keywords: ['lån'] }), path)(strings),
      }),
      // the first topic chosen, so its partner and route show
      attrs: () => ({ topic: path === 'id' ? 'i0' : 'i0' }),
    }));
    for (const path of [...stringPaths(config.partners[1]).map((p) => `partners.1.${p}`), 'submitUrl', 'privacyUrl']) {
      cases.push({
        field: path,
        batch: 1,
        stride: ONE_BY_ONE_STRIDE,
        build: (strings) => {
          const feed = baseAskConfig();
          setPath(feed as unknown as Record<string, unknown>, path, strings[0]);
          if (path === 'partners.1.id') feed.topics[0].partner = strings[0];
          return feed;
        },
      });
    }
    await runFeedCases('evi-ask-form', el, cases, corpus);
  });

  it('<evi-network-badge>: every member and network field', async () => {
    const el = await fixture<Widget>(html`<evi-network-badge member="kolbacks-smide" network="kanalnatet" href="/katalog"></evi-network-badge>`);
    const cases: Case[] = stringPaths(baseMember('x')).map((path) => ({
      field: `members[0].${path}`,
      batch: 1,
        stride: ONE_BY_ONE_STRIDE,
      build: (strings) => {
        const feed = baseMembersFeed();
        setPath(feed.members[0] as unknown as Record<string, unknown>, path, strings[0]);
        return feed;
      },
      attrs: (strings) => ({ member: path === 'id' ? strings[0] : 'kolbacks-smide' }),
    }));
    cases.push({
      field: 'networks[0].name',
      batch: 1,
        stride: ONE_BY_ONE_STRIDE,
      build: (strings) => {
        const feed = baseMembersFeed();
        feed.networks[0].name = strings[0];
        return feed;
      },
    });
    await runFeedCases('evi-network-badge', el, cases, corpus);
  });

  const attributeCases: Array<[string, string[], ReturnType<typeof html>]> = [
    ['evi-network-badge', ['member', 'network', 'href', 'lang', 'theme', 'size', 'timeout', 'src'], html`<evi-network-badge member="kolbacks-smide" network="kanalnatet" href="/katalog"></evi-network-badge>`],
    ['evi-event-list', ['category', 'network', 'lang', 'theme', 'limit', 'heading-level', 'structured-data', 'timeout', 'src'], html`<evi-event-list .now=${NOW}></evi-event-list>`],
    ['evi-member-directory', ['network', 'query', 'page-size', 'heading-level', 'lang', 'theme', 'timeout', 'src'], html`<evi-member-directory></evi-member-directory>`],
    ['evi-ask-form', ['topic', 'heading-level', 'lang', 'theme', 'timeout', 'src'], html`<evi-ask-form></evi-ask-form>`],
  ];
  for (const [tag, names, template] of attributeCases) {
    it(`<${tag}>: every attribute (${names.join(', ')})`, async () => {
      sessionStorage.clear();
      const el = await fixture<Widget>(template);
      const server = feedServer();
      const path = server.serve(
        tag === 'evi-event-list' ? { version: 1, events: [baseEvent('a')] } : tag === 'evi-ask-form' ? baseAskConfig() : baseMembersFeed(),
      );
      const loaded = firstEvent(el, [settleEvent(el), 'evi-error'], 3000);
      el.setAttribute('src', path);
      expect((await loaded)?.type).to.equal(settleEvent(el));
      server.stub.restore();
      await runAttributeCases(tag, el, names, corpus);
    });
  }
});

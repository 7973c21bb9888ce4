/**
 * What the event list's markup means to visitors and webmasters, with feeds that push its edges:
 * descriptions whose list markup is broken (axe `list`/`listitem` when the details are open),
 * category ids that are also names of built-in object properties, and the empty state a webmaster
 * styles through `::part(status)`.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../src/evi-event-list.js';
import type { EviEventList } from '../src/event-list/event-list.js';
import { safeText, sanitizeHtml } from '../src/event-list/sanitize.js';
import { captureConsole, stubNetwork, type NetworkStub } from './helpers/network.js';

const NOW = new Date('2027-01-01T12:00:00+01:00');

const text = (node: Element | ShadowRoot) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

function serve(path: string, feed: unknown): NetworkStub {
  return stubNetwork({ [path]: () => Promise.resolve(new Response(JSON.stringify(feed), { status: 200 })) });
}

async function loaded(template: ReturnType<typeof html>): Promise<EviEventList> {
  const el = await fixture<EviEventList>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('ol, [role=alert], .empty'), 'the feed is shown', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

/** Lists as HTML means them: list children are items, items are in lists. */
function listProblems(root: Element): string[] {
  const problems: string[] = [];
  for (const list of root.querySelectorAll('ul, ol')) {
    for (const child of list.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) problems.push(`text "${child.textContent!.trim()}" in <${list.localName}>`);
      if (child.nodeType === Node.ELEMENT_NODE && (child as Element).localName !== 'li') problems.push(`<${(child as Element).localName}> in <${list.localName}>`);
    }
  }
  for (const item of root.querySelectorAll('li')) {
    const parent = item.parentElement?.localName;
    if (parent !== 'ul' && parent !== 'ol') problems.push(`<li> "${text(item)}" in <${parent}>`);
  }
  return problems;
}

describe('<evi-event-list>: descriptionHtml with broken list markup', () => {
  const FEED = '/feeds/broken-lists.json';
  /** id → descriptionHtml, and the words a visitor must still read */
  const SHAPES: Array<[id: string, markup: string, words: string[]]> = [
    ['text-in-list', '<ul>Text direkt i listan<li>Ett</li>mer <strong>text</strong><li>Två</li></ul>', ['Text direkt i listan', 'Ett', 'mer text', 'Två']],
    ['orphan-items', '<p>Program:</p><li>Kaffe</li> <li>Dragning</li><p>Välkommen!</p>', ['Program:', 'Kaffe', 'Dragning', 'Välkommen!']],
    ['list-in-list', '<ol><li>Ett</li><ul><li>Nästlad</li></ul><li>Två</li></ol>', ['Ett', 'Nästlad', 'Två']],
    ['item-in-div', '<div><li>I en div</li><li>Och en till</li></div>', ['I en div', 'Och en till']],
    ['item-in-menu', '<menu><li>Meny</li></menu>', ['Meny']],
    ['item-in-strong', '<p><strong>Viktigt:<li>fet punkt</li></strong></p>', ['Viktigt:', 'fet punkt']],
    ['paragraph-in-list', '<ul><p>Stycke i lista</p> <li>Punkt</li></ul>', ['Stycke i lista', 'Punkt']],
  ];
  const feed = {
    version: 1,
    events: SHAPES.map(([id, descriptionHtml], i) => ({
      id,
      title: `Evenemang ${id}`,
      start: `2027-02-${String(i + 1).padStart(2, '0')}T10:00:00+01:00`,
      descriptionHtml,
    })),
  };
  let net: NetworkStub;
  beforeEach(() => (net = serve(FEED, feed)));
  afterEach(() => net.restore());

  it('keeps lists well formed and the words readable, and axe finds nothing with every event open', async () => {
    const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW} limit="20"></evi-event-list>`);
    const events = [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part=event]')];
    expect(events).to.have.length(SHAPES.length);
    for (const li of events) li.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    await el.updateComplete;
    for (const [id, , words] of SHAPES) {
      const li = events.find((e) => text(e.querySelector('h3')!) === `Evenemang ${id}`)!;
      const description = li.querySelector('.description')!;
      expect(listProblems(description), id).to.deep.equal([]);
      for (const word of words) expect(text(description), id).to.contain(word);
    }
    await expect(el).to.be.accessible();
  });

  it('puts a stray list child in an item, a nested list in the item before it, lone items in a list', () => {
    const render = (markup: string) => {
      const host = document.createElement('div');
      const shape = (nodes: ReturnType<typeof sanitizeHtml>): string =>
        nodes.map((n) => (typeof n === 'string' ? n : n.tag === 'br' ? '<br>' : `<${n.tag}>${shape(n.children)}</${n.tag}>`)).join('');
      host.innerHTML = shape(sanitizeHtml(markup));
      return host.innerHTML;
    };
    expect(render('<ul>Före<li>Ett</li></ul>')).to.equal('<ul><li>Före</li><li>Ett</li></ul>');
    expect(render('<ol><li>Ett</li><ul><li>Nästlad</li></ul></ol>')).to.equal('<ol><li>Ett<ul><li>Nästlad</li></ul></li></ol>');
    expect(render('<li>A</li> <li>B</li> <p>C</p>')).to.equal('<ul><li>A</li><li>B</li></ul> <p>C</p>');
    expect(render('<ul>\n  <li>A</li>\n  <li>B</li>\n</ul>')).to.equal('<ul><li>A</li><li>B</li></ul>');
    // the plain text for calendars keeps every item on a line of its own
    expect(safeText(sanitizeHtml('<ul>Före<li>Ett</li></ul>'))).to.equal('• Före\n\n• Ett');
  });
});

describe('<evi-event-list>: category ids that are names of built-in object properties', () => {
  const FEED = '/feeds/proto-categories.json';
  const IDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
  const feed = {
    version: 1,
    events: [
      ...IDS.map((category, i) => ({
        id: `e-${i}`,
        title: `Evenemang ${category}`,
        category,
        start: `2027-02-${String(i + 1).padStart(2, '0')}T10:00:00+01:00`,
        networks: [category],
      })),
      { id: 'frukost', title: 'Frukostmöte', category: 'frukostmote', start: '2027-02-20T07:30:00+01:00' },
    ],
  };
  let net: NetworkStub;
  let warnings: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    net = serve(FEED, feed);
    warnings = captureConsole('warn');
  });
  afterEach(() => {
    net.restore();
    warnings.restore();
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`shows such ids as given, in the event and in the filter (${lang})`, async () => {
      const el = await loaded(html`<evi-event-list lang=${lang} src=${FEED} .now=${NOW}></evi-event-list>`);
      const shadow = el.shadowRoot!;
      expect(text(shadow)).not.to.match(/function|native code|\[object/);
      const categories = [...shadow.querySelectorAll('li[part=event] .category')].map((c) => text(c));
      expect(categories).to.deep.equal([...IDS, lang === 'sv' ? 'Frukostmöte' : 'Breakfast meeting']);
      const options = [...shadow.querySelectorAll('fieldset[part=filter] label')].map((l) => text(l));
      expect(options).to.deep.equal([lang === 'sv' ? 'Alla' : 'All', ...IDS, lang === 'sv' ? 'Frukostmöte' : 'Breakfast meeting']);
    });
  }

  it('filters by such ids: the category and network attributes, and the visitor\'s choice', async () => {
    const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW} category="constructor,__proto__"></evi-event-list>`);
    const titles = () => [...el.shadowRoot!.querySelectorAll('li[part=event] h3')].map((h) => text(h));
    expect(titles()).to.deep.equal(['Evenemang constructor', 'Evenemang __proto__']);
    const radio = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.value === '__proto__')!;
    radio.click();
    await el.updateComplete;
    expect(titles()).to.deep.equal(['Evenemang __proto__']);
    fixtureCleanup();
    const byNetwork = await loaded(html`<evi-event-list src=${FEED} .now=${NOW} network="toString"></evi-event-list>`);
    expect([...byNetwork.shadowRoot!.querySelectorAll('li[part=event] h3')].map((h) => text(h))).to.deep.equal(['Evenemang toString']);
  });
});

describe('<evi-event-list>: the empty state', () => {
  const FEED = '/feeds/no-events.json';
  let net: NetworkStub;
  let style: HTMLStyleElement;
  beforeEach(() => {
    net = serve(FEED, { version: 1, events: [] });
    style = document.createElement('style');
    style.textContent = 'evi-event-list::part(status) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
  });
  afterEach(() => {
    net.restore();
    style.remove();
  });

  it('is styled by a webmaster\'s ::part(status), like the loading and error messages', async () => {
    const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW}></evi-event-list>`);
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(text(status)).to.equal('Inga kommande evenemang');
    expect(status.getAttribute('part')).to.equal('status');
    expect(getComputedStyle(status).outlineColor).to.equal('rgb(1, 2, 3)');
  });
});

/**
 * Benchmark: <evi-member-directory> with 10 000 generated members, in Chromium.
 *
 *   npm run bench
 *
 * Reports the median time from a keystroke in the search box to the updated, laid-out list, and
 * the first render time (feed response → parsed → sorted → first page laid out), each next to a
 * hand-written vanilla DOM version of the same markup doing the same work, in the same run.
 *
 * Kept honest: the vanilla version renders what the element renders (search form and filters,
 * summary, member cards, "show more"; the element's styles), checked markup for markup (Lit's
 * comment markers and white space between tags aside) after the first render and after every
 * keystroke of a round; it runs the same pure modules (readMembersFeed, buildDirectory,
 * validFilters, filterEntries, the strings); it keeps a member's card while the member stays
 * shown and moves only what moved, as Lit's keyed `repeat` does; both start from the same
 * Response; they take turns going first; warm-up runs are not counted.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../src/evi-member-directory.js';
import { displayHost, EviMemberDirectory, isHttpUrl, mailtoHref, orgNumberText, telHref } from '../src/member-directory/member-directory.js';
import {
  buildDirectory,
  filterEntries,
  isFiltered,
  NO_FILTERS,
  validFilters,
  type Directory,
  type DirectoryEntry,
  type FilterOption,
  type Filters,
} from '../src/member-directory/search.js';
import { directoryStrings } from '../src/member-directory/strings.js';
// the reader the element gives its FeedController (member-directory.ts), not the zod one
import { readMembersFeed } from '../src/schemas/members-read.js';
import { expectSameMarkup, litRun as runLit, median, nextFrame, range, settle, vanillaRun as runVanilla, type LitRun } from './harness.js';

const MEMBERS = 10_000;
const PAGE = 24;
const FIRST_RENDER_RUNS = 11;
const PATH = '/bench/members-10000.json';
const QUERIES = ['k', 'ko', 'kol', 'kolb', 'kolba', 'kolbac', 'kolback', 'kolback ', 'kolback s', 'kolback sm', 'kolback smi', 'kolback smide', ''];
const KEYSTROKE_ROUNDS = 7; // the first warms up and is not counted

const FIRST = ['Kolbäcks', 'Strömsholms', 'Åkessons', 'Ängens', 'Östmans', 'Bergs', 'Hallsta', 'Eriksson', 'Lindqvist', 'Zetterbergs', 'Nyströms', 'Wallins', 'Vikens', 'Karlssons', 'Dahls'];
const SECOND = ['Smide', 'Bygg', 'Café', 'Foder', 'Redovisning', 'Hästklinik', 'Måleri', 'El', 'Rör', 'Transport', 'Konsult', 'Trädgård', 'Bageri'];
const SUFFIX = ['AB', 'HB', '& Söner', 'i Hallstahammar', 'Ekonomisk förening', ''];
const INDUSTRIES = ['Tillverkning', 'Bygg', 'Handel', 'Hästnäring', 'Konsulttjänster', 'Restaurang', 'Transport', 'Jordbruk', 'Vård', 'IT'];
const LOCALITIES = ['Hallstahammar', 'Kolbäck', 'Strömsholm', 'Näs', 'Eriksberg'];
const NETWORKS = ['hallstahammar-promotion', 'kanalnatet', 'lrf', 'foretagarna', 'centrumforeningen', 'hastforetagen'];

function generateFeed(count: number) {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)];
  /** A valid organisationsnummer (third digit ≥ 2, Luhn check digit), 10 digits. */
  const orgNumber = (i: number) => {
    const base = `556${String(i).padStart(6, '0')}`;
    let sum = 0;
    for (let d = 0; d < 9; d++) {
      let v = Number(base[d]) * (d % 2 === 0 ? 2 : 1);
      if (v > 9) v -= 9;
      sum += v;
    }
    return `${base}${(10 - (sum % 10)) % 10}`;
  };
  return {
    version: 1,
    networks: NETWORKS.map((id) => ({ id, name: id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), description: `Nätverket ${id}` })),
    members: Array.from({ length: count }, (_, i) => {
      const industry = pick(INDUSTRIES);
      const locality = pick(LOCALITIES);
      return {
        id: `medlem-${i}`,
        name: `${pick(FIRST)} ${pick(SECOND)} ${pick(SUFFIX)} ${i}`.replace(/\s+/g, ' ').trim(),
        industry,
        locality,
        description: `${industry} i ${locality} sedan ${1950 + (i % 70)}. Smide, svets och service för små och stora kunder.`,
        website: `https://medlem-${i}.example`,
        phone: `0220-${String(100000 + i).slice(0, 3)} ${String(i % 100).padStart(2, '0')}`,
        email: `info@medlem-${i}.example`,
        address: `Storgatan ${(i % 90) + 1}, ${locality}`,
        // every third member gives its org number as 10 digits: the card writes it NNNNNN-NNNN
        orgNumber: i % 3 ? `${orgNumber(i).slice(0, 6)}-${orgNumber(i).slice(6)}` : orgNumber(i),
        memberSince: `${1990 + (i % 35)}-0${(i % 9) + 1}-01`,
        networks: [NETWORKS[0], pick(NETWORKS)].filter((id, at, all) => all.indexOf(id) === at),
        status: i % 50 === 0 ? 'inactive' : 'active',
      };
    }),
  };
}

const ms = (value: number) => `${value.toFixed(2)} ms`;



// ---------------------------------------------------------------------------------------------------
// The vanilla version: what the element renders (Swedish, no `network` attribute, no hash), built
// with the DOM API from the element's own pure modules and strings.

const t = directoryStrings.sv;
const TYPING_DEBOUNCE_MS = 500;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function vanillaCard({ member, networkNames }: DirectoryEntry): HTMLLIElement {
  const li = el('li', 'member');
  li.setAttribute('part', 'member');
  const h3 = el('h3', undefined, member.name);
  h3.id = `member-${member.id}`;
  h3.tabIndex = -1;
  const dl = el('dl');
  const detail = (term: string, value: string | Node | undefined) => {
    if (value === undefined || value === '') return;
    const div = el('div');
    const dd = el('dd');
    dd.append(value);
    div.append(el('dt', undefined, term), dd);
    dl.append(div);
  };
  const link = (href: string, text: string) => {
    const a = el('a', undefined, text);
    a.href = href;
    return a;
  };
  detail(t.memberIndustry, member.industry);
  detail(t.memberLocality, member.locality);
  detail(t.address, member.address);
  if (networkNames.length) detail(t.memberNetworks, networkNames.join(', '));
  if (member.website && isHttpUrl(member.website)) detail(t.website, link(member.website, displayHost(member.website)));
  const tel = member.phone ? telHref(member.phone) : undefined;
  if (tel) detail(t.phone, link(tel, member.phone!));
  if (member.email) detail(t.email, link(mailtoHref(member.email), member.email));
  if (member.orgNumber) {
    detail(t.orgNumber, orgNumberText(member.orgNumber));
  }
  li.append(h3, dl);
  for (const part of (member.description ?? '').split(/\n\s*\n/)) {
    if (part.trim()) li.append(el('p', 'description', part.trim()));
  }
  if (member.memberSince) li.append(el('p', 'since', t.memberSince(member.memberSince.slice(0, 4))));
  return li;
}

class VanillaDirectory {
  readonly shadow: ShadowRoot;
  readonly root = Object.assign(el('div', 'root directory'), { lang: 'sv' });
  readonly input = el('input');
  private readonly form = el('form', 'controls');
  private readonly summary = el('p', 'summary');
  /** the live region: the count once typing pauses, as in the element (the visible count follows every key) */
  private readonly status = el('p', 'visually-hidden');
  private readonly list = el('ul', 'list');
  private readonly more = el('div', 'more');
  private readonly shownCount = el('p');
  private readonly moreButton = el('button', 'button', t.showMore);
  private readonly clear = el('button', 'button secondary clear', t.clearAll);
  private readonly noResults = el('div', 'state no-results');
  private readonly selects = new Map<'network' | 'industry' | 'locality', HTMLSelectElement>();
  /** each member's card, kept while the directory lives (Lit's keyed repeat keeps them while shown) */
  private readonly cards = new WeakMap<DirectoryEntry, HTMLLIElement>();
  private directory!: Directory;
  private filters: Filters = NO_FILTERS;
  private effective: Filters = NO_FILTERS;
  private results: DirectoryEntry[] = [];
  private typingTimer?: ReturnType<typeof setTimeout>;

  constructor(host: HTMLElement) {
    this.shadow = host.attachShadow({ mode: 'open' });
    this.shadow.adoptedStyleSheets = EviMemberDirectory.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!));
  }

  load(body: string): void {
    const result = readMembersFeed(JSON.parse(body));
    if (!result.ok) throw new Error('bad feed');
    this.directory = buildDirectory(result.data);
    this.effective = validFilters(this.directory, this.filters);
    this.results = filterEntries(this.directory, this.effective);
    this.renderAll();
  }

  private renderAll(): void {
    const directory = this.directory;
    const form = this.form;
    form.setAttribute('part', 'controls');
    form.setAttribute('role', 'search');
    form.setAttribute('aria-label', t.searchRegion());
    form.addEventListener('submit', (event) => event.preventDefault());
    const search = el('div', 'field search');
    const label = el('label', undefined, t.search);
    label.htmlFor = 'q';
    this.input.id = 'q';
    this.input.type = 'search';
    this.input.setAttribute('autocomplete', 'off');
    this.input.setAttribute('spellcheck', 'false');
    this.input.enterKeyHint = 'search';
    this.input.value = this.effective.query;
    this.input.addEventListener('input', () => this.onSearchInput());
    search.append(label, this.input);
    form.append(
      search,
      this.select('network', t.network, t.allNetworks, directory.networks),
      this.select('industry', t.industry, t.allIndustries, directory.industries),
      this.select('locality', t.locality, t.allLocalities, directory.localities),
    );
    this.clear.type = 'button';
    this.clear.addEventListener('click', () => this.clearAll());

    this.summary.setAttribute('part', 'summary');
    this.summary.setAttribute('aria-hidden', 'true');
    this.status.setAttribute('role', 'status');
    this.summary.textContent = this.status.textContent = t.results(this.results.length, directory.entries.length, isFiltered(this.effective));
    this.list.setAttribute('part', 'list');
    this.list.setAttribute('aria-label', t.listLabel());
    this.shownCount.id = 'shown-count';
    this.moreButton.type = 'button';
    this.moreButton.setAttribute('part', 'more');
    this.moreButton.setAttribute('aria-describedby', 'shown-count');
    this.noResults.setAttribute('part', 'status');
    const strong = el('strong', undefined, t.noResults);
    const again = el('button', 'button', t.clearFilters);
    again.type = 'button';
    again.addEventListener('click', () => this.clearAll());
    this.noResults.append(el('p'), el('p', undefined, t.noResultsHint), again);
    this.noResults.firstChild!.appendChild(strong);

    this.root.append(form, this.summary, this.status);
    this.renderResults();
    this.shadow.append(this.root);
  }

  private select(key: 'network' | 'industry' | 'locality', label: string, all: string, options: FilterOption[]): HTMLDivElement {
    const field = el('div', 'field');
    const text = el('label', undefined, label);
    text.htmlFor = key;
    const select = el('select');
    select.id = key;
    const value = this.effective[key];
    const first = el('option', undefined, all);
    first.value = '';
    first.selected = value === '';
    select.append(first);
    for (const option of options) {
      const node = el('option', undefined, option.label);
      node.value = option.value;
      node.selected = option.value === value;
      select.append(node);
    }
    select.addEventListener('change', () => {
      this.filters = { ...this.effective, [key]: select.value };
      this.update();
      this.status.textContent = t.results(this.results.length, this.directory.entries.length, isFiltered(this.effective));
    });
    this.selects.set(key, select);
    field.append(text, select);
    return field;
  }

  private onSearchInput(): void {
    this.filters = { ...this.effective, query: this.input.value };
    clearTimeout(this.typingTimer);
    // the count is announced after a pause in typing, as in the element
    this.typingTimer = setTimeout(() => {
      this.status.textContent = t.results(this.results.length, this.directory.entries.length, isFiltered(this.effective));
    }, TYPING_DEBOUNCE_MS);
    this.update();
  }

  private clearAll(): void {
    this.filters = NO_FILTERS;
    this.input.value = '';
    for (const select of this.selects.values()) select.value = '';
    this.update();
    this.status.textContent = t.results(this.results.length, this.directory.entries.length, false);
  }

  private update(): void {
    this.effective = validFilters(this.directory, this.filters);
    this.results = filterEntries(this.directory, this.effective);
    if (isFiltered(this.effective)) {
      if (!this.clear.isConnected) this.form.append(this.clear);
    } else this.clear.remove();
    this.summary.textContent = t.results(this.results.length, this.directory.entries.length, isFiltered(this.effective));
    this.renderResults();
  }

  private card(entry: DirectoryEntry): HTMLLIElement {
    let card = this.cards.get(entry);
    if (!card) this.cards.set(entry, (card = vanillaCard(entry)));
    return card;
  }

  private renderResults(): void {
    const results = this.results;
    if (!results.length) {
      this.list.remove();
      this.more.remove();
      if (!this.noResults.isConnected) this.root.append(this.noResults);
      return;
    }
    this.noResults.remove();
    if (!this.list.isConnected) this.root.append(this.list);
    // the cards in order, moving only those out of place
    const shown = results.slice(0, PAGE);
    const list = this.list;
    shown.forEach((entry, i) => {
      const card = this.card(entry);
      if (list.children[i] !== card) list.insertBefore(card, list.children[i] ?? null);
    });
    while (list.children.length > shown.length) list.lastElementChild!.remove();
    if (results.length > PAGE) {
      this.shownCount.textContent = t.showing(shown.length, results.length);
      if (!this.more.isConnected) {
        this.more.replaceChildren(this.shownCount);
        this.root.append(this.more);
      }
      if (shown.length < results.length) {
        if (!this.moreButton.isConnected) this.more.append(this.moreButton);
      } else this.moreButton.remove();
    } else this.more.remove();
  }
}

// ---------------------------------------------------------------------------------------------------

type Run = LitRun<EviMemberDirectory>;

/** A fresh <evi-member-directory> reading the feed; resolves when the first page is laid out. */
function litRun(body: string): Promise<Run> {
  return runLit(document.createElement('evi-member-directory'), PATH, body);
}

function vanillaRun(body: string): Promise<{ version: VanillaDirectory; time: number }> {
  return runVanilla(body, (host) => {
    const version = new VanillaDirectory(host);
    return { version, load: (text) => version.load(text), root: () => version.root };
  });
}

describe(`member directory benchmark (${MEMBERS.toLocaleString('sv')} members)`, function () {
  this.timeout(180_000);
  const body = JSON.stringify(generateFeed(MEMBERS));
  const results: string[] = [];

  after(() => {
    console.log(`\n[bench] <evi-member-directory>, ${MEMBERS} members, page ${PAGE}, ${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]}\n${results.join('\n')}`);
  });

  it('first render: feed response to the first page laid out', async () => {
    const litTimes: number[] = [];
    const connectTimes: number[] = [];
    const vanillaTimes: number[] = [];
    const parseTimes: number[] = [];
    const buildTimes: number[] = [];
    // run 0 warms up and is not counted; the two take turns going first
    for (let run = 0; run <= FIRST_RENDER_RUNS; run++) {
      let lit: Run | undefined;
      let vanilla: { version: VanillaDirectory; time: number } | undefined;
      for (const which of run % 2 ? ['vanilla', 'lit'] : ['lit', 'vanilla']) {
        if (which === 'lit') {
          lit = await litRun(body);
          expect(lit.el.shadowRoot!.querySelectorAll('li h3')).to.have.length(PAGE);
        } else {
          vanilla = await vanillaRun(body);
          expect(vanilla.version.shadow.querySelectorAll('li h3')).to.have.length(PAGE);
        }
        fixtureCleanup(); // a directory far below the viewport would wait (lazy loading) for ever
        await settle();
      }

      // the pure parts alone, in both: JSON.parse + validation, then sorting and search text
      let start = performance.now();
      const parsed = readMembersFeed(JSON.parse(body));
      parseTimes.push(performance.now() - start);
      if (!parsed.ok) throw new Error('bad feed');
      start = performance.now();
      buildDirectory(parsed.data);
      buildTimes.push(performance.now() - start);
      if (run === 0) continue;
      litTimes.push(lit!.fromResponse);
      connectTimes.push(lit!.fromConnect);
      vanillaTimes.push(vanilla!.time);
    }
    const lit = median(litTimes);
    const vanilla = median(vanillaTimes);
    const shared = median(parseTimes) + median(buildTimes);
    results.push(
      `first render, feed response → first page laid out (median of ${FIRST_RENDER_RUNS}): Lit ${ms(lit)} (${range(litTimes, 1)}), ` +
        `vanilla DOM ${ms(vanilla)} (${range(vanillaTimes, 1)}), Lit/vanilla ${(lit / vanilla).toFixed(2)}×`,
      `  Lit from connecting the element (adds the lazy-loading IntersectionObserver wait, the loading state and the fetch): ${ms(median(connectTimes))}`,
      `  pure parts (in both): JSON.parse + validation ${ms(median(parseTimes))}, directory (search text, sorting, filter choices) ${ms(median(buildTimes))}`,
      `  without them (medians subtracted: rendering and layout): Lit ${ms(lit - shared)}, vanilla DOM ${ms(vanilla - shared)}, ` +
        `Lit/vanilla ${((lit - shared) / (vanilla - shared)).toFixed(2)}×`,
      `  raw Lit     [${litTimes.map((v) => v.toFixed(0)).join(', ')}]`,
      `  raw vanilla [${vanillaTimes.map((v) => v.toFixed(0)).join(', ')}]`,
    );
  });

  // the markup is compared in the keystroke test: after the first render and after every keystroke of its first round
  it('keystroke to updated list', async () => {
    const { el } = await litRun(body);
    const input = el.shadowRoot!.querySelector('input')!;
    const host = document.createElement('div');
    el.after(host);
    const vanilla = new VanillaDirectory(host);
    vanilla.load(body);
    expectSameMarkup(el.shadowRoot!, vanilla.shadow, 'before typing');
    const litTimes: number[] = [];
    const vanillaTimes: number[] = [];
    try {
      for (let round = 0; round < KEYSTROKE_ROUNDS; round++) {
        for (const [i, query] of QUERIES.entries()) {
          const measure = async (which: 'lit' | 'vanilla') => {
            await nextFrame();
            const start = performance.now();
            if (which === 'lit') {
              input.value = query;
              input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: query.slice(-1) }));
              await el.updateComplete;
              el.shadowRoot!.querySelector('.root')!.getBoundingClientRect();
            } else {
              vanilla.input.value = query;
              vanilla.input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: query.slice(-1) }));
              vanilla.root.getBoundingClientRect();
            }
            const time = performance.now() - start;
            if (round > 0) (which === 'lit' ? litTimes : vanillaTimes).push(time);
          };
          for (const which of (round + i) % 2 ? (['vanilla', 'lit'] as const) : (['lit', 'vanilla'] as const)) await measure(which);
          if (round === 0) expectSameMarkup(el.shadowRoot!, vanilla.shadow, `after typing "${query}"`);
        }
      }
    } finally {
      fixtureCleanup();
      history.replaceState(null, '', location.pathname + location.search);
    }
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    const p95 = (values: number[]) => sorted(values)[Math.floor(values.length * 0.95)];
    results.push(
      `keystroke → updated list (median of ${litTimes.length}): Lit ${ms(median(litTimes))}, vanilla DOM ${ms(median(vanillaTimes))}, ` +
        `Lit/vanilla ${(median(litTimes) / median(vanillaTimes)).toFixed(2)}×; p95 Lit ${ms(p95(litTimes))}, vanilla ${ms(p95(vanillaTimes))}`,
    );
  });
});

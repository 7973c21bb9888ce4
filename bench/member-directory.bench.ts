/**
 * Benchmark: <evi-member-directory> with 10 000 generated members, in Chromium.
 *
 *   npm run bench
 *
 * Reports the median time from a keystroke in the search box to the updated, laid-out list, and
 * the first render time (feed body → parsed → sorted → first page in the DOM), each next to a
 * hand-written vanilla DOM version of the same markup doing the same work, in the same run.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/evi-member-directory.js';
import type { EviMemberDirectory } from '../src/member-directory/member-directory.js';
import { buildDirectory, filterEntries, NO_FILTERS, type DirectoryEntry } from '../src/member-directory/search.js';
import { parseMembersFeed } from '../src/schemas/members.js';
import { stubNetwork } from '../test/helpers/network.js';

const MEMBERS = 10_000;
const PAGE = 24;
const FIRST_RENDER_RUNS = 7;
const QUERIES = ['k', 'ko', 'kol', 'kolb', 'kolba', 'kolbac', 'kolback', 'kolback ', 'kolback s', 'kolback sm', 'kolback smi', 'kolback smide', ''];
const KEYSTROKE_ROUNDS = 6;

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
        networks: [NETWORKS[0], pick(NETWORKS)].filter((id, at, all) => all.indexOf(id) === at),
        status: i % 50 === 0 ? 'inactive' : 'active',
      };
    }),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

// ---------------------------------------------------------------------------------------------------
// The vanilla version: the same markup (list items with h3, dl, description), built with the DOM API.

function vanillaItem(entry: DirectoryEntry): HTMLLIElement {
  const { member, networkNames } = entry;
  const li = document.createElement('li');
  li.className = 'member';
  const h3 = document.createElement('h3');
  h3.id = `member-${member.id}`;
  h3.tabIndex = -1;
  h3.textContent = member.name;
  const dl = document.createElement('dl');
  const add = (term: string, value: string | Node | undefined) => {
    if (!value) return;
    const div = document.createElement('div');
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.append(value);
    div.append(dt, dd);
    dl.append(div);
  };
  const link = (href: string, label: string) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = label;
    return a;
  };
  add('Bransch', member.industry);
  add('Ort', member.locality);
  add('Nätverk', networkNames.join(', '));
  if (member.website) add('Webbplats', link(member.website, new URL(member.website).hostname));
  if (member.phone) add('Telefon', link(`tel:${member.phone.replace(/\D/g, '')}`, member.phone));
  if (member.email) add('E-post', link(`mailto:${member.email}`, member.email));
  li.append(h3, dl);
  if (member.description) {
    const p = document.createElement('p');
    p.textContent = member.description;
    li.append(p);
  }
  return li;
}

class VanillaDirectory {
  readonly root = document.createElement('div');
  private readonly list = document.createElement('ul');
  private readonly status = document.createElement('p');
  readonly input = document.createElement('input');
  private entries: DirectoryEntry[] = [];
  private directory!: ReturnType<typeof buildDirectory>;

  constructor(host: HTMLElement) {
    const shadow = host.attachShadow({ mode: 'open' });
    const label = document.createElement('label');
    label.htmlFor = 'q';
    label.textContent = 'Sök';
    this.input.id = 'q';
    this.input.type = 'search';
    this.input.addEventListener('input', () => this.show(filterEntries(this.directory, { ...NO_FILTERS, query: this.input.value })));
    this.status.setAttribute('role', 'status');
    this.root.append(label, this.input, this.status, this.list);
    shadow.append(this.root);
  }

  load(body: string): void {
    const result = parseMembersFeed(JSON.parse(body));
    if (!result.ok) throw new Error('bad feed');
    this.directory = buildDirectory(result.data);
    this.show(this.directory.entries);
  }

  private show(entries: DirectoryEntry[]): void {
    this.entries = entries;
    this.status.textContent = `${entries.length} medlemmar`;
    this.list.replaceChildren(...this.entries.slice(0, PAGE).map(vanillaItem));
  }
}

// ---------------------------------------------------------------------------------------------------

describe(`member directory benchmark (${MEMBERS.toLocaleString('sv')} members)`, function () {
  this.timeout(120_000);
  const body = JSON.stringify(generateFeed(MEMBERS));
  const results: string[] = [];

  after(() => {
    console.log(`\n[bench] <evi-member-directory>, ${MEMBERS} members, page ${PAGE}, ${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]}\n${results.join('\n')}`);
  });

  it('first render: feed body to first page in the DOM', async () => {
    const litTimes: number[] = [];
    const vanillaTimes: number[] = [];
    const parseTimes: number[] = [];
    for (let run = 0; run < FIRST_RENDER_RUNS; run++) {
      const net = stubNetwork({ '/bench/members-10000.json': () => Promise.resolve(new Response(body)) });
      try {
        const start = performance.now();
        const el = await fixture<EviMemberDirectory>(html`<evi-member-directory src="/bench/members-10000.json"></evi-member-directory>`);
        await new Promise((resolve) => el.addEventListener('evi-load', resolve, { once: true }));
        await el.updateComplete;
        el.shadowRoot!.querySelector('ul')!.getBoundingClientRect();
        litTimes.push(performance.now() - start);
        expect(el.shadowRoot!.querySelectorAll('li h3')).to.have.length(PAGE);
      } finally {
        net.restore();
      }

      const parseStart = performance.now();
      parseMembersFeed(JSON.parse(body));
      parseTimes.push(performance.now() - parseStart);

      fixtureCleanup(); // a directory far below the viewport would wait (lazy loading) for ever
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const vanillaStart = performance.now();
      const vanilla = new VanillaDirectory(host);
      vanilla.load(body);
      vanilla.root.querySelector('ul')!.getBoundingClientRect();
      vanillaTimes.push(performance.now() - vanillaStart);
      fixtureCleanup();
    }
    results.push(
      `first render (median of ${FIRST_RENDER_RUNS}): Lit ${ms(median(litTimes))}, vanilla DOM ${ms(median(vanillaTimes))}, ` +
        `Lit/vanilla ${(median(litTimes) / median(vanillaTimes)).toFixed(2)}×; ` +
        `of which JSON.parse + feed validation ${ms(median(parseTimes))}`,
    );
  });

  it('keystroke to updated list', async () => {
    const net = stubNetwork({ '/bench/members-10000.json': () => Promise.resolve(new Response(body)) });
    const litTimes: number[] = [];
    const vanillaTimes: number[] = [];
    try {
      const el = await fixture<EviMemberDirectory>(html`<evi-member-directory src="/bench/members-10000.json"></evi-member-directory>`);
      await new Promise((resolve) => el.addEventListener('evi-load', resolve, { once: true }));
      await el.updateComplete;
      const input = el.shadowRoot!.querySelector('input')!;
      const host = document.createElement('div');
      el.before(host);
      const vanilla = new VanillaDirectory(host);
      vanilla.load(body);
      for (let round = 0; round < KEYSTROKE_ROUNDS; round++) {
        for (const query of QUERIES) {
          let start = performance.now();
          input.value = query;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: query.slice(-1) }));
          await el.updateComplete;
          el.shadowRoot!.querySelector('.directory')!.getBoundingClientRect();
          litTimes.push(performance.now() - start);

          start = performance.now();
          vanilla.input.value = query;
          vanilla.input.dispatchEvent(new InputEvent('input', { bubbles: true, data: query.slice(-1) }));
          vanilla.root.getBoundingClientRect();
          vanillaTimes.push(performance.now() - start);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      }
      history.replaceState(null, '', location.pathname + location.search);
    } finally {
      net.restore();
    }
    results.push(
      `keystroke → updated list (median of ${litTimes.length}): Lit ${ms(median(litTimes))}, vanilla DOM ${ms(median(vanillaTimes))}, ` +
        `Lit/vanilla ${(median(litTimes) / median(vanillaTimes)).toFixed(2)}×; ` +
        `p95 Lit ${ms([...litTimes].sort((a, b) => a - b)[Math.floor(litTimes.length * 0.95)])}`,
    );
  });
});

/**
 * Benchmark: <evi-event-list> showing 1 000 occurrences (a generated feed of 60 events: weekly and
 * monthly series, bounded and unbounded, and single events), in Chromium.
 *
 *   npm run bench
 *
 * Reports the median time from the feed's response to 1 000 laid-out occurrences, next to a
 * hand-written vanilla DOM version of the same markup that does the same work with the element's
 * own pure modules (parseEventsFeed, toSeries/upcoming, describeWhen/describeRule/monthHeading,
 * isoDateTimeIn), in the same run; the parse and expansion parts alone; and the time to open one
 * occurrence's details (the disclosure) in a list of 1 000.
 *
 * Kept honest: both versions start from the same Response (body read, JSON.parse, validation
 * included in both), take turns going first, have a warm-up that is not counted, are checked to
 * produce the same markup (elements, attributes, text; Lit's comment markers and white space
 * between tags aside), and the feed is one the element has nothing to warn about (console output
 * relayed by the test runner is not the element's work).
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../src/evi-event-list.js';
import { EviEventList } from '../src/event-list/event-list.js';
import { describeSeries, describeWhen, relativeDay } from '../src/event-list/format.js';
import { googleCalendarUrl, outlookCalendarUrl } from '../src/event-list/ics.js';
import { startMatchesRule, toSeries, upcoming, type Occurrence, type Series } from '../src/event-list/recurrence.js';
import { buildList, type LoadedList } from '../src/event-list/view.js';
import { safeText, sanitizeHtml, type SafeNode } from '../src/event-list/sanitize.js';
import { categoryLabel, listStrings } from '../src/event-list/strings.js';
import { isoDate, isoDateTimeIn } from '../src/event-list/zone.js';
import { parseEventsFeed, type EventsFeed, type EviEvent } from '../src/schemas/events.js';
import { expectSameMarkup, litRun as runLit, median, nextFrame, range, settle, vanillaRun as runVanilla, type LitRun } from './harness.js';

const EVENTS = 60;
const LIMIT = 1000;
const RUNS = 15;
const TOGGLES = 24;
const TOGGLE_WARMUPS = 3;
const PATH = '/bench/events-60.json';
const NOW = new Date('2027-01-01T00:00:00+01:00');
const VISITOR_ZONE = 'Europe/Stockholm';
const LANG = 'sv' as const;

// ---------------------------------------------------------------------------------------------------
// The feed: 24 weekly series (unbounded, UNTIL, INTERVAL=2;COUNT, two days a week;COUNT), 16 monthly
// series (nth weekday or 15th, COUNT=12 or unbounded), 20 single events (timed, all-day, multi-day,
// two in Europe/Helsinki). Statuses, exdates, summaries, descriptions and links vary.

const CATEGORIES = ['frukostmote', 'seminarium', 'forelasning', 'kompetensprogram', 'natverkstraff', 'visionsdag'];
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR'];
const PLACES = [
  { name: 'En Väg In', address: 'Parkgatan, Hallstahammar' },
  { name: 'Kunskapscenter', address: 'Storgatan 1, Hallstahammar', url: 'https://example.org/kunskapscenter' },
  { name: 'Folkets hus', address: 'Hallstahammar' },
  { name: 'Strömsholms slott', address: 'Strömsholm' },
  { address: 'Kolbäcks bygdegård, Kolbäck' },
];
const TITLES = ['Frukostmöte', 'Seminarium', 'Föreläsning', 'Kompetensprogram', 'Nätverksträff', 'Visionsdag', 'Workshop', 'Företagarlunch'];
const TOPICS = ['sociala medier', 'ledarskap', 'export', 'hållbarhet', 'rekrytering', 'AI i småföretag', 'bokföring', 'hästnäring'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A Stockholm wall-clock time written with its offset (summer time 2027: 28 March – 31 October). */
function stockholm(y: number, m: number, d: number, hh: number, mi: number): string {
  const day = new Date(Date.UTC(y, m - 1, d));
  const summer = day >= new Date(Date.UTC(2027, 2, 28)) && day < new Date(Date.UTC(2027, 9, 31));
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}T${pad(hh)}:${pad(mi)}:00${summer ? '+02:00' : '+01:00'}`;
}

/** The day of the month of the nth weekday (0 = Monday) of a month. */
function nthWeekday(y: number, m: number, n: number, weekday: number): number {
  const first = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
}

function generateFeed(): { version: 1; events: Record<string, unknown>[] } {
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const category = CATEGORIES[i % CATEGORIES.length];
    const event: Record<string, unknown> = {
      id: `evenemang-${i}`,
      title: `${TITLES[i % TITLES.length]}: ${TOPICS[(i * 5) % TOPICS.length]} ${i}`,
      category,
      networks: i % 3 ? ['hallstahammar-promotion'] : ['hallstahammar-promotion', 'kanalnatet'],
      organizer: i % 2 ? 'En Väg In' : 'Hallstahammar Promotion',
    };
    if (i % 6 !== 5) event.location = PLACES[i % PLACES.length];
    if (i % 2 === 0) event.summary = `Träffa andra företagare i Hallstahammar och lär dig mer om ${TOPICS[i % TOPICS.length]}.`;
    if (i % 3 === 0) event.descriptionHtml = `<p>Program om <strong>${TOPICS[i % TOPICS.length]}</strong>.</p><ul><li>Fika</li><li><a href="https://example.org/program/${i}">Program</a></li></ul>`;
    else event.description = `Frukost, nätverkande och en kort dragning.\n\nIngen föranmälan behövs för evenemang ${i}.`;
    if (i % 4 === 1) event.registrationUrl = `https://example.org/anmalan/${i}`;
    if (i % 5 === 2) event.url = `https://example.org/evenemang/${i}`;
    if (i % 7 === 3) event.cost = '150 kr inkl. moms';
    if (i % 7 === 0) event.status = 'full';

    if (i < 24) {
      // weekly series, starting in January (the TU,TH ones on a Tuesday or a Thursday: a start that
      // is not a day of the rule is a feed mistake the element warns about)
      const weekday = i % 4 === 3 ? 1 + 2 * ((i >> 2) % 2) : i % 5;
      const d = 4 + weekday + 7 * (i % 3); // 2027-01-04 is a Monday
      const hh = 7 + ((i * 3) % 11);
      const mi = (i % 2) * 30;
      event.start = stockholm(2027, 1, d, hh, mi);
      event.end = stockholm(2027, 1, d, hh + 1 + (mi ? 1 : 0), (mi + 30) % 60); // 90 minutes
      event.rrule = [
        `FREQ=WEEKLY;BYDAY=${BYDAY[weekday]}`,
        `FREQ=WEEKLY;BYDAY=${BYDAY[weekday]};UNTIL=20271215T225959Z`,
        'FREQ=WEEKLY;INTERVAL=2;COUNT=20',
        'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=40',
      ][i % 4];
      if (i % 3 === 0) event.exdates = [stockholm(2027, 1, d + 14, hh, mi), stockholm(2027, 1, d + 70, hh, mi)];
    } else if (i < 40) {
      // monthly series
      const j = i - 24;
      const hh = j % 2 ? 18 : 12;
      if (j % 3 === 0) {
        event.start = stockholm(2027, 1, 15, hh, 0);
        event.end = stockholm(2027, 1, 15, hh + 2, 0);
        event.rrule = `FREQ=MONTHLY;BYMONTHDAY=15${j % 2 ? '' : ';COUNT=12'}`;
      } else {
        const n = 1 + (j % 4);
        const weekday = j % 5;
        const d = nthWeekday(2027, 1, n, weekday);
        event.start = stockholm(2027, 1, d, hh, 0);
        event.end = stockholm(2027, 1, d, hh + 2, 0);
        event.rrule = `FREQ=MONTHLY;BYDAY=${n}${BYDAY[weekday]}${j % 2 ? '' : ';COUNT=12'}`;
      }
    } else {
      // single events through 2027
      const j = i - 40;
      const m = 1 + (j % 12);
      const d = 2 + ((j * 7) % 26);
      if (j % 4 === 0) {
        event.start = `2027-${pad(m)}-${pad(d)}`;
        if (j % 8 === 0) event.end = `2027-${pad(m)}-${pad(d + 2)}`;
      } else if (j % 5 === 1) {
        event.timeZone = 'Europe/Helsinki';
        event.start = `2027-${pad(m)}-${pad(d)}T08:00:00Z`;
        event.end = `2027-${pad(m)}-${pad(d)}T14:00:00Z`;
      } else {
        event.start = stockholm(2027, m, d, 9, 0);
        event.end = stockholm(2027, m, d, 16, 0);
      }
      if (j % 5 === 2) event.status = 'full';
      else if (j % 7 === 3) event.status = 'postponed';
      else if (j % 9 === 4) event.status = 'cancelled';
    }
    events.push(event);
  }
  return { version: 1, events };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

// ---------------------------------------------------------------------------------------------------
// The vanilla version: the element's pure modules for the work, the DOM API for the same markup.

/** As event-list.ts (not exported there). */
function domId(prefix: string, key: string): string {
  return prefix + key.replace(/[^A-Za-z0-9-]/g, (ch) => `_${ch.codePointAt(0)!.toString(16)}`);
}

type View = LoadedList;

/** What EviEventList#loadedView works out (no category/network attributes here): the same function. */
function expand(data: EventsFeed, chosenCategory: string): View {
  return buildList(data.events.map(toSeries), {
    categories: [],
    networks: [],
    selectedCategory: chosenCategory,
    now: NOW.getTime(),
    limit: LIMIT,
    lang: LANG,
    visitorTimeZone: VISITOR_ZONE,
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const sanitizedCache = new WeakMap<EviEvent, SafeNode[]>();
function sanitized(event: EviEvent): SafeNode[] {
  let nodes = sanitizedCache.get(event);
  if (!nodes) sanitizedCache.set(event, (nodes = sanitizeHtml(event.descriptionHtml ?? '')));
  return nodes;
}

function safeDom(nodes: readonly SafeNode[]): Node[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return document.createTextNode(node);
    if (node.tag === 'br') return el('br');
    if (node.tag === 'a') {
      if (!node.href) {
        const fragment = document.createDocumentFragment();
        fragment.append(...safeDom(node.children));
        return fragment;
      }
      const a = el('a');
      a.href = node.href;
      a.rel = 'noopener noreferrer';
      a.append(...safeDom(node.children));
      return a;
    }
    const element = el(node.tag);
    element.append(...safeDom(node.children));
    return element;
  });
}

function plainDescription(event: EviEvent): string | undefined {
  const body = event.descriptionHtml ? safeText(sanitized(event)) : (event.description ?? event.summary);
  const links = [event.registrationUrl, event.url].filter(Boolean).join('\n');
  return [body, links].filter(Boolean).join('\n\n') || undefined;
}

/** The open disclosure's content, as EviEventList#renderDetails. */
function vanillaDetails(occurrence: Occurrence, series: Series): Node[] {
  const t = listStrings[LANG];
  const { event, status } = occurrence;
  const out: Node[] = [];
  if (event.descriptionHtml) {
    const div = el('div', 'description');
    div.append(...safeDom(sanitized(event)));
    out.push(div);
  } else if (event.description) {
    const div = el('div', 'description');
    for (const p of event.description.split(/\r?\n\s*\r?\n/).map((s) => s.trim()).filter(Boolean)) div.append(el('p', undefined, p));
    out.push(div);
  }
  const location = event.location;
  const hasLocation = location && (location.name || location.address || location.url);
  if (hasLocation || event.organizer || event.cost) {
    const dl = el('dl');
    if (hasLocation) {
      const dd = el('dd', undefined, [location.name, location.address].filter(Boolean).join(', '));
      if (location.url) {
        if (location.name || location.address) dd.append(el('br'));
        const a = el('a', undefined, t.venueLink);
        a.href = location.url;
        a.append(el('span', 'visually-hidden', ` – ${location.name || event.title}`));
        dd.append(a);
      }
      dl.append(el('dt', undefined, t.location), dd);
    }
    if (event.organizer) dl.append(el('dt', undefined, t.organizer), el('dd', undefined, event.organizer));
    if (event.cost) dl.append(el('dt', undefined, t.cost), el('dd', undefined, event.cost));
    out.push(dl);
  }
  const canRegister = event.registrationUrl && status !== 'cancelled' && status !== 'full';
  if (canRegister || event.url) {
    const p = el('p', 'links');
    const link = (href: string, label: string) => {
      const a = el('a', undefined, label);
      a.href = href;
      a.append(' ', el('span', 'visually-hidden', ` – ${event.title}`));
      return a;
    };
    if (canRegister) p.append(link(event.registrationUrl!, t.register));
    if (event.url) p.append(' ', link(event.url, t.moreInfo));
    out.push(p);
  }
  if (status !== 'cancelled') {
    const text = plainDescription(event);
    const which = () => el('span', 'visually-hidden', ` – ${event.title}, ${describeWhen(occurrence, LANG).date}`);
    const group = el('div', 'calendar');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', domId('c', occurrence.key));
    const label = el('p', 'calendar-label', t.addToCalendar);
    label.id = domId('c', occurrence.key);
    const one = el('button', undefined, t.icsOccurrence);
    one.append(which());
    one.type = 'button';
    one.dataset.ics = 'occurrence';
    one.addEventListener('click', () => void series); // the .ics is made on click, as in the element
    group.append(label, ' ', one);
    if (series.rule) {
      const all = el('button', undefined, t.icsSeries);
      all.append(el('span', 'visually-hidden', ` – ${event.title}`));
      all.type = 'button';
      all.dataset.ics = 'series';
      all.addEventListener('click', () => void series);
      group.append(' ', all);
    }
    const google = el('a', undefined, t.google);
    google.append(which());
    google.href = googleCalendarUrl({ occurrence, description: text });
    const outlookWork = el('a', undefined, t.outlookWork);
    outlookWork.append(which());
    outlookWork.href = outlookCalendarUrl({ occurrence, description: text }, 'work');
    const outlook = el('a', undefined, t.outlook);
    outlook.append(which());
    outlook.href = outlookCalendarUrl({ occurrence, description: text });
    group.append(' ', google, ' ', outlookWork, ' ', outlook);
    out.push(group);
  }
  return out;
}

class VanillaEventList {
  readonly shadow: ShadowRoot;
  private data?: EventsFeed;
  private chosen = '';
  private readonly expanded = new Set<string>();

  constructor(host: HTMLElement) {
    this.shadow = host.attachShadow({ mode: 'open' });
    this.shadow.adoptedStyleSheets = EviEventList.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!));
  }

  load(body: string): void {
    const result = parseEventsFeed(JSON.parse(body));
    if (!result.ok) throw new Error('bad feed');
    this.data = result.data;
    this.render(expand(result.data, this.chosen));
  }

  private render(view: View): void {
    const t = listStrings[LANG];
    const root = Object.assign(el('div', 'root'), { lang: 'sv' });
    if (view.zoneNote) root.append(el('p', 'notes', t.zoneNote(view.zoneNote.zone, view.zoneNote.others)));
    if (view.categories.length) root.append(this.filter(view.categories, view.chosen));
    const count = el('p', view.categories.length ? 'count' : 'visually-hidden', t.shown(view.shown.length));
    count.setAttribute('role', 'status');
    root.append(count);
    for (const group of view.groups) {
      const month = el('div', 'month');
      const ol = el('ol');
      ol.setAttribute('part', 'list');
      for (const o of group.items) ol.append(this.item(o, view.series.get(o.event)!, view.mainZone));
      month.append(el('h2', undefined, group.heading), ol);
      root.append(month);
    }
    this.shadow.replaceChildren(root);
  }

  private filter(categories: string[], chosen: string): HTMLFieldSetElement {
    const t = listStrings[LANG];
    const fieldset = el('fieldset', 'filter');
    fieldset.setAttribute('part', 'filter');
    const option = (value: string, label: string) => {
      const wrapper = el('label', chosen === value ? 'chosen' : undefined);
      const input = el('input');
      input.type = 'radio';
      input.name = 'category';
      input.value = value;
      input.checked = chosen === value;
      input.addEventListener('change', () => {
        this.chosen = value;
        this.render(expand(this.data!, value));
      });
      wrapper.append(input, label);
      return wrapper;
    };
    fieldset.append(el('legend', undefined, t.filterLegend), option('', t.allCategories), ' ');
    for (const id of categories) fieldset.append(option(id, categoryLabel(id, LANG)));
    return fieldset;
  }

  private item(occurrence: Occurrence, series: Series, mainZone: string | undefined): HTMLLIElement {
    const t = listStrings[LANG];
    const { event, status } = occurrence;
    const when = describeWhen(occurrence, LANG);
    const id = domId('e', occurrence.key);
    const place = [event.location?.name, event.location?.address].filter(Boolean).join(', ');
    const li = el('li', 'event');
    li.setAttribute('part', 'event');
    li.dataset.status = status;
    const article = el('article');
    article.setAttribute('aria-labelledby', `${id}-title`);

    const whenP = el('p', 'when');
    const time = el('time', undefined, when.date);
    time.dateTime = occurrence.allDay ? isoDate(occurrence.startWall) : isoDateTimeIn(occurrence.start, occurrence.timeZone);
    const relative = occurrence.start - NOW.getTime() > 3 * 86_400_000 ? undefined : relativeDay(occurrence, NOW.getTime());
    if (relative) {
      const label = el('span', 'relative');
      label.append(el('strong', undefined, t.relative[relative]), ', ');
      whenP.append(label);
    }
    whenP.append(time);
    if (when.time) whenP.append(' ', el('span', 'time', when.time));
    if (occurrence.timeZone !== mainZone && !occurrence.allDay) whenP.append(' ', el('span', 'time', t.inZone(occurrence.timeZone)));
    const h3 = el('h3', undefined, event.title);
    h3.id = `${id}-title`;
    article.append(h3, whenP);

    if (status !== 'scheduled') {
      const p = el('p', 'event-status', t.status[status]);
      p.dataset.status = status;
      article.append(p);
    }
    if (event.category || place) {
      const meta = el('p', 'meta');
      if (event.category) meta.append(el('span', 'category', categoryLabel(event.category, LANG)));
      if (event.category && place) meta.append(' ');
      if (place) meta.append(el('span', 'place', place));
      article.append(meta);
    }
    const inWords = describeSeries(series, LANG);
    if (inWords) article.append(el('p', 'series', inWords));
    if (event.summary) article.append(el('p', 'summary', event.summary));

    const button = el('button', 'toggle', t.details);
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', `${id}-details`);
    button.append(el('span', 'visually-hidden', ` – ${event.title}, ${when.date}`));
    const details = el('div', 'details');
    details.id = `${id}-details`;
    details.hidden = true;
    button.addEventListener('click', () => {
      const open = !this.expanded.delete(occurrence.key);
      if (open) this.expanded.add(occurrence.key);
      button.setAttribute('aria-expanded', String(open));
      details.hidden = !open;
      details.replaceChildren(...(open ? vanillaDetails(occurrence, series) : []));
    });
    article.append(button, details);
    li.append(article);
    return li;
  }
}

// ---------------------------------------------------------------------------------------------------

const items = (root: ShadowRoot) => root.querySelectorAll('li[part=event]');

/** A fresh <evi-event-list limit=1000> reading the feed; resolves when the 1 000 occurrences are laid out. */
function litRun(body: string): Promise<LitRun<EviEventList>> {
  const el = document.createElement('evi-event-list');
  el.now = NOW;
  el.visitorTimeZone = VISITOR_ZONE;
  el.limit = LIMIT;
  return runLit(el, PATH, body);
}

function vanillaRun(body: string): Promise<{ version: VanillaEventList; time: number }> {
  return runVanilla(body, (host) => {
    const version = new VanillaEventList(host);
    return { version, load: (text) => version.load(text), root: () => version.shadow.querySelector('.root')! };
  });
}

describe(`event list benchmark (${EVENTS} events, ${LIMIT.toLocaleString('sv')} occurrences)`, function () {
  this.timeout(300_000);
  const body = JSON.stringify(generateFeed());
  const results: string[] = [];

  after(() => {
    console.log(
      `\n[bench] <evi-event-list>, ${EVENTS} events, limit ${LIMIT}, ${(body.length / 1024).toFixed(0)} kB feed, ${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]}\n${results.join('\n')}`,
    );
  });

  it('the generated feed is valid and has well over 1 000 upcoming occurrences', () => {
    const result = parseEventsFeed(JSON.parse(body));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.problems, JSON.stringify(result.problems)).to.deep.equal([]);
    expect(result.data.events).to.have.length(EVENTS);
    const series = result.data.events.map(toSeries);
    expect(series.filter((s) => s.unsupported)).to.deep.equal([]);
    expect(series.filter((s) => !startMatchesRule(s)).map((s) => s.event.id), 'series starting off their rule (the element warns)').to.deep.equal([]);
    expect(series.filter((s) => s.rule)).to.have.length(40);
    const shown = upcoming(series, NOW.getTime(), LIMIT);
    expect(shown).to.have.length(LIMIT);

    const start = performance.now();
    for (let i = 0; i < 3; i++) upcoming(series, NOW.getTime(), LIMIT);
    const expansion = (performance.now() - start) / 3;
    const last = shown[LIMIT - 1].startWall;
    results.push(`expansion: ${LIMIT} occurrences of ${series.length} series (the last on ${isoDate(last)}), ${ms(expansion)} (mean of 3)`);
  });

  it('both versions render the same markup, closed and with one occurrence’s details open', async () => {
    const lit = await litRun(body);
    const host = document.createElement('div');
    lit.el.after(host);
    const vanilla = new VanillaEventList(host);
    vanilla.load(body);
    const litRoot = lit.el.shadowRoot!;
    expect(items(litRoot)).to.have.length(LIMIT);
    expectSameMarkup(litRoot, vanilla.shadow, 'first render');
    // open the first occurrence of each kind the details have a branch for
    const parsed = parseEventsFeed(JSON.parse(body));
    if (!parsed.ok) throw new Error('bad feed');
    const view = expand(parsed.data, '');
    const kinds: Array<(o: Occurrence) => unknown> = [
      (o) => o.event.descriptionHtml,
      (o) => o.event.description,
      (o) => o.status === 'cancelled',
      (o) => o.status === 'full' && o.event.registrationUrl,
      (o) => o.event.registrationUrl && o.event.url,
      (o) => o.event.location?.url,
      (o) => !o.event.location && o.event.cost,
      (o) => !view.series.get(o.event)!.rule,
      (o) => o.allDay,
    ];
    const indexes = [...new Set(kinds.map((kind) => view.shown.findIndex(kind)))];
    expect(indexes).not.to.include(-1);
    for (const index of indexes) {
      litRoot.querySelectorAll<HTMLButtonElement>('button.toggle')[index].click();
      await lit.el.updateComplete;
      vanilla.shadow.querySelectorAll<HTMLButtonElement>('button.toggle')[index].click();
    }
    expect(litRoot.querySelectorAll('.details:not([hidden])')).to.have.length(indexes.length);
    expectSameMarkup(litRoot, vanilla.shadow, 'details open');
    fixtureCleanup();
  });

  it('first render: feed response to 1 000 laid-out occurrences', async () => {
    const litTimes: number[] = [];
    const litConnectTimes: number[] = [];
    const vanillaTimes: number[] = [];
    const parseTimes: number[] = [];
    const expandTimes: number[] = [];
    const formatTimes: number[] = [];
    // run 0 warms up (JIT, Intl formatters) and is not counted; the two take turns going first, so
    // neither always runs right after the other's thousand items were thrown away (garbage collection)
    for (let run = 0; run <= RUNS; run++) {
      let litCount = 0;
      let vanillaCount = 0;
      let lit = { fromResponse: 0, fromConnect: 0 };
      let vanilla = { time: 0 };
      for (const which of run % 2 ? ['vanilla', 'lit'] : ['lit', 'vanilla']) {
        if (which === 'lit') {
          const result = await litRun(body);
          litCount = items(result.el.shadowRoot!).length;
          lit = result;
        } else {
          const result = await vanillaRun(body);
          vanillaCount = items(result.version.shadow).length;
          vanilla = result;
        }
        fixtureCleanup(); // a list far below the viewport would wait (lazy loading) for ever
        await settle();
      }

      // the pure parts alone: JSON.parse + validation; series + expansion + month grouping; per-item formatting
      let start = performance.now();
      const parsed = parseEventsFeed(JSON.parse(body));
      const parseTime = performance.now() - start;
      if (!parsed.ok) throw new Error('bad feed');
      start = performance.now();
      const view = expand(parsed.data, '');
      const expandTime = performance.now() - start;
      start = performance.now();
      let chars = 0;
      for (const o of view.shown) {
        const when = describeWhen(o, LANG);
        const series = view.series.get(o.event)!;
        chars += when.date.length + (o.allDay ? isoDate(o.startWall) : isoDateTimeIn(o.start, o.timeZone)).length;
        chars += describeSeries(series, LANG).length;
      }
      const formatTime = performance.now() - start;

      expect(litCount, 'occurrences rendered by <evi-event-list>').to.equal(LIMIT);
      expect(vanillaCount, 'occurrences rendered by the vanilla version').to.equal(LIMIT);
      expect(view.shown).to.have.length(LIMIT);
      expect(chars).to.be.greaterThan(0);
      if (run === 0) continue;
      litTimes.push(lit.fromResponse);
      litConnectTimes.push(lit.fromConnect);
      vanillaTimes.push(vanilla.time);
      parseTimes.push(parseTime);
      expandTimes.push(expandTime);
      formatTimes.push(formatTime);
    }
    const lit = median(litTimes);
    const vanilla = median(vanillaTimes);
    const shared = median(parseTimes) + median(expandTimes);
    results.push(
      `first render, feed response → ${LIMIT} laid-out occurrences (median of ${RUNS}): Lit ${ms(lit)} (${range(litTimes)}), ` +
        `vanilla DOM ${ms(vanilla)} (${range(vanillaTimes)}), Lit/vanilla ${(lit / vanilla).toFixed(2)}×`,
      `  Lit from connecting the element (adds the lazy-loading IntersectionObserver wait and the fetch): ${ms(median(litConnectTimes))}`,
      `  pure parts (in both): JSON.parse + validation ${ms(median(parseTimes))}, series + expansion + months ${ms(median(expandTimes))} ` +
        `(parse + expansion ${ms(shared)}); dates/times/rules in words for ${LIMIT} items ${ms(median(formatTimes))}`,
      `  without the shared parse + expansion (medians subtracted: formatting, DOM, layout): Lit ${ms(lit - shared)}, vanilla DOM ${ms(vanilla - shared)}, ` +
        `Lit/vanilla ${((lit - shared) / (vanilla - shared)).toFixed(2)}×`,
      `  raw Lit  [${litTimes.map((t) => t.toFixed(0)).join(', ')}]`,
      `  raw vanilla [${vanillaTimes.map((t) => t.toFixed(0)).join(', ')}]`,
    );
  });

  it('opening one occurrence’s details in a list of 1 000', async () => {
    const lit = await litRun(body);
    const litRoot = lit.el.shadowRoot!;
    const host = document.createElement('div');
    lit.el.after(host);
    const vanilla = new VanillaEventList(host);
    vanilla.load(body);
    const litTimes: number[] = [];
    const vanillaTimes: number[] = [];
    const litButtons = [...litRoot.querySelectorAll<HTMLButtonElement>('button.toggle')];
    const vanillaButtons = [...vanilla.shadow.querySelectorAll<HTMLButtonElement>('button.toggle')];
    // the first rounds warm up (renderDetails, the sanitizer, calendar links) and are not counted
    for (let round = 0; round < TOGGLE_WARMUPS + TOGGLES; round++) {
      const index = (round * 83) % LIMIT;
      // the button is found before the clock starts: finding it among 1 000 is no part of either
      const litButton = litButtons[index];
      const vanillaButton = vanillaButtons[index];
      const measure = async (which: 'lit' | 'vanilla') => {
        await nextFrame();
        const start = performance.now();
        if (which === 'lit') {
          litButton.click();
          await lit.el.updateComplete;
          litRoot.querySelector('.root')!.getBoundingClientRect();
        } else {
          vanillaButton.click();
          vanilla.shadow.querySelector('.root')!.getBoundingClientRect();
        }
        const time = performance.now() - start;
        if (round >= TOGGLE_WARMUPS) (which === 'lit' ? litTimes : vanillaTimes).push(time);
      };
      for (const which of round % 2 ? (['vanilla', 'lit'] as const) : (['lit', 'vanilla'] as const)) await measure(which);
      expect(litRoot.querySelectorAll('.details:not([hidden])')).to.have.length(1);
      expect(vanilla.shadow.querySelectorAll('.details:not([hidden])')).to.have.length(1);

      // close both again (not measured)
      litButton.click();
      await lit.el.updateComplete;
      vanillaButton.click();
    }
    fixtureCleanup();
    const litMedian = median(litTimes);
    const vanillaMedian = median(vanillaTimes);
    results.push(
      `open one occurrence's details (median of ${TOGGLES}): Lit ${ms(litMedian)} (${range(litTimes, 1)}), ` +
        `vanilla DOM ${ms(vanillaMedian)} (${range(vanillaTimes, 1)}), Lit/vanilla ${(litMedian / vanillaMedian).toFixed(2)}×`,
    );
  });
});

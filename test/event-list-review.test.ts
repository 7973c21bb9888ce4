// What a visitor and a feed producer noticed in the event list (a review with Hallstahammar's own feeds):
// a page left open, a full day written with times, a category beyond the first ten, ties in Swedish
// order, a postponed date, the link names, and an exdate with last winter's UTC offset.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/evi-event-list.js';
import type { EviEventList } from '../src/event-list/event-list.js';
import { nextRelativeChange } from '../src/event-list/format.js';
import { occurrences, ruleWarnings, toSeries } from '../src/event-list/recurrence.js';
import type { EviEvent } from '../src/schemas/events.js';
import { axLines, axTree } from './helpers/ax.js';
import { stubbedPage } from './helpers/network.js';

const text = (node: Element | ShadowRoot) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: EviEventList) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part=event]')];
const titles = (el: EviEventList) => items(el).map((li) => text(li.querySelector('h3')!));

let feed: unknown;
const page = stubbedPage(() => ({
  '/feeds/review.json': () => Promise.resolve(new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/json' } })),
}));

async function show(events: unknown[], now?: Date) {
  feed = { version: 1, events };
  const el = await fixture<EviEventList>(html`<evi-event-list src="/feeds/review.json" .now=${now}></evi-event-list>`);
  await waitUntil(() => el.shadowRoot?.querySelector('ol, [role=alert], [role=status]:not([aria-busy])'), 'the list is shown', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

async function open(el: EviEventList, title: string) {
  const li = items(el).find((item) => text(item.querySelector('h3')!) === title)!;
  li.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
  await el.updateComplete;
  return li;
}

describe('event list, as the review found it', () => {
  it('drops an event when it ends and shows the next, on a page left open', async function () {
    this.timeout(8000);
    const soon = Date.now() + 1500;
    const el = await show([
      { id: 'ending', title: 'Frukostmöte', start: new Date(soon - 3_600_000).toISOString(), end: new Date(soon).toISOString() },
      { id: 'next', title: 'Lunchseminarium', start: new Date(soon + 86_400_000).toISOString() },
    ]);
    expect(titles(el)).to.deep.equal(['Frukostmöte', 'Lunchseminarium']);
    await waitUntil(() => titles(el).length === 1, 'the ended breakfast leaves the list', { timeout: 5000 });
    expect(titles(el)).to.deep.equal(['Lunchseminarium']);
  });

  it('keeps the list as it is while the visitor works in it (focus inside)', async function () {
    this.timeout(8000);
    const soon = Date.now() + 1000;
    const el = await show([
      { id: 'ending', title: 'Frukostmöte', start: new Date(soon - 3_600_000).toISOString(), end: new Date(soon).toISOString() },
      { id: 'next', title: 'Lunchseminarium', start: new Date(soon + 86_400_000).toISOString() },
    ]);
    items(el)[0].querySelector<HTMLButtonElement>('button[aria-expanded]')!.focus();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(titles(el), 'the focused event stays under the visitor').to.deep.equal(['Frukostmöte', 'Lunchseminarium']);
  });

  it('a fixed `now` (a preview) never changes the list by itself', async function () {
    this.timeout(8000);
    const soon = Date.now() + 500;
    const el = await show(
      [{ id: 'ending', title: 'Frukostmöte', start: new Date(soon - 3_600_000).toISOString(), end: new Date(soon).toISOString() }],
      new Date(soon - 60_000),
    );
    // count the list's renders: with `now` fixed, time passing is no reason to render again
    let renders = 0;
    const list = el as unknown as { update(changed: unknown): void };
    const update = list.update;
    list.update = function (this: unknown, changed: unknown) {
      renders++;
      update.call(this, changed);
    };
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(renders, 'renders while time passed').to.equal(0);
    expect(titles(el)).to.deep.equal(['Frukostmöte']);
  });

  it('says "Heldag" for a day written from midnight to midnight, not "00:00–00:00"', async () => {
    const el = await show(
      [
        { id: 'vision', title: 'Visionsdag', start: '2027-05-04T00:00:00+02:00', end: '2027-05-05T00:00:00+02:00' },
        { id: 'fair', title: 'Företagsmässa', start: '2027-05-10T00:00:00+02:00', end: '2027-05-12T00:00:00+02:00' },
      ],
      new Date('2027-04-01T10:00:00Z'),
    );
    const [vision, fair] = items(el).map((li) => text(li.querySelector('.when')!));
    expect(vision).to.equal('tisdag 4 maj Heldag');
    expect(fair).to.equal('måndag 10 – tisdag 11 maj 2 dagar');
  });

  it('offers every category with an upcoming event, also beyond the first ten occurrences', async () => {
    const el = await show(
      [
        { id: 'lunch', title: 'Lunchträff', start: '2026-12-02T12:00:00+01:00', rrule: 'FREQ=WEEKLY', category: 'natverkstraff' },
        { id: 'frukost', title: 'Frukostmöte', start: '2026-12-03T07:30:00+01:00', rrule: 'FREQ=MONTHLY;BYDAY=1TH', category: 'frukostmote' },
        { id: 'vision', title: 'Visionsdag 2027', start: '2027-05-04', category: 'visionsdag' },
      ],
      new Date('2026-11-27T10:00:00Z'),
    );
    const options = [...el.shadowRoot!.querySelectorAll('fieldset label')].map((label) => text(label));
    expect(options).to.deep.equal(['Alla', 'Nätverksträff', 'Frukostmöte', 'Visionsdag']);
    expect(titles(el)).not.to.include('Visionsdag 2027');
    const radio = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input')].find((input) => input.value === 'visionsdag')!;
    radio.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Visionsdag 2027']);
  });

  it('lists events that start together in Swedish order, whatever the browser language', async () => {
    const start = '2027-03-04T07:30:00+01:00';
    const el = await show(
      ['Öppet hus', 'Zumba för företagare', 'Årsmöte', 'Almi informerar'].map((title, i) => ({ id: `e${i}`, title, start })),
      new Date('2027-03-01T10:00:00Z'),
    );
    expect(navigator.language.startsWith('sv'), 'the test browser is not Swedish').to.equal(false);
    expect(titles(el)).to.deep.equal(['Almi informerar', 'Zumba för företagare', 'Årsmöte', 'Öppet hus']);
  });

  it('offers no add-to-calendar for a postponed date, and still the registration', async () => {
    const el = await show(
      [
        {
          id: 'seminar',
          title: 'Exportseminarium',
          start: '2027-03-04T13:00:00+01:00',
          status: 'postponed',
          registrationUrl: 'https://example.org/anmalan',
        },
      ],
      new Date('2027-03-01T10:00:00Z'),
    );
    const li = await open(el, 'Exportseminarium');
    expect(text(li)).to.contain('Uppskjutet');
    expect(li.querySelector('.details')!.hasAttribute('hidden')).to.equal(false);
    expect(li.querySelector('[data-ics]'), 'no .ics for a date that will not happen').to.equal(null);
    expect(li.querySelector('a[href*="google"], a[href*="outlook"]')).to.equal(null);
    expect(li.querySelector('a[href="https://example.org/anmalan"]')).not.to.equal(null);
  });

  it('names links "Anmälan – <title>" as a screen reader gets them (Chromium puts a space before hidden text)', async () => {
    const el = await show(
      [{ id: 'seminar', title: 'Exportseminarium', start: '2027-03-04T13:00:00+01:00', registrationUrl: 'https://example.org/a', url: 'https://example.org/b' }],
      new Date('2027-03-01T10:00:00Z'),
    );
    const li = await open(el, 'Exportseminarium');
    expect(li.querySelectorAll('.links a').length).to.equal(2);
    const names = axLines(await axTree(), 'link').filter((line) => /Anmälan|Mer information/.test(line));
    expect(names).to.deep.equal(['link "Anmälan – Exportseminarium"', 'link "Mer information – Exportseminarium"']);
  });

  it('reads the date right after the heading (a screen reader jumping by heading) and shows it above', async () => {
    const el = await show(
      [{ id: 'seminar', title: 'Exportseminarium', start: '2027-03-04T13:00:00+01:00' }],
      new Date('2027-03-01T10:00:00Z'),
    );
    const h3 = items(el)[0].querySelector('h3')!;
    const when = h3.nextElementSibling!;
    expect(when.classList.contains('when')).to.equal(true);
    expect(text(when)).to.equal('torsdag 4 mars 13:00');
    expect(when.getBoundingClientRect().bottom).to.be.at.most(h3.getBoundingClientRect().top + 0.5);
  });

  it('tells the feed producer when an exdate cancels nothing (last winter\'s offset in July)', async () => {
    const el = await show(
      [
        {
          id: 'frukost',
          title: 'Frukostmöte',
          start: '2027-06-03T07:30:00+02:00',
          rrule: 'FREQ=MONTHLY;BYDAY=1TH',
          exdates: ['2027-07-01T07:30:00+01:00', '2027-08-05T07:30:00+02:00'],
        },
      ],
      new Date('2027-06-01T10:00:00Z'),
    );
    expect(items(el).map((li) => li.dataset.status).slice(0, 3)).to.deep.equal(['scheduled', 'scheduled', 'cancelled']);
    const warnings = page.warn.lines.filter((line) => line.includes('exdate'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('/feeds/review.json');
    expect(warnings[0]).to.contain('event "frukost"');
    expect(warnings[0]).to.contain('exdate 2027-07-01T07:30:00+01:00 is not an occurrence of the series');
    expect(warnings[0]).to.contain("that day's occurrence starts at 2027-07-01T07:30:00+02:00");
  });

  describe('exdate warnings: only for an exdate that cancels nothing', () => {
    const warn = (event: Partial<EviEvent>) =>
      ruleWarnings(toSeries({ id: 'e', title: 'E', start: '2027-01-07T07:30:00+01:00', ...event } as EviEvent)).filter((w) => w.includes('exdate'));

    it('none for exact starts, dates on a timed series, all-day series, and the first occurrence', () => {
      expect(warn({ rrule: 'FREQ=MONTHLY;BYDAY=1TH', exdates: ['2027-07-01T07:30:00+02:00', '2027-02-04', '2027-01-07T06:30:00Z'] })).to.deep.equal([]);
      expect(warn({ start: '2027-05-04', rrule: 'FREQ=YEARLY', exdates: ['2028-05-04', '2029-05-04T10:00:00+02:00'] })).to.deep.equal([]);
      expect(warn({ exdates: ['2027-01-07T07:30:00+01:00'] })).to.deep.equal([]);
    });

    it('one for each exdate that is no occurrence: wrong day, after COUNT, wrong time on a single event', () => {
      expect(warn({ rrule: 'FREQ=MONTHLY;BYDAY=1TH', exdates: ['2027-07-02', '2027-08-05T07:30:00+02:00'] })).to.have.length(1);
      expect(warn({ rrule: 'FREQ=MONTHLY;BYDAY=1TH;COUNT=3', exdates: ['2027-04-01T07:30:00+02:00'] })[0]).to.contain(
        'exdate 2027-04-01T07:30:00+02:00 is not an occurrence of the series',
      );
      expect(warn({ exdates: ['2027-01-07T08:30:00+01:00'] })[0]).to.contain("that day's occurrence starts at 2027-01-07T07:30:00+01:00");
    });

    it('a start with the winter offset on a summer date: the time it really is, and the start meant', () => {
      const warnings = (start: string, extra: Partial<EviEvent> = {}) => ruleWarnings(toSeries({ id: 'f', title: 'Frukostmöte', start, ...extra } as EviEvent));
      expect(warnings('2027-06-03T07:30:00+01:00')).to.deep.equal([
        'start 2027-06-03T07:30:00+01:00 is 08:30 in Europe/Stockholm, whose offset is +02:00 then, not +01:00; if 07:30 is meant, write 2027-06-03T07:30:00+02:00.',
      ]);
      // and a whole series would be an hour off: the same line, before the rule's own
      expect(warnings('2027-06-03T07:30:00+01:00', { rrule: 'FREQ=MONTHLY;BYDAY=1TH' })[0]).to.match(/^start 2027-06-03T07:30:00\+01:00 is 08:30/);
      expect(warnings('2027-06-03T07:30:00+02:00')).to.deep.equal([]);
      expect(warnings('2027-01-07T07:30:00+01:00')).to.deep.equal([]);
      // UTC is taken as meant, however written, and so is another place's offset; an event in its own zone is read there
      expect(warnings('2027-06-03T05:30:00Z')).to.deep.equal([]);
      expect(warnings('2027-06-03T05:30:00+00:00')).to.deep.equal([]);
      expect(warnings('2027-06-03T01:30:00-04:00')).to.deep.equal([]);
      // in spring and autumn too (the other season's offset is half a year back, not ahead), and with a rule the list cannot expand
      expect(warnings('2027-04-08T07:30:00+01:00')[0]).to.contain('is 08:30 in Europe/Stockholm, whose offset is +02:00 then');
      expect(warnings('2027-10-14T07:30:00+01:00')[0]).to.contain('is 08:30 in Europe/Stockholm');
      expect(warnings('2027-06-03T07:30:00+01:00', { rrule: 'FREQ=WEEKLY;BYHOUR=9' })[0]).to.match(/^start 2027-06-03T07:30:00\+01:00 is 08:30/);
      // in winter, the summer offset is the slip
      expect(warnings('2027-01-07T07:30:00+02:00')[0]).to.contain('is 06:30 in Europe/Stockholm, whose offset is +01:00 then, not +02:00');
      expect(warnings('2027-06-03T07:30:00+03:00', { timeZone: 'Europe/Helsinki' })).to.deep.equal([]);
    });

    it('none for the feeds the project ships', async () => {
      for (const url of ['/test/fixtures/events.json', '/demo/feeds/events.json', '/stories/feeds/events.json']) {
        const feed = (await (await fetch(url)).json()) as { events: EviEvent[] };
        const warnings = feed.events.flatMap((event) => ruleWarnings(toSeries(event)).filter((w) => w.includes('exdate') || w.includes('whose offset is')));
        expect(warnings, url).to.deep.equal([]);
      }
    });
  });
});

describe('event list, as a reader found it: today, tomorrow, happening now', () => {
  const feed = [
    { id: 'frukost', title: 'Frukostmöte', start: '2027-01-07T07:30:00+01:00', end: '2027-01-07T09:00:00+01:00' },
    { id: 'kvall', title: 'Föreläsning', start: '2027-01-07T18:00:00+01:00', end: '2027-01-07T20:00:00+01:00' },
    { id: 'seminarium', title: 'Seminarium', start: '2027-01-08T13:00:00+01:00', end: '2027-01-08T15:00:00+01:00' },
    { id: 'senare', title: 'Kurs', start: '2027-01-12T13:00:00+01:00', end: '2027-01-12T15:00:00+01:00' },
  ];
  const whens = (el: EviEventList) => items(el).map((li) => text(li.querySelector('.when')!));

  it('says "Pågår nu", "I dag" and "I morgon" before the date, in the events\' own zone', async () => {
    const el = await show(feed, new Date('2027-01-07T08:00:00+01:00'));
    expect(whens(el)).to.deep.equal([
      'Pågår nu, torsdag 7 januari 07:30–09:00',
      'I dag, torsdag 7 januari 18:00–20:00',
      'I morgon, fredag 8 januari 13:00–15:00',
      'tisdag 12 januari 13:00–15:00',
    ]);
    // as shown: the date's capital only where it starts the line (a heading's first letter is capitalised)
    const shown = (li: HTMLLIElement) => (li.querySelector('.when') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
    expect(items(el).map(shown)).to.deep.equal([
      'Pågår nu, torsdag 7 januari 07:30–09:00',
      'I dag, torsdag 7 januari 18:00–20:00',
      'I morgon, fredag 8 januari 13:00–15:00',
      'Tisdag 12 januari 13:00–15:00',
    ]);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(whens(el)[0]).to.equal('Happening now, Thursday 7 January 07:30–09:00');
    expect(whens(el)[2]).to.match(/^Tomorrow, Friday 8 January/);
  });

  it('a cancelled or postponed event is never "Pågår nu" (it is not going on), though it may be "I dag"', async () => {
    const el = await show(
      [
        { ...feed[0], status: 'cancelled' },
        { ...feed[1], id: 'uppskjutet', status: 'postponed', start: '2027-01-07T07:00:00+01:00', end: '2027-01-07T10:00:00+01:00' },
      ],
      new Date('2027-01-07T08:00:00+01:00'),
    );
    expect(whens(el)).to.deep.equal(['I dag, torsdag 7 januari 07:00–10:00', 'I dag, torsdag 7 januari 07:30–09:00']);
  });

  it('a page left open looks again when an event comes within three days (not only at its end)', () => {
    const now = Date.UTC(2027, 0, 1, 12);
    const [far] = occurrences(toSeries({ id: 'x', title: 'X', start: '2027-01-05T12:00:00Z', end: '2027-01-05T13:00:00Z' } as EviEvent));
    expect(nextRelativeChange([far], now)).to.equal(far.start - 3 * 86_400_000);
  });

  it('no "I dag" on paper (read tomorrow); no end in the structured data when the feed gives none', async () => {
    const el = await show([{ id: 'kvall', title: 'Föreläsning', start: '2027-01-07T18:00:00+01:00' }], new Date('2027-01-07T08:00:00+01:00'));
    el.structuredData = true;
    await el.updateComplete;
    const jsonLd = JSON.parse(document.head.querySelector('script[type="application/ld+json"][data-evi-event-list]')!.textContent!);
    expect(jsonLd[0].startDate).to.equal('2027-01-07T18:00:00+01:00');
    expect('endDate' in jsonLd[0], 'no made-up end').to.equal(false);
    expect(el.shadowRoot!.querySelector('.relative')!.textContent).to.equal('I dag, ');
    await emulateMedia({ media: 'print' });
    try {
      expect(el.shadowRoot!.querySelector('.relative')!.getClientRects().length, 'hidden in print').to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('a page left open: the label follows when an event starts', async function () {
    this.timeout(8000);
    const start = new Date(Date.now() + 1500);
    const end = new Date(Date.now() + 3_600_000);
    const el = await show([{ id: 'nu', title: 'Webbinarium', start: start.toISOString().replace('.000Z', 'Z').replace(/\.\d+Z$/, 'Z'), end: end.toISOString().replace(/\.\d+Z$/, 'Z') }]);
    expect(whens(el)[0]).not.to.match(/^Pågår nu/);
    await waitUntil(() => /^Pågår nu/.test(whens(el)[0]), 'the label changed when the event started', { timeout: 5000 });
  });
});

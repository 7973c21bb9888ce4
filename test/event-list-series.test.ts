/**
 * The series line a visitor reads under an event ("Första torsdagen varje månad"): it must say the
 * schedule the list really follows, in Swedish and English, or say nothing. Table-driven: each row is
 * an rrule and what a visitor is told in each language; '' means no series line.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/evi-event-list.js';
import type { EviEventList } from '../src/event-list/event-list.js';
import { describeRule } from '../src/event-list/format.js';
import { occurrences, toSeries, untilDay } from '../src/event-list/recurrence.js';
import type { EviEvent } from '../src/schemas/events.js';
import { captureConsole, stubNetwork, type NetworkStub } from './helpers/network.js';

/** rrule → [Swedish, English] */
const WORDS: Array<[rrule: string, sv: string, en: string]> = [
  // every day, every weekday, days of the week
  ['FREQ=DAILY', 'Varje dag', 'Every day'],
  ['FREQ=DAILY;INTERVAL=2', 'Varannan dag', 'Every other day'],
  ['FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', 'Varje vardag', 'Every weekday'],
  ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'Varje vardag', 'Every weekday'],
  ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', 'Varje dag', 'Every day'],
  ['FREQ=WEEKLY;BYDAY=MO,WE', 'Måndagar och onsdagar', 'Mondays and Wednesdays'],
  ['FREQ=WEEKLY;BYDAY=WE,MO', 'Måndagar och onsdagar', 'Mondays and Wednesdays'],
  ['FREQ=DAILY;BYDAY=SA,SU', 'Lördagar och söndagar', 'Saturdays and Sundays'],
  ['FREQ=WEEKLY;BYDAY=TH', 'Varje torsdag', 'Every Thursday'],
  ['FREQ=WEEKLY', 'Varje vecka', 'Every week'],
  ['FREQ=WEEKLY;INTERVAL=2', 'Varannan vecka', 'Every other week'],
  ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', 'Varannan torsdag', 'Every other Thursday'],
  ['FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,WE', 'Var tredje vecka, måndagar och onsdagar', 'Every 3 weeks on Mondays and Wednesdays'],
  ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR', 'Varannan vecka, vardagar', 'Every other week on weekdays'],
  ['FREQ=WEEKLY;INTERVAL=21', 'Var 21:a vecka', 'Every 21 weeks'],
  ['FREQ=MONTHLY;BYDAY=TU', 'Varje tisdag', 'Every Tuesday'],
  ['FREQ=MONTHLY;INTERVAL=2;BYDAY=TU', 'Varje tisdag varannan månad', 'Every Tuesday of every other month'],
  // the nth weekday of the month
  ['FREQ=MONTHLY;BYDAY=1TH', 'Första torsdagen varje månad', 'First Thursday of every month'],
  ['FREQ=MONTHLY;BYDAY=1TH,3TH', 'Första och tredje torsdagen varje månad', 'First and third Thursday of every month'],
  ['FREQ=MONTHLY;BYDAY=3TH,1TH', 'Första och tredje torsdagen varje månad', 'First and third Thursday of every month'],
  ['FREQ=MONTHLY;BYDAY=1TH,-1TH', 'Första och sista torsdagen varje månad', 'First and last Thursday of every month'],
  ['FREQ=MONTHLY;BYDAY=1MO,-1FR', 'Första måndagen och sista fredagen varje månad', 'First Monday and last Friday of every month'],
  [
    'FREQ=MONTHLY;BYDAY=1MO,3MO,-1FR',
    'Första måndagen, tredje måndagen och sista fredagen varje månad',
    'First Monday, third Monday and last Friday of every month',
  ],
  ['FREQ=MONTHLY;BYDAY=1TH,1TH', 'Första torsdagen varje månad', 'First Thursday of every month'],
  ['FREQ=MONTHLY;BYDAY=2WE', 'Andra onsdagen varje månad', 'Second Wednesday of every month'],
  ['FREQ=MONTHLY;BYDAY=4WE', 'Fjärde onsdagen varje månad', 'Fourth Wednesday of every month'],
  ['FREQ=MONTHLY;BYDAY=5WE', 'Femte onsdagen varje månad', 'Fifth Wednesday of every month'],
  ['FREQ=MONTHLY;BYDAY=+2WE', 'Andra onsdagen varje månad', 'Second Wednesday of every month'],
  ['FREQ=MONTHLY;BYDAY=-1FR', 'Sista fredagen varje månad', 'Last Friday of every month'],
  ['FREQ=MONTHLY;BYDAY=-2FR', 'Näst sista fredagen varje månad', 'Second to last Friday of every month'],
  ['FREQ=MONTHLY;BYDAY=-3FR', 'Tredje fredagen från slutet varje månad', 'Third to last Friday of every month'],
  ['FREQ=MONTHLY;BYDAY=-4FR', 'Fjärde fredagen från slutet varje månad', 'Fourth to last Friday of every month'],
  ['FREQ=MONTHLY;BYDAY=-5FR', 'Femte fredagen från slutet varje månad', 'Fifth to last Friday of every month'],
  ['FREQ=MONTHLY;BYDAY=1TH,-3TH', 'Första torsdagen och tredje torsdagen från slutet varje månad', 'First and third to last Thursday of every month'],
  ['FREQ=MONTHLY;INTERVAL=2;BYDAY=1TH', 'Första torsdagen varannan månad', 'First Thursday of every other month'],
  // "of every 3 months" reads wrongly in English: "of every third month", as Swedish says "var tredje månad"
  ['FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH', 'Tredje torsdagen var tredje månad', 'Third Thursday of every third month'],
  ['FREQ=MONTHLY;INTERVAL=13;BYDAY=1TH', 'Första torsdagen var 13:e månad', 'First Thursday of every 13th month'],
  ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1', 'Den 1:a var tredje månad', 'The 1st of every third month'],
  // BYMONTH: months left out, or listed
  [
    'FREQ=MONTHLY;BYDAY=1TH;BYMONTH=1,2,3,4,5,6,8,9,10,11,12',
    'Första torsdagen varje månad utom juli',
    'First Thursday of every month except July',
  ],
  [
    'FREQ=MONTHLY;BYDAY=1TH;BYMONTH=1,2,3,4,5,6,9,10,11,12',
    'Första torsdagen varje månad utom juli och augusti',
    'First Thursday of every month except July and August',
  ],
  ['FREQ=MONTHLY;BYDAY=1TH;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12', 'Första torsdagen varje månad', 'First Thursday of every month'],
  ['FREQ=MONTHLY;BYDAY=1TH;BYMONTH=9,3', 'Första torsdagen i mars och september varje år', 'Every year on the first Thursday of March and September'],
  ['FREQ=WEEKLY;BYDAY=TH;BYMONTH=6,7,8', 'Varje torsdag i juni, juli och augusti', 'Every Thursday in June, July and August'],
  ['FREQ=DAILY;BYMONTH=1,2,3,4,5,6,8,9,10,11,12', 'Varje dag utom juli', 'Every day except July'],
  ['FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,8,9,10,11,12;BYDAY=1TH', 'Första torsdagen varje månad utom juli', 'First Thursday of every month except July'],
  // days of the month
  ['FREQ=MONTHLY', 'Varje månad', 'Every month'],
  ['FREQ=MONTHLY;INTERVAL=3', 'Var tredje månad', 'Every 3 months'],
  ['FREQ=MONTHLY;BYMONTHDAY=15', 'Den 15:e varje månad', 'The 15th of every month'],
  ['FREQ=DAILY;BYMONTHDAY=15', 'Den 15:e varje månad', 'The 15th of every month'],
  ['FREQ=MONTHLY;BYMONTHDAY=15,1', 'Den 1:a och 15:e varje månad', 'The 1st and 15th of every month'],
  ['FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=2', 'Den 2:a varannan månad', 'The 2nd of every other month'],
  ['FREQ=MONTHLY;BYMONTHDAY=-1', 'Sista dagen varje månad', 'The last day of every month'],
  ['FREQ=MONTHLY;BYMONTHDAY=-1,-2', 'Näst sista och sista dagen varje månad', 'The second to last and last day of every month'],
  ['FREQ=MONTHLY;BYMONTHDAY=-3', 'Tredje dagen från slutet varje månad', 'The third to last day of every month'],
  ['FREQ=MONTHLY;BYMONTHDAY=1,-1', 'Den 1:a och sista dagen varje månad', 'The 1st and the last day of every month'],
  // yearly
  ['FREQ=YEARLY', 'Varje år', 'Every year'],
  ['FREQ=YEARLY;INTERVAL=2', 'Vartannat år', 'Every other year'],
  ['FREQ=YEARLY;INTERVAL=3', 'Vart tredje år', 'Every 3 years'],
  ['FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4', 'Varje år den 4 maj', 'Every year on 4 May'],
  ['FREQ=YEARLY;INTERVAL=2;BYMONTH=5;BYMONTHDAY=4', 'Vartannat år den 4 maj', 'Every other year on 4 May'],
  ['FREQ=YEARLY;BYMONTH=5,9;BYMONTHDAY=4', 'Varje år den 4 maj och 4 september', 'Every year on 4 May and 4 September'],
  ['FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4,18', 'Varje år den 4 och 18 maj', 'Every year on 4 and 18 May'],
  ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1', 'Sista dagen i februari varje år', 'Every year on the last day of February'],
  ['FREQ=YEARLY;BYMONTH=5;BYDAY=1TH', 'Första torsdagen i maj varje år', 'Every year on the first Thursday of May'],
  ['FREQ=YEARLY;BYMONTH=6,7,8', 'Varje år i juni, juli och augusti', 'Every year in June, July and August'],
  // how long
  ['FREQ=MONTHLY;BYDAY=1TH;COUNT=6', 'Första torsdagen varje månad, 6 gånger', 'First Thursday of every month, 6 times'],
  ['FREQ=MONTHLY;BYDAY=1TH;COUNT=2', 'Första torsdagen varje månad, 2 gånger', 'First Thursday of every month, twice'],
  ['FREQ=WEEKLY;COUNT=1', 'Varje vecka, en gång', 'Every week, once'],
  ['FREQ=MONTHLY;BYDAY=1TH;UNTIL=20271231', 'Första torsdagen varje månad, till och med 31 december 2027', 'First Thursday of every month, until 31 December 2027'],
  // no plain words say exactly which days: no line rather than a wrong one
  ['FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', '', ''],
  ['FREQ=DAILY;INTERVAL=2;BYDAY=MO', '', ''],
  ['FREQ=DAILY;INTERVAL=3;BYMONTHDAY=1', '', ''],
  ['FREQ=MONTHLY;BYDAY=1TH,FR', '', ''],
];

function event(fields: Partial<EviEvent>): EviEvent {
  return { id: 'e', title: 'Evenemang', start: '2027-01-07T07:30:00+01:00', ...fields };
}

function say(rrule: string, lang: 'sv' | 'en'): string {
  const series = toSeries(event({ rrule }));
  expect(series.rule, `${rrule} is in the supported subset`).not.to.equal(undefined);
  return describeRule(series.rule!, lang, untilDay(series));
}

describe('event list: a series in words', () => {
  for (const [rrule, sv, en] of WORDS) {
    it(`${rrule}: "${sv}" / "${en}"`, () => {
      expect(say(rrule, 'sv')).to.equal(sv);
      expect(say(rrule, 'en')).to.equal(en);
    });
  }

  it('says what the list shows: first and third Thursdays, every month but July', () => {
    const all = [...occurrences(toSeries(event({ rrule: 'FREQ=MONTHLY;BYDAY=1TH,3TH;BYMONTH=1,2,3,4,5,6,8,9,10,11,12' })))].slice(0, 22);
    const day = ({ y, m, d }: { y: number; m: number; d: number }) =>
      `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    // from a calendar: the first and third Thursday of each month of 2027, July left out
    expect(all.map((o) => day(o.startWall))).to.deep.equal([
      '2027-01-07', '2027-01-21', '2027-02-04', '2027-02-18', '2027-03-04', '2027-03-18',
      '2027-04-01', '2027-04-15', '2027-05-06', '2027-05-20', '2027-06-03', '2027-06-17',
      '2027-08-05', '2027-08-19', '2027-09-02', '2027-09-16', '2027-10-07', '2027-10-21',
      '2027-11-04', '2027-11-18', '2027-12-02', '2027-12-16',
    ]);
    expect(all.every((o) => o.startWall.hh === 7 && o.startWall.mi === 30), 'each at 07:30').to.equal(true);
  });
});

describe('<evi-event-list>: the series line', () => {
  const FEED = '/feeds/series-words.json';
  const NOW = new Date('2027-01-01T12:00:00+01:00');
  const rules: Record<string, string> = {
    vardagar: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
    'forsta-tredje': 'FREQ=MONTHLY;BYDAY=1TH,3TH',
    'utom-juli': 'FREQ=MONTHLY;BYDAY=1TH;BYMONTH=1,2,3,4,5,6,8,9,10,11,12',
    visionsdag: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4',
    'tredje-sista': 'FREQ=MONTHLY;BYDAY=-3FR',
    'fredag-13': 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
  };
  const starts: Record<string, string> = {
    vardagar: '2027-01-04T12:00:00+01:00',
    'forsta-tredje': '2027-01-07T07:30:00+01:00',
    'utom-juli': '2027-01-07T08:00:00+01:00',
    visionsdag: '2027-05-04',
    'tredje-sista': '2027-01-15T17:00:00+01:00',
    'fredag-13': '2027-08-13T18:00:00+02:00',
  };
  const feed = {
    version: 1,
    events: Object.keys(rules).map((id) => ({ id, title: id, start: starts[id], rrule: rules[id] })),
  };
  let net: NetworkStub;
  let warnings: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    net = stubNetwork({ [FEED]: () => Promise.resolve(new Response(JSON.stringify(feed), { status: 200 })) });
    warnings = captureConsole('warn');
  });
  afterEach(() => {
    net.restore();
    warnings.restore();
  });

  async function seriesLines(lang: 'sv' | 'en'): Promise<Record<string, string | null>> {
    const el = await fixture<EviEventList>(html`<evi-event-list lang=${lang} src=${FEED} .now=${NOW} limit="200"></evi-event-list>`);
    await waitUntil(() => el.shadowRoot?.querySelector('ol'), 'the list is shown', { timeout: 3000 });
    await el.updateComplete;
    const lines: Record<string, string | null> = {};
    for (const li of el.shadowRoot!.querySelectorAll('li[part=event]')) {
      const title = li.querySelector('h3')!.textContent!.trim();
      const line = li.querySelector('.series')?.textContent?.trim() ?? null;
      if (title in lines) expect(line, `every occurrence of ${title} says the same`).to.equal(lines[title]);
      lines[title] = line;
    }
    return lines;
  }

  it('tells visitors the real schedule in Swedish, and nothing for a rule it cannot say exactly', async () => {
    expect(await seriesLines('sv')).to.deep.equal({
      vardagar: 'Varje vardag',
      'forsta-tredje': 'Första och tredje torsdagen varje månad',
      'utom-juli': 'Första torsdagen varje månad utom juli',
      visionsdag: 'Varje år den 4 maj',
      'tredje-sista': 'Tredje fredagen från slutet varje månad',
      'fredag-13': null,
    });
    expect(warnings.lines).to.deep.equal([]);
  });

  it('and in English', async () => {
    expect(await seriesLines('en')).to.deep.equal({
      vardagar: 'Every weekday',
      'forsta-tredje': 'First and third Thursday of every month',
      'utom-juli': 'First Thursday of every month except July',
      visionsdag: 'Every year on 4 May',
      'tredje-sista': 'Third to last Friday of every month',
      'fredag-13': null,
    });
  });
});

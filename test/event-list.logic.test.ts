import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { EviEvent } from '../src/schemas/events.js';
import { describeRule, describeSeries, describeWhen, monthHeading } from '../src/event-list/format.js';
import { buildIcs, escapeText, foldLine, googleCalendarUrl, icsFileName, outlookCalendarUrl, vtimezone } from '../src/event-list/ics.js';
import { occurrences, parseRule, ruleWarnings, startMatchesRule, toSeries, untilDay, upcoming, type Occurrence } from '../src/event-list/recurrence.js';
import { safeText, sanitizeHtml } from '../src/event-list/sanitize.js';
import { isoDateTimeIn, wallAt, wallToEpoch } from '../src/event-list/zone.js';

/** The .ics unfolded into its content lines, after checking CRLF line ends and 75-octet lines. */
export function icsLines(ics: string): string[] {
  expect(ics.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  expect(/[^\r]\n|\r[^\n]/.test(ics), 'only CRLF line ends').to.equal(false);
  const encoder = new TextEncoder();
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) expect(encoder.encode(line).length, line).to.be.at.most(75);
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  return lines;
}

/** What ical.js, a real iCalendar parser, makes of the file: the first `max` occurrences it expands. */
export function icalOccurrences(ics: string, max: number) {
  icsLines(ics);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const ev = new ICAL.Event(vevent);
  const starts: number[] = [];
  const ends: number[] = [];
  const dates: string[] = [];
  const iterator = ev.iterator();
  for (let next = iterator.next(); next && starts.length < max; next = iterator.next()) {
    const details = ev.getOccurrenceDetails(next);
    starts.push(details.startDate.toJSDate().getTime());
    ends.push(details.endDate.toJSDate().getTime());
    dates.push(details.startDate.toString());
  }
  return {
    starts,
    ends,
    dates,
    summary: ev.summary,
    description: ev.description,
    location: ev.location,
    status: vevent.getFirstPropertyValue('status'),
    uid: ev.uid,
  };
}

function event(fields: Partial<EviEvent>): EviEvent {
  return { id: 'e', title: 'Evenemang', start: '2027-01-07T07:30:00+01:00', ...fields };
}

/** The first `n` occurrences as ISO strings in the event's zone. */
function first(ev: EviEvent, n = 50): string[] {
  const out: string[] = [];
  for (const o of occurrences(toSeries(ev))) {
    out.push(o.allDay ? `${o.startWall.y}-${o.startWall.m}-${o.startWall.d}` : isoDateTimeIn(o.start, o.timeZone));
    if (out.length >= n) break;
  }
  return out;
}

describe('event list: recurrence', () => {
  it('keeps the 07:30 breakfast at 07:30 across both daylight-saving changes of 2027', () => {
    const all = first(event({ rrule: 'FREQ=MONTHLY;BYDAY=1TH', end: '2027-01-07T09:00:00+01:00' }), 12);
    expect(all).to.deep.equal([
      '2027-01-07T07:30:00+01:00',
      '2027-02-04T07:30:00+01:00',
      '2027-03-04T07:30:00+01:00',
      // 2027-03-28: clocks go forward
      '2027-04-01T07:30:00+02:00',
      '2027-05-06T07:30:00+02:00',
      '2027-06-03T07:30:00+02:00',
      '2027-07-01T07:30:00+02:00',
      '2027-08-05T07:30:00+02:00',
      '2027-09-02T07:30:00+02:00',
      '2027-10-07T07:30:00+02:00',
      // 2027-10-31: clocks go back
      '2027-11-04T07:30:00+01:00',
      '2027-12-02T07:30:00+01:00',
    ]);
    const series = toSeries(event({ rrule: 'FREQ=MONTHLY;BYDAY=1TH', end: '2027-01-07T09:00:00+01:00' }));
    const april = [...upcoming([series], Date.UTC(2027, 2, 20), 1)][0];
    expect(april.end - april.start).to.equal(90 * 60_000);
    expect(april.endWall).to.include({ hh: 9, mi: 0 });
  });

  it('tells a start that is one of the rule\'s days from one that is not (an extra first occurrence)', () => {
    const lastFriday = { rrule: 'FREQ=MONTHLY;BYDAY=-1FR', end: undefined };
    expect(startMatchesRule(toSeries(event({ ...lastFriday, start: '2026-12-25T17:00:00+01:00' })))).to.equal(true);
    expect(startMatchesRule(toSeries(event({ ...lastFriday, start: '2026-12-18T17:00:00+01:00' })))).to.equal(false);
    expect(startMatchesRule(toSeries(event({ rrule: 'FREQ=MONTHLY;BYDAY=1TH', start: '2027-01-07T07:30:00+01:00' })))).to.equal(true);
    expect(startMatchesRule(toSeries(event({ rrule: 'FREQ=WEEKLY', start: '2027-01-07T07:30:00+01:00' })))).to.equal(true);
    expect(startMatchesRule(toSeries(event({ start: '2027-01-07T07:30:00+01:00' })))).to.equal(true);
  });

  it('keeps a weekly event at its wall-clock time through the week of the change (daily steps across 2027-03-28 and 2027-10-31)', () => {
    const spring = first(event({ start: '2027-03-26T07:30:00+01:00', rrule: 'FREQ=DAILY;COUNT=4' }));
    expect(spring).to.deep.equal([
      '2027-03-26T07:30:00+01:00',
      '2027-03-27T07:30:00+01:00',
      '2027-03-28T07:30:00+02:00',
      '2027-03-29T07:30:00+02:00',
    ]);
    const autumn = first(event({ start: '2027-10-29T07:30:00+02:00', rrule: 'FREQ=DAILY;COUNT=4' }));
    expect(autumn).to.deep.equal([
      '2027-10-29T07:30:00+02:00',
      '2027-10-30T07:30:00+02:00',
      '2027-10-31T07:30:00+01:00',
      '2027-11-01T07:30:00+01:00',
    ]);
  });

  it('reads a time in the spring gap with the offset before it, and a repeated autumn time as the first', () => {
    expect(isoDateTimeIn(wallToEpoch({ y: 2027, m: 3, d: 28, hh: 2, mi: 30, ss: 0 }, 'Europe/Stockholm'), 'Europe/Stockholm')).to.equal(
      '2027-03-28T03:30:00+02:00',
    );
    expect(isoDateTimeIn(wallToEpoch({ y: 2027, m: 10, d: 31, hh: 2, mi: 30, ss: 0 }, 'Europe/Stockholm'), 'Europe/Stockholm')).to.equal(
      '2027-10-31T02:30:00+02:00',
    );
  });

  it('keeps the length of an occurrence that the spring gap moves (02:30–03:30 becomes 03:30–04:30, not 03:30–03:30)', () => {
    const times = (zone: string, start: string, end: string) =>
      [...occurrences(toSeries(event({ start, end, timeZone: zone, rrule: 'FREQ=DAILY;COUNT=3' })))].map(
        (o) => `${isoDateTimeIn(o.start, zone)}/${isoDateTimeIn(o.end, zone)}`,
      );
    expect(times('Europe/Stockholm', '2027-03-27T02:30:00+01:00', '2027-03-27T03:30:00+01:00')).to.deep.equal([
      '2027-03-27T02:30:00+01:00/2027-03-27T03:30:00+01:00',
      '2027-03-28T03:30:00+02:00/2027-03-28T04:30:00+02:00',
      '2027-03-29T02:30:00+02:00/2027-03-29T03:30:00+02:00',
    ]);
    expect(times('America/New_York', '2027-03-13T02:30:00-05:00', '2027-03-13T03:15:00-05:00')[1]).to.equal(
      '2027-03-14T03:30:00-04:00/2027-03-14T04:15:00-04:00',
    );
  });

  it('expands the last Friday of the month (-1FR) with COUNT', () => {
    expect(first(event({ start: '2027-01-29T17:00:00+01:00', rrule: 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=6' }))).to.deep.equal([
      '2027-01-29T17:00:00+01:00',
      '2027-02-26T17:00:00+01:00',
      '2027-03-26T17:00:00+01:00',
      '2027-04-30T17:00:00+02:00',
      '2027-05-28T17:00:00+02:00',
      '2027-06-25T17:00:00+02:00',
    ]);
  });

  it('expands BYMONTHDAY (including -1) and skips months without the day', () => {
    expect(first(event({ start: '2027-01-31T12:00:00+01:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4' }))).to.deep.equal([
      '2027-01-31T12:00:00+01:00',
      '2027-03-31T12:00:00+02:00',
      '2027-05-31T12:00:00+02:00',
      '2027-07-31T12:00:00+02:00',
    ]);
    expect(first(event({ start: '2027-01-31T12:00:00+01:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3' }))).to.deep.equal([
      '2027-01-31T12:00:00+01:00',
      '2027-02-28T12:00:00+01:00',
      '2027-03-31T12:00:00+02:00',
    ]);
  });

  it('stops at UNTIL (date-time in UTC and date) and honours INTERVAL', () => {
    expect(
      first(event({ start: '2027-01-04T10:00:00+01:00', rrule: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=20270215T090000Z' })),
    ).to.deep.equal([
      '2027-01-04T10:00:00+01:00',
      '2027-01-18T10:00:00+01:00',
      '2027-02-01T10:00:00+01:00',
      '2027-02-15T10:00:00+01:00',
    ]);
    expect(first(event({ start: '2027-01-04T10:00:00+01:00', rrule: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=20270214' }))).to.have.length(3);
    expect(first(event({ start: '2027-01-04T10:00:00+01:00', rrule: 'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5' }))).to.deep.equal([
      '2027-01-04T10:00:00+01:00',
      '2027-01-06T10:00:00+01:00',
      '2027-01-11T10:00:00+01:00',
      '2027-01-13T10:00:00+01:00',
      '2027-01-18T10:00:00+01:00',
    ]);
  });

  it('expands YEARLY with BYMONTH and ordinal BYDAY, and yearly all-day events', () => {
    expect(first(event({ start: '2027-06-05T10:00:00+02:00', rrule: 'FREQ=YEARLY;BYMONTH=6;BYDAY=1SA;COUNT=3' }))).to.deep.equal([
      '2027-06-05T10:00:00+02:00',
      '2028-06-03T10:00:00+02:00',
      '2029-06-02T10:00:00+02:00',
    ]);
    expect(first(event({ start: '2027-05-04', rrule: 'FREQ=YEARLY;COUNT=3' }))).to.deep.equal(['2027-5-4', '2028-5-4', '2029-5-4']);
  });

  it('marks exdates as excluded (cancelled), not removed', () => {
    const series = toSeries(event({ rrule: 'FREQ=MONTHLY;BYDAY=1TH;COUNT=8', exdates: ['2027-07-01T07:30:00+02:00'] }));
    const all = [...occurrences(series)];
    expect(all).to.have.length(8);
    const july = all.find((o) => o.startWall.m === 7)!;
    expect(july.excluded).to.equal(true);
    expect(july.status).to.equal('cancelled');
    expect(all.filter((o) => o.excluded)).to.have.length(1);
  });

  it('reads a rule written with spaces ("FREQ=MONTHLY; BYDAY=1TH") as without, and writes the .ics rule without them', () => {
    const spaced = parseRule('FREQ=MONTHLY; BYDAY=1TH ;INTERVAL = 2');
    expect(spaced).to.deep.equal(parseRule('FREQ=MONTHLY;BYDAY=1TH;INTERVAL=2'));
    expect(spaced.ok).to.equal(true);
    const series = toSeries(event({ rrule: 'freq=monthly; byday=1th' }));
    expect(ruleWarnings(series)).to.deep.equal([]);
    expect(buildIcs({ series, now: Date.parse('2027-01-01T00:00:00Z'), uidDomain: 'example.org' })).to.contain('RRULE:FREQ=MONTHLY;BYDAY=1TH');
  });

  it('rejects rule parts outside the subset', () => {
    expect(parseRule('FREQ=WEEKLY;BYHOUR=9').ok).to.equal(false);
    expect(parseRule('FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR').ok).to.equal(false);
    expect(parseRule('FREQ=WEEKLY;BYDAY=1MO').ok).to.equal(false);
    expect(parseRule('FREQ=DAILY;COUNT=2;UNTIL=20270101').ok).to.equal(false);
    expect(parseRule('RRULE:FREQ=MONTHLY;BYDAY=1TH').ok).to.equal(true);
    const series = toSeries(event({ rrule: 'FREQ=WEEKLY;BYHOUR=9' }));
    expect([...occurrences(series)]).to.have.length(1);
    expect(series.unsupported).to.contain('BYHOUR');
  });

  it('gives the next occurrences of several events in time order, respecting the limit', () => {
    const a = toSeries(event({ id: 'a', rrule: 'FREQ=WEEKLY' }));
    const b = toSeries(event({ id: 'b', start: '2027-01-08T12:00:00+01:00', rrule: 'FREQ=WEEKLY' }));
    const list = upcoming([a, b], Date.UTC(2027, 0, 10), 4);
    expect(list.map((o) => `${o.event.id} ${o.startWall.d}`)).to.deep.equal(['a 14', 'b 15', 'a 21', 'b 22']);
  });
});

describe('event list: words', () => {
  const series = (rrule: string, fields: Partial<EviEvent> = {}) => toSeries(event({ rrule, ...fields }));
  const say = (rrule: string, lang: 'sv' | 'en') => {
    const s = series(rrule);
    return describeRule(s.rule!, lang, untilDay(s));
  };

  it('describes series in Swedish and English', () => {
    expect(say('FREQ=MONTHLY;BYDAY=1TH', 'sv')).to.equal('Första torsdagen varje månad');
    expect(say('FREQ=MONTHLY;BYDAY=1TH', 'en')).to.equal('First Thursday of every month');
    expect(say('FREQ=MONTHLY;BYDAY=-1FR', 'sv')).to.equal('Sista fredagen varje månad');
    expect(say('FREQ=MONTHLY;BYDAY=-1FR', 'en')).to.equal('Last Friday of every month');
    expect(say('FREQ=WEEKLY', 'sv')).to.equal('Varje vecka');
    expect(say('FREQ=WEEKLY;INTERVAL=2', 'sv')).to.equal('Varannan vecka');
    expect(say('FREQ=WEEKLY;INTERVAL=2', 'en')).to.equal('Every other week');
    expect(say('FREQ=WEEKLY;BYDAY=MO,WE', 'sv')).to.equal('Måndagar och onsdagar');
    expect(say('FREQ=MONTHLY;BYMONTHDAY=15', 'sv')).to.equal('Den 15:e varje månad');
    expect(say('FREQ=MONTHLY;BYMONTHDAY=1', 'en')).to.equal('The 1st of every month');
    expect(say('FREQ=YEARLY', 'sv')).to.equal('Varje år');
    expect(say('FREQ=DAILY;COUNT=3', 'sv')).to.equal('Varje dag, 3 gånger');
    expect(say('FREQ=WEEKLY;UNTIL=20270331', 'sv')).to.equal('Varje vecka, till och med 31 mars 2027');
    expect(say('FREQ=WEEKLY;UNTIL=20270331', 'en')).to.equal('Every week, until 31 March 2027');
  });

  it("says the days a plain rule takes from the start: Vision Day's FREQ=YEARLY is 'Varje år den 4 maj'", () => {
    const words = (start: string, rrule: string) =>
      (['sv', 'en'] as const).map((lang) => describeSeries(toSeries(event({ start, rrule })), lang));
    expect(words('2027-05-04', 'FREQ=YEARLY')).to.deep.equal(['Varje år den 4 maj', 'Every year on 4 May']);
    expect(words('2027-01-07T07:30:00+01:00', 'FREQ=WEEKLY')).to.deep.equal(['Varje torsdag', 'Every Thursday']);
    expect(words('2027-01-07T07:30:00+01:00', 'FREQ=WEEKLY;INTERVAL=2')).to.deep.equal(['Varannan torsdag', 'Every other Thursday']);
    expect(words('2027-01-15T12:00:00+01:00', 'FREQ=MONTHLY;COUNT=3')).to.deep.equal(['Den 15:e varje månad, 3 gånger', 'The 15th of every month, 3 times']);
    // days the rule names itself are its own
    expect(words('2027-01-07T07:30:00+01:00', 'FREQ=MONTHLY;BYDAY=1TH')).to.deep.equal(['Första torsdagen varje månad', 'First Thursday of every month']);
    expect(words('2027-01-07T07:30:00+01:00', 'FREQ=DAILY')).to.deep.equal(['Varje dag', 'Every day']);
  });

  it('names the last day the series really reaches when UNTIL is a time before its own (07:30 series, UNTIL at midnight)', () => {
    const at = (rrule: string) => {
      const s = toSeries(event({ start: '2027-05-03T07:30:00+02:00', rrule }));
      const last = [...occurrences(s)].at(-1)!;
      return { words: describeRule(s.rule!, 'sv', untilDay(s)), last: isoDateTimeIn(last.start, 'Europe/Stockholm') };
    };
    for (const until of ['20270601T000000Z', '20270531T220000Z', '20270601T000000']) {
      expect(at(`FREQ=DAILY;UNTIL=${until}`), until).to.deep.equal({ words: 'Varje dag, till och med 31 maj 2027', last: '2027-05-31T07:30:00+02:00' });
    }
    // UNTIL at or after the time of day: that day is the last
    expect(at('FREQ=DAILY;UNTIL=20270601T053000Z').words).to.equal('Varje dag, till och med 1 juni 2027');
  });

  it('names months and says when, in the event\'s zone', () => {
    expect(monthHeading(2027, 1, 'sv')).to.equal('Januari 2027');
    expect(monthHeading(2027, 1, 'en')).to.equal('January 2027');
    const [breakfast] = occurrences(series('FREQ=MONTHLY', { end: '2027-01-07T09:00:00+01:00' }));
    const sv = describeWhen(breakfast, 'sv');
    expect(sv.date).to.equal('torsdag 7 januari');
    expect(sv.time).to.match(/^07[:.]30\s?–\s?09[:.]00$/);
    expect(describeWhen(breakfast, 'en').date).to.equal('Thursday 7 January');
    const [day] = occurrences(toSeries(event({ start: '2027-05-04' })));
    expect(describeWhen(day, 'sv')).to.deep.equal({ date: 'tisdag 4 maj', time: 'Heldag' });
    const [days] = occurrences(toSeries(event({ start: '2027-03-15', end: '2027-03-17' })));
    const when = describeWhen(days, 'sv');
    expect(when.date).to.contain('15').and.to.contain('17').and.to.contain('mars');
    expect(when.time).to.equal('3 dagar');
  });

  it('an evening ending at midnight is "20:00–00:00", and a range across the new year has no padded day', () => {
    const [evening] = occurrences(toSeries(event({ start: '2027-05-31T20:00:00+02:00', end: '2027-06-01T00:00:00+02:00' })));
    for (const lang of ['sv', 'en'] as const) {
      const when = describeWhen(evening, lang);
      expect(when.time, lang).to.match(/^20[:.]00–00[:.]00$/);
      expect(when.date, lang).to.match(/^(måndag 31 maj|Monday 31 May)$/);
    }
    const [newYear] = occurrences(toSeries(event({ start: '2027-12-30', end: '2028-01-02' })));
    expect(describeWhen(newYear, 'sv').date.replace(/\s+/g, ' ')).to.equal('torsdag 30 december 2027 – söndag 2 januari 2028');
    expect(describeWhen(newYear, 'en').date.replace(/\s+/g, ' ')).to.equal('Thursday 30 December 2027 – Sunday 2 January 2028');
  });
});

describe('event list: sanitising descriptionHtml', () => {
  const hostile =
    '<p>Hej <strong>alla</strong> <em>företagare</em></p><script>window.__x=1</script><img src=x onerror="window.__x=2">' +
    '<p style="color:red" onclick="window.__x=3">Läs <a href="javascript:alert(1)">mer</a> eller <a href="https://example.org/a" onclick="x()" target="_top">här</a></p>' +
    '<style>*{display:none}</style><div>Text <span>inuti</span></div><ul><li>Ett</li></ul><iframe src="https://evil.example"></iframe>';

  it('keeps p br strong em ul ol li a[href http(s)] and turns the rest into text', () => {
    const nodes = sanitizeHtml(hostile);
    const json = JSON.stringify(nodes);
    expect(json).not.to.contain('script');
    expect(json).not.to.contain('onerror');
    expect(json).not.to.contain('onclick');
    expect(json).not.to.contain('style');
    expect(json).not.to.contain('javascript:');
    expect(json).not.to.contain('iframe');
    expect(json).not.to.contain('window.__x');
    expect(json).to.contain('"href":"https://example.org/a"');
    expect(safeText(nodes)).to.contain('Text inuti');
    expect((window as unknown as { __x?: number }).__x).to.equal(undefined);
  });
});

describe('event list: descriptionHtml outside the allow-list becomes its text', () => {
  /** The sanitized structure as markup, text escaped: what the visitor gets. */
  const shape = (markup: string): string => {
    const write = (nodes: ReturnType<typeof sanitizeHtml>): string =>
      nodes
        .map((n) => {
          if (typeof n === 'string') return n.replace(/&/g, '&amp;').replace(/</g, '&lt;');
          if (n.tag === 'br') return '<br>';
          return n.tag === 'a' && n.href ? `<a href="${n.href}">${write(n.children)}</a>` : `<${n.tag}>${write(n.children)}</${n.tag}>`;
        })
        .join('');
    return write(sanitizeHtml(markup));
  };

  it('keeps the text of buttons, form controls, SVG, MathML and media fallbacks', () => {
    expect(shape('<p>Anmäl dig <button>här</button></p>')).to.equal('<p>Anmäl dig här</p>');
    expect(shape('<p>Text: <textarea><b>som text</b></textarea></p>')).to.equal('<p>Text: &lt;b>som text&lt;/b></p>');
    expect(shape('<svg><text>Karta</text><script>window.__svg=1</script><style>p{}</style></svg>')).to.equal('Karta');
    expect(shape('<math><mtext>e = mc²</mtext></math>')).to.equal('e = mc²');
    expect(shape('<video src="https://x.example/v.mp4">Filmen visas inte</video>')).to.equal('Filmen visas inte');
    expect(shape('<object data="x">Reserv</object>')).to.equal('Reserv');
    // fallback markup held as raw text, and an SVG's description, are not text to read
    expect(shape('<noembed><img src=x></noembed><noframes><p>Ramar</p></noframes>Kvar')).to.equal('Kvar');
    expect(shape('<svg><desc>Beskrivning</desc><text>Karta</text></svg>')).to.equal('Karta');
  });

  it('makes block elements paragraphs so their texts do not run together, and sets them off by spaces inside a line', () => {
    expect(shape('<h2>Rubrik</h2><div>Stycke</div><span>efter</span>')).to.equal('<p>Rubrik</p><p>Stycke</p>efter');
    expect(shape('<table><tr><td>Tid</td><td>07:30</td></tr></table>')).to.equal('<p>Tid</p><p>07:30</p>');
    expect(shape('<select><option>Ett</option><option>Två</option></select>')).to.equal('<p>Ett</p><p>Två</p>');
    expect(shape('<ul><li><h3>Punkt</h3>text</li></ul>')).to.equal('<ul><li><p>Punkt</p>text</li></ul>');
    expect(shape('<p><em>Se<div>nedan</div></em></p>')).to.not.contain('Senedan');
    expect(shape('<div><p>Ett</p><p>Två</p></div>')).to.equal('<p>Ett</p><p>Två</p>');
    expect(shape('<div> </div><section></section><div><br></div>')).to.equal('');
    expect(shape('<div><li>Ett</li><li>Två</li></div>')).to.equal('<ul><li>Ett</li><li>Två</li></ul>');
    expect(safeText(sanitizeHtml('<h2>Program</h2><div>07:30 Frukost</div><div>08:00 Dragning</div>'))).to.equal(
      'Program\n\n07:30 Frukost\n\n08:00 Dragning',
    );
    expect((window as unknown as { __svg?: number }).__svg).to.equal(undefined);
  });
});

describe('event list: iCalendar', () => {
  const NOW = Date.UTC(2026, 11, 1, 12);

  function build(ev: EviEvent, occurrence?: (all: Occurrence[]) => Occurrence, description?: string) {
    const series = toSeries(ev);
    const all = [...occurrences(series)].slice(0, 400);
    return { series, all, ics: buildIcs({ series, occurrence: occurrence?.(all), now: NOW, uidDomain: 'example.org', description }) };
  }

  it('escapes text and folds long lines at 75 octets without splitting UTF-8 characters', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const line = `DESCRIPTION:${'å'.repeat(100)}`;
    const folded = foldLine(line);
    const encoder = new TextEncoder();
    for (const part of folded.split('\r\n')) expect(encoder.encode(part).length).to.be.at.most(75);
    expect(folded.split('\r\n').map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(line);
  });

  it('writes a series that ical.js reads back with the same occurrences (RRULE, EXDATE, VTIMEZONE, DST)', () => {
    const ev = event({
      id: 'frukostmote',
      title: 'Frukostmöte, för företagare; med "dragning"',
      end: '2027-01-07T09:00:00+01:00',
      rrule: 'FREQ=MONTHLY;BYDAY=1TH',
      exdates: ['2027-07-01T07:30:00+02:00'],
      location: { name: 'En Väg In', address: 'Parkgatan, Hallstahammar' },
    });
    const description = `Frukost, nätverkande och en kort dragning; ${'lång text med åäö '.repeat(10)}\n\nIngen föranmälan behövs.`;
    const { ics, all } = build(ev, undefined, description);
    const lines = icsLines(ics);
    expect(lines).to.include('RRULE:FREQ=MONTHLY;BYDAY=1TH');
    expect(lines).to.include('EXDATE;TZID=Europe/Stockholm:20270701T073000');
    expect(lines).to.include('DTSTART;TZID=Europe/Stockholm:20270107T073000');
    expect(lines).to.include('DTSTAMP:20261201T120000Z');
    expect(lines.some((l) => l.startsWith('UID:frukostmote@example.org'))).to.equal(true);
    const parsed = icalOccurrences(ics, 24);
    expect(parsed.summary).to.equal(ev.title);
    expect(parsed.description).to.equal(description);
    expect(parsed.location).to.equal('En Väg In, Parkgatan, Hallstahammar');
    const expected = all.filter((o) => !o.excluded).slice(0, 24);
    expect(parsed.starts).to.deep.equal(expected.map((o) => o.start));
    expect(parsed.ends).to.deep.equal(expected.map((o) => o.end));
    // and not only the same as the widget's own expansion: the instants worked out by hand. First
    // Thursdays at 07:30 Stockholm time, 06:30Z in winter (CET) and 05:30Z in summer (CEST, from
    // 28 March to 31 October 2027); 1 July is an exdate.
    const utc = (ms: number) => new Date(ms).toISOString();
    expect(parsed.starts.slice(0, 11).map(utc)).to.deep.equal([
      '2027-01-07T06:30:00.000Z',
      '2027-02-04T06:30:00.000Z',
      '2027-03-04T06:30:00.000Z',
      '2027-04-01T05:30:00.000Z',
      '2027-05-06T05:30:00.000Z',
      '2027-06-03T05:30:00.000Z',
      '2027-08-05T05:30:00.000Z',
      '2027-09-02T05:30:00.000Z',
      '2027-10-07T05:30:00.000Z',
      '2027-11-04T06:30:00.000Z',
      '2027-12-02T06:30:00.000Z',
    ]);
    expect(parsed.ends.slice(0, 4).map(utc)).to.deep.equal([
      '2027-01-07T08:00:00.000Z',
      '2027-02-04T08:00:00.000Z',
      '2027-03-04T08:00:00.000Z',
      '2027-04-01T07:00:00.000Z',
    ]);
  });

  it('writes one occurrence of a series, an all-day event and a multi-day event that ical.js reads back', () => {
    const series = event({ rrule: 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=6', start: '2027-01-29T17:00:00+01:00' });
    const one = build(series, (all) => all[3]);
    const parsedOne = icalOccurrences(one.ics, 5);
    expect(parsedOne.starts).to.deep.equal([one.all[3].start]);
    expect(icsLines(one.ics).some((l) => l.startsWith('RRULE:FREQ=MONTHLY'))).to.equal(false);
    expect(icsLines(one.ics).some((l) => l.startsWith('UID:e-20270430T150000Z@example.org'))).to.equal(true);

    const allDay = build(event({ start: '2027-05-04', rrule: 'FREQ=YEARLY;COUNT=3' }));
    expect(icsLines(allDay.ics)).to.include('DTSTART;VALUE=DATE:20270504');
    expect(icsLines(allDay.ics)).to.include('DTEND;VALUE=DATE:20270505');
    const parsedAllDay = icalOccurrences(allDay.ics, 5);
    expect(parsedAllDay.dates).to.deep.equal(['2027-05-04', '2028-05-04', '2029-05-04']);

    const multi = build(event({ start: '2027-03-15', end: '2027-03-17' }));
    expect(icsLines(multi.ics)).to.include('DTEND;VALUE=DATE:20270318');
  });

  it('writes a correct VTIMEZONE for another zone (America/New_York across its March change)', () => {
    const ev = event({
      start: '2027-03-10T10:00:00-05:00',
      end: '2027-03-10T11:00:00-05:00',
      timeZone: 'America/New_York',
      rrule: 'FREQ=WEEKLY;COUNT=4',
    });
    const { ics, all } = build(ev);
    expect(ics).to.contain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    const parsed = icalOccurrences(ics, 10);
    expect(parsed.starts).to.deep.equal(all.map((o) => o.start));
    // worked out by hand: 10:00 in New York is 15:00Z under EST (UTC-5) on 10 March, and 14:00Z under
    // EDT (UTC-4) from 14 March 2027, the second Sunday of March; the hour-long meeting ends an hour later
    const utc = (ms: number) => new Date(ms).toISOString();
    expect(parsed.starts.map(utc)).to.deep.equal([
      '2027-03-10T15:00:00.000Z',
      '2027-03-17T14:00:00.000Z',
      '2027-03-24T14:00:00.000Z',
      '2027-03-31T14:00:00.000Z',
    ]);
    expect(parsed.ends.map(utc)).to.deep.equal([
      '2027-03-10T16:00:00.000Z',
      '2027-03-17T15:00:00.000Z',
      '2027-03-24T15:00:00.000Z',
      '2027-03-31T15:00:00.000Z',
    ]);
    expect(parsed.dates).to.deep.equal(['2027-03-10T10:00:00', '2027-03-17T10:00:00', '2027-03-24T10:00:00', '2027-03-31T10:00:00']);
    expect(all.map((o) => wallAt(o.start, 'America/New_York').hh)).to.deep.equal([10, 10, 10, 10]);
    expect(vtimezone('Asia/Tokyo', 2027, 2027)).to.include('TZOFFSETTO:+0900');
  });

  it('an open-ended weekly series keeps its times in calendar programs for seven years, in zones without a simple yearly rule too', () => {
    // Santiago changes on "the first Sunday on or after the 2nd", Jerusalem on "the Friday before the last
    // Sunday", Nuuk changed its rules lately: a rule guessed from a few years is wrong later on
    for (const [timeZone, start] of [
      ['America/Santiago', '2027-01-07T10:00:00-03:00'],
      ['Asia/Jerusalem', '2027-01-07T10:00:00+02:00'],
      ['America/Nuuk', '2027-01-07T10:00:00-02:00'],
      ['Europe/Stockholm', '2027-01-07T10:00:00+01:00'],
    ] as const) {
      const { ics, all } = build(event({ start, timeZone, rrule: 'FREQ=WEEKLY' }));
      const weeks = 52 * 7;
      const parsed = icalOccurrences(ics, weeks);
      const mismatch = all.slice(0, weeks).findIndex((o, i) => o.start !== parsed.starts[i]);
      expect(mismatch, `${timeZone}: first wrong occurrence ${mismatch < 0 ? '' : isoDateTimeIn(all[mismatch].start, timeZone)}`).to.equal(-1);
      if (timeZone === 'Europe/Stockholm') expect(ics, 'a simple yearly rule stays a rule').to.contain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    }
  });

  it('builds Google Calendar and Outlook links with https and the right times', () => {
    const [o] = occurrences(toSeries(event({ end: '2027-01-07T09:00:00+01:00', location: { name: 'En Väg In' } })));
    const google = new URL(googleCalendarUrl({ occurrence: o, description: 'Hej & välkommen' }));
    expect(google.protocol).to.equal('https:');
    expect(google.searchParams.get('dates')).to.equal('20270107T063000Z/20270107T080000Z');
    expect(google.searchParams.get('details')).to.equal('Hej & välkommen');
    expect(google.searchParams.get('location')).to.equal('En Väg In');
    const outlook = new URL(outlookCalendarUrl({ occurrence: o }));
    expect(outlook.protocol).to.equal('https:');
    expect(outlook.searchParams.get('startdt')).to.equal('2027-01-07T06:30:00.000Z');
    expect(outlook.searchParams.get('subject')).to.equal('Evenemang');
    // spaces as %20 (Outlook shows a "+" literally), and a real "+" kept
    const spaced = outlookCalendarUrl({ occurrence: occurrences(toSeries(event({ title: 'Frukost för 1+1 företagare' })))[Symbol.iterator]().next().value! });
    expect(spaced).to.contain('subject=Frukost%20f%C3%B6r%201%2B1%20f%C3%B6retagare');
    expect(spaced).not.to.match(/[?&][^=]+=[^&]*\+/);
    expect(new URL(spaced).searchParams.get('subject')).to.equal('Frukost för 1+1 företagare');
  });

  it('names the .ics file after the title, cut to 60 characters without a hyphen left at the end', () => {
    // the 60th character of the file name is the hyphen after the fifth "frukostmote"
    const title = 'Frukostmöte Frukostmöte Frukostmöte Frukostmöte Frukostmöte för alla företagare';
    const series = toSeries(event({ title }));
    const name = icsFileName(series);
    expect(name).to.equal(`${Array(5).fill('frukostmote').join('-')}.ics`);
    const [first] = occurrences(series);
    expect(icsFileName(series, first)).to.match(/[a-z]-20270107\.ics$/);
  });
});

/**
 * What a review of hostile feeds and calendar edge cases found: one item with 150,000 bad (or valid) array
 * entries left the widgets on "Laddar…" for good (a stack overflow nobody caught), a daily series begun long
 * ago was expanded from its first day at every render, "Hela serien" walked a COUNT of 100,000, and an event
 * at the second 02:30 of the October change was placed an hour early in links, markup and the .ics file.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/evi-event-list.js';
import '../../src/evi-member-directory.js';
import '../../src/evi-network-badge.js';
import type { EviEventList } from '../../src/event-list/event-list.js';
import { buildIcs, googleCalendarUrl, outlookCalendarUrl, vtimezone } from '../../src/event-list/ics.js';
import { occurrences, parseRule, ruleWarnings, toSeries, upcomingOf } from '../../src/event-list/recurrence.js';
import { listStrings } from '../../src/event-list/strings.js';
import { isValidEmail } from '../../src/schemas/checks.js';
import { isTimeZone } from '../../src/schemas/common.js';
import { safeText, sanitizeHtml, textOnly } from '../../src/event-list/sanitize.js';
import { describeWhen } from '../../src/event-list/format.js';
import { MAX_REPORTED_PROBLEMS } from '../../src/internal/feed-cache.js';
import type { EviEvent } from '../../src/schemas/events.js';
import { stubbedPage } from '../helpers/network.js';

const N = 150_000;
const json = (body: unknown) => () => Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
const DAY = 86_400_000;

const GOOD_EVENT = { id: 'frukost', title: 'Frukostmöte', start: '2027-01-07T07:30:00+01:00' };
const BAD_EXDATES = {
  version: 1,
  events: [GOOD_EVENT, { id: 'trasig', title: 'Trasig', start: '2027-01-09T10:00:00+01:00', exdates: Array.from({ length: N }, () => 'x') }],
};
const MANY_EXDATES = {
  version: 1,
  events: [
    GOOD_EVENT,
    {
      id: 'dagligen',
      title: 'Dagligen',
      start: '2027-01-08T07:30:00+01:00',
      rrule: 'FREQ=DAILY',
      exdates: Array.from({ length: N }, (_, i) => new Date(Date.UTC(2027, 0, 8, 6, 30) + i * DAY).toISOString().replace('.000', '')),
    },
  ],
};
const MEMBERS = {
  version: 1,
  networks: [{ id: 'kanalnatet', name: 'Kanalnätet' }],
  members: [
    { id: 'smide', name: 'Kolbäcks Smide AB', networks: ['kanalnatet'], domains: ['localhost'] },
    { id: 'bred', name: 'Bred AB', networks: Array.from({ length: N }, (_, i) => `okand-${i}`) },
  ],
};

describe('a feed with one enormous item', function () {
  this.timeout(30_000);
  const page = stubbedPage(() => ({
    '/feeds/bad-exdates.json': json(BAD_EXDATES),
    '/feeds/many-exdates.json': json(MANY_EXDATES),
    '/feeds/members-huge.json': json(MEMBERS),
  }));

  it('event list: 150,000 bad exdates on one event: the other event is listed, and the console stays readable', async () => {
    const el = await fixture<EviEventList>(html`<evi-event-list src="/feeds/bad-exdates.json" .now=${new Date('2027-01-01T12:00:00Z')}></evi-event-list>`);
    const loaded = await oneEvent(el, 'evi-load');
    await waitUntil(() => el.shadowRoot!.querySelector('li h3'), 'the events are listed', { timeout: 10_000 });
    const titles = [...el.shadowRoot!.querySelectorAll('li h3')].map((h) => h.textContent!.trim());
    expect(titles).to.deep.equal(['Frukostmöte', 'Trasig']);
    // `skipped` counts every problem, the console shows the first hundred
    expect(loaded.detail.skipped).to.equal(N);
    const lines = page.warn.lines.filter((line) => line.includes('/feeds/bad-exdates.json'));
    expect(lines.length).to.equal(MAX_REPORTED_PROBLEMS + 1);
    expect(lines[0]).to.contain('events[1] (id "trasig").exdates[0]');
    expect(lines.at(-1)).to.contain(`${N - MAX_REPORTED_PROBLEMS} more problems not shown here`);
    expect(lines.at(-1)).to.contain('npx evi-validate');
  });

  it('event list: 150,000 valid exdates on a daily series: the list loads', async () => {
    const el = await fixture<EviEventList>(html`<evi-event-list src="/feeds/many-exdates.json" .now=${new Date('2027-01-01T12:00:00Z')}></evi-event-list>`);
    await oneEvent(el, 'evi-load');
    await waitUntil(() => el.shadowRoot!.querySelector('li h3'), 'the events are listed', { timeout: 20_000 });
    expect(el.shadowRoot!.querySelector('li h3')!.textContent!.trim()).to.equal('Frukostmöte');
  });

  it('directory and badge: a member with 150,000 unknown network ids: the others are listed, and verified', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <evi-member-directory src="/feeds/members-huge.json"></evi-member-directory>
      <evi-network-badge src="/feeds/members-huge.json" member="smide" network="kanalnatet"></evi-network-badge>
    </div>`);
    const directory = wrapper.querySelector('evi-member-directory')!;
    const badge = wrapper.querySelector('evi-network-badge')!;
    await waitUntil(() => directory.shadowRoot!.querySelectorAll('li h3').length === 2, 'both members are listed', { timeout: 10_000 });
    await waitUntil(() => badge.shadowRoot!.querySelector('[part=badge]'), 'the badge is verified', { timeout: 10_000 });
  });
});

describe('rule warnings of a feed with many bad rules', function () {
  this.timeout(20_000);
  const many = {
    version: 1,
    events: Array.from({ length: 150 }, (_, i) => ({ id: `e${i}`, title: `Möte ${i}`, start: '2027-01-07T07:30:00+01:00', rrule: 'FREQ=WEEKLY;BYHOUR=9' })),
  };
  const page = stubbedPage(() => ({ '/feeds/many-rules.json': json(many) }));

  it('the console shows 100 of them, then where to read them all', async () => {
    const el = await fixture<EviEventList>(html`<evi-event-list src="/feeds/many-rules.json" .now=${new Date('2027-01-01T12:00:00Z')}></evi-event-list>`);
    await oneEvent(el, 'evi-load');
    const lines = page.warn.lines.filter((line) => line.includes('/feeds/many-rules.json'));
    expect(lines.length).to.equal(MAX_REPORTED_PROBLEMS + 1);
    expect(lines[0]).to.contain('event "e0": rrule "FREQ=WEEKLY;BYHOUR=9" is not supported');
    expect(lines.at(-1)).to.contain('more rule warnings not shown here; `npx evi-validate');
  });
});

describe('a daily series begun long ago', () => {
  const series = (event: Partial<EviEvent>) => toSeries({ id: 'x', title: 'X', start: '1900-01-01T07:30:00+01:00', rrule: 'FREQ=DAILY', ...event } as EviEvent);

  it("comes next today or tomorrow, counted from its first day (the occurrence's index follows COUNT)", () => {
    const now = Date.UTC(2027, 2, 10, 12);
    const [next] = upcomingOf(series({}), now, 1);
    expect(new Date(next.start).toISOString()).to.equal('2027-03-11T06:30:00.000Z');
    expect(next.index).to.equal(Math.round((Date.UTC(2027, 2, 11) - Date.UTC(1900, 0, 1)) / DAY));
  });

  it('ends at its COUNT, however long ago it began', () => {
    const s = series({ start: '2020-01-01T07:30:00+01:00', rrule: 'FREQ=DAILY;COUNT=1000' });
    // the thousandth day is 26 September 2022, in summer time: 07:30 is 05:30 UTC
    const last = Date.UTC(2022, 8, 26, 5, 30);
    expect(upcomingOf(s, last - 3 * DAY + 2 * 3_600_000, 10).map((o) => o.start)).to.deep.equal([last - 2 * DAY, last - DAY, last]);
    expect(upcomingOf(s, last - 3 * DAY + 2 * 3_600_000, 10).map((o) => o.index)).to.deep.equal([997, 998, 999]);
    expect(upcomingOf(s, last + DAY, 10)).to.deep.equal([]);
  });

  it('has nothing upcoming once its UNTIL has passed', () => {
    expect(upcomingOf(series({ rrule: 'FREQ=DAILY;UNTIL=19501231' }), Date.UTC(2027, 0, 1), 5)).to.deep.equal([]);
  });

  it('"Hela serien" lists the zone\'s changes to the series\' last year, at most half a century ahead', () => {
    const zoneOf = (rrule: string) => {
      const s = toSeries({ id: 'x', title: 'X', start: '2027-01-07T07:30:00-03:00', timeZone: 'America/Santiago', rrule } as EviEvent);
      const ics = buildIcs({ series: s, now: Date.UTC(2027, 0, 1), uidDomain: 'example.se' });
      return ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE'));
    };
    const listed = (toYear: number) => vtimezone('America/Santiago', 2027, toYear).slice(0, -1).join('\r\n') + '\r\n';
    // a zone without a steady yearly rule lists each change: to the end of a series that ends in 2045 …
    expect(zoneOf('FREQ=WEEKLY;UNTIL=20450601')).to.equal(listed(2046));
    expect(zoneOf('FREQ=MONTHLY;COUNT=200')).to.equal(listed(2044));
    // … and no further than 2077 for one that would run for ever (worked out from its days, not walked)
    for (const rrule of ['FREQ=DAILY;COUNT=100000', 'FREQ=DAILY;UNTIL=99991231']) expect(zoneOf(rrule)).to.equal(listed(2077));
  });
});

describe('an event at the second 02:30 of the October change', () => {
  // 02:30 happens twice in Stockholm on 31 October 2027; +01:00 is the second time, 01:30 UTC
  const event = { id: 'natt', title: 'Nattvandring', start: '2027-10-31T02:30:00+01:00', end: '2027-10-31T03:15:00+01:00' } as EviEvent;
  const start = Date.UTC(2027, 9, 31, 1, 30);
  const end = Date.UTC(2027, 9, 31, 2, 15);

  it('keeps the instant the feed gives, in the links and the .ics file', () => {
    const series = toSeries(event);
    const [occurrence] = occurrences(series);
    expect([occurrence.start, occurrence.end]).to.deep.equal([start, end]);
    expect(occurrence.startWall).to.include({ hh: 2, mi: 30 });
    expect(googleCalendarUrl({ occurrence })).to.contain(`dates=${encodeURIComponent('20271031T013000Z/20271031T021500Z')}`);
    expect(outlookCalendarUrl({ occurrence })).to.contain('startdt=2027-10-31T01%3A30%3A00.000Z');
    const ics = buildIcs({ series, now: Date.UTC(2027, 0, 1), uidDomain: 'example.se' });
    expect(ics).to.contain('DTSTART:20271031T013000Z\r\n');
    expect(ics).to.contain('DTEND:20271031T021500Z\r\n');
  });

  it('an event at the first 02:30 keeps its zone in the .ics file', () => {
    const series = toSeries({ ...event, start: '2027-10-31T02:30:00+02:00', end: '2027-10-31T03:15:00+01:00' });
    const ics = buildIcs({ series, now: Date.UTC(2027, 0, 1), uidDomain: 'example.se' });
    expect(ics).to.contain('DTSTART;TZID=Europe/Stockholm:20271031T023000\r\n');
  });
});

describe('what the feed producer and the visitor are told', () => {
  it('a COUNT or INTERVAL above what the list follows says so, not "must be a positive integer"', () => {
    expect(parseRule('FREQ=DAILY;COUNT=1000000')).to.deep.equal({ ok: false, reason: 'COUNT may be at most 100000 (got 1000000)' });
    expect(parseRule('FREQ=DAILY;INTERVAL=2000')).to.deep.equal({ ok: false, reason: 'INTERVAL may be at most 1000 (got 2000)' });
    expect(parseRule('FREQ=DAILY;COUNT=0')).to.deep.equal({ ok: false, reason: 'COUNT must be a positive integer' });
    expect(parseRule('FREQ=DAILY;INTERVAL=x')).to.deep.equal({ ok: false, reason: 'INTERVAL must be a positive integer' });
  });

  it('a rule that gives no day at all is named as such, not "start the series on its first real day"', () => {
    const series = toSeries({ id: 'x', title: 'X', start: '2027-02-01T10:00:00+01:00', rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30' } as EviEvent);
    expect(ruleWarnings(series)).to.deep.equal([
      'rrule "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30" gives no day at all (such as 30 February); only the start 2027-02-01T10:00:00+01:00 is shown.',
    ]);
  });

  it('timeZone: an IANA name as the database spells it; not an offset, and not in other letters', () => {
    for (const good of ['Europe/Stockholm', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT-1', 'CET', 'GMT', 'EST5EDT', 'Japan', 'US/Eastern']) {
      expect(isTimeZone(good), good).to.equal(true);
    }
    for (const bad of ['+01:00', '-05:00', 'europe/stockholm', 'EUROPE/STOCKHOLM', 'utc', 'Europe/Atlantis', '', 'CET ', 'UTC+1']) {
      expect(isTimeZone(bad), bad).to.equal(false);
    }
  });

  it('"Etc/GMT-1" is said as UTC+1, the way visitors read it', () => {
    expect(listStrings.sv.zoneNote('Etc/GMT-1')).to.equal('Tiderna är lokal tid i UTC+1.');
    expect(listStrings.en.inZone('Etc/GMT+5')).to.contain('UTC−5');
  });

  it('days across a year end are written as every other range: a spaced dash, no weekday comma', () => {
    const [occurrence] = occurrences(toSeries({ id: 'x', title: 'X', start: '2027-12-30', end: '2028-01-02' } as EviEvent));
    expect(describeWhen(occurrence, 'sv').date).to.equal('torsdag 30 december 2027 – söndag 2 januari 2028');
    expect(describeWhen(occurrence, 'en').date).to.equal('Thursday 30 December 2027 – Sunday 2 January 2028');
  });

  it('an email address with an invisible character is refused (its mail would bounce)', () => {
    for (const bad of ['info\u00AD@kolbacks.se', 'info\u200B@kolbacks.se', '\u202Eofni@kolbacks.se', 'a@b.co\u0000m']) {
      expect(isValidEmail(bad), JSON.stringify(bad)).to.equal(false);
    }
    expect(isValidEmail('info@kolbäcks-smide.se')).to.equal(true);
  });
});

describe('descriptionHtml read for the page', () => {
  it('keeps text that looks like an attribute ("style=…" in a sentence), while tags lose their styles', () => {
    const nodes = sanitizeHtml('<p>Klädkod: style="smart casual". Hair style = kort</p><p style="color:red">Röd</p>');
    expect(safeText(nodes)).to.contain('Klädkod: style="smart casual". Hair style = kort');
    expect(safeText(nodes)).to.contain('Röd');
  });
});

describe('descriptionHtml on a page that refuses HTML parsing (Trusted Types without evi-widgets)', () => {
  it('decodes the entities a Swedish feed uses, and leaves no piece of a tag or comment', () => {
    expect(textOnly('<p>V&auml;lkommen &ndash; <a href="https://x.se/?a=1>3">anm&auml;l dig</a><!-- a > b --> h&auml;r&hellip;</p>')).to.deep.equal([
      { tag: 'p', children: ['Välkommen – anmäl dig här…'] },
    ]);
  });

  it('is its text in paragraphs: no code, no markup, entities read', () => {
    expect(
      textOnly(
        '<p>Lär dig <strong>planera</strong> &amp; mäta&nbsp;&#8211; <em>gratis</em>.</p><script>alert(1)</script><ul><li>Ett</li><li><a href="javascript:x">Två</a></li></ul><img src=x onerror=alert(2)><style>*{}</style>&lt;b&gt;',
      ),
    ).to.deep.equal([
      { tag: 'p', children: ['Lär dig planera & mäta – gratis.'] },
      { tag: 'p', children: ['Ett'] },
      { tag: 'p', children: ['Två'] },
      { tag: 'p', children: ['<b>'] },
    ]);
  });
});

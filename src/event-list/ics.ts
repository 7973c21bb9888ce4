/**
 * iCalendar (RFC 5545) for one occurrence or a whole series: CRLF line ends, lines folded at 75
 * octets without splitting a UTF-8 character, escaped text, UID, DTSTAMP, a VTIMEZONE worked out
 * from Intl for the event's zone, and RRULE plus EXDATE for a series. Also the Google Calendar and
 * Outlook "add event" links. Pure logic: no DOM.
 */
import { isIsoDate } from '../schemas/common.js';
import { dateTimeToEpoch } from '../schemas/events.js';
import { countedDays, occurrences, untilDay, WEEKDAYS, weekdayOf, type Occurrence, type Rule, type Series } from './recurrence.js';
import {
  dayNumber,
  dayToWall,
  naiveToWall,
  offsetAt,
  pad,
  transitions,
  wallAt,
  wallToEpoch,
  wallToNaive,
  type Transition,
  type Wall,
} from './zone.js';

const encoder = new TextEncoder();

/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** RFC 5545 3.1: lines longer than 75 octets continue on the next line after one space; UTF-8 characters stay whole. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

function dateValue(w: Pick<Wall, 'y' | 'm' | 'd'>): string {
  return `${pad(w.y, 4)}${pad(w.m)}${pad(w.d)}`;
}

function wallValue(w: Wall): string {
  return `${dateValue(w)}T${pad(w.hh)}${pad(w.mi)}${pad(w.ss)}`;
}

export function utcValue(epoch: number): string {
  return `${wallValue(naiveToWall(Math.floor(epoch / 1000) * 1000))}Z`;
}

function offsetValue(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(ms) / 60_000);
  return `${sign}${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;
}

function zoneAbbreviation(epoch: number, timeZone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(epoch)
      .find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}

interface Onset {
  transition: Transition;
  /** local time of the change, read with the offset before it (RFC 5545 3.6.5) */
  local: Wall;
  month: number;
  ordinal: number;
  weekday: number;
}

function onset(transition: Transition): Onset {
  const local = naiveToWall(transition.epoch + transition.from);
  const dim = new Date(Date.UTC(local.y, local.m, 0)).getUTCDate();
  return {
    transition,
    local,
    month: local.m,
    ordinal: local.d > dim - 7 ? -1 : Math.ceil(local.d / 7),
    weekday: weekdayOf(dayNumber(local)),
  };
}

function sameRule(a: Onset, b: Onset): boolean {
  return (
    a.month === b.month &&
    a.ordinal === b.ordinal &&
    a.weekday === b.weekday &&
    a.local.hh === b.local.hh &&
    a.local.mi === b.local.mi &&
    a.transition.from === b.transition.from &&
    a.transition.to === b.transition.to
  );
}

function subcomponent(o: Onset, timeZone: string, rrule?: string): string[] {
  const kind = o.transition.to > o.transition.from ? 'DAYLIGHT' : 'STANDARD';
  const name = zoneAbbreviation(o.transition.epoch + 60_000, timeZone);
  const lines = [
    `BEGIN:${kind}`,
    `DTSTART:${wallValue(o.local)}`,
    `TZOFFSETFROM:${offsetValue(o.transition.from)}`,
    `TZOFFSETTO:${offsetValue(o.transition.to)}`,
  ];
  if (rrule) lines.push(rrule);
  if (name) lines.push(`TZNAME:${escapeText(name)}`);
  lines.push(`END:${kind}`);
  return lines;
}

/**
 * A VTIMEZONE for `timeZone`, valid from `fromYear` on. Zones with a yearly rule (Europe/Stockholm:
 * last Sunday of March and of October) get that rule; other zones get each change up to `toYear`, and
 * for ten years at least (an open-ended series in Santiago or Jerusalem stays right that long).
 */
/** Years a zone's changes are checked against a yearly rule, and listed at least when there is none. */
const SAMPLE_YEARS = 11;

export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const first = fromYear - 1;
  const head = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  // a yearly rule only when it holds for a decade (three years made "Sunday on or after the 2nd" look
  // like "first Sunday", and missed zones whose rules change); else each change for a decade at least
  const sample = transitions(timeZone, first, first + SAMPLE_YEARS - 1).map(onset);
  if (sample.length === 0) {
    const offset = offsetValue(offsetAt(Date.UTC(fromYear, 0, 1), timeZone));
    const name = zoneAbbreviation(Date.UTC(fromYear, 0, 1), timeZone);
    return [
      ...head,
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      ...(name ? [`TZNAME:${escapeText(name)}`] : []),
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
  }
  const firstYear = sample.filter((o) => o.local.y === first);
  const yearly =
    firstYear.length > 0 && sample.length === firstYear.length * SAMPLE_YEARS && sample.every((o) => firstYear.some((f) => sameRule(f, o)));
  const body = yearly
    ? firstYear.flatMap((o) =>
        subcomponent(o, timeZone, `RRULE:FREQ=YEARLY;BYMONTH=${o.month};BYDAY=${o.ordinal}${WEEKDAYS[o.weekday]}`),
      )
    : transitions(timeZone, first, Math.max(toYear, fromYear + SAMPLE_YEARS) + 1).flatMap((t) => subcomponent(onset(t), timeZone));
  return [...head, ...body, 'END:VTIMEZONE'];
}

export interface IcsInput {
  series: Series;
  /** one occurrence; without it, the whole series (RRULE, EXDATE) */
  occurrence?: Occurrence;
  /** DTSTAMP */
  now: number;
  /** the host of the feed, for globally unique UIDs */
  uidDomain: string;
  /** plain-text description */
  description?: string;
}

function timed(prop: string, epochOrWall: Wall, series: Series): string {
  return series.allDay ? `${prop};VALUE=DATE:${dateValue(epochOrWall)}` : `${prop};TZID=${series.timeZone}:${wallValue(epochOrWall)}`;
}

function untilValue(rule: Rule, series: Series): string | undefined {
  const until = rule.until;
  if (!until) return undefined;
  if (series.allDay) {
    if (until.date) return dateValue(dayToWall(until.day));
    return dateValue(until.utc ? wallAt(wallToNaive(until.wall), series.timeZone) : until.wall);
  }
  if (until.date) return utcValue(wallToEpoch({ ...dayToWall(until.day), hh: 23, mi: 59, ss: 59 }, series.timeZone));
  return utcValue(until.utc ? wallToNaive(until.wall) : wallToEpoch(until.wall, series.timeZone));
}

/** The rule as it is expanded (normalised, UNTIL in the form RFC 5545 asks for). */
export function ruleValue(rule: Rule, series: Series): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  const until = untilValue(rule, series);
  if (until) parts.push(`UNTIL=${until}`);
  if (rule.byMonth) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  if (rule.byMonthDay) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byDay) parts.push(`BYDAY=${rule.byDay.map((b) => `${b.ordinal ?? ''}${WEEKDAYS[b.weekday]}`).join(',')}`);
  return parts.join(';');
}

function exdateLines(series: Series): string[] {
  const { event, allDay, timeZone, startWall } = series;
  const values = new Set<string>();
  for (const exdate of event.exdates ?? []) {
    if (allDay) {
      values.add(dateValue(isIsoDate(exdate) ? naiveToWall(Date.parse(exdate)) : wallAt(dateTimeToEpoch(exdate), timeZone)));
    } else if (isIsoDate(exdate)) {
      values.add(wallValue({ ...naiveToWall(Date.parse(exdate)), hh: startWall.hh, mi: startWall.mi, ss: startWall.ss }));
    } else {
      values.add(wallValue(wallAt(dateTimeToEpoch(exdate), timeZone)));
    }
  }
  if (!values.size) return [];
  return [allDay ? `EXDATE;VALUE=DATE:${[...values].join(',')}` : `EXDATE;TZID=${timeZone}:${[...values].join(',')}`];
}

function location(series: Series): string | undefined {
  const { name, address } = series.event.location ?? {};
  const text = [name, address].filter((s) => s && s.trim()).join(', ');
  return text || undefined;
}

function lastYear(series: Series, first: Occurrence): number {
  const rule = series.rule;
  if (!rule) return first.endWall.y;
  if (rule.count === undefined && !rule.until) return first.startWall.y + 1;
  // Worked out from the rule's days (whole numbers), not by building every occurrence: a COUNT of 100,000 or an
  // UNTIL in the year 9999 froze the page for seconds at "Hela serien". The year after the last day covers an
  // occurrence that runs past New Year; half a century is as far as any calendar needs the zone's changes.
  const cap = first.startWall.y + 50;
  const byUntil = untilDay(series);
  if (byUntil) return Math.min(cap, byUntil.y + 1);
  let last = dayNumber(first.startWall);
  for (const [day] of countedDays(series)) {
    if (dayToWall(day).y > cap) break;
    last = day;
  }
  return Math.min(cap, dayToWall(last).y + 1);
}

/** A complete VCALENDAR for the occurrence, or for the whole series. Lines end in CRLF. */
export function buildIcs(input: IcsInput): string {
  const { series, occurrence, now, uidDomain } = input;
  const event = series.event;
  const first = occurrences(series).next().value as Occurrence;
  const shown = occurrence ?? first;
  const isSeries = !occurrence && series.rule !== undefined;
  const uid = occurrence && series.rule ? `${event.id}-${utcValue(occurrence.start)}@${uidDomain}` : `${event.id}@${uidDomain}`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//En Väg In//evi-event-list//SV', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (!series.allDay) lines.push(...vtimezone(series.timeZone, shown.startWall.y, isSeries ? lastYear(series, first) : shown.endWall.y));
  const endWall = series.allDay ? dayToWall(dayNumber(shown.endWall) + 1) : shown.endWall;
  // a single event at a wall time that happens twice (the second 02:30 of the October change) in UTC: with
  // its zone, calendars read the first (RFC 5545, 3.3.5), an hour early
  const inUtc =
    !isSeries &&
    !series.allDay &&
    (wallToEpoch(shown.startWall, series.timeZone) !== shown.start || wallToEpoch(endWall, series.timeZone) !== shown.end);
  lines.push(
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${utcValue(now)}`,
    ...(inUtc
      ? [`DTSTART:${utcValue(shown.start)}`, `DTEND:${utcValue(shown.end)}`]
      : [timed('DTSTART', shown.startWall, series), timed('DTEND', endWall, series)]),
  );
  if (isSeries) {
    lines.push(`RRULE:${ruleValue(series.rule!, series)}`, ...exdateLines(series));
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (input.description) lines.push(`DESCRIPTION:${escapeText(input.description)}`);
  const where = location(series);
  if (where) lines.push(`LOCATION:${escapeText(where)}`);
  const url = event.url ?? event.registrationUrl ?? event.location?.url;
  if (url) lines.push(`URL:${url}`);
  if (event.category) lines.push(`CATEGORIES:${escapeText(event.category)}`);
  const status = occurrence ? occurrence.status : (event.status ?? 'scheduled');
  lines.push(`STATUS:${status === 'cancelled' ? 'CANCELLED' : status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED'}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A file name for the download: the title in plain letters. */
export function icsFileName(series: Series, occurrence?: Occurrence): string {
  const base =
    series.event.title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .toLowerCase()
      .slice(0, 60)
      // trimmed after cutting, so no name ends "…-och-.ics"
      .replace(/^-+|-+$/g, '') || 'evenemang';
  const when = occurrence ? `-${dateValue(occurrence.startWall)}` : '';
  return `${base}${when}.ics`;
}

function compactUtc(epoch: number): string {
  return utcValue(epoch);
}

function isoLocalDate(w: Wall): string {
  return `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)}`;
}

interface LinkInput {
  occurrence: Occurrence;
  description?: string;
}

/** Google Calendar's "create event" page for one occurrence. */
export function googleCalendarUrl({ occurrence, description }: LinkInput): string {
  const { event } = occurrence;
  const dates = occurrence.allDay
    ? `${dateValue(occurrence.startWall)}/${dateValue(dayToWall(dayNumber(occurrence.endWall) + 1))}`
    : `${compactUtc(occurrence.start)}/${compactUtc(occurrence.end)}`;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates, ctz: occurrence.timeZone });
  if (description) params.set('details', description.slice(0, 1500));
  const where = [event.location?.name, event.location?.address].filter(Boolean).join(', ');
  if (where) params.set('location', where);
  return `https://calendar.google.com/calendar/render?${params}`;
}

/**
 * Outlook on the web's "new event" page for one occurrence: `work` for a Microsoft 365 (work or school)
 * account, `personal` for Outlook.com. A work account cannot use Outlook.com's page, and most of the
 * companies and offices this list is for read their calendar in Microsoft 365.
 */
export function outlookCalendarUrl({ occurrence, description }: LinkInput, account: 'work' | 'personal' = 'personal'): string {
  const { event } = occurrence;
  const params = new URLSearchParams({ path: '/calendar/action/compose', rru: 'addevent', subject: event.title });
  if (occurrence.allDay) {
    params.set('startdt', isoLocalDate(occurrence.startWall));
    params.set('enddt', isoLocalDate(dayToWall(dayNumber(occurrence.endWall) + 1)));
    params.set('allday', 'true');
  } else {
    params.set('startdt', new Date(occurrence.start).toISOString());
    params.set('enddt', new Date(occurrence.end).toISOString());
    params.set('allday', 'false');
  }
  if (description) params.set('body', description.slice(0, 1500));
  const where = [event.location?.name, event.location?.address].filter(Boolean).join(', ');
  if (where) params.set('location', where);
  // %20, not URLSearchParams' "+": Outlook's compose page shows a "+" literally in the subject and body
  const host = account === 'work' ? 'outlook.office.com' : 'outlook.live.com';
  return `https://${host}/calendar/0/action/compose?${params.toString().replace(/\+/g, '%20')}`;
}


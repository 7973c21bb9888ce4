/**
 * The contract's RRULE subset (FREQ DAILY/WEEKLY/MONTHLY/YEARLY, INTERVAL, COUNT, UNTIL, BYDAY with
 * ordinals, BYMONTHDAY, BYMONTH, WKST=MO), expanded in the event's own wall-clock time so that a
 * 07:30 breakfast stays 07:30 across daylight-saving changes. Pure logic: no DOM.
 */
import { isIsoDate } from '../schemas/common.js';
import { dateTimeToEpoch, type EventStatus, type EviEvent } from '../schemas/events.js';
import {
  DAY_MS,
  DEFAULT_TIME_ZONE,
  dayNumber,
  dayToWall,
  formatOffset,
  naiveToWall,
  isoDateTimeIn,
  offsetAt,
  wallAt,
  wallToEpoch,
  wallToNaive,
  type Wall,
} from './zone.js';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ByDay {
  /** 1 = first, -1 = last; undefined = every such weekday */
  ordinal?: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

export interface Rule {
  freq: Frequency;
  interval: number;
  count?: number;
  /** `until` as the feed wrote it: a date (`YYYYMMDD`) or date-time (`YYYYMMDDTHHMMSS[Z]`) */
  until?: { date: true; day: number } | { date: false; wall: Wall; utc: boolean };
  byDay?: ByDay[];
  byMonthDay?: number[];
  byMonth?: number[];
}

export type RuleResult = { ok: true; rule: Rule } | { ok: false; reason: string };

const BYDAY_PATTERN = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL_PATTERN = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

function integers(value: string, min: number, max: number, nonZero = false): number[] | undefined {
  const list = value.split(',').map((v) => (/^[+-]?\d+$/.test(v) ? Number(v) : Number.NaN));
  return list.every((n) => Number.isInteger(n) && n >= min && n <= max && !(nonZero && n === 0)) ? list : undefined;
}

/** Why INTERVAL or COUNT is refused: not a positive integer, or above what the list follows (said as such). */
function limitReason(name: string, value: string, max: number): string {
  return /^\+?\d+$/.test(value) && Number(value) > max
    ? `${name} may be at most ${max} (got ${value})`
    : `${name} must be a positive integer`;
}

/** Parses an RRULE value (with or without the `RRULE:` prefix). Anything outside the subset is a reason. */
export function parseRule(text: string): RuleResult {
  const value = text.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  // spaces around the parts ("FREQ=MONTHLY; BYDAY=1TH", as people write lists) are read away: the .ics
  // file is written from the rule as read, never from this text
  for (const piece of value.split(';').map((p) => p.trim())) {
    if (!piece) continue;
    const [key, part, ...rest] = piece.split('=');
    if (part === undefined || rest.length) return { ok: false, reason: `"${piece}" is not NAME=VALUE` };
    const name = key.trim().toUpperCase();
    if (parts.has(name)) return { ok: false, reason: `${name} appears twice` };
    parts.set(name, part.trim().toUpperCase());
  }
  const unsupported = [...parts.keys()].filter(
    (k) => !['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'WKST'].includes(k),
  );
  if (unsupported.length) return { ok: false, reason: `${unsupported.join(', ')} ${unsupported.length > 1 ? 'are' : 'is'} not supported` };
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') {
    return { ok: false, reason: `FREQ=${freq ?? ''} is not supported (DAILY, WEEKLY, MONTHLY or YEARLY)` };
  }
  const rule: Rule = { freq, interval: 1 };
  if (parts.has('WKST') && parts.get('WKST') !== 'MO') return { ok: false, reason: 'only WKST=MO is supported' };
  if (parts.has('INTERVAL')) {
    const [n] = integers(parts.get('INTERVAL')!, 1, 1000) ?? [];
    if (n === undefined || parts.get('INTERVAL')!.includes(',')) return { ok: false, reason: limitReason('INTERVAL', parts.get('INTERVAL')!, 1000) };
    rule.interval = n;
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) return { ok: false, reason: 'COUNT and UNTIL must not both be given' };
  if (parts.has('COUNT')) {
    const [n] = integers(parts.get('COUNT')!, 1, 100_000) ?? [];
    if (n === undefined || parts.get('COUNT')!.includes(',')) return { ok: false, reason: limitReason('COUNT', parts.get('COUNT')!, 100_000) };
    rule.count = n;
  }
  if (parts.has('UNTIL')) {
    const m = UNTIL_PATTERN.exec(parts.get('UNTIL')!);
    if (!m) return { ok: false, reason: 'UNTIL must be YYYYMMDD or YYYYMMDDTHHMMSSZ' };
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return { ok: false, reason: 'UNTIL is not a real date' };
    rule.until =
      m[4] === undefined
        ? { date: true, day: dayNumber({ y, m: mo, d }) }
        : { date: false, wall: { y, m: mo, d, hh: Number(m[4]), mi: Number(m[5]), ss: Number(m[6]) }, utc: m[7] === 'Z' };
  }
  if (parts.has('BYMONTH')) {
    const list = integers(parts.get('BYMONTH')!, 1, 12);
    if (!list) return { ok: false, reason: 'BYMONTH must list months 1–12' };
    rule.byMonth = list;
  }
  if (parts.has('BYMONTHDAY')) {
    const list = integers(parts.get('BYMONTHDAY')!, -31, 31, true);
    if (!list) return { ok: false, reason: 'BYMONTHDAY must list days 1–31 or -31–-1' };
    if (freq === 'WEEKLY') return { ok: false, reason: 'BYMONTHDAY is not allowed with FREQ=WEEKLY' };
    rule.byMonthDay = list;
  }
  if (parts.has('BYDAY')) {
    const list: ByDay[] = [];
    for (const entry of parts.get('BYDAY')!.split(',')) {
      const m = BYDAY_PATTERN.exec(entry);
      if (!m) return { ok: false, reason: `BYDAY "${entry}" is not a weekday such as TH, 1TH or -1FR` };
      const weekday = WEEKDAYS.indexOf(m[2] as Weekday);
      if (m[1] === undefined) {
        list.push({ weekday });
        continue;
      }
      const ordinal = Number(m[1]);
      if (ordinal === 0 || Math.abs(ordinal) > 5) return { ok: false, reason: `BYDAY "${entry}": the ordinal must be 1–5 or -1–-5` };
      // Ordinals count within a month; within a whole year (YEARLY without BYMONTH) is outside the subset.
      if (freq !== 'MONTHLY' && !(freq === 'YEARLY' && rule.byMonth)) {
        return { ok: false, reason: `BYDAY "${entry}": an ordinal weekday needs FREQ=MONTHLY, or FREQ=YEARLY with BYMONTH` };
      }
      list.push({ ordinal, weekday });
    }
    rule.byDay = list;
  }
  if (freq === 'YEARLY' && !rule.byMonth && (rule.byDay || rule.byMonthDay)) {
    return { ok: false, reason: 'BYDAY or BYMONTHDAY with FREQ=YEARLY needs BYMONTH' };
  }
  return { ok: true, rule };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Monday … 6 = Sunday */
export function weekdayOf(day: number): number {
  return (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
}

/** The days of one month the rule picks, as day numbers, in order. */
function daysInRuleMonth(y: number, m: number, rule: Rule, defaultDayOfMonth: number): number[] {
  const dim = daysInMonth(y, m);
  const first = dayNumber({ y, m, d: 1 });
  let picked: number[] | undefined;
  if (rule.byMonthDay) {
    picked = rule.byMonthDay.map((v) => (v > 0 ? v : dim + 1 + v)).filter((d) => d >= 1 && d <= dim);
  }
  if (rule.byDay) {
    const days: number[] = [];
    for (const { ordinal, weekday } of rule.byDay) {
      const firstMatch = 1 + ((weekday - weekdayOf(first) + 7) % 7);
      const all: number[] = [];
      for (let d = firstMatch; d <= dim; d += 7) all.push(d);
      if (ordinal === undefined) days.push(...all);
      else {
        const d = ordinal > 0 ? all[ordinal - 1] : all[all.length + ordinal];
        if (d !== undefined) days.push(d);
      }
    }
    picked = picked ? picked.filter((d) => days.includes(d)) : days;
  }
  if (!picked) picked = defaultDayOfMonth <= dim ? [defaultDayOfMonth] : [];
  return [...new Set(picked)].sort((a, b) => a - b).map((d) => first + d - 1);
}

/** How far a series is followed before giving up (a rule that never matches must not hang the page). */
const HORIZON_DAYS = 366 * 200;

/** The days (day numbers) the rule produces, from `startDay` on, in order; `startDay` itself only if it matches. */
export function* ruleDays(rule: Rule, startDay: number): Generator<number> {
  const start = dayToWall(startDay);
  const horizon = startDay + HORIZON_DAYS;
  const monthOk = (day: number) => !rule.byMonth || rule.byMonth.includes(naiveToWall(day * DAY_MS).m);
  switch (rule.freq) {
    case 'DAILY':
      for (let day = startDay; day < horizon; day += rule.interval) {
        if (!monthOk(day)) continue;
        if (rule.byDay && !rule.byDay.some((b) => b.weekday === weekdayOf(day))) continue;
        if (rule.byMonthDay) {
          const w = naiveToWall(day * DAY_MS);
          const dim = daysInMonth(w.y, w.m);
          if (!rule.byMonthDay.some((v) => (v > 0 ? v : dim + 1 + v) === w.d)) continue;
        }
        yield day;
      }
      return;
    case 'WEEKLY': {
      const offsets = rule.byDay ? [...new Set(rule.byDay.map((b) => b.weekday))].sort() : [weekdayOf(startDay)];
      for (let monday = startDay - weekdayOf(startDay); monday < horizon; monday += 7 * rule.interval) {
        for (const offset of offsets) {
          const day = monday + offset;
          if (day >= startDay && monthOk(day)) yield day;
        }
      }
      return;
    }
    case 'MONTHLY':
      for (let index = start.y * 12 + start.m - 1; ; index += rule.interval) {
        const y = Math.floor(index / 12);
        const m = (index % 12) + 1;
        if (dayNumber({ y, m, d: 1 }) > horizon) return;
        if (rule.byMonth && !rule.byMonth.includes(m)) continue;
        for (const day of daysInRuleMonth(y, m, rule, start.d)) if (day >= startDay) yield day;
      }
    case 'YEARLY': {
      const months = rule.byMonth ? [...rule.byMonth].sort((a, b) => a - b) : [start.m];
      for (let y = start.y; dayNumber({ y, m: 1, d: 1 }) <= horizon; y += rule.interval) {
        for (const m of months) {
          for (const day of daysInRuleMonth(y, m, rule, start.d)) if (day >= startDay) yield day;
        }
      }
      return;
    }
  }
}

/** One occurrence of an event, in the event's own zone. */
export interface Occurrence {
  event: EviEvent;
  /** unique within a feed: the event id and the occurrence's start */
  key: string;
  timeZone: string;
  allDay: boolean;
  /** instants (ms); for all-day events, midnight at the start of the first day and after the last day */
  start: number;
  end: number;
  /** wall-clock start and end in `timeZone`; all-day: the first and the last day (inclusive) */
  startWall: Wall;
  endWall: Wall;
  /** 0 for the first occurrence of the series (DTSTART) */
  index: number;
  /** listed in the event's `exdates` */
  excluded: boolean;
  /** what the visitor is told: the event's status, or `cancelled` for an excluded occurrence */
  status: EventStatus;
}

export interface Series {
  event: EviEvent;
  timeZone: string;
  allDay: boolean;
  /** the rule that is expanded; undefined for a single event or an unsupported rule */
  rule?: Rule;
  /** why the feed's rrule is not used (for the console) */
  unsupported?: string;
  startWall: Wall;
  /** all-day: days the event lasts minus one; timed: wall-clock length in ms */
  length: number;
  exdateEpochs: Set<number>;
  exdateDays: Set<number>;
}

function parseDate(s: string): number {
  const [y, m, d] = s.split('-').map(Number);
  return dayNumber({ y, m, d });
}

/** Everything needed to expand an event, worked out once. */
export function toSeries(event: EviEvent): Series {
  const timeZone = event.timeZone ?? DEFAULT_TIME_ZONE;
  const allDay = isIsoDate(event.start);
  let startWall: Wall;
  let length: number;
  if (allDay) {
    const startDay = parseDate(event.start);
    startWall = dayToWall(startDay);
    length = event.end && isIsoDate(event.end) ? Math.max(0, parseDate(event.end) - startDay) : 0;
  } else {
    const start = dateTimeToEpoch(event.start);
    startWall = wallAt(start, timeZone);
    const end = event.end && !isIsoDate(event.end) ? dateTimeToEpoch(event.end) : start + 3_600_000;
    length = Math.max(0, wallToNaive(wallAt(end, timeZone)) - wallToNaive(startWall));
  }
  const series: Series = { event, timeZone, allDay, startWall, length, exdateEpochs: new Set(), exdateDays: new Set() };
  for (const exdate of event.exdates ?? []) {
    if (isIsoDate(exdate)) series.exdateDays.add(parseDate(exdate));
    else {
      const epoch = dateTimeToEpoch(exdate);
      series.exdateEpochs.add(epoch);
      if (allDay) series.exdateDays.add(dayNumber(wallAt(epoch, timeZone)));
    }
  }
  if (event.rrule) {
    const parsed = parseRule(event.rrule);
    if (parsed.ok) series.rule = parsed.rule;
    else series.unsupported = parsed.reason;
  }
  return series;
}

function occurrenceOn(series: Series, day: number, index: number): Occurrence {
  const { event, timeZone, allDay, startWall, length } = series;
  let start: number;
  let end: number;
  let sWall: Wall;
  let eWall: Wall;
  if (allDay) {
    sWall = dayToWall(day);
    eWall = dayToWall(day + length);
    start = wallToEpoch(sWall, timeZone);
    end = wallToEpoch(dayToWall(day + length + 1), timeZone);
  } else if (index === 0) {
    // the first occurrence is the feed's own start and end, instants as given: from the wall time, the second
    // 02:30 of the October change (+01:00) would become the first (+02:00), an hour early in links and markup
    start = dateTimeToEpoch(event.start);
    sWall = wallAt(start, timeZone);
    end = event.end && !isIsoDate(event.end) ? Math.max(start, dateTimeToEpoch(event.end)) : start + 3_600_000;
    eWall = wallAt(end, timeZone);
  } else {
    start = wallToEpoch({ ...dayToWall(day), hh: startWall.hh, mi: startWall.mi, ss: startWall.ss }, timeZone);
    // the wall time shown is the one that really happens (02:30 in the spring gap shows as 03:30), and
    // the end counts from it, so an occurrence moved out of the gap keeps its length (03:30–04:30)
    sWall = wallAt(start, timeZone);
    end = Math.max(start, wallToEpoch(naiveToWall(wallToNaive(sWall) + length), timeZone));
    eWall = wallAt(end, timeZone);
  }
  const excluded = allDay ? series.exdateDays.has(day) : series.exdateEpochs.has(start) || series.exdateDays.has(day);
  return {
    event,
    key: `${event.id}@${start}`,
    timeZone,
    allDay,
    start,
    end,
    startWall: sWall,
    endWall: eWall,
    index,
    excluded,
    status: excluded ? 'cancelled' : (event.status ?? 'scheduled'),
  };
}

function untilDayOrEpoch(series: Series): ((occ: Occurrence, day: number) => boolean) | undefined {
  const until = series.rule?.until;
  if (!until) return undefined;
  if (until.date) return (_occ, day) => day <= until.day;
  const limit = until.utc ? wallToNaive(until.wall) : wallToEpoch(until.wall, series.timeZone);
  if (series.allDay) {
    const lastDay = dayNumber(until.utc ? wallAt(limit, series.timeZone) : until.wall);
    return (_occ, day) => day <= lastDay;
  }
  return (occ) => occ.start <= limit;
}

/**
 * What the feed's producer should hear about a series' rule, in the words of the list's console warning
 * and of evi-validate: a rule the list cannot expand, a start that is not one of the rule's days, or an
 * exdate that cancels nothing.
 */
export function ruleWarnings(series: Series, max = Infinity): string[] {
  const { event } = series;
  const rule = JSON.stringify(event.rrule);
  const offset = offsetSlip(series);
  if (series.unsupported) return [...(offset ? [offset] : []), `rrule ${rule} is not supported (${series.unsupported}); only the first occurrence is shown.`];
  // a rule with no day at all ("30 February"): there is no first real day to start on
  const none = series.rule && ruleDays(series.rule, dayNumber(series.startWall)).next().done;
  const warnings = none
    ? [`rrule ${rule} gives no day at all (such as 30 February); only the start ${event.start} is shown.`]
    : startMatchesRule(series)
    ? []
    : [
        `start ${event.start} is not a day of rrule ${rule}; it is shown as an extra first occurrence, as calendar programs do. Start the series on its first real day.`,
      ];
  if (offset) warnings.unshift(offset);
  return warnings.concat(exdateProblems(series, max - warnings.length));
}

/**
 * A start whose UTC offset is not its zone's offset at that instant: "+01:00" copied into a summer date,
 * when Stockholm is at "+02:00". Read as written, the breakfast at 07:30 shows (and every occurrence of
 * its series) at 08:30. Any other offset (`Z`, `+00:00`, another place's) is taken as meant. Nothing for an
 * all-day event.
 */
function offsetSlip(series: Series): string | undefined {
  const { event, timeZone } = series;
  const given = /([+-]\d{2}:\d{2})$/.exec(event.start)?.[1];
  if (series.allDay || !given) return undefined;
  const epoch = dateTimeToEpoch(event.start);
  const zoneOffset = formatOffset(offsetAt(epoch, timeZone));
  // only the zone's offset of the other half of the year ("+01:00" in June): UTC written "+00:00" (Python's
  // isoformat(), PHP's DATE_ATOM) or another place's offset is an instant given on purpose
  if (zoneOffset === given) return undefined;
  // the zone's offsets over the year around (a quarter and a half back and ahead: an October date's half years
  // both fall in summer time)
  const otherSeason = [-182, -91, 91, 182].map((days) => formatOffset(offsetAt(epoch + days * DAY_MS, timeZone)));
  if (!otherSeason.includes(given)) return undefined;
  const shown = isoDateTimeIn(epoch, timeZone);
  return (
    `start ${event.start} is ${shown.slice(11, 16)} in ${timeZone}, whose offset is ${zoneOffset} then, not ${given}; ` +
    `if ${event.start.slice(11, 16)} is meant, write ${event.start.slice(0, -6)}${zoneOffset}.`
  );
}

/**
 * Why an exdate cancels nothing, for each that does not: it must be an occurrence's start to the
 * millisecond (a date on its own cancels that day). The usual slip is the UTC offset: "+01:00" copied into
 * a summer date, when Stockholm is at "+02:00", so the breakfast visitors come to is not shown as
 * cancelled. The rule's days are counted as far as the last exdate (whole numbers, cheap); an occurrence
 * is worked out only on an exdate's own day (zone arithmetic, dear: a walk of every occurrence cost the
 * list's first render about 5%).
 */
function exdateProblems(series: Series, max: number): string[] {
  const exdates = series.event.exdates ?? [];
  if (!exdates.length || max <= 0) return [];
  const { timeZone } = series;
  // the series' days up to the last exdate (a day's margin for the zone: no zone arithmetic here), each with
  // its index (for COUNT), as occurrences() walks them; not Math.max(...): 130,000 exdates overflow the stack
  const lastDay = exdates.reduce((last, exdate) => Math.max(last, isIsoDate(exdate) ? parseDate(exdate) : Math.floor(dateTimeToEpoch(exdate) / DAY_MS) + 1), -Infinity);
  const indexOf = new Map<number, number>();
  for (const [day, index] of countedDays(series)) {
    if (index > 0 && day > lastDay) break;
    indexOf.set(day, index);
  }
  const withinUntil = untilDayOrEpoch(series);
  const problems: string[] = [];
  for (const exdate of exdates) {
    // as many as the console shows: 150,000 exdates that cancel nothing wrote 150,000 warnings
    if (problems.length >= max) break;
    const epoch = isIsoDate(exdate) ? undefined : dateTimeToEpoch(exdate);
    const day = epoch === undefined ? parseDate(exdate) : dayNumber(wallAt(epoch, timeZone));
    const index = indexOf.get(day);
    const occurrence = index === undefined ? undefined : occurrenceOn(series, day, index);
    const real = occurrence && (index === 0 || !withinUntil || withinUntil(occurrence, day)) ? occurrence : undefined;
    if (real && (series.allDay || epoch === undefined || real.start === epoch)) continue;
    const hint = real ? `; that day's occurrence starts at ${isoDateTimeIn(real.start, timeZone)}` : '';
    problems.push(`exdate ${exdate} is not an occurrence of the series, so it cancels nothing${hint}. Check the date and its UTC offset.`);
  }
  return problems;
}

/**
 * Is the series' start one of its rule's own days? RFC 5545 leaves an unsynchronised start
 * undefined; like calendar programs we show it as an extra first occurrence, and the list warns.
 */
export function startMatchesRule(series: Series): boolean {
  if (!series.rule) return true;
  const firstDay = dayNumber(series.startWall);
  for (const day of ruleDays(series.rule, firstDay)) {
    if (day >= firstDay) return day === firstDay;
  }
  return false;
}

/**
 * Every occurrence of the series in time order, from DTSTART (always the first, as in RFC 5545 and
 * ical.js), excluded ones included and marked. Unbounded series end at a far horizon.
 */
/**
 * The series' days (day numbers) with their index, as COUNT counts them: DTSTART's day first (index 0), then
 * the rule's days after it, until COUNT is reached. Whole numbers only (no zone arithmetic): what occurrences()
 * works out, what the exdate check looks up and what the .ics file's last year comes from.
 */
export function* countedDays(series: Series): Generator<[day: number, index: number]> {
  const firstDay = dayNumber(series.startWall);
  yield [firstDay, 0];
  const rule = series.rule;
  if (!rule) return;
  let index = 1;
  for (const day of ruleDays(rule, firstDay)) {
    if (day <= firstDay) continue;
    if (rule.count !== undefined && index >= rule.count) return;
    yield [day, index++];
  }
}

export function* occurrences(series: Series, endedBefore?: number): Generator<Occurrence> {
  const withinUntil = untilDayOrEpoch(series);
  // Days whose occurrence surely ended before `endedBefore` are counted (for COUNT) but not worked out: zone
  // arithmetic for every past day made a daily series begun in 1900 cost the list 0.8 s a render. Two days'
  // margin covers any zone's offset.
  const spanDays = series.allDay ? series.length + 1 : Math.ceil(series.length / DAY_MS) + 1;
  const skipBefore = endedBefore === undefined ? -Infinity : Math.floor(endedBefore / DAY_MS) - 2 - spanDays;
  const byUntil = untilDay(series);
  const lastDay = byUntil ? dayNumber(byUntil) : Infinity;
  for (const [day, index] of countedDays(series)) {
    // DTSTART always comes first (as in RFC 5545 and ical.js), whatever the rule and the UNTIL
    if (index === 0) {
      yield occurrenceOn(series, day, 0);
      continue;
    }
    if (day < skipBefore) {
      // a series whose UNTIL has passed ends here, without walking on to today
      if (day > lastDay) return;
      continue;
    }
    const occurrence = occurrenceOn(series, day, index);
    if (withinUntil && !withinUntil(occurrence, day)) return;
    yield occurrence;
  }
}

/**
 * The last day a series can have by its UNTIL (in the event's zone), for describing it: the UNTIL's day,
 * or the day before when the series' time of day is later than the UNTIL's on that day (07:30 series,
 * UNTIL 1 June 00:00: the last occurrence is on 31 May).
 */
export function untilDay(series: Series): Wall | undefined {
  const until = series.rule?.until;
  if (!until) return undefined;
  if (until.date) return dayToWall(until.day);
  const wall = until.utc ? wallAt(wallToNaive(until.wall), series.timeZone) : until.wall;
  if (series.allDay) return wall;
  const { hh, mi, ss } = series.startWall;
  const startsLater = hh * 3600 + mi * 60 + ss > wall.hh * 3600 + wall.mi * 60 + wall.ss;
  return startsLater ? dayToWall(dayNumber(wall) - 1) : wall;
}

/** Has this occurrence not ended yet (a zero-length one counts while it is now or later)? */
function isUpcoming(occurrence: Occurrence, now: number): boolean {
  return occurrence.end > now || (occurrence.start === occurrence.end && occurrence.start >= now);
}

function* upcomingGenerator(series: Series, now: number): Generator<Occurrence> {
  for (const occurrence of occurrences(series, now)) if (isUpcoming(occurrence, now)) yield occurrence;
}

/** Up to `max` occurrences of the series that have not ended at `now`. */
export function upcomingOf(series: Series, now: number, max: number): Occurrence[] {
  const found: Occurrence[] = [];
  if (max <= 0) return found;
  for (const occurrence of upcomingGenerator(series, now)) {
    found.push(occurrence);
    if (found.length >= max) break;
  }
  return found;
}

/** Swedish order for titles that start together, whatever the visitor's browser language (then the id). */
const titleOrder = new Intl.Collator('sv');

export function byTime(a: Occurrence, b: Occurrence): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    titleOrder.compare(a.event.title, b.event.title) ||
    (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0)
  );
}

/**
 * The next `limit` occurrences of all `series` together, in time order (ties: title). A lazy merge:
 * each series is expanded only as far as the list reaches, not `limit` occurrences each (an
 * open-ended monthly series would otherwise run a thousand months ahead for a 1,000-item list).
 * `firsts`, when given, receives the next occurrence of every series that has one.
 */
export function upcoming(series: readonly Series[], now: number, limit: number, firsts?: Occurrence[]): Occurrence[] {
  const heads: Array<{ next: Occurrence; rest: Generator<Occurrence> }> = [];
  for (const s of series) {
    const rest = upcomingGenerator(s, now);
    const first = rest.next();
    if (!first.done) {
      heads.push({ next: first.value, rest });
      firsts?.push(first.value);
    }
  }
  const result: Occurrence[] = [];
  while (result.length < limit && heads.length) {
    let earliest = 0;
    for (let i = 1; i < heads.length; i++) if (byTime(heads[i].next, heads[earliest].next) < 0) earliest = i;
    const head = heads[earliest];
    result.push(head.next);
    const following = head.rest.next();
    if (following.done) heads.splice(earliest, 1);
    else head.next = following.value;
  }
  return result;
}

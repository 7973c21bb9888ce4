/** Dates, times and series in words, Swedish first, through Intl (no date library). */
import type { Lang } from '../internal/lang.js';
import { untilDay, weekdayOf, type ByDay, type Occurrence, type Rule, type Series } from './recurrence.js';
import { listStrings, ruleWords } from './strings.js';
import { DAY_MS, dayNumber, dayToWall, wallAt, wallToEpoch, wallToNaive, type Wall } from './zone.js';

export function locale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'sv-SE';
}

const DAY = { weekday: 'long', day: 'numeric', month: 'long' } as const;
const TIME = { hour: '2-digit', minute: '2-digit' } as const;
const DAY_TIME = { ...DAY, ...TIME } as const;
const MONTH_YEAR = { month: 'long', year: 'numeric' } as const;
const LONG_DATE = { day: 'numeric', month: 'long', year: 'numeric' } as const;

/**
 * Formatters are made once per options, language and zone: constructing one costs far more than
 * formatting. Keyed by the options object (one of the constants above), not by a string built on
 * every call: a list of a thousand occurrences asks for a few thousand formatters.
 */
const formatters = new Map<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();
function dtf(lang: Lang, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byZone = formatters.get(options);
  if (!byZone) formatters.set(options, (byZone = new Map()));
  const key = `${lang}|${timeZone}`;
  let formatter = byZone.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale(lang), { ...options, timeZone });
    byZone.set(key, formatter);
  }
  return formatter;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** "januari 2027" / "January 2027" */
/** "Januari 2027": a heading starts with a capital, in Swedish too (where month names are lower case). */
export function monthHeading(year: number, month: number, lang: Lang): string {
  const text = dtf(lang, 'UTC', MONTH_YEAR).format(Date.UTC(year, month - 1, 15));
  return text.charAt(0).toLocaleUpperCase(locale(lang)) + text.slice(1);
}

/** "7 januari 2027" */
export function longDate(w: Pick<Wall, 'y' | 'm' | 'd'>, lang: Lang): string {
  return dtf(lang, 'UTC', LONG_DATE).format(Date.UTC(w.y, w.m - 1, w.d));
}

export interface When {
  /** "torsdag 7 januari" or a range of days */
  date: string;
  /** "07:30–09:00", "Heldag", "3 dagar"; absent when `date` already holds the times */
  time?: string;
}

/** When an occurrence happens, in its own zone, the way a person would say it. */
/**
 * `formatRange`, with the day of the month unpadded: ICU's Swedish pattern for a range across a new
 * year writes "söndag 02 januari 2028", where Swedish (and every other date the list shows) has "2".
 */
function range(format: Intl.DateTimeFormat, start: number, end: number): string {
  const parts = format.formatRangeToParts(start, end);
  return parts
    .map((part, i) => {
      if (part.type === 'day') return String(Number(part.value));
      // across a year end ICU writes "30 december 2027–2 januari 2028" and, in English, "Thursday, 30 …":
      // the same spaced dash and no weekday comma as every other range in the list
      if (part.type === 'literal' && part.source === 'shared' && /^\s*[–-]\s*$/.test(part.value)) return ' – ';
      if (part.type === 'literal' && parts[i - 1]?.type === 'weekday' && part.value === ', ') return ' ';
      return part.value;
    })
    .join('');
}

/** Whole days from the day of `s` to the day of `last` (inclusive): "Heldag", or a range and "3 dagar". */
function wholeDays(s: Wall, last: Pick<Wall, 'y' | 'm' | 'd'>, lang: Lang): When {
  const t = listStrings[lang];
  const first = Date.UTC(s.y, s.m - 1, s.d);
  const days = dayNumber(last) - dayNumber(s) + 1;
  if (days <= 1) return { date: dtf(lang, 'UTC', DAY).format(first), time: t.allDay };
  return { date: range(dtf(lang, 'UTC', DAY), first, Date.UTC(last.y, last.m - 1, last.d)), time: t.days(days) };
}

const atMidnight = (w: Wall) => w.hh === 0 && w.mi === 0 && w.ss === 0;

export function describeWhen(occurrence: Occurrence, lang: Lang): When {
  const { startWall: s, endWall: e, timeZone } = occurrence;
  if (occurrence.allDay) return wholeDays(s, e, lang);
  // no end in the feed: its start only (the hour the calendar files assume is not a fact to show visitors)
  if (!occurrence.event.end) return { date: dtf(lang, timeZone, DAY).format(occurrence.start), time: dtf(lang, timeZone, TIME).format(occurrence.start) };
  const sameDay = s.y === e.y && s.m === e.m && s.d === e.d;
  // midnight to midnight is whole days, as a feed writes a full day with times ("00:00–00:00" said nothing)
  if (!sameDay && atMidnight(s) && atMidnight(e)) return wholeDays(s, dayToWall(dayNumber(e) - 1), lang);
  if (sameDay || (occurrence.end - occurrence.start <= DAY_MS && e.hh === 0 && e.mi === 0 && wallToNaive(e) - wallToNaive(s) <= DAY_MS)) {
    const date = dtf(lang, timeZone, DAY).format(occurrence.start);
    const times = dtf(lang, timeZone, TIME);
    // ending at midnight is another day to formatRange, which then adds both dates: "20:00–00:00" here
    const time =
      occurrence.end <= occurrence.start
        ? times.format(occurrence.start)
        : sameDay
          ? times.formatRange(occurrence.start, occurrence.end)
          : `${times.format(occurrence.start)}–${times.format(occurrence.end)}`;
    return { date, time };
  }
  return { date: range(dtf(lang, timeZone, DAY_TIME), occurrence.start, occurrence.end) };
}

/** The visitor's own zone, as the browser reports it. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

/** Whether two zone names tell the same time now and in six months (aliases such as Europe/Stockholm and CET… ). */
export type Relative = 'now' | 'today' | 'tomorrow';

/**
 * Where an occurrence stands from `now`, in its own zone: going on ("Pågår nu"), today or tomorrow ("I dag",
 * "I morgon"), or undefined (later: its date says it). A visitor at 08:00 read the 07:30 breakfast as to come.
 */
export function relativeDay(occurrence: Occurrence, now: number): Relative | undefined {
  const today = dayNumber(wallAt(now, occurrence.timeZone));
  const first = dayNumber(occurrence.startWall);
  const going = occurrence.status !== 'cancelled' && occurrence.status !== 'postponed';
  if (going && occurrence.start <= now && now < occurrence.end && !(occurrence.allDay && first === today && dayNumber(occurrence.endWall) === today)) return 'now';
  if (first === today) return 'today';
  return first === today + 1 ? 'tomorrow' : undefined;
}

/** When relativeDay's answer for some of `occurrences` (in time order) changes next: a start, or a midnight in their zones. */
export function nextRelativeChange(occurrences: readonly Occurrence[], now: number): number {
  let next = Infinity;
  for (const o of occurrences) {
    // later ones are neither today nor tomorrow yet: look again when the first of them is three days away
    if (o.start - now > 3 * DAY_MS) {
      next = Math.min(next, o.start - 3 * DAY_MS);
      break;
    }
    if (o.start > now) next = Math.min(next, o.start);
    const today = dayNumber(wallAt(now, o.timeZone));
    // the midnight after which it is today or tomorrow (two days ahead at most)
    if (dayNumber(o.startWall) - today <= 2) next = Math.min(next, wallToEpoch(dayToWall(today + 1), o.timeZone));
  }
  return next;
}

export function sameZone(a: string, b: string, now: number): boolean {
  if (a === b) return true;
  try {
    return [0, 91, 182, 273].every((d) => {
      const at = now + d * DAY_MS;
      return wallToNaive(wallAt(at, a)) === wallToNaive(wallAt(at, b));
    });
  } catch {
    return false;
  }
}

/** A rule as it will be described: equivalent forms made one (see `shapeOf`); months sorted, unique. */
interface Shape {
  freq: Rule['freq'];
  interval: number;
  byDay?: ByDay[];
  byMonthDay?: number[];
  /** undefined: every month */
  months?: number[];
}

/** Month days in calendar order: 1, 15, then counted from the end (-2 before -1). */
function byPosition(a: number, b: number): number {
  return a > 0 === b > 0 ? a - b : a > 0 ? -1 : 1;
}

/**
 * The rule in the simplest of its equivalent forms, so that each is described one way: DAILY with
 * BYDAY is WEEKLY on those days, DAILY with BYMONTHDAY is MONTHLY on those days, MONTHLY on plain
 * weekdays is WEEKLY, MONTHLY in a few months is YEARLY in them, YEARLY in 10–12 months is MONTHLY
 * (then said as "utom juli"). Undefined when no plain words say exactly which days it gives.
 */
function shapeOf(rule: Rule): Shape | undefined {
  let { freq } = rule;
  const { interval } = rule;
  const byDay = rule.byDay && [...new Map(rule.byDay.map((b) => [`${b.ordinal}:${b.weekday}`, b])).values()];
  const byMonthDay = rule.byMonthDay && [...new Set(rule.byMonthDay)].sort(byPosition);
  let months = rule.byMonth && [...new Set(rule.byMonth)].sort((a, b) => a - b);
  if (byDay && byMonthDay) return undefined; // the days that are both (Friday the 13th): not worth the words
  if (byDay && byDay.some((b) => b.ordinal === undefined) && byDay.some((b) => b.ordinal !== undefined)) return undefined;
  if (freq === 'DAILY' && (byDay || byMonthDay)) {
    // every other day that is a Monday: no plain words for that
    if (interval > 1) return undefined;
    freq = byMonthDay ? 'MONTHLY' : 'WEEKLY';
  }
  if (freq === 'YEARLY' && interval === 1 && months && months.length >= 10) freq = 'MONTHLY';
  if (freq !== 'YEARLY' && months?.length === 12) months = undefined;
  if (freq === 'MONTHLY' && interval === 1 && byDay?.every((b) => b.ordinal === undefined)) freq = 'WEEKLY';
  if (freq === 'MONTHLY' && interval === 1 && months && months.length < 10) freq = 'YEARLY';
  return { freq, interval, byDay, byMonthDay, months };
}

const MONTH = { month: 'long' } as const;
function monthName(m: number, lang: Lang): string {
  return dtf(lang, 'UTC', MONTH).format(Date.UTC(2000, m - 1, 15));
}

function list(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'och'} ${items[items.length - 1]}`;
}

function weekdaysOf(byDay: ByDay[]): number[] {
  return [...new Set(byDay.map((b) => b.weekday))].sort((a, b) => a - b);
}

const isWorkWeek = (days: number[]) => days.length === 5 && days.every((d, i) => d === i);

/** Weekday ordinals in calendar order, grouped by weekday in the feed's order. */
function ordinalGroups(byDay: ByDay[]): Array<[weekday: number, ordinals: number[]]> {
  const groups = new Map<number, number[]>();
  for (const { weekday, ordinal } of byDay) {
    if (!groups.has(weekday)) groups.set(weekday, []);
    groups.get(weekday)!.push(ordinal!);
  }
  return [...groups].map(([weekday, ordinals]) => [weekday, ordinals.sort(byPosition)]);
}

/** " utom juli" when one or two months are left out, " i juni, juli och augusti" otherwise. */
function monthFilter(months: number[] | undefined, lang: Lang): string {
  if (!months) return '';
  const en = lang === 'en';
  if (months.length >= 10) {
    const left = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => !months.includes(m));
    return ` ${en ? 'except' : 'utom'} ${list(left.map((m) => monthName(m, lang)), lang)}`;
  }
  return ` ${en ? 'in' : 'i'} ${list(months.map((m) => monthName(m, lang)), lang)}`;
}

// ---------------------------------------------------------------------------------------------------
// Swedish

/** "varje vecka", "varannan vecka", "var tredje vecka", "vartannat år", "vart 14:e år" */
function svEvery(interval: number, noun: string): string {
  const neuter = noun === 'år';
  if (interval === 1) return `varje ${noun}`;
  if (interval === 2) return `${neuter ? 'vartannat' : 'varannan'} ${noun}`;
  return `${neuter ? 'vart' : 'var'} ${ruleWords.sv.ordinals[interval - 1] ?? svDayOrdinal(interval)} ${noun}`;
}

/** "varje torsdag", "varje vardag", "måndagar och onsdagar", "varannan torsdag", "varannan vecka, måndagar och onsdagar" */
function svWeekdays(days: number[], interval: number): string {
  const names = ruleWords.sv.weekdays;
  if (days.length === 1) return svEvery(interval, names[days[0]]);
  if (days.length === 7) return interval === 1 ? 'varje dag' : `varje dag ${svEvery(interval, 'vecka')}`;
  if (interval === 1 && isWorkWeek(days)) return 'varje vardag';
  const which = isWorkWeek(days) ? 'vardagar' : list(days.map((d) => `${names[d]}ar`), 'sv');
  return interval === 1 ? which : `${svEvery(interval, 'vecka')}, ${which}`;
}

/** 1 "första", -1 "sista", -2 "näst sista", -3 "tredje" (… från slutet) */
function svOrdinal(n: number): string {
  const w = ruleWords.sv;
  if (n === -1) return w.last;
  if (n === -2) return w.secondLast;
  return w.ordinals[Math.abs(n) - 1] ?? svDayOrdinal(Math.abs(n));
}

/** "första torsdagen", "tredje fredagen från slutet" */
function svOrdinalDay(n: number, noun: string): string {
  return `${svOrdinal(n)} ${noun}${n < -2 ? ' från slutet' : ''}`;
}

/** "första och tredje torsdagen", "första måndagen och sista fredagen" */
function svOrdinalWeekdays(byDay: ByDay[]): string {
  const groups = ordinalGroups(byDay);
  const names = ruleWords.sv.weekdays;
  if (groups.length === 1 && groups[0][1].every((n) => n >= -2)) {
    return `${list(groups[0][1].map(svOrdinal), 'sv')} ${names[groups[0][0]]}en`;
  }
  return list(
    groups.flatMap(([weekday, ordinals]) => ordinals.map((n) => svOrdinalDay(n, `${names[weekday]}en`))),
    'sv',
  );
}

/** "den 1:a och 15:e", "sista dagen", "näst sista och sista dagen", "den 1:a och sista dagen" */
function svMonthDays(days: number[]): string {
  if (days.every((d) => d > 0)) return `den ${list(days.map(svDayOrdinal), 'sv')}`;
  if (days.every((d) => d === -1 || d === -2)) return `${list(days.map(svOrdinal), 'sv')} dagen`;
  return list(
    days.map((d) => (d > 0 ? `den ${svDayOrdinal(d)}` : svOrdinalDay(d, 'dagen'))),
    'sv',
  );
}

function svPhrase(s: Shape): string | undefined {
  switch (s.freq) {
    case 'DAILY':
      return svEvery(s.interval, 'dag') + monthFilter(s.months, 'sv');
    case 'WEEKLY':
      return (s.byDay ? svWeekdays(weekdaysOf(s.byDay), s.interval) : svEvery(s.interval, 'vecka')) + monthFilter(s.months, 'sv');
    case 'MONTHLY': {
      const every = svEvery(s.interval, 'månad');
      let days = '';
      if (s.byDay) days = s.byDay[0].ordinal === undefined ? svWeekdays(weekdaysOf(s.byDay), 1) : svOrdinalWeekdays(s.byDay);
      else if (s.byMonthDay) days = svMonthDays(s.byMonthDay);
      return `${days ? `${days} ` : ''}${every}${monthFilter(s.months, 'sv')}`;
    }
    case 'YEARLY': {
      const every = svEvery(s.interval, 'år');
      if (!s.months) return every;
      const months = list(s.months.map((m) => monthName(m, 'sv')), 'sv');
      if (s.byMonthDay) {
        const dates = calendarDates(s.months, s.byMonthDay, 'sv');
        return dates ? `${every} den ${dates}` : `${svMonthDays(s.byMonthDay)} i ${months} ${every}`;
      }
      if (!s.byDay) return `${every} i ${months}`;
      if (s.byDay[0].ordinal === undefined) return `${svWeekdays(weekdaysOf(s.byDay), 1)} i ${months}, ${every}`;
      return `${svOrdinalWeekdays(s.byDay)} i ${months} ${every}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// English

/**
 * "every week", "every other week", "every 3 weeks"; `ordinal`: "every third month", "every 14th month", as
 * after "of" ("First Thursday of every third month", where "of every 3 months" reads wrongly).
 */
function enEvery(interval: number, unit: string, ordinal = false): string {
  if (interval === 1) return `every ${unit}`;
  if (interval === 2) return `every other ${unit}`;
  if (!ordinal) return `every ${interval} ${unit}s`;
  const word = ruleWords.en.ordinals[interval - 1];
  if (word) return `every ${word} ${unit}`;
  const suffix = interval % 100 >= 11 && interval % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][interval % 10] ?? 'th';
  return `every ${interval}${suffix} ${unit}`;
}

/** "every Thursday", "every weekday", "Mondays and Wednesdays", "every other Thursday", "every 3 weeks on Mondays and Wednesdays" */
function enWeekdays(days: number[], interval: number): string {
  const names = ruleWords.en.weekdays;
  if (days.length === 7) return interval === 1 ? 'every day' : `every day of ${enEvery(interval, 'week')}`;
  if (interval === 1 && isWorkWeek(days)) return 'every weekday';
  if (days.length === 1 && interval <= 2) return enEvery(interval, names[days[0]]);
  const which = isWorkWeek(days) ? 'weekdays' : list(days.map((d) => `${names[d]}s`), 'en');
  return interval === 1 ? which : `${enEvery(interval, 'week')} on ${which}`;
}

/** 1 "first", -1 "last", -2 "second to last", -3 "third to last" */
function enOrdinal(n: number): string {
  const w = ruleWords.en;
  if (n === -1) return w.last;
  if (n === -2) return w.secondLast;
  const word = w.ordinals[Math.abs(n) - 1] ?? enDayOrdinal(Math.abs(n));
  return n > 0 ? word : `${word} to last`;
}

/** "first and third Thursday", "first Monday and last Friday" */
function enOrdinalWeekdays(byDay: ByDay[]): string {
  const groups = ordinalGroups(byDay);
  const names = ruleWords.en.weekdays;
  if (groups.length === 1) return `${list(groups[0][1].map(enOrdinal), 'en')} ${names[groups[0][0]]}`;
  return list(
    groups.flatMap(([weekday, ordinals]) => ordinals.map((n) => `${enOrdinal(n)} ${names[weekday]}`)),
    'en',
  );
}

/** "the 1st and 15th", "the last day", "the 1st and the last day" */
function enMonthDays(days: number[]): string {
  if (days.every((d) => d > 0)) return `the ${list(days.map(enDayOrdinal), 'en')}`;
  if (days.every((d) => d < 0)) return `the ${list(days.map(enOrdinal), 'en')} day`;
  return list(
    days.map((d) => (d > 0 ? `the ${enDayOrdinal(d)}` : `the ${enOrdinal(d)} day`)),
    'en',
  );
}

function enPhrase(s: Shape): string | undefined {
  switch (s.freq) {
    case 'DAILY':
      return enEvery(s.interval, 'day') + monthFilter(s.months, 'en');
    case 'WEEKLY':
      return (s.byDay ? enWeekdays(weekdaysOf(s.byDay), s.interval) : enEvery(s.interval, 'week')) + monthFilter(s.months, 'en');
    case 'MONTHLY': {
      let days = '';
      if (s.byDay) days = s.byDay[0].ordinal === undefined ? enWeekdays(weekdaysOf(s.byDay), 1) : enOrdinalWeekdays(s.byDay);
      else if (s.byMonthDay) days = enMonthDays(s.byMonthDay);
      return `${days ? `${days} of ` : ''}${enEvery(s.interval, 'month', Boolean(days))}${monthFilter(s.months, 'en')}`;
    }
    case 'YEARLY': {
      const every = enEvery(s.interval, 'year');
      if (!s.months) return every;
      const months = list(s.months.map((m) => monthName(m, 'en')), 'en');
      if (s.byMonthDay) {
        const dates = calendarDates(s.months, s.byMonthDay, 'en');
        return `${every} on ${dates ?? `${enMonthDays(s.byMonthDay)} of ${months}`}`;
      }
      if (!s.byDay) return `${every} in ${months}`;
      if (s.byDay[0].ordinal === undefined) return `${enWeekdays(weekdaysOf(s.byDay), 1)} in ${months}, ${every}`;
      return `${every} on the ${enOrdinalWeekdays(s.byDay)} of ${months}`;
    }
  }
}

/**
 * Days of the month counted from the start, said as dates: "4 maj", "1 och 15 maj", "4 maj och 4
 * september" ("4 May"…). Undefined for several days in several months, or days from the end.
 */
function calendarDates(months: number[], days: number[], lang: Lang): string | undefined {
  if (!days.every((d) => d > 0)) return undefined;
  if (months.length === 1) return `${list(days.map(String), lang)} ${monthName(months[0], lang)}`;
  if (days.length === 1) return list(months.map((m) => `${days[0]} ${monthName(m, lang)}`), lang);
  return undefined;
}

function svDayOrdinal(d: number): string {
  const last = d % 10;
  const suffix = (last === 1 || last === 2) && d % 100 !== 11 && d % 100 !== 12 ? 'a' : 'e';
  return `${d}:${suffix}`;
}

function enDayOrdinal(d: number): string {
  const suffix = d % 100 >= 11 && d % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][d % 10] ?? 'th');
  return `${d}${suffix}`;
}

/**
 * A series in words: "Första torsdagen varje månad" / "First Thursday of every month", "Varje
 * vardag", "Första och tredje torsdagen varje månad", "Varje år den 4 maj", "Varannan vecka",
 * "Första torsdagen varje månad utom juli", with ", 6 gånger" or ", till och med 31 december 2027".
 *
 * '' when the rule's days cannot be said exactly in plain words (a BYDAY and BYMONTHDAY that must
 * both hold, every other day that is a Monday…): the list then shows no series line rather than a
 * wrong one; the dates it lists are right either way.
 */
/**
 * A series' rule in words, with the days its start implies (RFC 5545: a plain `FREQ=YEARLY` repeats on the
 * start's date, `WEEKLY` on its weekday, `MONTHLY` on its day of the month): "Varje år den 4 maj", not
 * "Varje år"; "Varje torsdag", not "Varje vecka". Ends with its COUNT or the last day its UNTIL allows.
 */
export function describeSeries(series: Series, lang: Lang): string {
  const rule = series.rule;
  if (!rule) return '';
  const start = series.startWall;
  let implied = rule;
  if (!rule.byDay && !rule.byMonthDay) {
    if (rule.freq === 'WEEKLY') implied = { ...rule, byDay: [{ weekday: weekdayOf(dayNumber(start)) }] };
    else if (rule.freq === 'MONTHLY') implied = { ...rule, byMonthDay: [start.d] };
    else if (rule.freq === 'YEARLY') implied = { ...rule, byMonth: rule.byMonth ?? [start.m], byMonthDay: [start.d] };
  }
  return describeRule(implied, lang, untilDay(series));
}

export function describeRule(rule: Rule, lang: Lang, lastDay?: Wall): string {
  const shape = shapeOf(rule);
  let phrase = shape && (lang === 'en' ? enPhrase(shape) : svPhrase(shape));
  if (!phrase) return '';
  const w = ruleWords[lang];
  if (rule.count !== undefined) phrase += `, ${w.times(rule.count)}`;
  else if (lastDay) phrase += `, ${w.until(longDate(lastDay, lang))}`;
  return capitalise(phrase);
}

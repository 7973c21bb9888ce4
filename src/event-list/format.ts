/** Dates, times and series in words, Swedish first, through Intl (no date library). */
import type { Lang } from '../internal/lang.js';
import type { Occurrence, Rule } from './recurrence.js';
import { listStrings, ruleWords } from './strings.js';
import { DAY_MS, dayNumber, wallAt, wallToNaive, type Wall } from './zone.js';

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
export function monthHeading(year: number, month: number, lang: Lang): string {
  return dtf(lang, 'UTC', MONTH_YEAR).format(Date.UTC(year, month - 1, 15));
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
export function describeWhen(occurrence: Occurrence, lang: Lang): When {
  const t = listStrings[lang];
  const { startWall: s, endWall: e, timeZone } = occurrence;
  if (occurrence.allDay) {
    const first = Date.UTC(s.y, s.m - 1, s.d);
    const days = dayNumber(e) - dayNumber(s) + 1;
    if (days <= 1) return { date: dtf(lang, 'UTC', DAY).format(first), time: t.allDay };
    return { date: dtf(lang, 'UTC', DAY).formatRange(first, Date.UTC(e.y, e.m - 1, e.d)), time: t.days(days) };
  }
  const sameDay = s.y === e.y && s.m === e.m && s.d === e.d;
  if (sameDay || (occurrence.end - occurrence.start <= DAY_MS && e.hh === 0 && e.mi === 0 && wallToNaive(e) - wallToNaive(s) <= DAY_MS)) {
    const date = dtf(lang, timeZone, DAY).format(occurrence.start);
    const time =
      occurrence.end > occurrence.start
        ? dtf(lang, timeZone, TIME).formatRange(occurrence.start, occurrence.end)
        : dtf(lang, timeZone, TIME).format(occurrence.start);
    return { date, time };
  }
  return { date: dtf(lang, timeZone, DAY_TIME).formatRange(occurrence.start, occurrence.end) };
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

function ordinalWord(n: number, lang: Lang): string {
  const w = ruleWords[lang];
  if (n === -1) return w.last;
  if (n === -2) return w.secondLast;
  return w.ordinals[n - 1] ?? `${n}.`;
}

function svEvery(interval: number, one: string, other: string, common: 'en' | 'ett'): string {
  if (interval === 1) return `varje ${one}`;
  if (interval === 2) return `var${common === 'ett' ? 'tannat' : 'annan'} ${one}`;
  return `var ${interval}:e ${other}`;
}

function enEvery(interval: number, unit: string): string {
  if (interval === 1) return `every ${unit}`;
  if (interval === 2) return `every other ${unit}`;
  return `every ${interval} ${unit}s`;
}

function list(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'och'} ${items[items.length - 1]}`;
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
 * vecka", "Den 15:e varje månad", with ", 6 gånger" or ", till och med 31 december 2027".
 */
export function describeRule(rule: Rule, lang: Lang, lastDay?: Wall): string {
  const w = ruleWords[lang];
  const en = lang === 'en';
  let phrase: string;
  switch (rule.freq) {
    case 'DAILY':
      phrase = en ? enEvery(rule.interval, 'day') : svEvery(rule.interval, 'dag', 'dag', 'en');
      break;
    case 'WEEKLY': {
      phrase = en ? enEvery(rule.interval, 'week') : svEvery(rule.interval, 'vecka', 'vecka', 'en');
      const days = rule.byDay?.map((b) => (en ? w.weekdays[b.weekday] : `${w.weekdays[b.weekday]}ar`));
      if (days && days.length) phrase += en ? ` on ${list(days, lang)}` : `, ${list(days, lang)}`;
      break;
    }
    case 'MONTHLY': {
      const every = en ? enEvery(rule.interval, 'month') : svEvery(rule.interval, 'månad', 'månad', 'en');
      const byDay = rule.byDay ?? [];
      if (byDay.length === 1 && byDay[0].ordinal !== undefined && !rule.byMonthDay) {
        const day = en ? w.weekdays[byDay[0].weekday] : `${w.weekdays[byDay[0].weekday]}en`;
        phrase = en ? `${ordinalWord(byDay[0].ordinal, lang)} ${day} of ${every}` : `${ordinalWord(byDay[0].ordinal, lang)} ${day} ${every}`;
      } else if (rule.byMonthDay?.length === 1 && !rule.byDay) {
        const d = rule.byMonthDay[0];
        if (d === -1) phrase = en ? `last day of ${every}` : `sista dagen ${every}`;
        else if (d > 0) phrase = en ? `the ${enDayOrdinal(d)} of ${every}` : `den ${svDayOrdinal(d)} ${every}`;
        else phrase = every;
      } else phrase = every;
      break;
    }
    case 'YEARLY':
      phrase = en ? enEvery(rule.interval, 'year') : svEvery(rule.interval, 'år', 'år', 'ett');
      break;
  }
  if (rule.count !== undefined) phrase += en ? `, ${rule.count} times` : `, ${rule.count} gånger`;
  else if (lastDay) phrase += en ? `, until ${longDate(lastDay, lang)}` : `, till och med ${longDate(lastDay, lang)}`;
  return capitalise(phrase);
}

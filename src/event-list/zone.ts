/**
 * Wall-clock time in an IANA time zone, with nothing but Intl: the offset at an instant, the
 * instant of a wall-clock time, and the zone's transitions (for VTIMEZONE). No date library.
 */

/** A wall-clock date and time; `m` is 1–12. */
export interface Wall {
  y: number;
  m: number;
  d: number;
  hh: number;
  mi: number;
  ss: number;
}

export const DAY_MS = 86_400_000;
export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time in `timeZone` at the instant `epoch` (ms). */
export function wallAt(epoch: number, timeZone: string): Wall {
  const wall: Wall = { y: 0, m: 0, d: 0, hh: 0, mi: 0, ss: 0 };
  let bc = false;
  for (const part of partsFormatter(timeZone).formatToParts(epoch)) {
    const n = Number(part.value);
    if (part.type === 'year') wall.y = n;
    else if (part.type === 'month') wall.m = n;
    else if (part.type === 'day') wall.d = n;
    else if (part.type === 'hour') wall.hh = n % 24;
    else if (part.type === 'minute') wall.mi = n;
    else if (part.type === 'second') wall.ss = n;
    else if (part.type === 'era') bc = part.value.startsWith('B');
  }
  if (bc) wall.y = 1 - wall.y;
  return wall;
}

/** The wall-clock time read as if it were UTC: handy for arithmetic on wall-clock times. */
export function wallToNaive(w: Wall): number {
  return Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mi, w.ss);
}

export function naiveToWall(naive: number): Wall {
  const date = new Date(naive);
  return {
    y: date.getUTCFullYear(),
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
    hh: date.getUTCHours(),
    mi: date.getUTCMinutes(),
    ss: date.getUTCSeconds(),
  };
}

/** The zone's offset from UTC at `epoch`, in ms (Stockholm in winter: 3 600 000). */
export function offsetAt(epoch: number, timeZone: string): number {
  const whole = Math.floor(epoch / 1000) * 1000;
  return wallToNaive(wallAt(whole, timeZone)) - whole;
}

/**
 * The instant a wall-clock time happens in `timeZone`. A time that happens twice (the autumn
 * change) is the first; a time that does not exist (the spring gap) is read with the offset before
 * the gap, as RFC 5545 (3.3.5) says, so 02:30 on the spring-forward night becomes 03:30.
 */
export function wallToEpoch(w: Wall, timeZone: string): number {
  const naive = wallToNaive(w);
  // a zone's offset changes at most once within a day either side: these are all it can be
  const before = offsetAt(naive - DAY_MS, timeZone);
  const at = offsetAt(naive, timeZone);
  const after = offsetAt(naive + DAY_MS, timeZone);
  // one offset (nearly every call): the result below would be naive - at whether or not it checks out
  if (before === at && at === after) return naive - at;
  const offsets = [...new Set([before, at, after])];
  const valid = offsets.map((o) => naive - o).filter((t) => offsetAt(t, timeZone) === naive - t);
  if (valid.length) return Math.min(...valid);
  return naive - Math.min(...offsets);
}

/** Today's date in `timeZone`, as a day number (days since 1970-01-01). */
export function dayNumber(w: Pick<Wall, 'y' | 'm' | 'd'>): number {
  return Date.UTC(w.y, w.m - 1, w.d) / DAY_MS;
}

export function dayToWall(day: number, hh = 0, mi = 0, ss = 0): Wall {
  return { ...naiveToWall(day * DAY_MS), hh, mi, ss };
}

/** `+01:00`, `-05:00`, `Z` is never used here: ISO strings with an explicit offset read best. */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `2027-01-07` */
export function isoDate(w: Pick<Wall, 'y' | 'm' | 'd'>): string {
  return `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)}`;
}

/** `2027-01-07T07:30:00+01:00`: the instant, written in the zone's wall-clock time. */
export function isoDateTimeIn(epoch: number, timeZone: string): string {
  // one Intl call for both: the wall time (whole seconds) and offsetAt's reading of it
  const whole = Math.floor(epoch / 1000) * 1000;
  const w = wallAt(whole, timeZone);
  return `${isoDate(w)}T${pad(w.hh)}:${pad(w.mi)}:${pad(w.ss)}${formatOffset(wallToNaive(w) - whole)}`;
}

export interface Transition {
  /** the instant the offset changes */
  epoch: number;
  from: number;
  to: number;
}

/** Every offset change in `timeZone` from the start of `fromYear` to the end of `toYear`. */
export function transitions(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const found: Transition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let t = Date.UTC(fromYear, 0, 1);
  let offset = offsetAt(t, timeZone);
  // Zones change at most a few times a year and never twice within a day: step a day, then bisect.
  while (t < end) {
    const next = t + DAY_MS;
    const nextOffset = offsetAt(next, timeZone);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetAt(mid, timeZone) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ epoch: hi, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return found;
}

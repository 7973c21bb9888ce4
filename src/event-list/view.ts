import type { Lang } from '../internal/lang.js';
import type { EviEvent } from '../schemas/events.js';
import { monthHeading, sameZone } from './format.js';
import { byTime, upcoming, type Occurrence, type Series } from './recurrence.js';
import { DEFAULT_TIME_ZONE } from './zone.js';

export interface MonthGroup {
  key: string;
  heading: string;
  items: Occurrence[];
}

/** What the list shows for a loaded feed: a pure function of the series and the list's settings. */
export interface LoadedList {
  groups: MonthGroup[];
  shown: Occurrence[];
  series: Map<EviEvent, Series>;
  /** categories of the events with an upcoming occurrence, soonest first; the filter shows when there are two or more */
  categories: string[];
  /** the category the visitor chose, '' for all */
  chosen: string;
  /**
   * The zone the list's times are in unless an event says otherwise: the visitor's when a timed event shown is
   * in it, else Swedish time when one is, else the zone of most of them. Undefined when none is timed.
   */
  mainZone?: string;
  /** the note above the list: the main zone, when it is not the visitor's or other zones are shown too */
  zoneNote?: { zone: string; others: boolean };
}

export interface ListSettings {
  /** category ids from the `category` attribute; empty = all */
  categories: readonly string[];
  /** network ids from the `network` attribute; empty = all */
  networks: readonly string[];
  /** the visitor's choice in the category filter, '' = all */
  selectedCategory: string;
  now: number;
  limit: number;
  lang: Lang;
  visitorTimeZone: string;
}

export function buildList(all: readonly Series[], settings: ListSettings): LoadedList {
  const { categories, networks, now, limit, lang, visitorTimeZone } = settings;
  const wanted = all.filter(({ event }) => {
    if (categories.length && !(event.category && categories.includes(event.category))) return false;
    if (networks.length && !(event.networks ?? []).some((n) => networks.includes(n))) return false;
    return true;
  });
  const firsts: Occurrence[] = [];
  const unfiltered = upcoming(wanted, now, limit, firsts);
  // every category with an upcoming event, soonest first: also those beyond the first `limit` occurrences
  // (Vision Day in May is a choice in November, though ten breakfasts come before it)
  const shownCategories = [...new Set(firsts.sort(byTime).map((o) => o.event.category).filter((c): c is string => !!c))];
  const chosen = shownCategories.length > 1 && shownCategories.includes(settings.selectedCategory) ? settings.selectedCategory : '';
  const shown = chosen ? upcoming(wanted.filter((s) => s.event.category === chosen), now, limit) : unfiltered;

  const groups = new Map<string, MonthGroup>();
  for (const occurrence of shown) {
    const { y, m } = occurrence.startWall;
    const key = `${y}-${m}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, heading: monthHeading(y, m, lang), items: [] }));
    group.items.push(occurrence);
  }
  const counts = new Map<string, number>();
  for (const o of shown) if (!o.allDay) counts.set(o.timeZone, (counts.get(o.timeZone) ?? 0) + 1);
  // the visitor's own zone when an event is in it, else Swedish time when one is, else the most common
  const zones = [...counts.keys()];
  let mainZone =
    zones.find((zone) => zone === visitorTimeZone) ??
    zones.find((zone) => zone === DEFAULT_TIME_ZONE) ??
    zones.find((zone) => sameZone(zone, visitorTimeZone, now));
  if (!mainZone) for (const [zone, count] of counts) if (!mainZone || count > counts.get(mainZone)!) mainZone = zone;
  const others = counts.size > 1;
  return {
    groups: [...groups.values()],
    shown,
    series: new Map(wanted.map((s) => [s.event, s])),
    categories: shownCategories.length > 1 ? shownCategories : [],
    chosen,
    mainZone,
    // one Helsinki webinar among Stockholm breakfasts is labelled itself; the list's note is about the rest
    zoneNote: mainZone && (others || !sameZone(mainZone, visitorTimeZone, now)) ? { zone: mainZone, others } : undefined,
  };
}

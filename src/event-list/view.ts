import type { Lang } from '../internal/lang.js';
import type { EviEvent } from '../schemas/events.js';
import { monthHeading, sameZone } from './format.js';
import { byTime, upcoming, type Occurrence, type Series } from './recurrence.js';

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
  /** event zones that differ from the visitor's */
  foreignZones: string[];
  /** more than one zone among the timed events shown: each time says its zone */
  mixedZones: boolean;
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
  const zones = [...new Set(shown.filter((o) => !o.allDay).map((o) => o.timeZone))];
  return {
    groups: [...groups.values()],
    shown,
    series: new Map(wanted.map((s) => [s.event, s])),
    categories: shownCategories.length > 1 ? shownCategories : [],
    chosen,
    foreignZones: zones.filter((zone) => !sameZone(zone, visitorTimeZone, now)),
    mixedZones: zones.length > 1,
  };
}

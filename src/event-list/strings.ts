import type { Lang } from '../internal/lang.js';
import type { EventStatus } from '../schemas/events.js';

/** Built-in names of the contract's categories; any other id is shown as given. */
const categories = {
  sv: {
    frukostmote: 'Frukostmöte',
    seminarium: 'Seminarium',
    forelasning: 'Föreläsning',
    kompetensprogram: 'Kompetensprogram',
    natverkstraff: 'Nätverksträff',
    visionsdag: 'Visionsdag',
  },
  en: {
    frukostmote: 'Breakfast meeting',
    seminarium: 'Seminar',
    forelasning: 'Lecture',
    kompetensprogram: 'Competence programme',
    natverkstraff: 'Networking meeting',
    visionsdag: 'Vision Day',
  },
} satisfies Record<Lang, Record<string, string>>;

/**
 * The built-in name of a category, else the id as given. Own properties only: an id such as
 * "constructor" or "toString" (valid slugs) must not find Object.prototype's functions.
 */
export function categoryLabel(id: string, lang: Lang): string {
  const names: Record<string, string> = categories[lang];
  return Object.prototype.hasOwnProperty.call(names, id) ? names[id] : id;
}

/** The category ids of the contract's own list (frukostmote, seminarium…). */
export const CATEGORY_IDS: readonly string[] = Object.keys(categories.sv);

export function isKnownCategory(id: string): boolean {
  return CATEGORY_IDS.includes(id);
}

/** The Swedish names of cities that zones are named after, where Swedish has its own. */
const SV_CITIES: Record<string, string> = {
  Helsinki: 'Helsingfors', Copenhagen: 'Köpenhamn', Moscow: 'Moskva', Warsaw: 'Warszawa', Prague: 'Prag',
  Vienna: 'Wien', Rome: 'Rom', Lisbon: 'Lissabon', Brussels: 'Bryssel', Athens: 'Aten', Kyiv: 'Kiev',
  Belgrade: 'Belgrad', Bucharest: 'Bukarest',
};

/** A zone as people name it: its city ("America/New_York" → "New York"; in Swedish "Europe/Helsinki" → "Helsingfors"). */
function zoneCity(zone: string, lang: Lang = 'en'): string {
  // "Etc/GMT-1" is UTC+1: the POSIX sign is the other way round, so say it as people read it
  const etc = /^Etc\/GMT([+-])(\d+)$/.exec(zone);
  if (etc) return `UTC${etc[1] === '-' ? '+' : '−'}${etc[2]}`;
  const city = zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');
  return (lang === 'sv' && SV_CITIES[city]) || city;
}

export const listStrings = {
  sv: {
    listLabel: 'Kommande evenemang',
    empty: 'Inga kommande evenemang',
    status: { cancelled: 'Inställt', postponed: 'Uppskjutet', full: 'Fullbokat' } as Record<Exclude<EventStatus, 'scheduled'>, string>,
    allDay: 'Heldag',
    relative: { now: 'Pågår nu', today: 'I dag', tomorrow: 'I morgon' },
    days: (n: number) => `${n} dagar`,
    details: 'Detaljer',
    location: 'Plats',
    venueLink: 'Om platsen',
    organizer: 'Arrangör',
    cost: 'Kostnad',
    register: 'Anmälan',
    moreInfo: 'Mer information',
    addToCalendar: 'Lägg till i kalendern',
    icsOccurrence: 'Ladda ner kalenderfil (.ics)',
    icsSeries: 'Hela serien (.ics)',
    google: 'Google Kalender',
    outlookWork: 'Outlook (Microsoft 365)',
    outlook: 'Outlook.com',
    filterLegend: 'Visa kategori',
    allCategories: 'Alla',
    shown: (n: number) => `${n} evenemang visas`,
    /** `others`: some events are in other zones, each labelled with inZone */
    zoneNote: (zone: string, others = false) =>
      `${zone === 'Europe/Stockholm' ? 'Tiderna är svensk tid' : `Tiderna är lokal tid i ${zoneCity(zone, 'sv')}`}${others ? ', om inget annat anges.' : '.'}`,
    inZone: (zone: string) => `(tid i ${zoneCity(zone, 'sv')})`,
  },
  en: {
    listLabel: 'Upcoming events',
    empty: 'No upcoming events',
    status: { cancelled: 'Cancelled', postponed: 'Postponed', full: 'Fully booked' } as Record<Exclude<EventStatus, 'scheduled'>, string>,
    allDay: 'All day',
    relative: { now: 'Happening now', today: 'Today', tomorrow: 'Tomorrow' },
    days: (n: number) => `${n} days`,
    details: 'Details',
    location: 'Location',
    venueLink: 'About the venue',
    organizer: 'Organiser',
    cost: 'Cost',
    register: 'Register',
    moreInfo: 'More information',
    addToCalendar: 'Add to calendar',
    icsOccurrence: 'Download calendar file (.ics)',
    icsSeries: 'Whole series (.ics)',
    google: 'Google Calendar',
    outlookWork: 'Outlook (Microsoft 365)',
    outlook: 'Outlook.com',
    filterLegend: 'Show category',
    allCategories: 'All',
    shown: (n: number) => `${n} ${n === 1 ? 'event' : 'events'} shown`,
    zoneNote: (zone: string, others = false) =>
      `${zone === 'Europe/Stockholm' ? 'Times are Swedish time' : `Times are local time in ${zoneCity(zone)}`}${others ? ' unless stated otherwise.' : '.'}`,
    inZone: (zone: string) => `(${zoneCity(zone)} time)`,
  },
} satisfies Record<Lang, unknown>;

export type ListStrings = (typeof listStrings)['sv'];

/** Words for describing a series (format.ts describeRule puts them together). */
export const ruleWords = {
  sv: {
    weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
    /** ordinal weekdays (1–5) and intervals ("var tredje månad", up to 12) */
    ordinals: ['första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde', 'elfte', 'tolfte'],
    last: 'sista',
    secondLast: 'näst sista',
    times: (n: number) => (n === 1 ? 'en gång' : `${n} gånger`),
    until: (date: string) => `till och med ${date}`,
  },
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    /** ordinal weekdays (1–5) and intervals ("every third month", up to 12) */
    ordinals: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'],
    last: 'last',
    secondLast: 'second to last',
    times: (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`),
    until: (date: string) => `until ${date}`,
  },
} satisfies Record<Lang, unknown>;

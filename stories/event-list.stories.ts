/**
 * <evi-event-list>: every state a designer or webmaster meets. The feeds are static files in
 * stories/feeds/, served at /stories/feeds/… by Storybook (staticDirs) and by web-test-runner alike,
 * so nothing here touches the network.
 *
 * "Now" is fixed (the `now` property) so the stories look the same whatever day they are opened;
 * the feeds also run from December 2026 through 2028, so they stay upcoming in real time too.
 *
 * The render functions use nothing from Storybook: the story harness runs them in the tests too.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { absolute, AN_HOUR, awaitRequest, holdOpen, json } from './story-fetch.js';
import {
  commonArgTypes,
  darkBackground,
  expects,
  inNarrowColumn,
  onDarkPage,
  onPageFollowingOs,
  type StoryExpectations,
  FORCED_COLORS,
  VISITOR_DARK,
} from './story-helpers.js';
import { deepQuery, play, settledThen } from './story-settle.js';

const EVENTS_FEED = '/stories/feeds/events.json';

interface EventListArgs {
  src?: string;
  /** request timeout in ms (the `timeout` attribute); empty: 10 s */
  timeout?: number;
  limit?: number;
  category?: string;
  network?: string;
  lang?: 'sv' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  structuredData?: boolean;
  /** the `heading-level` extension: level of the month headings (events one below); empty: 2 */
  headingLevel?: number;
  /** ISO date-time the list counts "upcoming" from (the `now` property); empty: the real time */
  now?: string;
  /** the visitor's time zone (the `visitorTimeZone` property); empty: the browser's */
  visitorTimeZone?: string;
}

function renderList(args: EventListArgs): TemplateResult {
  return html`<evi-event-list
    src=${ifDefined(args.src || undefined)}
    timeout=${ifDefined(args.timeout)}
    limit=${ifDefined(args.limit)}
    category=${ifDefined(args.category || undefined)}
    network=${ifDefined(args.network || undefined)}
    lang=${ifDefined(args.lang)}
    theme=${ifDefined(args.theme)}
    ?structured-data=${args.structuredData}
    heading-level=${ifDefined(args.headingLevel)}
    .now=${args.now ? new Date(args.now) : undefined}
    .visitorTimeZone=${args.visitorTimeZone || undefined}
  ></evi-event-list>`;
}

const meta = {
  title: 'Widgets/Event list',
  component: 'evi-event-list',
  render: renderList,
  play,
  args: {
    src: EVENTS_FEED,
    limit: 10,
    category: '',
    network: '',
    lang: 'sv',
    theme: 'light',
    structuredData: false,
    now: '2026-12-01T08:00:00+01:00',
    visitorTimeZone: 'Europe/Stockholm',
  },
  argTypes: {
    src: { control: 'text', description: 'Events feed URL (feed-contract.md).' },
    limit: { control: { type: 'number', min: 1, max: 100 }, description: 'How many occurrences to show. Default 10.' },
    category: {
      control: 'text',
      description: 'Comma-separated category ids: frukostmote, seminarium, forelasning, kompetensprogram, natverkstraff, visionsdag, …',
    },
    network: { control: 'text', description: 'Comma-separated network ids, e.g. kanalnatet.' },
    ...commonArgTypes,
    structuredData: { control: 'boolean', description: 'The `structured-data` attribute: schema.org JSON-LD in the page head.' },
    headingLevel: {
      control: { type: 'number', min: 1, max: 6 },
      name: 'heading-level',
      description: "Extension: level of the month headings, to fit the page's outline (events one level below, at most 6). Default 2.",
    },
    now: {
      control: 'text',
      description: 'Story only (the `now` property): the moment "upcoming" counts from. Empty: the real time.',
      table: { category: 'Story' },
    },
    visitorTimeZone: {
      control: 'text',
      description: "Story only (the `visitorTimeZone` property): the visitor's zone. Empty: the browser's.",
      table: { category: 'Story' },
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          "En Väg In's calendar: the next occurrences of events and recurring series, under month headings, each with " +
          'details and add-to-calendar (.ics, Google, Outlook). Times are in the event\'s zone (Swedish time by default).',
      },
    },
  },
} satisfies Meta<EventListArgs>;

export default meta;
type Story = StoryObj<EventListArgs>;

/** What a loaded list shows and says: months with events, and the count in a polite status. */
const loaded = (extra: string[] = [], count: RegExp = /^\d+ evenemang visas$/): StoryExpectations => ({
  shows: ['.month h2', 'ol[part~=list] > li[part~=event]', ...extra],
  announces: { role: 'status', text: count },
});

export const Loaded: Story = {
  name: 'Loaded (recurring series)',
  parameters: expects(
    loaded(['li[part~=event] .series', 'fieldset[part~=filter]']),
    'The monthly breakfast (first Thursday, 07:30 all year round), the Kanalnätet afterwork (last Friday), a seminar, and a category filter.',
  ),
};

/** A feed of series with the schedules the list says in words (served by stories/story-fetch.ts). */
const SERIES_FEED = '/stories/feeds/events.json?story=series-words';
const seriesFeed = {
  version: 1,
  events: [
    {
      id: 'frukostmote',
      title: 'Frukostmöte för företagare',
      category: 'frukostmote',
      start: '2027-01-07T07:30:00+01:00',
      end: '2027-01-07T09:00:00+01:00',
      rrule: 'FREQ=MONTHLY;BYDAY=1TH;BYMONTH=1,2,3,4,5,6,8,9,10,11,12',
      location: { name: 'En Väg In', address: 'Parkgatan, Hallstahammar' },
    },
    {
      id: 'kanalnatet-lunch',
      title: 'Kanalnätet: lunchträff',
      category: 'natverkstraff',
      start: '2027-01-12T12:00:00+01:00',
      end: '2027-01-12T13:00:00+01:00',
      rrule: 'FREQ=MONTHLY;BYDAY=2TU,4TU',
    },
    {
      id: 'radgivning',
      title: 'Drop-in: rådgivning för nya företagare',
      start: '2027-01-13T15:00:00+01:00',
      end: '2027-01-13T17:00:00+01:00',
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
    },
    {
      id: 'hastforetagen',
      title: 'Hästföretagen i Strömsholm: medlemsträff',
      category: 'natverkstraff',
      start: '2027-01-15T18:00:00+01:00',
      end: '2027-01-15T20:00:00+01:00',
      rrule: 'FREQ=MONTHLY;BYDAY=-3FR',
    },
    {
      id: 'styrelse',
      title: 'Hallstahammar Promotion: öppet styrelsemöte',
      start: '2027-01-15T08:00:00+01:00',
      end: '2027-01-15T09:00:00+01:00',
      rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15;COUNT=4',
    },
    {
      id: 'visionsdag',
      title: 'Visionsdag',
      category: 'visionsdag',
      start: '2027-05-04',
      rrule: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4',
    },
  ],
};

export const SeriesInWords: Story = {
  name: 'Recurring series in words',
  args: { src: SERIES_FEED, limit: 12, now: '2027-03-20T08:00:00+01:00' },
  render: (args) => {
    awaitRequest(`GET ${absolute(args.src!)}`, json(seriesFeed, 200));
    return renderList(args);
  },
  parameters: expects(
    loaded(['li[part~=event] .series']),
    'How series are said: "Första torsdagen varje månad utom juli", "Andra och fjärde tisdagen varje månad", "Varannan onsdag", ' +
      '"Tredje fredagen från slutet varje månad", "Den 15:e var tredje månad, 4 gånger", "Varje år den 4 maj". A rule that no plain words ' +
      "say exactly gets no line. The story's feed is served by stories/story-fetch.ts.",
  ),
};

/** Events around a first Thursday morning (served by stories/story-fetch.ts): one going on, one tonight, one tomorrow. */
const TODAY_FEED = '/stories/feeds/events.json?story=today';
const todayFeed = {
  version: 1,
  events: [
    { id: 'frukost', title: 'Frukostmöte för företagare', category: 'frukostmote', start: '2026-12-03T07:30:00+01:00', end: '2026-12-03T09:00:00+01:00' },
    { id: 'forelasning', title: 'Föreläsning: ledarskap i små företag', category: 'forelasning', start: '2026-12-03T18:00:00+01:00', end: '2026-12-03T20:00:00+01:00' },
    { id: 'seminarium', title: 'Seminarium: export', category: 'seminarium', start: '2026-12-04T13:00:00+01:00', end: '2026-12-04T15:00:00+01:00' },
    { id: 'kurs', title: 'Kompetensprogram: marknadsföring', category: 'kompetensprogram', start: '2026-12-09T09:00:00+01:00', end: '2026-12-09T16:00:00+01:00' },
  ],
};

export const Today: Story = {
  name: 'Today, tomorrow, happening now',
  args: { src: TODAY_FEED, now: '2026-12-03T08:00:00+01:00' },
  render: (args) => {
    awaitRequest(`GET ${absolute(args.src!)}`, json(todayFeed, 200));
    return renderList(args);
  },
  parameters: expects(
    loaded(['li[part~=event] .when .relative']),
    'At 08:00 on a first Thursday: the breakfast says "Pågår nu", the evening lecture "I dag", the seminar "I morgon" ' +
      '(in the events\' own zone; on a page left open the words change when an event starts and at midnight; not on paper).',
  ),
};

export const Cancelled: Story = {
  args: { category: 'forelasning,frukostmote', now: '2027-01-15T08:00:00+01:00', limit: 8 },
  parameters: expects(
    loaded(['li[part~=event][data-status=cancelled] .event-status']),'A cancelled lecture, and the July breakfast cancelled through `exdates`: shown, marked "Inställt".'),
};

export const Full: Story = {
  name: 'Fully booked',
  args: { category: 'seminarium,kompetensprogram' },
  parameters: expects(
    loaded(['li[part~=event][data-status=full]', 'li[part~=event][data-status=postponed]']),
    'A fully booked seminar (no sign-up link) and a postponed programme.',
  ),
};

export const AllDay: Story = {
  name: 'All-day and multi-day',
  args: { category: 'visionsdag,kompetensprogram', limit: 10 },
  parameters: expects(
    loaded(['li[part~=event] .when time:not([datetime*="T"])']),
    'Events that last all day (Vision Day: "Heldag"), or several days (the competence programme): dates without times.',
  ),
};

export const DetailsOpen: Story = {
  name: 'Details open (add to calendar)',
  parameters: {
    ...expects(
      loaded(['.details:not([hidden]) .description', '.details:not([hidden]) .calendar[role=group] button[data-ics]']),
      'The monthly breakfast opened with "Detaljer": its description, place, organiser and cost, and "Lägg till i kalendern": ' +
        'a .ics file for this occurrence or the whole series, Google Kalender, Outlook for Microsoft 365 and Outlook.com.',
    ),
    settle: settledThen((root) => deepQuery<HTMLButtonElement>(root, 'li[part~=event] button.toggle')!.click()),
  },
};

export const LongList: Story = {
  args: { limit: 50 },
  parameters: expects(loaded([], /^50 evenemang visas$/), 'Fifty occurrences over two years, through both daylight-saving changes.'),
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: expects({ ...loaded(['.root[lang=en] ol[part~=list]']), announces: { role: 'status', text: /^\d+ events? shown$/ } }),
};

export const OtherTimeZone: Story = {
  name: 'Visitor in another time zone',
  args: { visitorTimeZone: 'America/New_York', limit: 4 },
  parameters: expects(loaded(['.notes']), 'The visitor is told the times are Swedish time.'),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => onDarkPage(renderList(args)),
  globals: darkBackground,
  parameters: expects(loaded([':host([theme=dark])'])),
};

export const AutoVisitorDark: Story = {
  name: 'Theme auto, visitor prefers dark',
  args: { theme: 'auto', limit: 5 },
  render: (args) => onPageFollowingOs(renderList(args)),
  parameters: expects(
    { ...loaded([':host([theme=auto])']), media: VISITOR_DARK },
    '`theme="auto"` on a page that follows the visitor\'s setting, with the visitor\'s system in dark mode: the dark theme. ' +
      'The tests emulate dark mode; in Storybook, set it in the OS or in DevTools › Rendering › prefers-color-scheme.',
  ),
};

export const ForcedColors: Story = {
  name: 'Forced colors (Windows high contrast)',
  args: { limit: 5 },
  parameters: expects(
    { ...loaded(), media: FORCED_COLORS },
    'Windows high contrast: the system colours replace the theme; borders, the focus ring and the event status stay visible. ' +
      'The tests emulate it; in Storybook, use DevTools › Rendering › forced-colors: active.',
  ),
};

export const Narrow: Story = {
  name: 'Narrow (320px)',
  args: { limit: 5 },
  render: (args) => inNarrowColumn(renderList(args)),
  parameters: expects(loaded(), 'A phone-width column (320px): dates, times and buttons wrap, nothing overflows.'),
};

/** A page whose section for the list is headed by an h3 (a municipal page's article, say). */
function underAnH3(content: TemplateResult): TemplateResult {
  return html`<article>
    <h2>Företagande i Hallstahammar</h2>
    <p>Träffar, seminarier och program för dig som driver företag i kommunen.</p>
    <h3>Kommande evenemang</h3>
    ${content}
  </article>`;
}

export const UnderAnH3: Story = {
  name: 'Under an h3 (heading-level 4)',
  args: { headingLevel: 4, limit: 5 },
  render: (args) => underAnH3(renderList(args)),
  parameters: expects(
    loaded(['.month h2[aria-level="4"]']),
    "Pasted under the page's h3: `heading-level=\"4\"` makes the month headings level 4 and the events level 5, so the " +
      "page's outline stays whole (the elements stay `h2` and `h3`, with `aria-level`).",
  ),
};

export const Filtered: Story = {
  name: 'One network (Kanalnätet page)',
  args: { network: 'kanalnatet' },
  parameters: expects(loaded(), '`network="kanalnatet"`: only the events of Kanalnätet, as on that network\'s own page.'),
};

export const Empty: Story = {
  args: { src: '/stories/feeds/events-empty.json' },
  parameters: expects(
    { shows: '.empty[part~=status][role=status]', announces: { role: 'status', text: /^Inga kommande evenemang$/ } },
    'A valid feed with nothing upcoming: says so, in a polite status.',
  ),
};

export const FeedError: Story = {
  args: { src: '/stories/feeds/finns-inte.json' },
  parameters: expects(
    { shows: ['[part~=status] [role=alert]', '[part~=retry]'], announces: { role: 'alert', text: /Det gick inte att hämta/ } },
    'The feed answers 404: an error message and a retry button; `evi-error` fires.',
  ),
};

export const PartlyInvalid: Story = {
  args: { src: '/stories/feeds/events-partly-invalid.json' },
  parameters: expects(
    loaded(),
    'Two events are skipped (missing title, bad date) and two fields dropped: the valid events show, and the console lists each problem.',
  ),
};

export const Loading: Story = {
  args: { src: '/stories/feeds/events.json?story=loading', timeout: AN_HOUR },
  render: (args) => {
    holdOpen(args.src!);
    return renderList(args);
  },
  parameters: {
    ...expects(
      { shows: '[part~=status][aria-busy=true]', announces: { role: 'status', text: /^Laddar…$/ } },
      'The state before the feed answers, with its space reserved so the page does not jump. The story\'s feed request is held open (stories/story-fetch.ts).',
    ),
    settle: () => Promise.resolve(),
  },
};

/**
 * <evi-member-directory>: every state a designer or webmaster meets. The feeds are static files in
 * stories/feeds/ (served at /stories/feeds/… by Storybook and by web-test-runner alike):
 * `members-directory-650.json` is a copy of demo/feeds/members.json (about 650 fictional members).
 *
 * The directory keeps its search and filters in the URL hash; in Storybook that is the preview
 * iframe's hash, so trying the controls there never touches the manager's URL.
 *
 * The render functions use nothing from Storybook: test/stories.a11y.test.ts runs them too.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { AN_HOUR, holdOpen } from './story-fetch.js';
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
import { play } from './story-settle.js';

const FEED_650 = '/stories/feeds/members-directory-650.json';

interface DirectoryArgs {
  src?: string;
  /** request timeout in ms (the `timeout` attribute); empty: 10 s */
  timeout?: number;
  network?: string;
  pageSize?: number;
  query?: string;
  /** the `heading-level` extension: level of the network heading (member names one below); empty: 2 */
  headingLevel?: number;
  lang?: 'sv' | 'en';
  theme?: 'light' | 'dark' | 'auto';
}

function renderDirectory(args: DirectoryArgs): TemplateResult {
  return html`<evi-member-directory
    src=${ifDefined(args.src || undefined)}
    timeout=${ifDefined(args.timeout)}
    network=${ifDefined(args.network || undefined)}
    page-size=${ifDefined(args.pageSize)}
    query=${ifDefined(args.query || undefined)}
    heading-level=${ifDefined(args.headingLevel)}
    lang=${ifDefined(args.lang)}
    theme=${ifDefined(args.theme)}
  ></evi-member-directory>`;
}

const meta = {
  title: 'Widgets/Member directory',
  component: 'evi-member-directory',
  render: renderDirectory,
  play,
  args: {
    src: FEED_650,
    network: '',
    pageSize: 24,
    query: '',
    lang: 'sv',
    theme: 'light',
  },
  argTypes: {
    src: { control: 'text', description: 'Members feed URL (feed-contract.md).' },
    network: {
      control: 'select',
      options: ['', 'hallstahammar-promotion', 'foretagarna', 'centrumforeningen', 'lrf', 'kanalnatet', 'hastforetagen-stromsholm', 'okant-natverk'],
      description: "Only this network's members, with its name and description on top. Empty: every member.",
    },
    pageSize: { control: { type: 'number', min: 1 }, name: 'page-size', description: 'Members per page ("Visa fler" adds as many).' },
    query: { control: 'text', description: 'Extension: search text to start with when the URL hash has none.' },
    headingLevel: {
      control: { type: 'number', min: 1, max: 6 },
      name: 'heading-level',
      description:
        "Extension: level of the network heading, to fit the page's outline (member names one level below, at most 6, also without a network heading). Default 2.",
    },
    ...commonArgTypes,
  },
  parameters: {
    docs: {
      description: {
        component:
          'The member companies, sorted A–Ö the Swedish way, searchable as you type ("kolback smide" finds "Kolbäcks Smide AB"), ' +
          'filterable by network, industry and locality, with the view in the URL hash (`#q=…&industry=…`, `#member=<id>`).',
      },
    },
  },
} satisfies Meta<DirectoryArgs>;

export default meta;
type Story = StoryObj<DirectoryArgs>;

/** What a loaded directory shows and says: the search, the members, and how many in a polite status. */
const loaded = (extra: string[] = [], count: RegExp = /^\d+ medlemmar$/): StoryExpectations => ({
  shows: ['form[part~=controls][role=search]', 'ul[part~=list] > li[part~=member]', ...extra],
  announces: { role: 'status', text: count },
});

export const AllMembers: Story = {
  name: 'All members (about 650)',
  parameters: expects(
    loaded(['#network']),
    'The whole association (about 650 members in the feed): 24 at a time, "Visa fler" for more. Try typing "kolback" or "smide strömsholm".',
  ),
};

export const OneNetwork: Story = {
  args: { network: 'lrf' },
  parameters: expects(loaded(['[part~=network] h2']), "LRF's page: only its members, its name and description on top, no network filter."),
};
/** A page whose section for the directory is headed by an h3 (a municipal page's article, say). */
function underAnH3(content: TemplateResult): TemplateResult {
  return html`<article>
    <h2>Företagande i Hallstahammar</h2>
    <p>Nätverk där företagare i kommunen träffas och hjälper varandra.</p>
    <h3>Nätverk att gå med i</h3>
    ${content}
  </article>`;
}

export const UnderAnH3: Story = {
  name: 'Under an h3 (heading-level 4)',
  args: { network: 'kanalnatet', headingLevel: 4 },
  render: (args) => underAnH3(renderDirectory(args)),
  parameters: expects(
    loaded(['[part~=network] h2[aria-level="4"]']),
    "Pasted under the page's h3: `heading-level=\"4\"` makes the network's name level 4 and the member names level 5, so " +
      "the page's outline stays whole (the elements stay `h2` and `h3`, with `aria-level`).",
  ),
};

export const SearchResults: Story = {
  name: 'Search with results',
  args: { query: 'smide' },
  parameters: expects(
    loaded(['.clear'], /^\d+ av \d+ medlemmar matchar$/),
    'A search that finds members ("smide"): the list narrows as the visitor types, the count says how many of all match ' +
      '(a polite status once typing pauses), and "Rensa alla" clears the search.',
  ),
};

export const NoResults: Story = {
  args: { query: 'xyzzy' },
  parameters: expects(
    {
      shows: ['.no-results[part~=status]', '.no-results button'],
      announces: { role: 'status', text: /^Inga medlemmar matchar sökningen$/ },
    },
    'A search nothing matches (set with the `query` extension attribute): says so and offers to clear it.',
  ),
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: expects(loaded(['.directory[lang=en]'], /^\d+ members$/)),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => onDarkPage(renderDirectory(args)),
  globals: darkBackground,
  parameters: expects(loaded([':host([theme=dark])'])),
};

export const AutoVisitorDark: Story = {
  name: 'Theme auto, visitor prefers dark',
  args: { theme: 'auto', network: 'kanalnatet', pageSize: 6 },
  render: (args) => onPageFollowingOs(renderDirectory(args)),
  parameters: expects(
    { ...loaded([':host([theme=auto])']), media: VISITOR_DARK },
    '`theme="auto"` on a page that follows the visitor\'s setting, with the visitor\'s system in dark mode: the dark theme. ' +
      'The tests emulate dark mode; in Storybook, set it in the OS or in DevTools › Rendering › prefers-color-scheme.',
  ),
};

export const ForcedColors: Story = {
  name: 'Forced colors (Windows high contrast)',
  args: { network: 'kanalnatet', pageSize: 6 },
  parameters: expects(
    { ...loaded(), media: FORCED_COLORS },
    'Windows high contrast: the system colours replace the theme; fields, buttons and the focus ring stay visible. ' +
      'The tests emulate it; in Storybook, use DevTools › Rendering › forced-colors: active.',
  ),
};

export const Narrow: Story = {
  name: 'Narrow (320px)',
  args: { network: 'kanalnatet', pageSize: 6 },
  render: (args) => inNarrowColumn(renderDirectory(args)),
  parameters: expects(loaded(), 'A phone-width column: the filters stack, long names and links wrap instead of overflowing.'),
};

export const Loading: Story = {
  args: { src: '/stories/feeds/members-directory-650.json?story=loading', timeout: AN_HOUR },
  render: (args) => {
    holdOpen(args.src!);
    return renderDirectory(args);
  },
  parameters: {
    ...expects(
      { shows: '[part~=status][aria-busy=true]', announces: { role: 'status', text: /^Laddar medlemmar…$/ } },
      'The state before the feed answers: the space is reserved so the page does not jump. The story\'s feed request is held open (stories/story-fetch.ts).',
    ),
    settle: async () => {},
  },
};

export const Empty: Story = {
  args: { src: '/stories/feeds/members-directory-empty.json' },
  parameters: expects(
    { shows: '.empty[part~=status]', announces: { role: 'status', text: /^Inga medlemmar ännu\.$/ } },
    'A valid feed with no members yet: "Inga medlemmar ännu.", said by a polite live region as the event list says its empty state.',
  ),
};

export const FeedError: Story = {
  args: { src: '/stories/feeds/finns-inte.json' },
  parameters: expects(
    { shows: ['[part~=status] [role=alert]', '[part~=retry]'], announces: { role: 'alert', text: /Det gick inte att hämta/ } },
    'The feed answers 404: an alert with "Försök igen"; `evi-error` fires and the console says why.',
  ),
};

export const PartlyInvalid: Story = {
  args: { src: '/stories/feeds/members-directory-partly-invalid.json' },
  parameters: expects(
    loaded(),
    'Some members are broken: the valid ones show; each skipped member and dropped field is reported once in the console.',
  ),
};

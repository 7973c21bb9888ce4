/**
 * <evi-network-badge>: every state a designer or webmaster meets. The feeds are static files in
 * stories/feeds/, served at /stories/feeds/… by Storybook (staticDirs) and by web-test-runner alike,
 * so nothing here touches the network.
 *
 * The render functions use nothing from Storybook: test/stories.a11y.test.ts runs them too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { AN_HOUR, holdOpen } from './story-fetch.js';
import {
  commonArgTypes,
  darkBackground,
  expects,
  fallbackArgType,
  FORCED_COLORS,
  inNarrowColumn,
  onDarkPage,
  onPageFollowingOs,
  VISITOR_DARK,
} from './story-helpers.js';
import { play } from './story-settle.js';

const MEMBERS_FEED = '/stories/feeds/members.json';
const DIRECTORY = 'https://hallstahammar-promotion.example/medlemmar';

interface BadgeArgs {
  src?: string;
  /** request timeout in ms (the `timeout` attribute); empty: 10 s */
  timeout?: number;
  member?: string;
  network?: string;
  href?: string;
  size?: 'small' | 'medium';
  lang?: 'sv' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  /** text of the no-JavaScript fallback link (a light-DOM child); empty: no fallback */
  fallback?: string;
}

/** The fallback a webmaster pastes inside the element: a plain link to the directory entry. */
function fallbackLink(args: BadgeArgs): TemplateResult | typeof nothing {
  if (!args.fallback) return nothing;
  const target = args.href && args.member ? `${args.href}#member=${encodeURIComponent(args.member)}` : args.href;
  return html`<a href=${ifDefined(target)}>${args.fallback}</a>`;
}

function renderBadge(args: BadgeArgs): TemplateResult {
  return html`<evi-network-badge
    src=${ifDefined(args.src || undefined)}
    timeout=${ifDefined(args.timeout)}
    member=${ifDefined(args.member || undefined)}
    network=${ifDefined(args.network || undefined)}
    href=${ifDefined(args.href || undefined)}
    size=${ifDefined(args.size)}
    lang=${ifDefined(args.lang)}
    theme=${ifDefined(args.theme)}
    >${fallbackLink(args)}</evi-network-badge
  >`;
}

const meta = {
  title: 'Widgets/Network badge',
  component: 'evi-network-badge',
  render: renderBadge,
  play,
  args: {
    src: MEMBERS_FEED,
    member: 'kolbacks-smide',
    network: 'kanalnatet',
    href: DIRECTORY,
    size: 'medium',
    lang: 'sv',
    theme: 'light',
    fallback: 'Kolbäcks Smide AB är medlem i Kanalnätet',
  },
  argTypes: {
    src: { control: 'text', description: 'Members feed URL (feed-contract.md).' },
    member: { control: 'text', description: 'Member id in the feed (required).' },
    network: {
      control: 'select',
      options: ['kanalnatet', 'hallstahammar-promotion', 'stromsholms-hastforetagare', 'centrumforeningen', 'okant-natverk'],
      description: 'Network the badge claims. Default: the first network in the feed.',
    },
    href: { control: 'text', description: 'Member directory page; the badge links to `href#member=<id>`.' },
    size: { control: 'inline-radio', options: ['medium', 'small'] },
    ...commonArgTypes,
    fallback: fallbackArgType,
  },
  parameters: {
    docs: {
      description: {
        component:
          'A member company shows "Medlem i Kanalnätet" on its own site; the badge verifies the claim against the members feed ' +
          'and shows nothing when the member is unknown, inactive, outside the network or on another domain. ' +
          'The feed `stories/feeds/members.json` lists `localhost` and `127.0.0.1` as the domains of the verified members, ' +
          'so the verified stories verify in Storybook and in the tests.',
      },
    },
  },
} satisfies Meta<BadgeArgs>;

export default meta;
type Story = StoryObj<BadgeArgs>;

/**
 * The badge has no live region: it is a link (or nothing) that a screen reader reads where it stands, and a
 * verdict that hides it is not news to the visitor. So every story says `announces: false`.
 */
const verified = (extra: string[] = []) => ({
  shows: [':host(:state(verified))', 'a[part~=badge][href] [part~=label]', ...extra],
  announces: false as const,
});
/** Verifying or unavailable: the fallback link (the light-DOM children) shows through the slot. */
const fallbackShown = (state: 'verifying' | 'unavailable') => ({
  shows: [`:host(:state(${state}))`, 'slot', ':host(:has(> a[href]))'],
  announces: false as const,
});
/** Unverified: nothing at all (the shadow root shows neither a slot nor a badge, so the fallback link goes too). */
const nothingShown = { shows: ':host(:state(unverified))', announces: false as const };

export const Verified: Story = {
  name: 'Verified (sv)',
  parameters: expects(
    verified(['[part~=badge][lang=sv]']),
    'Active member of Kanalnätet on its own domain: the badge replaces the fallback and links to the directory.',
  ),
};

export const VerifiedWithoutLink: Story = {
  name: 'Verified, no link (no href)',
  args: { href: '' },
  parameters: expects(
    { shows: [':host(:state(verified))', 'span[part~=badge] [part~=label]'], announces: false },
    'Without `href` the badge is text, not a link: a member who only wants the mark, with no directory page to point to.',
  ),
};

export const VerifiedEnglish: Story = {
  args: { lang: 'en', fallback: 'Kolbäcks Smide AB is a member of Kanalnätet' },
  parameters: expects(verified(['[part~=badge][lang=en]'])),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => onDarkPage(renderBadge(args)),
  globals: darkBackground,
  parameters: expects(verified([':host([theme=dark])'])),
};

export const Small: Story = {
  args: { size: 'small' },
  parameters: expects(verified([':host([size=small])'])),
};

export const SmallDark: Story = {
  args: { size: 'small', theme: 'dark' },
  render: (args) => onDarkPage(renderBadge(args)),
  globals: darkBackground,
  parameters: expects(verified([':host([size=small][theme=dark])'])),
};

export const AutoVisitorDark: Story = {
  name: 'Theme auto, visitor prefers dark',
  args: { theme: 'auto' },
  render: (args) => onPageFollowingOs(renderBadge(args)),
  parameters: expects(
    { ...verified([':host([theme=auto])']), media: VISITOR_DARK },
    '`theme="auto"` on a page that follows the visitor\'s setting, with the visitor\'s system in dark mode: the dark badge. ' +
      'The tests emulate dark mode; in Storybook, set it in the OS or in DevTools › Rendering › prefers-color-scheme.',
  ),
};

export const ForcedColors: Story = {
  name: 'Forced colors (Windows high contrast)',
  parameters: expects(
    { ...verified(), media: FORCED_COLORS },
    'Windows high contrast: the system colours replace the theme; the badge keeps its border, link colour and focus ring. ' +
      'The tests emulate it; in Storybook, use DevTools › Rendering › forced-colors: active.',
  ),
};

export const Narrow: Story = {
  args: {
    member: 'hallstahammars-el-och-fastighetsservice',
    network: 'hallstahammar-promotion',
    fallback: 'Hallstahammars Elektriska Installationer och Fastighetsservice Handelsbolag är medlem i Hallstahammar Promotion',
  },
  render: (args) => inNarrowColumn(renderBadge(args)),
  parameters: expects(verified(), 'A phone-width column (320px) and a member with a very long name: the badge must wrap, not overflow.'),
};

export const Verifying: Story = {
  name: 'Verifying, with fallback link',
  args: { src: '/stories/feeds/members.json?story=verifying', timeout: AN_HOUR },
  render: (args) => {
    holdOpen(args.src!);
    return renderBadge(args);
  },
  parameters: {
    ...expects(
      fallbackShown('verifying'),
      'What the visitor sees: the plain fallback link the webmaster pasted inside the element ("Kolbäcks Smide AB är medlem i ' +
        'Kanalnätet"), unstyled, as without JavaScript. Why: the feed has not answered yet, so the badge neither vouches nor hides; ' +
        'once it answers the link becomes the badge or goes. The story\'s feed request is held open (stories/story-fetch.ts); ' +
        'set `src` in Controls to `/stories/feeds/members.json` to watch it verify.',
    ),
    settle: () => Promise.resolve(),
  },
};

export const NoSrc: Story = {
  name: 'No src (webmaster mistake)',
  args: { src: '' },
  parameters: expects(
    fallbackShown('unavailable'),
    'What the visitor sees: the same plain fallback link as while verifying, for good. Why: without `src` there is no feed to ' +
      'verify against, and a badge that cannot decide leaves the webmaster\'s link alone. The console says the attribute is ' +
      'missing and `evi-verify` reports `feed-error`.',
  ),
};
export const NotInNetwork: Story = {
  name: 'Not a member of this network',
  args: {
    member: 'stromsholms-hovslageri',
    network: 'kanalnatet',
    fallback: 'Strömsholms Hovslageri är medlem i Kanalnätet',
  },
  parameters: expects(nothingShown, 'The member exists but not in the claimed network: nothing shows, `evi-verify` says `not-in-network`.'),
};

export const InactiveMember: Story = {
  args: { member: 'gamla-bageriet', fallback: 'Gamla Bageriet i Kolbäck är medlem i Kanalnätet' },
  parameters: expects(nothingShown, 'An inactive member never verifies: nothing shows, reason `inactive-member`.'),
};

export const UnknownMember: Story = {
  args: { member: 'finns-inte-ab', fallback: 'Finns Inte AB är medlem i Kanalnätet' },
  parameters: expects(nothingShown, 'No member with this id in the feed: nothing shows, reason `unknown-member`.'),
};

export const WrongDomain: Story = {
  args: { member: 'annan-doman', fallback: 'Annan Domän Konsult AB är medlem i Kanalnätet' },
  parameters: expects(
    nothingShown,
    "The member's `domains` are `annan-doman.example`, not this page's host: a badge copied to another site does not vouch for it (reason `wrong-domain`).",
  ),
};

export const FeedError: Story = {
  args: { src: '/stories/feeds/finns-inte.json' },
  parameters: expects(
    fallbackShown('unavailable'),
    'What the visitor sees: the plain fallback link, exactly as in "Verifying" and "No src". Why: the feed answers 404, so the ' +
      'badge cannot decide either way and leaves the webmaster\'s link; only the console (the HTTP status) and `evi-error` tell ' +
      'the cases apart.',
  ),
};

export const WrongFeedVersion: Story = {
  args: { src: '/stories/feeds/members-v2.json' },
  parameters: expects(
    fallbackShown('unavailable'),
    'What the visitor sees: the plain fallback link, as in "Feed error". Why: the feed says `"version": 2`, which this widget ' +
      'does not understand, so it treats the feed as unusable rather than guess; the console names the version and `evi-error` fires.',
  ),
};

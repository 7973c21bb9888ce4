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
import { commonArgTypes, fallbackArgType, inNarrowColumn, onDarkPage, storyDocs } from './story-helpers.js';

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

export const Verified: Story = {
  name: 'Verified (sv)',
  parameters: storyDocs('Active member of Kanalnätet on its own domain: the badge replaces the fallback and links to the directory.'),
};

export const VerifiedEnglish: Story = {
  args: { lang: 'en', fallback: 'Kolbäcks Smide AB is a member of Kanalnätet' },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => onDarkPage(renderBadge(args)),
};

export const Small: Story = {
  args: { size: 'small' },
};

export const SmallDark: Story = {
  args: { size: 'small', theme: 'dark' },
  render: (args) => onDarkPage(renderBadge(args)),
};

export const Narrow: Story = {
  args: {
    member: 'hallstahammars-el-och-fastighetsservice',
    network: 'hallstahammar-promotion',
    fallback: 'Hallstahammars Elektriska Installationer och Fastighetsservice Handelsbolag är medlem i Hallstahammar Promotion',
  },
  render: (args) => inNarrowColumn(renderBadge(args)),
  parameters: storyDocs('A phone-width column (320px) and a member with a very long name: the badge must wrap, not overflow.'),
};

export const Verifying: Story = {
  name: 'Verifying, with fallback link',
  args: { src: '/stories/feeds/members.json?story=verifying', timeout: AN_HOUR },
  render: (args) => {
    holdOpen(args.src!);
    return renderBadge(args);
  },
  parameters: {
    ...storyDocs(
      'The state before the feed answers: the fallback link (light-DOM children) shows. The story\'s feed request is held open (stories/story-fetch.ts); ' +
        'set `src` in Controls to `/stories/feeds/members.json` to watch it verify.',
    ),
    settle: () => Promise.resolve(),
  },
};

export const NoSrc: Story = {
  name: 'No src (webmaster mistake)',
  args: { src: '' },
  parameters: storyDocs(
    'Without `src` the badge cannot verify: the fallback link stays, the console says the attribute is missing, and ' +
      '`evi-verify` reports `feed-error`.',
  ),
};

export const NotInNetwork: Story = {
  name: 'Not a member of this network',
  args: {
    member: 'stromsholms-hovslageri',
    network: 'kanalnatet',
    fallback: 'Strömsholms Hovslageri är medlem i Kanalnätet',
  },
  parameters: storyDocs('The member exists but not in the claimed network: nothing shows, `evi-verify` says `not-in-network`.'),
};

export const InactiveMember: Story = {
  args: { member: 'gamla-bageriet', fallback: 'Gamla Bageriet i Kolbäck är medlem i Kanalnätet' },
  parameters: storyDocs('An inactive member never verifies: nothing shows, reason `inactive-member`.'),
};

export const UnknownMember: Story = {
  args: { member: 'finns-inte-ab', fallback: 'Finns Inte AB är medlem i Kanalnätet' },
  parameters: storyDocs('No member with this id in the feed: nothing shows, reason `unknown-member`.'),
};

export const WrongDomain: Story = {
  args: { member: 'annan-doman', fallback: 'Annan Domän Konsult AB är medlem i Kanalnätet' },
  parameters: storyDocs(
    "The member's `domains` are `annan-doman.example`, not this page's host: a badge copied to another site does not vouch for it (reason `wrong-domain`).",
  ),
};

export const FeedError: Story = {
  args: { src: '/stories/feeds/finns-inte.json' },
  parameters: storyDocs('The feed answers 404: the badge cannot decide, so the fallback link stays visible and `evi-error` fires.'),
};

export const WrongFeedVersion: Story = {
  args: { src: '/stories/feeds/members-v2.json' },
  parameters: storyDocs('A feed with `"version": 2` is not one the widget understands: error state, the fallback link stays.'),
};

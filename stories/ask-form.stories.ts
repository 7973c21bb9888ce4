/**
 * <evi-ask-form>: the states a designer or webmaster meets before sending. The configuration is a
 * static file in stories/feeds/ (served at /stories/feeds/… by Storybook and web-test-runner), and
 * its `submitUrl` is a placeholder: the stories never send. Submitting, failed and sent states depend
 * on a receiver's answer, so test/ask-form.test.ts covers them (with axe) instead of a static story.
 *
 * The render functions use nothing from Storybook: test/stories.a11y.test.ts runs them too.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgTypes, fallbackArgType, inNarrowColumn, onDarkPage, storyDocs } from './story-helpers.js';

const ASK_CONFIG = '/stories/feeds/ask.json';

interface AskArgs {
  src?: string;
  topic?: string;
  lang?: 'sv' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  /** text of the no-JavaScript fallback link (a light-DOM child); empty: no fallback */
  fallback?: string;
}

function renderForm(args: AskArgs): TemplateResult {
  return html`<evi-ask-form
    src=${ifDefined(args.src || undefined)}
    topic=${ifDefined(args.topic || undefined)}
    lang=${ifDefined(args.lang)}
    theme=${ifDefined(args.theme)}
    >${args.fallback ? html`<a href="mailto:info@envagin.example">${args.fallback}</a>` : ''}</evi-ask-form
  >`;
}

const meta = {
  title: 'Widgets/Ask form',
  component: 'evi-ask-form',
  render: renderForm,
  args: {
    src: ASK_CONFIG,
    topic: '',
    lang: 'sv',
    theme: 'light',
    fallback: 'Mejla din fråga till En Väg In',
  },
  argTypes: {
    src: { control: 'text', description: 'Ask configuration URL (feed-contract.md, "Ask configuration").' },
    topic: {
      control: 'select',
      options: ['', 'finansiering', 'bank', 'tillstand', 'bidrag', 'rekrytering', 'utbildning', 'export', 'starta-foretag', 'utlandsk-bakgrund', 'lokal-mark', 'ovrigt'],
      description: 'Preselected topic id.',
    },
    ...commonArgTypes,
    fallback: fallbackArgType,
  },
  parameters: {
    docs: {
      description: {
        component:
          'One way in: the visitor picks a topic and sees which body answers it, writes the question and contact details, ' +
          'and gets a reference. Type a message with a word like "lån", "export" or "rekrytera" to see a topic suggestion. ' +
          'The configuration\'s `submitUrl` is a placeholder here, so sending ends in the failed (kept) state; ' +
          'run `npm start` and open the municipal demo page to send for real.',
      },
    },
  },
} satisfies Meta<AskArgs>;

export default meta;
type Story = StoryObj<AskArgs>;

export const Filling: Story = {
  name: 'Filling (sv)',
  parameters: storyDocs('The empty form, in Swedish: topics with where each goes, the question with its count, contact details, consent.'),
};

export const English: Story = {
  args: { lang: 'en', fallback: 'Email your question to En Väg In' },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => onDarkPage(renderForm(args)),
};

export const Narrow: Story = {
  name: 'Narrow 320px',
  args: { topic: 'finansiering' },
  render: (args) => inNarrowColumn(renderForm(args)),
  parameters: storyDocs('A phone-width column (320px): topics stack in one column, nothing overflows.'),
};

export const TopicPreselected: Story = {
  name: 'Topic preselected (routing preview)',
  args: { topic: 'finansiering' },
  parameters: storyDocs(
    '`topic="finansiering"`: the topic is chosen and the routing preview says the question goes to Almi Företagspartner, ' +
      'and what happens next.',
  ),
};

export const ConfigError: Story = {
  name: 'Configuration error',
  args: { src: '/stories/feeds/finns-inte.json' },
  parameters: storyDocs('The configuration answers 404: a plain message, "Försök igen", and the fallback link; `evi-error` fires.'),
};

export const Loading: Story = {
  args: { src: '' },
  parameters: storyDocs(
    'The state before the configuration answers. A static story cannot delay a response, so this one has no `src`, ' +
      'which keeps the form loading for good. Set `src` in Controls to `/stories/feeds/ask.json` to watch it load.',
  ),
};

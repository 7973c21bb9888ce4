/**
 * <evi-ask-form>: every state a designer, webmaster or receiver meets. The configuration is a static
 * file in stories/feeds/ (served at /stories/feeds/… by Storybook and web-test-runner); its `submitUrl`
 * (https://envagin.example/api/questions) does not exist.
 *
 * The states after "Skicka" (error summary, the receiver's field errors, sending, failed, receipt) are
 * reached the way a visitor reaches them: the story fills in the element's own fields, clicks its
 * submit button, and the element's real code path validates, builds the body and the Idempotency-Key
 * and POSTs with fetch. Only the answer is the story's: a stub (below) stands in for `submitUrl` for
 * the one question the story sends, and takes itself out of `window.fetch` once that question is
 * asked. "Loading" holds the configuration request open the same way. Each of these stories has its
 * own configuration URL (a query the static server ignores), so the draft the form keeps in
 * sessionStorage (keyed by that URL) never fills another story.
 *
 * The render functions use nothing from Storybook: test/stories.a11y.test.ts runs them too, awaiting
 * `parameters.settle`; in Storybook, the meta's `play` (stories/story-settle.ts) awaits the same thing, so the
 * a11y panel checks the state.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { EviAskForm } from '../src/ask-form/ask-form.js';
import { clearDraft, EMPTY_VALUES, saveDraft } from '../src/ask-form/draft.js';
import { absolute, AN_HOUR, awaitRequest, json, noAnswer, type Answer } from './story-fetch.js';
import {
  commonArgTypes,
  darkBackground,
  expects,
  fallbackArgType,
  inNarrowColumn,
  onDarkPage,
  onPageFollowingOs,
  type Announcement,
  FORCED_COLORS,
  VISITOR_DARK,
} from './story-helpers.js';
import { play } from './story-settle.js';

const ASK_CONFIG = '/stories/feeds/ask.json';
/** `submitUrl` in stories/feeds/ask.json */
const SUBMIT_URL = 'https://envagin.example/api/questions';

interface AskArgs {
  src?: string;
  topic?: string;
  lang?: 'sv' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  /** text of the no-JavaScript fallback link (a light-DOM child); empty: no fallback */
  fallback?: string;
}

function renderForm(args: AskArgs): TemplateResult {
  return renderFormWith(args);
}

/** `onElement`: told the element once it is rendered (a Lit `ref`). */
function renderFormWith(args: AskArgs, onElement?: (el: Element | undefined) => void): TemplateResult {
  return html`<evi-ask-form
    src=${ifDefined(args.src || undefined)}
    topic=${ifDefined(args.topic || undefined)}
    lang=${ifDefined(args.lang)}
    theme=${ifDefined(args.theme)}
    ${ref(onElement)}
    >${args.fallback ? html`<a href="mailto:info@envagin.example">${args.fallback}</a>` : ''}</evi-ask-form
  >`;
}

// -------------------------------------------------------------------------------------------------
// The visitor: fills in the form and sends it, as a person would

/** What a story's visitor does, what the other end answers, and the state the form ends in. */
interface Scenario {
  /** the configuration request is never answered: the form stays loading */
  configNeverAnswers?: boolean;
  /** "Skicka" is pressed; with a message, after filling in the form with it and the details below */
  send?: boolean;
  message?: string;
  /** the receiver's answer to the question */
  answer?: Answer;
  /** milliseconds the element waits for an answer (its `timeout`, for the configuration and the question) */
  timeout?: number;
  /** shown in the element's shadow root once the story is in its state (also the story's `parameters.shows`) */
  shows: string;
}

const VISITOR = {
  name: 'Anna Andersson',
  email: 'anna@kolbacks-smide.example',
  phone: '0220-123 45',
  company: 'Kolbäcks Smide AB',
  orgNumber: '556677-8899',
};
/** the first topic: Tab meets the checked radio of the group first, as the story check expects */
const VISITOR_TOPIC = 'finansiering';

/** The story's element went away (another story opened): its visitor stops, quietly. */
class StoryClosed extends Error {}

/** Each rendered state story's element and its visitor's progress. */
const visits = new WeakMap<Element, Promise<void>>();

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `find` finds something; gives up when the element leaves the page, or after `withinMs`. */
async function until<T>(el: Element, find: () => T | null | undefined | false, what: () => string, withinMs = Infinity): Promise<T> {
  const start = Date.now();
  let connected = false;
  for (;;) {
    const found = find();
    if (found) return found;
    if (el.isConnected) connected = true;
    else if (connected) throw new StoryClosed();
    if (Date.now() - start > withinMs) throw new Error(`<evi-ask-form>: ${what()} within ${withinMs} ms`);
    await sleep(20);
  }
}

async function visit(el: EviAskForm, src: string, scenario: Scenario): Promise<void> {
  // public properties: no spam wait (the visitor sends at once), and how long to wait for answers
  el.minFillTime = 0;
  if (scenario.timeout) el.timeout = scenario.timeout;

  if (scenario.configNeverAnswers) {
    const config = awaitRequest(`GET ${absolute(src)}`, noAnswer);
    try {
      // no time limit: on a docs page a widget asks for its configuration only once scrolled near
      await until(el, config.wasAsked, () => 'no request for the configuration');
    } finally {
      config.stop();
    }
  } else {
    let configFailed = false;
    el.addEventListener('evi-error', () => (configFailed = true), { once: true });
    await until(el, () => configFailed || el.shadowRoot?.querySelector('form'), () => 'no form');
    if (configFailed) throw new Error(`<evi-ask-form> could not load ${src}`);
  }
  await el.updateComplete;
  const root = el.shadowRoot!;

  if (scenario.message !== undefined) {
    root.querySelector<HTMLInputElement>(`#t-${VISITOR_TOPIC}`)!.click();
    for (const [name, value] of Object.entries({ message: scenario.message, ...VISITOR })) {
      const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#f-${name}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    }
    root.querySelector<HTMLInputElement>('#f-consent')!.click();
    await el.updateComplete;
  }

  if (scenario.send) {
    const question =
      scenario.message !== undefined && scenario.answer
        ? awaitRequest(`POST ${absolute(SUBMIT_URL)} ${scenario.message}`, scenario.answer)
        : undefined;
    try {
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      if (question) {
        const summary = () => root.querySelector('#summary')?.textContent?.replace(/\s+/g, ' ').trim();
        await until(el, question.wasAsked, () => `the question was not sent${summary() ? ` (${summary()})` : ''}`, 2000);
      }
    } finally {
      question?.stop();
    }
  }
  await until(el, () => root.querySelector(scenario.shows), () => `no ${scenario.shows}`, 2000);
  await el.updateComplete;
}

/**
 * The form of a state story, with its visitor: a fresh form (no draft left from an earlier visit),
 * which the visitor fills in and sends as soon as the configuration has loaded.
 */
function renderState(scenario: Scenario) {
  return (args: AskArgs): TemplateResult =>
    renderFormWith(args, (el) => {
      if (!el || visits.has(el) || !args.src) return;
      clearDraft(args.src);
      visits.set(
        el,
        visit(el as EviAskForm, args.src, scenario).catch((error: unknown) => {
          if (!(error instanceof StoryClosed)) throw error;
        }),
      );
    });
}

/** For `parameters.settle` (awaited by the story harness and by the meta's `play` in Storybook): the visitor is done. */
async function visited(root: Element): Promise<void> {
  const el = root.localName === 'evi-ask-form' ? root : root.querySelector('evi-ask-form');
  const visiting = el && visits.get(el);
  if (!visiting) throw new Error('no <evi-ask-form> of a state story here');
  await visiting;
}

/** A state story's own configuration URL (the static server ignores the query): its draft stays its own. */
function stateConfig(story: string): string {
  return `${ASK_CONFIG}?story=${story}`;
}

/** A state story: its visitor, what it shows (the visitor's goal), what it announces, and its docs. */
function stateStory(scenario: Scenario, announces: Announcement | false, docs: string): Pick<Story, 'render' | 'parameters'> {
  return { render: renderState(scenario), parameters: { ...expects({ shows: scenario.shows, announces }, docs), settle: visited } };
}

/** The loaded, empty form: nothing to announce (its live regions, the notice and the count, are empty). */
const FORM = 'form[part~=form] #t-finansiering';

const meta = {
  title: 'Widgets/Ask form',
  component: 'evi-ask-form',
  render: renderForm,
  play,
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
          'The configuration\'s `submitUrl` is a placeholder, so sending from the first stories ends in the failed (kept) ' +
          'state; the stories from "Error summary" on fill in and send the form themselves, and a stand-in receiver ' +
          'answers their one question. Run `npm start` and open the municipal demo page to send for real.',
      },
    },
  },
} satisfies Meta<AskArgs>;

export default meta;
type Story = StoryObj<AskArgs>;

export const Filling: Story = {
  name: 'Filling (sv)',
  parameters: expects(
    { shows: [FORM, '.root.ask[lang=sv]', 'input[name=topic]:not(:checked)'], announces: false },
    'The empty form, in Swedish: topics with where each goes, the question with its count, contact details, consent.',
  ),
};

export const English: Story = {
  args: { lang: 'en', fallback: 'Email your question to En Väg In' },
  parameters: expects({ shows: [FORM, '.root.ask[lang=en]'], announces: false }),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => onDarkPage(renderForm(args)),
  globals: darkBackground,
  parameters: expects({ shows: [FORM, ':host([theme=dark])'], announces: false }),
};

export const AutoVisitorDark: Story = {
  name: 'Theme auto, visitor prefers dark',
  args: { theme: 'auto' },
  render: (args) => onPageFollowingOs(renderForm(args)),
  parameters: expects(
    { shows: [FORM, ':host([theme=auto])'], announces: false, media: VISITOR_DARK },
    '`theme="auto"` on a page that follows the visitor\'s setting, with the visitor\'s system in dark mode: the dark theme. ' +
      'The tests emulate dark mode; in Storybook, set it in the OS or in DevTools › Rendering › prefers-color-scheme.',
  ),
};

export const ForcedColors: Story = {
  name: 'Forced colors (Windows high contrast)',
  args: { topic: 'finansiering' },
  parameters: expects(
    { shows: [FORM, '#t-finansiering:checked', '.route'], announces: false, media: FORCED_COLORS },
    'Windows high contrast: the system colours replace the theme; fields, the chosen topic, buttons and the focus ring stay visible. ' +
      'The tests emulate it; in Storybook, use DevTools › Rendering › forced-colors: active.',
  ),
};

export const Narrow: Story = {
  name: 'Narrow 320px',
  args: { topic: 'finansiering' },
  render: (args) => inNarrowColumn(renderForm(args)),
  parameters: expects(
    { shows: [FORM, '#t-finansiering:checked'], announces: false },
    'A phone-width column (320px): topics stack in one column, nothing overflows.',
  ),
};

export const TopicPreselected: Story = {
  name: 'Topic preselected (routing preview)',
  args: { topic: 'finansiering' },
  parameters: expects(
    { shows: ['#t-finansiering:checked', '.route .route-heading'], announces: false },
    '`topic="finansiering"`: the topic is chosen and the routing preview says the question goes to Almi Företagspartner, ' +
      'and what happens next.',
  ),
};
export const DraftRestored: Story = {
  name: 'Draft restored (after a reload)',
  args: { src: stateConfig('restored') },
  render: (args) => {
    // what the form kept in this tab's sessionStorage before the visitor reloaded the page
    if (args.src) {
      saveDraft(args.src, {
        values: {
          ...EMPTY_VALUES,
          // the first topic: Tab meets the checked radio of a group, and the story check walks from the first
          topic: VISITOR_TOPIC,
          message: 'Vi vill bygga ut verkstaden och behöver låna ungefär en miljon kronor. Vilka möjligheter finns?',
          name: 'Anna Andersson',
          email: 'anna@kolbacks-smide.example',
        },
      });
    }
    return renderForm(args);
  },
  parameters: expects(
    { shows: ['#t-finansiering:checked', '.notice [role=status]'], announces: { role: 'status', text: /^Vi har sparat det du skrev tidigare/ } },
    'The visitor reloaded the page (or came back in the same tab): what they had typed is back, kept in this tab\'s ' +
      '`sessionStorage` only, and a notice says so. "Rensa" empties the form and the draft, with "Ångra" to bring it back.',
  ),
};

export const LongMessage: Story = {
  name: 'Long question (over 5 000 characters)',
  args: { src: stateConfig('long-message') },
  ...stateStory(
    {
      message: `${'Vi har många frågor om finansiering, anställning och tillstånd inför en större utbyggnad av verkstaden. '.repeat(50)}Vem kan hjälpa oss?`,
      shows: '.count.over',
    },
    { role: 'status', text: /tecken för mycket$/ },
    'A question over the 5 000 characters the receiver takes: the count turns to the error colour and says how many too many ' +
      '(screen readers hear it in a polite status near the limit); nothing is cut, and "Skicka" points at the field.',
  ),
};

export const ConfigError: Story = {
  name: 'Configuration error',
  args: { src: '/stories/feeds/finns-inte.json' },
  parameters: expects(
    {
      shows: ['[part~=status] [role=alert]', '[part~=retry]', 'slot'],
      announces: { role: 'alert', text: /^Det gick inte att hämta uppgifterna just nu\.$/ },
    },
    'The configuration answers 404: a plain message, "Försök igen", and the fallback link; `evi-error` fires.',
  ),
};

export const Loading: Story = {
  args: { src: stateConfig('loading') },
  ...stateStory(
    { configNeverAnswers: true, timeout: AN_HOUR, shows: '[part~="status"][aria-busy="true"]' },
    { role: 'status', text: /^Laddar frågeformuläret…$/ },
    'The state before the configuration answers: "Laddar frågeformuläret…" in a polite status, with the space reserved so the page ' +
      'does not jump. Here the request for the configuration is held open (the `timeout` is an hour), so the state stays.',
  ),
};

export const ErrorSummary: Story = {
  name: 'Error summary (empty form sent)',
  args: { src: stateConfig('error-summary') },
  ...stateStory(
    { send: true, shows: '#summary' },
    false,
    '"Skicka" on the empty form: nothing is sent; a summary of every problem, in field order, gets focus, each ' +
      'entry a link to its field, and each field shows its message and `aria-invalid`.',
  ),
};

export const ReceiverErrors: Story = {
  name: 'Receiver field errors (422)',
  args: { src: stateConfig('receiver-errors') },
  ...stateStory(
    {
      message: 'Vi vill låna pengar till en ny kantpress. Vem kan hjälpa oss med finansieringen?',
      send: true,
      answer: json(
        {
          errors: {
            email: 'Adressen tar inte emot e-post hos oss. Kontrollera stavningen.',
            orgNumber: 'Organisationsnumret finns inte hos Bolagsverket.',
          },
        },
        422,
      ),
      shows: '#summary',
    },
    false,
    'The receiver answers 422 `{ "errors": { "email": "…", "orgNumber": "…" } }`: its messages show at their fields ' +
      'and in the summary, which gets focus; everything typed is kept. Editing a field removes its message.',
  ),
};

export const Sending: Story = {
  name: 'Sending (waiting for the receiver)',
  args: { src: stateConfig('sending') },
  ...stateStory(
    {
      message: 'Kan vi få hjälp att finansiera en ny svetsrobot? Vi behöver ungefär 800 000 kronor.',
      send: true,
      // the receiver never answers, and the form waits an hour (`timeout`): the state stays to be looked at
      answer: noAnswer,
      timeout: AN_HOUR,
      shows: 'button[type="submit"][aria-disabled="true"]',
    },
    { role: 'status', text: /^Skickar din fråga…$/ },
    'The question is on its way: "Skickar…" on the button (`aria-disabled`, so it keeps focus and a second press sends ' +
      'nothing) and "Skickar din fråga…" in the status line. This receiver never answers; the form\'s `timeout` is an hour here ' +
      '(default 10 s, then the failed state).',
  ),
};

export const Failed: Story = {
  name: 'Failed (receiver error, everything kept)',
  args: { src: stateConfig('failed') },
  ...stateStory(
    {
      message: 'Vi funderar på att låna till en ny lokal. Vilka möjligheter finns det för ett litet företag?',
      send: true,
      answer: json({ error: 'Tillfälligt fel' }, 503),
      shows: '.failure',
    },
    { role: 'alert', text: /^Något gick fel hos oss\..*Allt du skrev finns kvar\./ },
    'The receiver answers 503: an alert says so plainly, everything typed is kept (also in this tab\'s draft), and ' +
      '"Försök igen" sends the same question with the same `Idempotency-Key`. (Here the stand-in receiver has stepped aside, ' +
      'so a retry finds no receiver and says so.)',
  ),
};

export const Refused: Story = {
  name: 'Refused (no retry, the fallback offered)',
  args: { src: stateConfig('refused') },
  ...stateStory(
    {
      message: 'Vi vill veta mer om bidrag för att anställa vår första medarbetare.',
      send: true,
      answer: json({ errors: { page: 'invalidUrl' } }, 422),
      shows: '.failure:not(:has(button))',
    },
    { role: 'alert', text: /^Vi kunde inte ta emot frågan\..*Allt du skrev finns kvar\./ },
    'The receiver refuses the question for a reason at no field the visitor sees (here the page address): an alert says so, ' +
      'everything typed is kept, and there is no "Försök igen" (it would be refused again); the page\'s fallback is the other way.',
  ),
};

export const Suggestion: Story = {
  name: 'Topic suggestion (message fits another topic)',
  args: { src: stateConfig('suggestion') },
  ...stateStory(
    {
      message: 'Vi behöver rekrytera två svetsare till verkstaden i höst. Var hittar vi dem?',
      shows: '.suggestion button',
    },
    { role: 'status', text: /^Frågan verkar passa under ”Rekrytering.*Vill du byta ämne\?$/ },
    'The visitor chose "Finansiering" but writes about recruiting: a polite status suggests the topic the message fits, with ' +
      '"Byt till …" and "Nej tack". The form never switches by itself; the route box follows only the visitor\'s choice.',
  ),
};

export const NetworkFailure: Story = {
  name: 'Failed (no connection, everything kept)',
  args: { src: stateConfig('network') },
  ...stateStory(
    {
      message: 'Vi undrar om det finns stöd för att exportera till Norge. Vem ska vi prata med?',
      send: true,
      answer: () => Promise.reject(new TypeError('Failed to fetch')),
      shows: '.failure button',
    },
    { role: 'alert', text: /Allt du skrev finns kvar\./ },
    'The question never reached the receiver (no connection, or the receiver sends no CORS header): an alert says so, ' +
      'everything typed is kept, and "Försök igen" sends it again with the same `Idempotency-Key`.',
  ),
};

export const Receipt: Story = {
  name: 'Sent (receipt with reference)',
  args: { src: stateConfig('receipt') },
  ...stateStory(
    {
      message: 'Hur ansöker vi om ett lån från Almi för att bygga ut verkstaden?',
      send: true,
      answer: json({ reference: 'EVI-2027-000123' }, 201),
      shows: '.receipt',
    },
    false,
    'The receiver answers 201 `{ "reference": "EVI-2027-000123" }`: the receipt, with focus on its heading, shows the ' +
      'reference and the partner the question goes to; the draft is cleared and `evi-submit` fires.',
  ),
};

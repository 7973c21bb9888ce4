/** What every stories file wraps its widget in: the same dark page, the same phone-width column. */
import { html, type TemplateResult } from 'lit';

/** A dark host page, so the dark theme is seen (and checked by axe) where it would sit. */
export function onDarkPage(content: TemplateResult): TemplateResult {
  return html`<div style="background: #1b1d21; color: #f2f2f5; padding: 1em">${content}</div>`;
}

/** A 320px column: a phone held upright. */
export function inNarrowColumn(content: TemplateResult): TemplateResult {
  return html`<div style="inline-size: 320px; max-inline-size: 100%; border: 1px dashed #8a8f98; padding: 0.5em">
    ${content}
  </div>`;
}

/** Story-level docs text for Storybook's docs page. */
export function storyDocs(text: string) {
  return { docs: { description: { story: text } } };
}

/** The controls every widget has: the contract's `lang` and `theme`. */
export const commonArgTypes = {
  lang: { control: 'inline-radio', options: ['sv', 'en'] },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
} as const;

/** The story-only control for the no-JavaScript fallback placed inside an element. */
export const fallbackArgType = {
  control: 'text',
  description: 'Story only: text of the no-JavaScript fallback link placed inside the element. Empty: none.',
  table: { category: 'Story' },
} as const;

/** A live region a screen reader hears in a story's state (test/story-harness.ts asserts it). */
export interface Announcement {
  /** `status` (role=status or aria-live=polite) or `alert` (role=alert or aria-live=assertive) */
  role: 'status' | 'alert';
  /** what it says (it must say something either way) */
  text?: RegExp;
}

/**
 * What every story declares about its state, asserted by test/stories.a11y.test.ts after the story settles.
 * Missing `shows` or `announces` fails the test: nothing is skipped silently.
 */
export interface StoryExpectations {
  /**
   * Selectors that must each match in the story's composed tree (its light DOM and every shadow root in
   * it), e.g. `[part~=status][aria-busy=true]` for loading. `:host(X)` instead means: a widget of the
   * story matches X (e.g. `:host(:state(unverified))` for a badge that shows nothing).
   */
  shows: string | string[];
  /** The live region that speaks in this state, or `false`: every live region in the story is empty. */
  announces: Announcement | false;
  /**
   * Media features the tests emulate for this story (web-test-runner's `emulate-media-features`), e.g.
   * the visitor's dark mode or forced colors. Storybook cannot emulate them: the story's docs say how to
   * see it there (DevTools › Rendering).
   */
  media?: Array<{ name: 'prefers-color-scheme' | 'forced-colors' | 'prefers-reduced-motion' | 'prefers-contrast'; value: string }>;
}

/** A story's parameters: its docs text and its expectations. */
export function expects(expectations: StoryExpectations, docs?: string) {
  return { ...(docs ? storyDocs(docs) : {}), ...expectations };
}

/**
 * A page that follows the visitor's OS setting as the widget with `theme="auto"` does: light or dark
 * system colours (`Canvas`, `CanvasText`) under `color-scheme: light dark`.
 */
export function onPageFollowingOs(content: TemplateResult): TemplateResult {
  return html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText; padding: 1em">${content}</div>`;
}

/** Storybook's background for the stories on the dark page (`globals`, Storybook 10's backgrounds API). */
export const darkBackground = { backgrounds: { value: 'dark' } } as const;

/** `media` for a story whose visitor's system is in dark mode (emulated by the tests). */
export const VISITOR_DARK: StoryExpectations['media'] = [{ name: 'prefers-color-scheme', value: 'dark' }];
/** `media` for a story in Windows high contrast (emulated by the tests). */
export const FORCED_COLORS: StoryExpectations['media'] = [{ name: 'forced-colors', value: 'active' }];

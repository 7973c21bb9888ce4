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

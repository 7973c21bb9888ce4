/// <reference types="vite/client" />
// Registers every widget and hands Storybook the Custom Elements Manifest for the docs tables.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/all.js';

// A glob rather than a plain import, so a checkout without custom-elements.json (git-ignored,
// written by `npm run build` or by main.ts) still starts: the glob then matches nothing.
const manifests = import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) {
  setCustomElementsManifest(withoutPrivateMembers(manifest));
} else {
  console.warn('[storybook] custom-elements.json not found: run `npm run build` for the docs tables.');
}

interface ManifestMember {
  privacy?: string;
  static?: boolean;
}

/** The docs tables are for webmasters: drop private/protected and static members (internals, styles). */
function withoutPrivateMembers(cem: unknown): unknown {
  const copy = structuredClone(cem) as { modules?: Array<{ declarations?: Array<{ members?: ManifestMember[] }> }> };
  for (const declaration of (copy.modules ?? []).flatMap((module) => module.declarations ?? [])) {
    if (declaration.members) {
      declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
      declaration.members = declaration.members.filter((member) => !member.static);
    }
  }
  return copy;
}

/**
 * The theme tokens every widget reads (README, "Theme tokens"), so a designer can try them on any story; the
 * widgets' own tokens (`--evi-badge-*`, gaps, heights) come from the manifest and get the same controls.
 */
const SHARED_TOKENS: Record<string, string> = {
  '--evi-color-text': 'Text',
  '--evi-color-muted': 'Secondary text',
  '--evi-color-background': 'Widget background (and the dark theme’s box)',
  '--evi-color-surface': 'Cards, status boxes, badge background',
  '--evi-color-border': 'Borders',
  '--evi-color-accent': 'Links, buttons, badge',
  '--evi-color-accent-text': 'Text on the accent colour',
  '--evi-color-danger': 'Errors',
  '--evi-color-success': 'Confirmations',
  '--evi-color-focus': 'Focus ring',
  '--evi-radius': 'Corners (e.g. 0, 0.375em, 1em)',
  '--evi-font-family': 'Font family (default: the page’s)',
  '--evi-font-size': 'Base size (e.g. 1em, 18px)',
};
const isColour = (name: string) => /color|background|border/.test(name);

const preview: Preview = {
  tags: ['autodocs'],
  argTypes: Object.fromEntries(
    Object.entries(SHARED_TOKENS).map(([name, description]) => [
      name,
      { description, control: isColour(name) ? 'color' : 'text', table: { category: 'css custom properties' } },
    ]),
  ),
  // CSS custom properties from the manifest get a colour or text field (not an empty object editor); parts and
  // events are documented, not controls (a part named like an attribute, `network`, hid the attribute's control)
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => {
          const category = String(argType.table?.category ?? '').toLowerCase();
          if (name.startsWith('--')) return [name, { ...argType, control: isColour(name) ? 'color' : 'text' }];
          // (a control a story set itself stays: the directory's `network` select shares its name with a part)
          const own = argType.control && typeof argType.control === 'object' && argType.control.type !== 'object';
          if ((category === 'css shadow parts' || category === 'events') && !own && !argType.options) return [name, { ...argType, control: false }];
          return [name, argType];
        }),
      ),
  ],
  // a token set in Controls is set on a box around the story, as a page sets it on an ancestor
  decorators: [
    (story, { args }) => {
      const tokens = Object.entries(args).filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value !== '');
      return tokens.length ? html`<div style=${tokens.map(([name, value]) => `${name}: ${value}`).join('; ')}>${story()}</div>` : story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    backgrounds: {
      options: {
        light: { name: 'Light page', value: '#ffffff' },
        dark: { name: 'Dark page', value: '#1b1d21' },
      },
    },
    // Violations fail the story in Storybook's test runs. The addon runs axe in its afterEach, after `play`: every
    // meta's `play` (stories/story-settle.ts) waits for the state the story is named for with the same code as
    // test/story-harness.ts, so the panel checks that state, not the loading state before it. Not the same check as
    // test/stories.a11y.test.ts, though: the addon leaves out axe's `region` rule (a story in the canvas has no
    // landmarks) and checks the whole canvas, and only the tests check `parameters.shows` and `announces`, the Tab
    // walk and focus indicators, and emulate `parameters.media` (dark mode, forced colors).
    a11y: { test: 'error' },
  },
  initialGlobals: {
    backgrounds: { value: 'light' },
  },
};

export default preview;

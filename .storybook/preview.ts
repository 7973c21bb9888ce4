/// <reference types="vite/client" />
// Registers every widget and hands Storybook the Custom Elements Manifest for the docs tables.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
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

const preview: Preview = {
  tags: ['autodocs'],
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

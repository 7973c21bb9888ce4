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
    // Violations fail the story in Storybook's test runs, matching test/stories.a11y.test.ts.
    a11y: { test: 'error' },
  },
  initialGlobals: {
    backgrounds: { value: 'light' },
  },
};

export default preview;

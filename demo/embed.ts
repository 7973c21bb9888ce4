/// <reference types="vite/client" />
/**
 * The embed builder page (demo/embed.html): the builder itself is demo/embed-builder.ts, shared with Storybook.
 * Here Vite reads cdn/manifest.json (written by `npm run build`) when it serves this module; without a build
 * the builder says so and shows no snippet. The live preview uses the dev build the page loads from /src/all.ts.
 */

import { checkManifest, mountEmbedBuilder } from './embed-builder.js';

// An empty object when cdn/ has not been built.
const found = import.meta.glob<unknown>('../cdn/manifest.json', { eager: true, import: 'default' });

void mountEmbedBuilder(document.querySelector<HTMLElement>('#embed-builder')!, {
  manifest: checkManifest(
    Object.values(found)[0],
    'cdn/manifest.json',
    'Kör npm run build och ladda om sidan (starta om npm start om det inte hjälper).',
  ),
  feeds: '/feeds/',
});

import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { askEndpoint } from './demo/server/ask-endpoint.js';

const repo = import.meta.dirname;
const demo = resolve(repo, 'demo');

/** The demo pages, one entry each (used by `vite build` of the demo; `npm start` serves them all as-is). */
const pages = ['index', 'kommun', 'centrum', 'lrf', 'medlem', 'trasig', 'embed'];

// `npm start`: the demo site in demo/, importing the widgets straight from src/.
// Pages load `<script type="module" src="/src/all.ts">`; the alias maps that URL to the repo's src/
// (outside the demo root, hence `fs.allow`). Feeds are plain files under demo/feeds/.
export default defineConfig({
  root: demo,
  // Multi-page: no SPA fallback, so a missing feed is a real 404 (the broken-feed page relies on it).
  appType: 'mpa',
  // POST /api/questions (the ask form's submitUrl) and /feeds/ask-local.json: demo/server/ask-endpoint.ts
  plugins: [askEndpoint({ demo })],
  resolve: {
    alias: [{ find: /^\/src\//, replacement: `${resolve(repo, 'src')}/` }],
  },
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [repo] } },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: resolve(repo, 'dist', 'demo'),
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(pages.map((p) => [p, resolve(demo, `${p}.html`)])),
    },
  },
});

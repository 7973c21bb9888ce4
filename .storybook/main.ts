// Storybook 10 for the widgets: stories in stories/, feeds served as static files, no phoning home.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = resolve(import.meta.dirname, '..');
const manifestPath = join(root, 'custom-elements.json');

/** Newest modification time of the element sources the manifest is generated from. */
function newestSourceTime(): number {
  const srcDir = join(root, 'src');
  if (!existsSync(srcDir)) return 0;
  return readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .reduce((newest, file) => Math.max(newest, statSync(join(srcDir, file)).mtimeMs), 0);
}

/**
 * The docs tables (attributes, events, slots, CSS parts) come from custom-elements.json, which
 * `npm run build` writes and git ignores. A fresh checkout has none, so write it here when it is
 * missing or older than src/. A failure only costs the docs tables: preview.ts tolerates absence.
 */
function ensureCustomElementsManifest(): void {
  if (existsSync(manifestPath) && statSync(manifestPath).mtimeMs >= newestSourceTime()) return;
  const analyzer = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  try {
    execFileSync(
      process.execPath,
      [analyzer, 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--outdir', '.', '--quiet'],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
  } catch (error) {
    console.warn(`[storybook] could not generate custom-elements.json; docs tables will be empty: ${String(error)}`);
  }
}

ensureCustomElementsManifest();

/**
 * cdn/ (git-ignored, written by `npm run build`) is served at /cdn/: the embed builder story fetches
 * cdn/manifest.json for the snippet's SRI hashes, and the files sit beside it byte for byte. Storybook
 * refuses a static dir that does not exist, so without a build it is left out and the builder says the
 * manifest is missing. Checked once, at start: after a first `npm run build`, restart Storybook.
 */
const cdnDir = join(root, 'cdn');
const cdnStaticDirs = existsSync(join(cdnDir, 'manifest.json')) ? [{ from: '../cdn', to: '/cdn' }] : [];
if (!cdnStaticDirs.length) {
  console.warn('[storybook] cdn/manifest.json not found: the embed builder will say so. Run `npm run build` first.');
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // not the repo's vite.config.ts: that one is the demo site's
    options: { builder: { viteConfigPath: join(import.meta.dirname, 'vite.config.ts') } },
  },
  // The same URL paths (/stories/feeds/x.json, /cdn/manifest.json) work in web-test-runner, which serves the repo root.
  staticDirs: [{ from: '../stories/feeds', to: '/stories/feeds' }, ...cdnStaticDirs],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;

// Runs the browser tests in Chromium. Which Chromium: $CHROME_PATH, else a system Chromium/Chrome,
// else the headless Chromium shipped inside the npm package @sparticuz/chromium (a fresh machine
// with no browser installed still runs the tests after `npm ci`).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { axTreePlugin } from './test/helpers/ax-tree-plugin.mjs';
import { touchPlugin } from './test/helpers/touch-plugin.mjs';

async function resolveChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

const executablePath = await resolveChromium();

/**
 * `executeServerCommand('emulate-media-features', { features: [{ name, value }] })`: any media
 * features at once, including `forced-colors` (Windows high contrast), which the emulateMedia of
 * @web/test-runner-commands does not cover. Each call replaces the previous emulation.
 */
const mediaFeaturesPlugin = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    const page = session.browser.getPage(session.id);
    await page.emulateMediaFeatures(payload.features);
    return true;
  },
};

/**
 * `/raw/cdn/<file>`: the file in cdn/ byte for byte (no plugin transforms it), so its sha384 matches
 * cdn/manifest.json and `integrity` can be tested (test/sri.test.ts). CORS header as a CDN sends it.
 */
const cdnDir = resolve(import.meta.dirname, 'cdn');
const RAW_PREFIX = '/raw/cdn/';
async function rawCdnMiddleware(ctx, next) {
  if (!ctx.path.startsWith(RAW_PREFIX)) return next();
  const file = resolve(cdnDir, decodeURIComponent(ctx.path.slice(RAW_PREFIX.length)));
  if (!file.startsWith(cdnDir + sep)) {
    ctx.status = 404;
    return undefined;
  }
  try {
    ctx.body = await readFile(file);
  } catch {
    ctx.status = 404;
    return undefined;
  }
  ctx.set('Content-Type', extname(file) === '.json' ? 'application/json' : 'text/javascript');
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cache-Control', 'no-store');
  return undefined;
}

/**
 * `executeServerCommand('emulate-network', { download, upload, latency })`: throttles the test
 * page's network through the Chrome DevTools Protocol (download/upload in bytes per second,
 * latency in ms); `{ preset: 'slow-3g' }` for 500 kbit/s both ways and 400 ms; `{ reset: true }`
 * (or no payload) turns throttling off. Applies to localhost requests too (test/hostile/throttle.test.ts
 * measures that it does).
 */
const networkSessions = new Map();
const networkPlugin = {
  name: 'emulate-network',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-network') return undefined;
    // Raw CDP, not page.emulateNetworkConditions: the puppeteer-core bundled with the runner sends
    // Network.emulateNetworkConditionsByRule without `offline`, which Chromium 143 rejects.
    let cdp = networkSessions.get(session.id);
    if (!cdp) {
      cdp = await session.browser.getPage(session.id).createCDPSession();
      await cdp.send('Network.enable');
      networkSessions.set(session.id, cdp);
    }
    const off = !payload || payload.reset;
    const slow3g = payload?.preset === 'slow-3g';
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: off ? 0 : slow3g ? 400 : (payload.latency ?? 0),
      downloadThroughput: off ? -1 : slow3g ? (500 * 1000) / 8 : (payload.download ?? -1),
      uploadThroughput: off ? -1 : slow3g ? (500 * 1000) / 8 : (payload.upload ?? -1),
    });
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'default'] },
  // Before every plugin: user middleware runs first in @web/dev-server, and this one does not call next().
  middleware: [rawCdnMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), mediaFeaturesPlugin, networkPlugin, axTreePlugin, touchPlugin],
  // The default page, plus test/helpers/clonable-results.ts first: a failed assertion about a DOM element
  // reports its message instead of a two-minute "did not finish".
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/helpers/clonable-results.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  concurrency: 2,
  // Coverage of src/ with a floor: a change that leaves code untested fails `npm test`.
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['node_modules/**', 'test/**', 'stories/**'],
    threshold: { statements: 80, branches: 70, functions: 75, lines: 80 },
    reportDir: 'coverage',
  },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
};

// Runs the browser tests in Chromium. Which Chromium: $CHROME_PATH, else a system Chromium/Chrome,
// else the headless Chromium shipped inside the npm package @sparticuz/chromium (a fresh machine
// with no browser installed still runs the tests after `npm ci`).
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

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

export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'default'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), mediaFeaturesPlugin],
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

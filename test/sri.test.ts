/**
 * Subresource Integrity, end to end (issue 6, "Done when"): the embed builder's snippet (demo/snippet.ts,
 * the same function demo/embed.ts uses), pasted into a fresh page, works with the integrity check on; and
 * with one character of a hash changed, the browser refuses the script. The files come from `/raw/cdn/`,
 * which web-test-runner.config.mjs serves byte for byte from cdn/ (`npm test` builds first), so their
 * hashes are those of cdn/manifest.json.
 *
 * The "fresh page" is an iframe written with document.open()/write(): a new document with the test
 * page's URL, so the badge's domain check sees `localhost` (an `<iframe srcdoc>` has the host "", which
 * no member's `domains` lists, so the badge could never verify there).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { buildSnippet, inlineScriptHashes, type Manifest, type ScriptMode } from '../demo/snippet.js';

/**
 * Full addresses, as the builder requires (it writes no snippet for a relative feed or CDN address: pasted on
 * another site, those would point at that site). Same origin as the test page, so a CSP of 'self' allows them.
 */
const BASE = new URL('/raw/cdn/', location.href).href;
const SRC = new URL('/test/fixtures/members.json', location.href).href;

interface Probe {
  verify: Array<{ verified: boolean; reason: string }>;
  scriptErrors: string[];
  scriptLoads: string[];
}

type ProbeWindow = Window & typeof globalThis & { __probe: Probe };

/** Recorded by the page itself, from before the snippet is parsed. */
const PROBE = `<script>
  window.__probe = { verify: [], scriptErrors: [], scriptLoads: [] };
  document.addEventListener('evi-verify', (e) => window.__probe.verify.push(e.detail), true);
  document.addEventListener('error', (e) => { if (e.target instanceof HTMLScriptElement) window.__probe.scriptErrors.push(e.target.src); }, true);
  document.addEventListener('load', (e) => { if (e.target instanceof HTMLScriptElement) window.__probe.scriptLoads.push(e.target.src); }, true);
</script>`;

function snippet(mode: ScriptMode, manifest: Manifest): string {
  return buildSnippet({
    tag: 'evi-network-badge',
    attributes: [
      ['src', SRC],
      ['member', 'kolbacks-smide'],
      ['network', 'kanalnatet'],
    ],
    base: BASE,
    mode,
    manifest,
    networkName: 'Kanalnätet',
  });
}

/** A fresh HTML page in an iframe, containing `body` (and `head` first in its head); resolves with its window. */
function page(body: string, head = ''): ProbeWindow {
  const iframe = document.createElement('iframe');
  document.body.append(iframe);
  const doc = iframe.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="sv"><head>${head}<meta charset="utf-8"><title>SRI</title>${PROBE}</head><body>\n${body}\n</body></html>`);
  doc.close();
  return iframe.contentWindow as ProbeWindow;
}

/** A page's Content-Security-Policy as a meta element: scripts from this origin and the given inline hashes. */
function cspMeta(inlineSources: string[]): string {
  return `<meta http-equiv="Content-Security-Policy" content="script-src 'self' ${inlineSources.join(' ')}; connect-src 'self'">`;
}

/** One base64 character of the hash of `file` changed, everywhere it occurs in the snippet. */
function tamper(html: string, manifest: Manifest, file: string): string {
  const hash = manifest.files[file].integrity;
  const last = hash.at(-1) === 'A' ? 'B' : 'A';
  const broken = hash.slice(0, -1) + last;
  expect(html).to.contain(hash);
  return html.split(hash).join(broken);
}

describe('SRI: the embed builder snippet in a fresh page', function () {
  this.timeout(20_000);
  let manifest: Manifest;

  before(async () => {
    manifest = (await (await fetch(`${BASE}manifest.json`)).json()) as Manifest;
  });

  afterEach(() => {
    for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
  });

  it('serves cdn/ files byte for byte under /raw/cdn/ (their sha384 matches the manifest)', async () => {
    for (const file of ['evi-loader.js', 'evi-widgets.js', 'evi-network-badge.js']) {
      const response = await fetch(BASE + file);
      expect(response.headers.get('content-type')).to.contain('text/javascript');
      expect(response.headers.get('access-control-allow-origin')).to.equal('*');
      const digest = await crypto.subtle.digest('SHA-384', await response.arrayBuffer());
      const base64 = btoa(String.fromCharCode(...new Uint8Array(digest)));
      expect(`sha384-${base64}`).to.equal(manifest.files[file].integrity);
    }
  });

  for (const mode of ['bundle', 'loader'] as const) {
    describe(mode === 'bundle' ? 'single bundle (evi-widgets.js)' : 'loader with its import map', () => {
      it('carries integrity and crossorigin, and the badge verifies with the check on', async () => {
        const html = snippet(mode, manifest);
        const file = mode === 'bundle' ? 'evi-widgets.js' : 'evi-loader.js';
        expect(html).to.contain(`src="${BASE}${file}" integrity="${manifest.files[file].integrity}" crossorigin="anonymous"`);
        if (mode === 'loader') {
          expect(html).to.contain('<script type="importmap">');
          expect(html).to.contain(`"${BASE}evi-network-badge.js": "${manifest.files['evi-network-badge.js'].integrity}"`);
        }
        const win = page(html);
        await waitUntil(() => win.__probe.verify.length > 0 || win.__probe.scriptErrors.length > 0, 'the badge never decided', { timeout: 10_000 });
        expect(win.__probe.scriptErrors).to.deep.equal([]);
        expect(win.__probe.verify[0]).to.include({ verified: true, reason: 'verified' });
        expect(win.customElements.get('evi-network-badge')).to.be.a('function');
        expect(win.document.querySelector('evi-network-badge')!.shadowRoot!.textContent).to.contain('Medlem i Kanalnätet');
        if (mode === 'loader') {
          // The chunks really were fetched through the import map's integrity entries.
          const fetched = win.performance.getEntriesByType('resource').map((entry) => entry.name);
          expect(fetched).to.include(`${BASE}evi-network-badge.js`);
        }
      });

      it('is blocked when one character of the script hash is changed', async () => {
        const file = mode === 'bundle' ? 'evi-widgets.js' : 'evi-loader.js';
        const win = page(tamper(snippet(mode, manifest), manifest, file));
        await waitUntil(() => win.__probe.scriptErrors.length > 0, 'no error event on the tampered script', { timeout: 10_000 });
        expect(win.__probe.scriptErrors).to.deep.equal([new URL(BASE + file, location.href).href]);
        // give a wrongly accepted script every chance to run
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(win.customElements.get('evi-network-badge')).to.equal(undefined);
        expect(win.__probe.verify).to.deep.equal([]);
      });
    });
  }

  describe('under a Content-Security-Policy', () => {
    /** The page's console errors from the moment it exists. */
    function recordErrors(win: ProbeWindow): unknown[][] {
      const errors: unknown[][] = [];
      const original = win.console.error;
      win.console.error = (...args: unknown[]) => {
        errors.push(args);
        original.apply(win.console, args);
      };
      return errors;
    }

    it("with the builder's hash for the import map, the map applies: a chunk with a wrong hash is not run", async () => {
      const html = tamper(snippet('loader', manifest), manifest, 'evi-network-badge.js');
      const sources = await inlineScriptHashes(html + PROBE);
      expect(sources).to.have.length(2);
      const win = page(html, cspMeta(sources));
      const errors = recordErrors(win);
      await waitUntil(() => errors.length > 0, 'the loader did not report the blocked chunk', { timeout: 10_000 });
      expect(String(errors[0][0])).to.contain('[evi-loader] could not load');
      expect(win.customElements.get('evi-network-badge')).to.equal(undefined);
      // and untampered, the badge verifies under the same policy
      const good = snippet('loader', manifest);
      const ok = page(good, cspMeta(await inlineScriptHashes(good + PROBE)));
      await waitUntil(() => ok.__probe.verify.length > 0, 'the badge never decided', { timeout: 10_000 });
      expect(ok.__probe.verify[0]).to.include({ verified: true });
    });

    it('without that hash the browser drops the import map (what the README and the builder warn about)', async () => {
      const html = snippet('loader', manifest);
      const [probeSource] = await inlineScriptHashes(PROBE);
      const win = page(html, cspMeta([probeSource]));
      const violations: string[] = [];
      win.document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      await waitUntil(() => win.__probe.verify.length > 0 || violations.length > 0, 'nothing happened', { timeout: 10_000 });
      expect(violations).to.include('script-src-elem');
    });
  });

  it('loader: a chunk whose import-map hash is changed is not run', async () => {
    const errors: unknown[][] = [];
    const html = tamper(snippet('loader', manifest), manifest, 'evi-network-badge.js');
    const win = page(html);
    const originalError = win.console.error;
    win.console.error = (...args: unknown[]) => {
      errors.push(args);
      originalError.apply(win.console, args);
    };
    await waitUntil(() => errors.length > 0, 'the loader did not report the blocked chunk', { timeout: 10_000 });
    expect(win.__probe.scriptLoads).to.deep.equal([new URL(`${BASE}evi-loader.js`, location.href).href]);
    expect(String(errors[0][0])).to.contain(`[evi-loader] could not load ${new URL(`${BASE}evi-network-badge.js`, location.href).href}`);
    expect(win.customElements.get('evi-network-badge')).to.equal(undefined);
    expect(win.__probe.verify).to.deep.equal([]);
  });
});

/**
 * The embed builder (demo/embed-builder.ts), as demo/embed.html and Storybook's "Embed builder" story mount it:
 * a snippet with integrity only when the manifest is usable, and a clear message instead of a snippet when it
 * is not. The manifest here is made up (valid format, fake hashes), so the tests do not depend on a build;
 * test/sri.test.ts proves the real hashes work in a browser.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { checkManifest, loadManifest, mountEmbedBuilder, type ManifestResult } from '../demo/embed-builder.js';
import type { Manifest } from '../demo/snippet.js';
import '../src/all.js';
import { hash, MANIFEST } from './helpers/manifest.js';


const FIX = 'Kör npm run build.';

const FEED = new URL('/stories/feeds/members.json', location.href).href;
const CDN = 'https://cdn.example.se/@envagin/widgets@9.8.7/cdn/';
/** What a webmaster types for a badge: full addresses, the member, the network and its name. */
const FILLED = { src: FEED, member: 'kolbacks-smide', network: 'kanalnatet', 'network-name': 'Kanalnätet', cdn: CDN };

async function mount(manifest: ManifestResult | Promise<ManifestResult>, idPrefix?: string, values?: Record<string, string>) {
  const root = await fixture<HTMLElement>(html`<div></div>`);
  const ready = mountEmbedBuilder(root, { manifest, feeds: '/stories/feeds/', idPrefix, values });
  await ready;
  await feedChecked(root);
  const $ = <T extends HTMLElement>(name: string) => root.querySelector<T>(`#${idPrefix ?? ''}${name}`)!;
  return { root, $ };
}

/** Until the builder has read the members feed it shows no code (the ids are not checked yet). */
async function feedChecked(root: HTMLElement): Promise<void> {
  await waitUntil(() => root.querySelector('[id$="snippet-checking"]')?.hasAttribute('hidden') ?? true, 'the feed was read', { timeout: 3000 });
}

function choose(root: HTMLElement, name: string, value: string): void {
  const radio = root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  radio.checked = true;
  radio.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('embed builder', () => {
  it('with a manifest and the fields filled in: a loader snippet with integrity, crossorigin and the import map, for this version', async () => {
    const { $ } = await mount({ manifest: MANIFEST, source: 'cdn/manifest.json' }, undefined, FILLED);
    expect($('manifest-status').textContent).to.equal('Kontrollsummor för version 9.8.7 inlästa från cdn/manifest.json (4 filer).');
    expect($('manifest-status').classList.contains('ok')).to.equal(true);
    expect($('snippet-area').hidden).to.equal(false);
    expect($('snippet-missing').hidden).to.equal(true);
    expect($('snippet-problems').hidden).to.equal(true);
    const scripts = $<HTMLTextAreaElement>('snippet-scripts').value;
    const element = $<HTMLTextAreaElement>('snippet-element').value;
    expect(scripts).to.contain(`<script type="module" src="${CDN}evi-loader.js" integrity="${hash('L')}" crossorigin="anonymous"></script>`);
    expect(scripts).to.contain(`"${CDN}evi-network-badge.js": "${hash('B')}"`);
    expect(element).to.contain('<evi-network-badge');
    // the address the webmaster typed (a full one), never the demo's own feed
    expect(element).to.contain(`src="${FEED}"`);
    expect($('preview').querySelector('evi-network-badge')!.getAttribute('src')).to.equal(FEED);
  });

  it('untouched: no snippet pointing at the demo; the preview shows the demo feed and says so', async () => {
    const { root, $ } = await mount({ manifest: MANIFEST, source: 'cdn/manifest.json' });
    const src = root.querySelector<HTMLInputElement>('[data-attribute="src"]')!;
    expect(src.value).to.equal('');
    expect(src.placeholder).to.equal('https://www.hallstahammar.se/…/members.json');
    expect($<HTMLInputElement>('f-cdn').value).to.equal('');
    expect($<HTMLInputElement>('f-cdn').placeholder).to.equal('https://cdn.jsdelivr.net/npm/@envagin/widgets@9.8.7/cdn/');
    expect($<HTMLTextAreaElement>('snippet-scripts').value).to.equal('');
    expect($<HTMLTextAreaElement>('snippet-element').value).to.equal('');
    expect($('snippet-problems').hidden).to.equal(false);
    expect($('preview').querySelector('evi-network-badge')!.getAttribute('src')).to.equal(FEED);
    expect($('preview-hint').textContent).to.contain('demons exempelflöde');
  });

  it("the badge's fallback link: the network's name from the feed, the member id encoded, only http(s) pages", async () => {
    // no network name typed: the builder fills it in from the feed it can read
    const typed = { src: FEED, member: 'kolbacks-smide', network: 'kanalnatet', href: 'https://example.org/foretag', cdn: CDN };
    const { root, $ } = await mount({ manifest: MANIFEST, source: 'cdn/manifest.json' }, undefined, typed);
    const code = () => $<HTMLTextAreaElement>('snippet-element').value;
    // the name is read from the chosen feed once it answers
    await waitUntil(() => code().includes('>Medlem i Kanalnätet</a>'), `no network name in ${code()}`);
    expect(code()).to.contain('<a href="https://example.org/foretag#member=kolbacks-smide">Medlem i Kanalnätet</a>');
    const set = async (name: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(`[data-attribute="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 350));
      return input;
    };
    // an address with a fragment: the fragment is replaced, as the badge does; the id is encoded in the
    // preview (the snippet is withheld: no such member in the feed)
    await set('href', 'https://example.org/foretag#lista');
    await set('member', 'a"b <c>');
    expect($('preview').querySelector('evi-network-badge a')!.getAttribute('href')).to.equal('https://example.org/foretag#member=a%22b%20%3Cc%3E');
    await set('member', 'kolbacks-smide');
    expect(code()).to.contain('<a href="https://example.org/foretag#member=kolbacks-smide">Medlem i Kanalnätet</a>');
    // not an http(s) page: no link in the fallback or the preview, and the field says so
    const href = await set('href', 'javascript:alert(document.domain)//');
    expect(href.getAttribute('aria-invalid')).to.equal('true');
    expect(code()).not.to.contain('<a href="javascript');
    expect($('preview').querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('gives the CSP source of the import map, which a page with a Content-Security-Policy must allow', async () => {
    const { $ } = await mount({ manifest: MANIFEST, source: 'cdn/manifest.json' }, undefined, FILLED);
    await waitUntil(() => !$('csp').hidden, 'no CSP hint');
    const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec($<HTMLTextAreaElement>('snippet-scripts').value)![1];
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(map));
    const source = `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
    expect($('csp').textContent).to.contain(`Lägg då till ${source} i script-src`);
  });

  it('the single bundle and another widget: the snippet follows the form', async () => {
    const { root, $ } = await mount({ manifest: MANIFEST, source: 'cdn/manifest.json' }, undefined, FILLED);
    choose(root, 'script', 'bundle');
    choose(root, 'widget', 'evi-event-list');
    const src = root.querySelector<HTMLInputElement>('[data-attribute="src"]')!;
    src.value = new URL('/stories/feeds/events.json', location.href).href;
    src.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 350));
    const code = $<HTMLTextAreaElement>('snippet-scripts').value + $<HTMLTextAreaElement>('snippet-element').value;
    expect(code).to.contain(`evi-widgets.js" integrity="${hash('W')}" crossorigin="anonymous"`);
    expect(code).not.to.contain('importmap');
    expect(code).to.contain('<evi-event-list');
    expect($('preview').firstElementChild!.localName).to.equal('evi-event-list');
  });

  it('without a manifest: says so and shows no snippet (none without integrity)', async () => {
    const { $ } = await mount(checkManifest(undefined, 'cdn/manifest.json', FIX));
    const status = $('manifest-status');
    expect(status.textContent).to.contain('cdn/manifest.json saknas, så ingen kod visas');
    expect(status.textContent).to.contain(FIX);
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.classList.contains('ok')).to.equal(false);
    expect($('snippet-area').hidden).to.equal(true);
    expect($<HTMLTextAreaElement>('snippet-scripts').value).to.equal('');
    expect($<HTMLTextAreaElement>('snippet-element').value).to.equal('');
    expect($('snippet-missing').hidden).to.equal(false);
    expect($('snippet-missing').textContent).to.contain('Ingen kod att kopiera');
    // the preview still works
    expect($('preview').querySelector('evi-network-badge')).not.to.equal(null);
  });

  it('a manifest without a hash for a script it offers is refused', async () => {
    const broken = structuredClone(MANIFEST);
    delete (broken.files as Partial<Manifest['files']>)['evi-widgets.js'];
    const result = checkManifest(broken, 'cdn/manifest.json', FIX);
    expect(result.manifest).to.equal(undefined);
    expect((result as { problem: string }).problem).to.contain('cdn/manifest.json har ingen sha384-kontrollsumma för evi-widgets.js');
    expect(checkManifest({ hello: 1 }, 'x.json', FIX).manifest).to.equal(undefined);
    expect(checkManifest(MANIFEST, 'x.json', FIX).manifest).to.equal(MANIFEST);
  });

  it('loadManifest: fetched and checked; a 404 or non-JSON answer is a problem, not an error', async () => {
    const ok = await loadManifest(`data:application/json,${encodeURIComponent(JSON.stringify(MANIFEST))}`, FIX);
    expect(ok.manifest).to.deep.equal(MANIFEST);
    const notFound = await loadManifest('/cdn/finns-inte.json', FIX);
    expect((notFound as { problem: string }).problem).to.contain('Filförteckningen /cdn/finns-inte.json saknas (svar 404)');
    const html = await loadManifest('/demo/embed.html', FIX);
    expect((html as { problem: string }).problem).to.contain('är inte JSON');
  });

  it("the story's manifest URL, cdn/manifest.json relative to the page, finds the build's manifest here too", async () => {
    // web-test-runner serves the repo root, as Storybook serves cdn/ at ./cdn/ (.storybook/main.ts); `npm test` builds cdn/ first.
    const result = await loadManifest('cdn/manifest.json', FIX);
    expect(result.manifest?.name).to.equal('@envagin/widgets');
    expect(result.manifest?.files['evi-loader.js'].integrity).to.match(/^sha384-/);
  });

  it('a fetched manifest: loading first, then the snippet, without recreating the preview', async () => {
    let resolve!: (result: ManifestResult) => void;
    const pending = new Promise<ManifestResult>((r) => (resolve = r));
    const root = await fixture<HTMLElement>(html`<div></div>`);
    const ready = mountEmbedBuilder(root, { manifest: pending, feeds: '/stories/feeds/', values: FILLED });
    const status = root.querySelector('#manifest-status')!;
    expect(status.textContent).to.equal('Läser in filförteckningen…');
    expect(root.querySelector<HTMLElement>('#snippet-area')!.hidden).to.equal(true);
    const badge = root.querySelector('#preview evi-network-badge');
    expect(badge).not.to.equal(null);
    resolve({ manifest: MANIFEST, source: 'cdn/manifest.json' });
    await ready;
    await feedChecked(root);
    expect(status.textContent).to.contain('version 9.8.7');
    expect(root.querySelector<HTMLTextAreaElement>('#snippet-scripts')!.value).to.contain(hash('L'));
    expect(root.querySelector('#preview evi-network-badge')).to.equal(badge);
  });

  it('two builders on one page (Storybook docs): no id is used twice, labels find their own controls', async () => {
    const page = await fixture<HTMLElement>(html`<div><div></div><div></div></div>`);
    const [first, second] = [...page.children] as HTMLElement[];
    await mountEmbedBuilder(first, { manifest: { manifest: MANIFEST, source: 'm' }, feeds: '/stories/feeds/', idPrefix: 'a-' });
    await mountEmbedBuilder(second, { manifest: { manifest: MANIFEST, source: 'm' }, feeds: '/stories/feeds/', idPrefix: 'b-' });
    const ids = [...page.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.length).to.be.greaterThan(20);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const label of page.querySelectorAll('label[for]')) {
      expect(label.closest('.embed-builder')).to.equal((label as HTMLLabelElement).control?.closest('.embed-builder'));
    }
  });
});

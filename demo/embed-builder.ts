/**
 * The embed builder: pick a widget, fill its attributes, see it live and copy a snippet whose scripts carry
 * `integrity="sha384-…"` and `crossorigin="anonymous"` (demo/snippet.ts writes it). One implementation for two
 * pages: demo/embed.html (demo/embed.ts, manifest read by Vite) and Storybook's "Embed builder" story
 * (stories/embed-builder.stories.ts, manifest fetched from the `cdn/` static dir). The live preview uses
 * whatever already registered the widgets on the page (the demo's /src/all.ts, Storybook's preview.ts).
 *
 * The hashes come from cdn/manifest.json, written by `npm run build`. Without a usable manifest the builder
 * says why and shows no snippet at all: a snippet without integrity would run an altered script unchecked.
 *
 * Nothing here depends on Vite or Storybook, so web-test-runner runs it as is (test/embed-builder.test.ts
 * and the story harness).
 */

import { html, render } from 'lit';
import { buildSnippet, fallback, inlineScriptHashes, memberLink, type Manifest, type ScriptMode, type Tag } from './snippet.js';

/** cdn/manifest.json checked, or why there is none to use (a whole sentence, shown to the user). */
export type ManifestResult = { manifest: Manifest; source: string } | { manifest?: undefined; problem: string };

export interface EmbedBuilderOptions {
  /** The manifest, or a promise of it (`loadManifest`). Until a promise settles the builder says it is loading. */
  manifest: ManifestResult | Promise<ManifestResult>;
  /** Where the preview's feeds are, ending in `/`: `members.json`, `events.json` and `ask.json` are read from it. */
  feeds: string;
  /** Put before every id, so two builders can share a page (Storybook's docs page). Default: none. */
  idPrefix?: string;
}

/** The scripts a snippet can load: each must have a hash, or the builder refuses to write one. */
const SCRIPTS: Record<ScriptMode, string> = { loader: 'evi-loader.js', bundle: 'evi-widgets.js' };

const SRI = /^sha384-[A-Za-z0-9+/]{64}$/;

function missing(reason: string, howToFix: string): ManifestResult {
  return {
    problem: `${reason}, så ingen kod visas: utan kontrollsummor skulle webbläsaren köra ett ändrat skript utan att märka det. ${howToFix}`,
  };
}

/**
 * Checks a parsed cdn/manifest.json (`undefined`: there is none). `source` names it in messages;
 * `howToFix` ends the message when it cannot be used.
 */
export function checkManifest(value: unknown, source: string, howToFix: string): ManifestResult {
  if (value === undefined) return missing(`${source} saknas`, howToFix);
  const candidate = value as Partial<Manifest> | null;
  if (typeof candidate !== 'object' || candidate === null || typeof candidate.version !== 'string' || typeof candidate.files !== 'object' || candidate.files === null) {
    return missing(`${source} är ingen filförteckning (version och files saknas)`, howToFix);
  }
  for (const file of Object.values(SCRIPTS)) {
    const integrity = candidate.files[file]?.integrity;
    if (typeof integrity !== 'string' || !SRI.test(integrity)) {
      return missing(`${source} har ingen sha384-kontrollsumma för ${file}`, howToFix);
    }
  }
  return { manifest: candidate as Manifest, source };
}

/** Fetches and checks cdn/manifest.json; never rejects (a failure is a `problem`). */
export async function loadManifest(url: string, howToFix: string): Promise<ManifestResult> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return missing(`Filförteckningen ${url} kunde inte hämtas (${String(error)})`, howToFix);
  }
  if (!response.ok) return missing(`Filförteckningen ${url} saknas (svar ${response.status})`, howToFix);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    return missing(`Filförteckningen ${url} är inte JSON`, howToFix);
  }
  return checkManifest(value, url, howToFix);
}

interface Field {
  name: string;
  label: string;
  hint: string;
  type: 'text' | 'url' | 'number' | 'checkbox' | 'select';
  value?: string;
  required?: boolean;
  options?: Array<[value: string, label: string]>;
  min?: number;
}

const feedField = (value: string): Field => ({
  name: 'src',
  label: 'Flödets adress',
  hint: 'Attributet src: flödets fullständiga adress på er webbplats (i förhandsvisningen demons flöde).',
  type: 'text',
  value,
  required: true,
});

function widgetFields(feeds: string): Record<Tag, Field[]> {
  // full addresses: a snippet pasted on another site must still find the feed
  const feed = (file: string) => feedField(new URL(feeds + file, document.baseURI).href);
  return {
    'evi-network-badge': [
      feed('members.json'),
      { name: 'member', label: 'Medlemmens id', hint: 'Attributet member: företagets id i medlemsflödet.', type: 'text', value: 'kolbacks-smide', required: true },
      { name: 'network', label: 'Nätverk', hint: 'Attributet network: nätverkets id. Tomt = det första nätverket i flödet.', type: 'text', value: 'kanalnatet' },
      {
        name: 'href',
        label: 'Länk till medlemsförteckningen',
        hint: 'Attributet href: sidan med medlemsförteckningen, en http- eller https-adress; märket länkar dit. Tomt = ingen länk.',
        type: 'url',
        value: 'https://example.org/foretag',
      },
      { name: 'size', label: 'Storlek', hint: 'Attributet size.', type: 'select', options: [['', 'Mellan (standard)'], ['small', 'Liten']] },
    ],
    'evi-event-list': [
      feed('events.json'),
      { name: 'limit', label: 'Antal tillfällen', hint: 'Attributet limit (standard 10).', type: 'number', value: '5', min: 1 },
      { name: 'category', label: 'Kategorier', hint: 'Attributet category: kommaseparerade id:n, t.ex. frukostmote,seminarium. Tomt = alla.', type: 'text' },
      { name: 'network', label: 'Nätverk', hint: 'Attributet network: kommaseparerade nätverks-id:n. Tomt = alla.', type: 'text' },
      { name: 'structured-data', label: 'Lägg till schema.org-data för sökmotorer', hint: 'Attributet structured-data.', type: 'checkbox' },
    ],
    'evi-member-directory': [
      feed('members.json'),
      { name: 'network', label: 'Nätverk', hint: 'Attributet network: bara det här nätverkets medlemmar. Tomt = alla.', type: 'text' },
      { name: 'page-size', label: 'Medlemmar per sida', hint: 'Attributet page-size (standard 24).', type: 'number', min: 1 },
    ],
    'evi-ask-form': [
      feed('ask.json'),
      { name: 'topic', label: 'Förvalt ämne', hint: 'Attributet topic: ämnets id. Tomt = inget förval.', type: 'text' },
    ],
  };
}

/**
 * The builder's own styles, scoped to its root (class `embed-builder`). The custom properties are demo/demo.css's;
 * the fallbacks are the same colours, for pages without demo.css (Storybook).
 */
const STYLES = `
.embed-builder .builder { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 56rem) { .embed-builder .builder { grid-template-columns: minmax(0, 22rem) minmax(0, 1fr); } }
.embed-builder fieldset { border: 1px solid var(--line, #d9d9d3); border-radius: 8px; background: var(--card, #ffffff); margin: 0 0 1rem; padding: 0.75rem 1rem 1rem; }
.embed-builder legend { font-weight: 600; padding: 0 0.25rem; }
.embed-builder .field { display: grid; gap: 0.2rem; margin-top: 0.75rem; }
.embed-builder .field label { font-weight: 600; }
.embed-builder .field.check { grid-template-columns: auto 1fr; align-items: center; gap: 0.5rem; }
.embed-builder .hint { color: var(--muted, #55554f); font-size: 0.9rem; margin: 0; }
.embed-builder input[type="text"], .embed-builder input[type="url"], .embed-builder input[type="number"], .embed-builder select {
  font: inherit; padding: 0.4rem 0.5rem; border: 1px solid #767670; border-radius: 4px; width: 100%; background: #fff;
}
.embed-builder input:focus-visible, .embed-builder select:focus-visible, .embed-builder button:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.embed-builder input[aria-invalid="true"] { border-color: #a4161a; }
.embed-builder .radios label { display: block; margin-top: 0.35rem; }
.embed-builder .preview { background: var(--card, #ffffff); border: 1px dashed var(--line, #d9d9d3); border-radius: 8px; padding: 1rem; min-height: 6rem; }
.embed-builder .copy-row { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; }
.embed-builder button { font: inherit; font-weight: 600; padding: 0.45rem 0.9rem; border-radius: 4px; border: 0; background: var(--accent, #005a8c); color: #fff; cursor: pointer; }
.embed-builder .notice { border-left: 4px solid #a4161a; background: #fff4f4; padding: 0.5rem 0.75rem; }
.embed-builder .ok { border-left-color: #1d6b34; background: #f1f8f3; }
.embed-builder textarea.snippet { width: 100%; min-height: 14rem; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem; }
`;

const adopted = new WeakSet<Document>();

/** Adds STYLES to the document once (a constructed sheet: no `<style>` element in the builder's markup). */
function adoptStyles(doc: Document): void {
  if (adopted.has(doc)) return;
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(STYLES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  adopted.add(doc);
}

/** The builder's markup (formerly demo/embed.html's): the fields of the chosen widget are added by renderFields. */
function template(id: (name: string) => string) {
  return html`
    <p id=${id('manifest-status')} class="notice" role="status">Läser in filförteckningen…</p>

    <div class="builder">
      <form id=${id('builder')} novalidate aria-describedby=${id('form-hint')}>
        <p id=${id('form-hint')} class="hint">Förhandsvisningen och koden uppdateras medan du skriver.</p>

        <fieldset class="radios">
          <legend>Komponent</legend>
          <label><input type="radio" name="widget" value="evi-network-badge" checked> Medlemsmärke (<code>evi-network-badge</code>)</label>
          <label><input type="radio" name="widget" value="evi-event-list"> Evenemangslista (<code>evi-event-list</code>)</label>
          <label><input type="radio" name="widget" value="evi-member-directory"> Medlemsförteckning (<code>evi-member-directory</code>)</label>
          <label><input type="radio" name="widget" value="evi-ask-form"> Frågeformulär (<code>evi-ask-form</code>)</label>
        </fieldset>

        <fieldset>
          <legend>Uppgifter</legend>
          <div id=${id('fields')}></div>
        </fieldset>

        <fieldset>
          <legend>Utseende och språk</legend>
          <div class="field">
            <label for=${id('f-lang')}>Språk</label>
            <select id=${id('f-lang')} name="lang" aria-describedby=${id('h-lang')}>
              <option value="">Samma som sidan (annars svenska)</option>
              <option value="sv">Svenska</option>
              <option value="en">Engelska</option>
            </select>
            <p id=${id('h-lang')} class="hint">Attributet <code>lang</code>.</p>
          </div>
          <div class="field">
            <label for=${id('f-theme')}>Tema</label>
            <select id=${id('f-theme')} name="theme" aria-describedby=${id('h-theme')}>
              <option value="">Ljust (standard)</option>
              <option value="dark">Mörkt</option>
              <option value="auto">Följ besökarens inställning</option>
            </select>
            <p id=${id('h-theme')} class="hint">Attributet <code>theme</code>.</p>
          </div>
        </fieldset>

        <fieldset class="radios">
          <legend>Skript</legend>
          <label><input type="radio" name="script" value="loader" checked> Laddaren – hämtar bara det sidan använder (minst)</label>
          <label><input type="radio" name="script" value="bundle"> Ett paket med alla fyra komponenterna</label>
          <div class="field">
            <label for=${id('f-cdn')}>Adress till <code>cdn/</code>-mappen</label>
            <input id=${id('f-cdn')} name="cdn" type="url" aria-describedby=${id('h-cdn')} required>
            <p id=${id('h-cdn')} class="hint">Där paketets <code>cdn/</code>-filer ligger, med versionen i adressen, till exempel på
              jsDelivr eller er egen server. Adressen ska sluta med <code>/</code>.</p>
          </div>
        </fieldset>
      </form>

      <div>
        <h2 id=${id('preview-heading')}>Förhandsvisning</h2>
        <!-- a named group (a name is prohibited on a plain div); not a region: two builders on a page would
             make two landmarks of the same name -->
        <div id=${id('preview')} class="preview" role="group" aria-labelledby=${id('preview-heading')}></div>
        <p class="hint">Förhandsvisningen använder demons källkod och flöden; märket visas bara om sidans
          adress finns bland medlemmens domäner.</p>

        <h2 id=${id('snippet-heading')}>Din kod</h2>
        <p id=${id('snippet-missing')} class="hint">Koden visas när filförteckningen med kontrollsummorna är inläst.</p>
        <div id=${id('snippet-area')} hidden>
          <p class="hint" id=${id('snippet-hint')}>Klistra in koden där komponenten ska synas. Med laddaren: lägg
            <code>&lt;script type="importmap"&gt;</code> före sidans andra modulskript, så kontrolleras även
            filerna som laddaren hämtar.</p>
          <p class="hint" id=${id('csp')} hidden></p>
          <label for=${id('snippet')} class="hint">Kod att kopiera</label>
          <textarea id=${id('snippet')} class="snippet" readonly aria-describedby=${id('snippet-hint')}></textarea>
          <div class="copy-row">
            <button type="button" id=${id('copy')}>Kopiera koden</button>
            <span id=${id('copy-status')} role="status" aria-live="polite"></span>
          </div>
        </div>
      </div>
    </div>
  `;
}

/** `el` is a `tag` with exactly these attributes. */
function sameAttributes(el: Element, tag: string, list: Array<[string, string]>): boolean {
  return el.localName === tag && el.attributes.length === list.length && list.every(([name, value]) => el.getAttribute(name) === value);
}

/**
 * Renders the builder into `root` (given the class `embed-builder`) and wires it up. Resolves when the manifest
 * is settled and shown (at once when `options.manifest` is not a promise): the status says what was read or why
 * nothing was, and the snippet is written, or withheld without a usable manifest.
 */
export function mountEmbedBuilder(root: HTMLElement, options: EmbedBuilderOptions): Promise<void> {
  const prefix = options.idPrefix ?? '';
  const id = (name: string) => `${prefix}${name}`;
  const byId = <T extends HTMLElement>(name: string) => root.querySelector<T>(`#${CSS.escape(id(name))}`)!;

  adoptStyles(root.ownerDocument);
  root.classList.add('embed-builder');
  render(template(id), root);

  const widgets = widgetFields(options.feeds);
  const form = byId<HTMLFormElement>('builder');
  const fieldsHost = byId('fields');
  const preview = byId('preview');
  const snippet = byId<HTMLTextAreaElement>('snippet');
  const snippetArea = byId('snippet-area');
  const snippetMissing = byId('snippet-missing');
  const copyButton = byId<HTMLButtonElement>('copy');
  const copyStatus = byId('copy-status');
  const manifestStatus = byId('manifest-status');
  const cspHint = byId('csp');
  const cdnInput = form.elements.namedItem('cdn') as HTMLInputElement;

  /** Set once the manifest is read and usable; until then (and for good without one) no snippet. */
  let manifest: Manifest | undefined;

  const cdnDefault = (version: string) => `https://widgets.envagin.example/@envagin/widgets@${version}/cdn/`;
  cdnInput.value = cdnDefault('0.1.0');

  function selectedTag(): Tag {
    return (form.elements.namedItem('widget') as RadioNodeList).value as Tag;
  }

  function renderFields(tag: Tag): void {
    fieldsHost.replaceChildren(
      ...widgets[tag].map((field) => {
        const fieldId = id(`f-${tag}-${field.name}`);
        const wrapper = document.createElement('div');
        wrapper.className = field.type === 'checkbox' ? 'field check' : 'field';
        const label = document.createElement('label');
        label.htmlFor = fieldId;
        label.textContent = field.required ? `${field.label} (obligatorisk)` : field.label;
        const hint = document.createElement('p');
        hint.id = `${fieldId}-hint`;
        hint.className = 'hint';
        hint.textContent = field.hint;
        let control: HTMLInputElement | HTMLSelectElement;
        if (field.type === 'select') {
          control = document.createElement('select');
          for (const [value, text] of field.options ?? []) control.add(new Option(text, value));
        } else {
          control = document.createElement('input');
          control.type = field.type;
          if (field.type === 'checkbox') control.checked = field.value === 'true';
          else control.value = field.value ?? '';
          if (field.min !== undefined) control.min = String(field.min);
        }
        control.id = fieldId;
        control.name = field.name;
        control.dataset.attribute = field.name;
        control.required = Boolean(field.required);
        control.setAttribute('aria-describedby', hint.id);
        if (field.type === 'checkbox') wrapper.append(control, label, hint);
        else wrapper.append(label, control, hint);
        return wrapper;
      }),
    );
  }

  /** The element's attributes in the order of the form, empty ones left out. */
  function attributes(tag: Tag): Array<[string, string]> {
    const list: Array<[string, string]> = [];
    for (const control of fieldsHost.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')) {
      const name = control.dataset.attribute!;
      if (control instanceof HTMLInputElement && control.type === 'checkbox') {
        if (control.checked) list.push([name, '']);
        continue;
      }
      const value = control.value.trim();
      // the badge links only to http(s) pages, and so does its fallback link
      const invalid = (control.required && value === '') || (name === 'href' && value !== '' && !memberLink(value, ''));
      control.setAttribute('aria-invalid', String(invalid));
      if (value !== '') list.push([name, value]);
    }
    for (const name of ['lang', 'theme']) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement).value;
      if (value) list.push([name, value]);
    }
    if (tag === 'evi-network-badge' && !list.some(([name]) => name === 'member')) list.push(['member', '']);
    return list;
  }

  /** The snippet, only with a manifest: without one the area stays hidden and the notice says why. */
  function updateSnippet(tag: Tag, list: Array<[string, string]>): void {
    const mode = (form.elements.namedItem('script') as RadioNodeList).value as ScriptMode;
    let base = cdnInput.value.trim();
    if (base && !base.endsWith('/')) base += '/';
    cdnInput.setAttribute('aria-invalid', String(!/^https:\/\/[^/]+\//.test(base)));
    const code = manifest ? buildSnippet({ tag, attributes: list, base, mode, manifest, networkNames: namesFor(list) }) : '';
    snippet.value = code;
    snippetArea.hidden = !manifest;
    snippetMissing.hidden = Boolean(manifest);
    copyStatus.textContent = '';
    cspHint.hidden = true;
    void inlineScriptHashes(code).then((hashes) => {
      if (snippet.value !== code || !hashes.length) return;
      cspHint.textContent =
        `Har sidan en Content-Security-Policy? Lägg då till ${hashes.join(' ')} i script-src. Importkartan är ett ` +
        'inline-skript: utan den källan blockeras den, och då kontrolleras inte filerna som laddaren hämtar.';
      cspHint.hidden = false;
    });
  }

  /** The networks' names in the chosen members feed (id → name), for the badge's fallback text; fetched once per address. */
  const networkNames = new Map<string, Promise<Map<string, string>> | Map<string, string>>();
  function namesFor(list: Array<[string, string]>): Map<string, string> | undefined {
    const src = list.find(([name]) => name === 'src')?.[1];
    if (selectedTag() !== 'evi-network-badge' || !src) return undefined;
    const known = networkNames.get(src);
    if (known instanceof Map) return known;
    if (!known) {
      const names = fetch(new URL(src, document.baseURI))
        .then((response) => response.json())
        .then((feed: { networks?: Array<{ id?: unknown; name?: unknown }> }) => {
          const found = new Map<string, string>();
          for (const network of Array.isArray(feed.networks) ? feed.networks : []) {
            if (typeof network?.id === 'string' && typeof network.name === 'string') found.set(network.id, network.name);
          }
          return found;
        })
        .catch(() => new Map<string, string>())
        .then((found) => {
          networkNames.set(src, found);
          update();
          return found;
        });
      networkNames.set(src, names);
    }
    return undefined;
  }

  function update(): void {
    const tag = selectedTag();
    const list = attributes(tag);
    updateSnippet(tag, list);

    // The preview: the same attributes on a real element, created with DOM calls (no HTML parsing).
    const inner = fallback(tag, new Map(list), namesFor(list));
    const children: Node[] = [];
    if (inner) {
      const link = document.createElement(inner.href ? 'a' : 'span');
      if (inner.href) link.setAttribute('href', inner.href);
      link.textContent = inner.text;
      children.push(link);
    }
    // The same element with the same attributes (only the fallback changed, e.g. once the networks' names
    // are in) is kept: a new one would fetch and verify again, and the preview would flicker.
    const shown = preview.firstElementChild;
    if (shown && preview.childElementCount === 1 && sameAttributes(shown, tag, list)) {
      shown.replaceChildren(...children);
      return;
    }
    const element = document.createElement(tag);
    for (const [name, value] of list) element.setAttribute(name, value);
    element.append(...children);
    preview.replaceChildren(element);
  }

  function showManifest(result: ManifestResult): void {
    if (result.manifest) {
      manifest = result.manifest;
      if (cdnInput.value === cdnDefault('0.1.0')) cdnInput.value = cdnDefault(manifest.version);
      manifestStatus.textContent = `Kontrollsummor för version ${manifest.version} inlästa från ${result.source} (${Object.keys(manifest.files).length} filer).`;
      manifestStatus.classList.add('ok');
    } else {
      manifest = undefined;
      manifestStatus.textContent = result.problem;
      manifestStatus.classList.remove('ok');
      snippetMissing.textContent = 'Ingen kod att kopiera: filförteckningen med kontrollsummorna saknas (se meddelandet överst).';
      snippetMissing.className = 'notice';
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'widget') {
      renderFields(selectedTag());
      update();
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(update, 300);
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  copyButton.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(snippet.value);
      copyStatus.textContent = 'Koden är kopierad.';
    } catch {
      snippet.focus();
      snippet.select();
      copyStatus.textContent = 'Kunde inte kopiera automatiskt: koden är markerad, tryck Ctrl+C (⌘C på Mac).';
    }
  });

  if (!(options.manifest instanceof Promise)) {
    // Known now (the demo page, where Vite read the file): one render, as before the builder was shared.
    showManifest(options.manifest);
    renderFields(selectedTag());
    update();
    return Promise.resolve();
  }

  // Fetched (Storybook): the form and the preview now, the snippet once the manifest is in.
  renderFields(selectedTag());
  update();
  return options.manifest.then((result) => {
    showManifest(result);
    const tag = selectedTag();
    updateSnippet(tag, attributes(tag));
  });
}

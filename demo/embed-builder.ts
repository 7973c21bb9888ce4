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
import { isActive, readMembersFeed } from '../src/schemas/members-read.js';
import {
  fallback,
  httpUrl,
  inlineScriptHashes,
  isFallbackHref,
  snippetParts,
  type FallbackLink,
  type Manifest,
  type ScriptMode,
  type Tag,
} from './snippet.js';

/** cdn/manifest.json checked, or why there is none to use (a whole sentence, shown to the user). */
export type ManifestResult = { manifest: Manifest; source: string } | { manifest?: undefined; problem: string };

export interface EmbedBuilderOptions {
  /** The manifest, or a promise of it (`loadManifest`). Until a promise settles the builder says it is loading. */
  manifest: ManifestResult | Promise<ManifestResult>;
  /** Where the preview's feeds are, ending in `/`: `members.json`, `events.json` and `ask.json` are read from it. */
  feeds: string;
  /** Put before every id, so two builders can share a page (Storybook's docs page). Default: none. */
  idPrefix?: string;
  /**
   * Values to start with, by field name, for the first widget (the badge), and `cdn` for the CDN address: a
   * story's "filled in" state. Default: every address empty, so nothing points at the demo.
   */
  values?: Record<string, string>;
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

/**
 * A field of the builder. Most are the element's attributes; `network-name` (the badge's fallback text) and
 * `fallback-href`/`fallback-text` (the other widgets' fallback link) are not: they write the element's content.
 */
interface Field {
  name: string;
  label: string;
  hint: string;
  type: 'text' | 'url' | 'number' | 'checkbox' | 'select';
  /** not an attribute of the element */
  extra?: true;
  value?: string;
  placeholder?: string;
  required?: boolean;
  options?: Array<[value: string, label: string]>;
  min?: number;
  /** the default a number field means when empty, for its error text */
  defaultNumber?: number;
  /** Where its value is kept when the visitor switches widget: widgets with the same key share it. Default: per widget. */
  key?: string;
}

/** Placeholders and examples: never a value the snippet gets without the visitor typing it. */
const EXAMPLE_SITE = 'https://www.hallstahammar.se/…';
/** The member the preview shows while the feed's address is empty (the demo feed has it). */
const DEMO_MEMBER = 'kolbacks-smide';

const feedField = (file: string): Field => ({
  name: 'src',
  label: 'Flödets adress',
  hint: 'Attributet src: flödets hela adress på er webbplats, med https:// först.',
  type: 'url',
  placeholder: `${EXAMPLE_SITE}/${file}`,
  required: true,
  key: `src:${file}`,
});

const headingField = (standard: number, what: string): Field => ({
  name: 'heading-level',
  label: 'Rubriknivå',
  hint: `Attributet heading-level: ${what}, så att rubrikerna passar in under sidans egna rubriker. Standard: nivå ${standard}.`,
  type: 'select',
  options: [['', `Standard (nivå ${standard})`], ...[1, 2, 3, 4, 5, 6].map((level): [string, string] => [String(level), `Nivå ${level}`])],
});

const fallbackFields = (example: string, text: string, also = ''): Field[] => [
  {
    name: 'fallback-href',
    extra: true,
    label: 'Reservlänkens adress',
    hint: `Besökare utan JavaScript ser den här länken i stället för komponenten${also}. En adress som börjar med https://, http:// eller mailto:. Tomt = ingen länk.`,
    type: 'url',
    placeholder: example,
  },
  { name: 'fallback-text', extra: true, label: 'Reservlänkens text', hint: 'Länkens text.', type: 'text', value: text },
];

const WIDGETS: Record<Tag, Field[]> = {
  'evi-network-badge': [
    feedField('members.json'),
    { name: 'member', label: 'Medlemmens id', hint: 'Attributet member: företagets id i medlemsflödet.', type: 'text', placeholder: `t.ex. ${DEMO_MEMBER}`, required: true },
    { name: 'network', label: 'Nätverk', hint: 'Attributet network: nätverkets id i flödet, t.ex. kanalnatet. Tomt = det första nätverket i flödet.', type: 'text' },
    {
      name: 'network-name',
      extra: true,
      label: 'Nätverkets namn',
      hint: 'Används i texten ”Medlem i …” som besökare utan JavaScript ser (och alla andra medan märket kontrolleras). Fylls i från flödet om det går att läsa härifrån.',
      type: 'text',
      placeholder: 't.ex. Kanalnätet',
      required: true,
    },
    {
      name: 'href',
      label: 'Länk till medlemsförteckningen',
      hint: 'Attributet href: sidan med medlemsförteckningen, hela adressen med https:// först; märket länkar dit. Tomt = ingen länk.',
      type: 'url',
      placeholder: `${EXAMPLE_SITE}/foretag`,
    },
    { name: 'size', label: 'Storlek', hint: 'Attributet size.', type: 'select', options: [['', 'Mellan (standard)'], ['small', 'Liten']] },
  ],
  'evi-event-list': [
    feedField('events.json'),
    { name: 'limit', label: 'Antal tillfällen', hint: 'Attributet limit (standard 10).', type: 'number', value: '5', min: 1, defaultNumber: 10 },
    { name: 'category', label: 'Kategorier', hint: 'Attributet category: kommaseparerade id:n, t.ex. frukostmote,seminarium. Tomt = alla.', type: 'text' },
    { name: 'network', label: 'Nätverk', hint: 'Attributet network: kommaseparerade nätverks-id:n. Tomt = alla.', type: 'text' },
    headingField(2, 'månadsrubrikernas nivå (evenemangen får nivån under)'),
    { name: 'structured-data', label: 'Lägg till schema.org-data för sökmotorer', hint: 'Attributet structured-data.', type: 'checkbox' },
    ...fallbackFields(`${EXAMPLE_SITE}/evenemang`, 'Se alla evenemang'),
  ],
  'evi-member-directory': [
    feedField('members.json'),
    { name: 'network', label: 'Nätverk', hint: 'Attributet network: bara det här nätverkets medlemmar. Tomt = alla.', type: 'text' },
    { name: 'page-size', label: 'Medlemmar per sida', hint: 'Attributet page-size (standard 24).', type: 'number', min: 1, defaultNumber: 24 },
    {
      name: 'query',
      label: 'Förvald sökning',
      hint: 'Attributet query: sökord som förteckningen börjar med, om sidans adress inte redan har en sökning. Tomt = ingen sökning.',
      type: 'text',
    },
    headingField(2, 'nätverksnamnets nivå (medlemmarna får nivån under)'),
    ...fallbackFields(`${EXAMPLE_SITE}/medlemmar`, 'Se alla medlemsföretag'),
  ],
  'evi-ask-form': [
    feedField('ask.json'),
    { name: 'topic', label: 'Förvalt ämne', hint: 'Attributet topic: ämnets id. Tomt = inget förval.', type: 'text' },
    headingField(3, 'formulärets rubriker'),
    ...fallbackFields('mailto:fragor@exempel.se', 'Mejla din fråga', ' (och formuläret visar den när det inte kan laddas)'),
  ],
};

/** What the builder could read of a members feed, to check `member` and `network` and prefill the network's name. */
type FeedCheck =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ok'; networks: Map<string, string>; members: Map<string, { networks: string[]; active: boolean }> };

/**
 * Reads a members feed from the builder's page, with the widgets' own reader (so a member the badge would
 * skip, or the inactive first of two with one id, is what the builder sees too); `failed` when it cannot
 * (usually CORS) or the feed is unusable.
 */
async function checkMembersFeed(url: string): Promise<FeedCheck> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) return { state: 'failed' };
    const result = readMembersFeed(await response.json());
    if (!result.ok) return { state: 'failed' };
    const networks = new Map(result.data.networks.map((network) => [network.id, network.name]));
    const members = new Map(
      result.data.members.map((member) => [member.id, { networks: member.networks ?? [], active: isActive(member) }]),
    );
    return { state: 'ok', networks, members };
  } catch {
    return { state: 'failed' };
  }
}

/** Edit distance, for "Menade du …?". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** "Menade du ”x”?" for a near id, else the ids (at most 10) the feed has. */
function suggest(value: string, ids: string[]): string {
  const near = ids
    .map((id) => ({ id, d: distance(value.toLowerCase(), id.toLowerCase()) }))
    .filter(({ d, id }) => d <= Math.max(2, Math.floor(id.length / 3)))
    .sort((a, b) => a.d - b.d)[0];
  if (near) return `Menade du ”${near.id}”?`;
  const shown = ids.slice(0, 10).join(', ');
  return ids.length > 10 ? `Id:n i flödet är till exempel ${shown} (och ${ids.length - 10} till).` : `Id:n i flödet: ${shown}.`;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Why an address typed into the builder cannot be used, in words, or `undefined`: absolute http(s) only
 * (`mailto:` too where `mailto` is set). `what` names it in "Fyll i …".
 */
function addressProblem(value: string, { required, what, example, mailto = false }: { required: boolean; what: string; example: string; mailto?: boolean }): string | undefined {
  if (value === '') return required ? `Fyll i ${what}, till exempel ${example}.` : undefined;
  if (mailto ? isFallbackHref(value) : httpUrl(value)) return undefined;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (mailto && scheme === 'mailto') return 'Skriv en hel e-postadress efter mailto:, till exempel mailto:fragor@exempel.se.';
  const allowed = mailto ? 'https://, http:// eller mailto:' : 'https:// eller http://';
  if (scheme && !/^https?$/.test(scheme) && !value.slice(scheme.length + 1).match(/^\d/)) {
    return `En adress som börjar med ${scheme}: går inte att använda här. Skriv en adress som börjar med ${allowed}.`;
  }
  return `Skriv hela adressen, med https:// först, till exempel ${example}. Utan https:// eller http:// fungerar adressen inte när koden klistras in på en annan webbplats.`;
}

/** Why the CDN address cannot be used, or `undefined`. `version`: the manifest's, when it is read. */
function cdnProblem(value: string, version: string | undefined): string | undefined {
  const example = `https://cdn.jsdelivr.net/npm/@envagin/widgets@${version ?? '0.1.0'}/cdn/`;
  const problem = addressProblem(value, { required: true, what: 'adressen till cdn/-mappen', example });
  if (problem) return problem;
  if (value.includes('?') || value.includes('#')) return 'Ta bort ?… och #… ur adressen: filernas namn läggs till sist i den, efter /.';
  const path = httpUrl(value)!.pathname + '/';
  const pinned = /@envagin\/widgets@([^/]+)\//.exec(path)?.[1];
  if (version && pinned && pinned !== version) {
    return `Adressen gäller version ${pinned}, men kontrollsummorna gäller version ${version}: skriv @envagin/widgets@${version} i adressen.`;
  }
  // a package CDN's address without the version serves the next release's files under the same name, and
  // their new checksums would make every page that pasted this code refuse them
  if (version && path.includes('/@envagin/widgets/')) {
    return `Adressen måste ange versionen, till exempel ${example}: filerna på en adress utan version byts ut vid nästa version, och då stämmer inte kontrollsummorna längre, så komponenterna slutar fungera.`;
  }
  return undefined;
}

/**
 * The builder's own styles, scoped to its root (class `embed-builder`). The custom properties are demo/demo.css's;
 * the fallbacks are the same colours, for pages without demo.css (Storybook).
 * The focus ring is near-black (16:1 on white, 3:1 is the minimum for a focus indicator), the error red 7.6:1.
 */
const STYLES = `
.embed-builder [hidden] { display: none !important; }
.embed-builder .builder { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 56rem) { .embed-builder .builder { grid-template-columns: minmax(0, 22rem) minmax(0, 1fr); } }
.embed-builder fieldset { border: 1px solid var(--line, #d9d9d3); border-radius: 8px; background: var(--card, #ffffff); margin: 0 0 1rem; padding: 0.75rem 1rem 1rem; }
.embed-builder legend { font-weight: 600; padding: 0 0.25rem; }
.embed-builder .field { display: grid; gap: 0.2rem; margin-top: 0.75rem; }
.embed-builder .field label { font-weight: 600; }
.embed-builder .field.check { grid-template-columns: auto 1fr; align-items: center; gap: 0.5rem; }
.embed-builder .field.check .hint, .embed-builder .field.check .error { grid-column: 1 / -1; }
.embed-builder .hint { color: var(--muted, #55554f); font-size: 0.9rem; margin: 0; }
.embed-builder .error { color: #a4161a; font-weight: 600; font-size: 0.9rem; margin: 0; }
.embed-builder input[type="text"], .embed-builder input[type="url"], .embed-builder input[type="number"], .embed-builder select {
  font: inherit; padding: 0.4rem 0.5rem; border: 1px solid #767670; border-radius: 4px; width: 100%; background: #fff; color: #1d1d1b;
}
.embed-builder ::placeholder { color: #6b6b65; opacity: 1; }
.embed-builder input:focus-visible, .embed-builder select:focus-visible, .embed-builder button:focus-visible,
.embed-builder textarea:focus-visible, .embed-builder a:focus-visible { outline: 3px solid #1d1d1b; outline-offset: 2px; }
.embed-builder input[aria-invalid="true"] { border: 2px solid #a4161a; }
.embed-builder a { color: var(--accent, #005a8c); }
.embed-builder .radios label { display: block; margin-top: 0.35rem; }
.embed-builder .preview { background: var(--card, #ffffff); border: 1px dashed var(--line, #d9d9d3); border-radius: 8px; padding: 1rem; min-height: 6rem; }
.embed-builder .copy-row { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; margin-top: 0.5rem; }
.embed-builder button { font: inherit; font-weight: 600; padding: 0.45rem 0.9rem; border-radius: 4px; border: 0; background: var(--accent, #005a8c); color: #fff; cursor: pointer; }
.embed-builder .notice { border-left: 4px solid #a4161a; background: #fff4f4; padding: 0.5rem 0.75rem; }
.embed-builder .notice p { margin: 0; }
.embed-builder .notice ul { margin: 0.35rem 0 0; padding-left: 1.25rem; }
.embed-builder .ok { border-left-color: #1d6b34; background: #f1f8f3; }
.embed-builder h3 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
.embed-builder textarea.snippet { width: 100%; min-height: 8rem; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem; }
.embed-builder textarea.snippet.scripts { min-height: 14rem; }
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
            <label for=${id('f-cdn')}>Adress till <code>cdn/</code>-mappen (obligatorisk)</label>
            <input id=${id('f-cdn')} name="cdn" type="url" aria-describedby=${id('h-cdn')} required>
            <p id=${id('e-cdn')} class="error" hidden></p>
            <p id=${id('h-cdn')} class="hint">Mappen där paketets <code>cdn/</code>-filer ligger, med versionen i
              adressen, till exempel på jsDelivr <span id=${id('cdn-example')}></span> eller på er egen server.
              Filernas namn läggs till efter adressen.</p>
          </div>
        </fieldset>
      </form>

      <div>
        <h2 id=${id('preview-heading')}>Förhandsvisning</h2>
        <!-- a named group (a name is prohibited on a plain div); not a region: two builders on a page would
             make two landmarks of the same name -->
        <div id=${id('preview')} class="preview" role="group" aria-labelledby=${id('preview-heading')}></div>
        <p class="hint" id=${id('preview-hint')}></p>

        <h2 id=${id('snippet-heading')}>Din kod</h2>
        <p id=${id('snippet-missing')} class="hint">Koden visas när filförteckningen med kontrollsummorna är inläst.</p>
        <div id=${id('snippet-area')} hidden>
          <div id=${id('snippet-problems')} class="notice" tabindex="-1" hidden>
            <p>Koden visas när de här uppgifterna är rätt ifyllda:</p>
            <ul id=${id('problem-list')}></ul>
          </div>
          <p id=${id('snippet-checking')} class="notice" hidden>Koden visas när flödet är läst och id:n är kontrollerade.</p>

          <h3 id=${id('scripts-heading')}>1. Skripten – en gång per sida</h3>
          <p class="hint" id=${id('scripts-hint')}>Klistra in skripten en gång på varje sida som har komponenter, också
            när sidan har flera: ett andra exemplar gör att webbläsaren varnar för importkartan. Med laddaren: lägg
            <code>&lt;script type="importmap"&gt;</code> före sidans andra modulskript, så kontrolleras även filerna
            som laddaren hämtar.</p>
          <p class="hint" id=${id('csp')} hidden></p>
          <div id=${id('scripts-code')}>
            <label for=${id('snippet-scripts')} class="hint">Skript att kopiera (en gång per sida)</label>
            <textarea id=${id('snippet-scripts')} class="snippet scripts" readonly aria-describedby=${id('scripts-hint')}></textarea>
          </div>
          <div class="copy-row">
            <button type="button" id=${id('copy-scripts')}>Kopiera skripten</button>
          </div>

          <h3 id=${id('element-heading')}>2. Elementet – ett per komponent</h3>
          <p class="hint" id=${id('element-hint')}>Klistra in elementet där komponenten ska synas, ett för varje
            komponent på sidan.</p>
          <div id=${id('element-code')}>
            <label for=${id('snippet-element')} class="hint">Element att kopiera (ett per komponent)</label>
            <textarea id=${id('snippet-element')} class="snippet" readonly aria-describedby=${id('element-hint')}></textarea>
          </div>
          <div class="copy-row">
            <button type="button" id=${id('copy-element')}>Kopiera elementet</button>
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

/** A field on the page: its control, where its error is written, and what is wrong with it now. */
interface Entry {
  key: string;
  label: string;
  control: HTMLInputElement | HTMLSelectElement;
  error: HTMLElement;
  /** ids the control is always described by (its hint, and for a feed the feed check's line) */
  describedBy: string[];
  problem?: string;
}

/**
 * Renders the builder into `root` (given the class `embed-builder`) and wires it up. Resolves when the manifest
 * is settled and shown (at once when `options.manifest` is not a promise): the status says what was read or why
 * nothing was, and the snippet is written, or withheld without a usable manifest or while a field is not filled
 * in right (the snippet area then lists what to fix).
 */
export function mountEmbedBuilder(root: HTMLElement, options: EmbedBuilderOptions): Promise<void> {
  const prefix = options.idPrefix ?? '';
  const id = (name: string) => `${prefix}${name}`;
  const byId = <T extends HTMLElement>(name: string) => root.querySelector<T>(`#${CSS.escape(id(name))}`)!;

  adoptStyles(root.ownerDocument);
  root.classList.add('embed-builder');
  render(template(id), root);

  const form = byId<HTMLFormElement>('builder');
  const fieldsHost = byId('fields');
  const preview = byId('preview');
  const previewHint = byId('preview-hint');
  const snippetArea = byId('snippet-area');
  const snippetMissing = byId('snippet-missing');
  const snippetProblems = byId('snippet-problems');
  const snippetChecking = byId('snippet-checking');
  const problemList = byId('problem-list');
  const scriptsCode = byId('scripts-code');
  const elementCode = byId('element-code');
  const scriptsText = byId<HTMLTextAreaElement>('snippet-scripts');
  const elementText = byId<HTMLTextAreaElement>('snippet-element');
  const copyStatus = byId('copy-status');
  const manifestStatus = byId('manifest-status');
  const cspHint = byId('csp');
  const cdnInput = form.elements.namedItem('cdn') as HTMLInputElement;
  const cdnExample = byId('cdn-example');

  /** Set once the manifest is read and usable; until then (and for good without one) no snippet. */
  let manifest: Manifest | undefined;

  /** What the visitor typed, by field key: kept when switching widgets (the members feed's address is shared). */
  const values = new Map<string, string>();
  /** Fields whose error is shown: left once, or all of them after an attempt to copy. */
  const touched = new Set<string>();
  /** The network-name values the builder filled in from the feed (replaced when the network changes). */
  const filledFromFeed = new Set<string>();
  const feedChecks = new Map<string, FeedCheck>();
  const problemItems = new Map<string, { li: HTMLLIElement; link: HTMLAnchorElement; text: Text }>();

  const cdnEntry: Entry = {
    key: 'cdn',
    label: 'Adress till cdn/-mappen',
    control: cdnInput,
    error: byId('e-cdn'),
    describedBy: [id('h-cdn')],
  };
  /** The fields on the page now: the chosen widget's, then the CDN address. */
  let entries: Entry[] = [cdnEntry];
  const fieldOf = new Map<Entry, Field>();

  const keyOf = (tag: Tag, field: Field) => field.key ?? `${tag}:${field.name}`;
  const versionOrDefault = () => manifest?.version ?? '0.1.0';
  function showCdnExample(): void {
    const example = `https://cdn.jsdelivr.net/npm/@envagin/widgets@${versionOrDefault()}/cdn/`;
    cdnInput.placeholder = example;
    cdnExample.textContent = `(${example})`;
  }
  showCdnExample();

  function selectedTag(): Tag {
    return (form.elements.namedItem('widget') as RadioNodeList).value as Tag;
  }

  function renderFields(tag: Tag): void {
    fieldOf.clear();
    const fieldEntries: Entry[] = [];
    fieldsHost.replaceChildren(
      ...WIDGETS[tag].map((field) => {
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
        const error = document.createElement('p');
        error.id = `${fieldId}-error`;
        error.className = 'error';
        error.hidden = true;
        const key = keyOf(tag, field);
        const value = values.get(key) ?? field.value ?? '';
        let control: HTMLInputElement | HTMLSelectElement;
        if (field.type === 'select') {
          control = document.createElement('select');
          for (const [optionValue, text] of field.options ?? []) control.add(new Option(text, optionValue));
          control.value = value;
        } else {
          control = document.createElement('input');
          control.type = field.type;
          if (field.type === 'checkbox') control.checked = value === 'true';
          else control.value = value;
          if (field.min !== undefined) control.min = String(field.min);
          if (field.placeholder) control.placeholder = field.placeholder;
        }
        control.id = fieldId;
        control.name = field.name;
        if (!field.extra) control.dataset.attribute = field.name;
        control.dataset.key = key;
        control.required = Boolean(field.required);
        const describedBy = [hint.id];
        const parts: Node[] = field.type === 'checkbox' ? [control, label, error, hint] : [label, control, error, hint];
        if (field.name === 'src' && (tag === 'evi-network-badge' || tag === 'evi-member-directory')) {
          const check = document.createElement('p');
          check.id = id('feed-check');
          check.className = 'hint';
          check.hidden = true;
          describedBy.push(check.id);
          parts.push(check);
        }
        wrapper.append(...parts);
        const entry: Entry = { key, label: field.label, control, error, describedBy };
        fieldOf.set(entry, field);
        fieldEntries.push(entry);
        return wrapper;
      }),
    );
    entries = [...fieldEntries, cdnEntry];
  }

  /** The current value of the chosen widget's field `name` ('' when it has none). */
  function valueOf(name: string): string {
    const entry = entries.find((e) => fieldOf.get(e)?.name === name);
    return entry ? entry.control.value.trim() : '';
  }

  /** The members feed at `src`, read from here once per address (badge and directory only). */
  function feedCheck(tag: Tag): FeedCheck | undefined {
    if (tag !== 'evi-network-badge' && tag !== 'evi-member-directory') return undefined;
    const src = valueOf('src');
    if (!httpUrl(src)) return undefined;
    const known = feedChecks.get(src);
    if (known) return known;
    feedChecks.set(src, { state: 'loading' });
    void checkMembersFeed(src).then((result) => {
      feedChecks.set(src, result);
      update();
    });
    return feedChecks.get(src);
  }

  /** What is wrong with a field of the chosen widget now, in words (undefined: nothing). */
  function problemOf(tag: Tag, field: Field, control: HTMLInputElement | HTMLSelectElement, feed: FeedCheck | undefined): string | undefined {
    const value = control.value.trim();
    const known = feed?.state === 'ok' ? feed : undefined;
    switch (field.name) {
      case 'src':
        return addressProblem(value, { required: true, what: 'flödets adress', example: field.placeholder! });
      case 'href':
        return addressProblem(value, { required: false, what: 'adressen', example: field.placeholder! });
      case 'fallback-href':
        return addressProblem(value, { required: false, what: 'adressen', example: field.placeholder!, mailto: true });
      case 'fallback-text':
        return value === '' && valueOf('fallback-href') !== '' ? `Skriv länkens text, till exempel ”${field.value}”.` : undefined;
      case 'network-name':
        return value === '' ? 'Fyll i nätverkets namn, till exempel Kanalnätet: det står i texten ”Medlem i …” som visas utan JavaScript.' : undefined;
      case 'limit':
      case 'page-size': {
        const number = control as HTMLInputElement;
        const whole = 'Skriv ett heltal från 1 och uppåt';
        const empty = `eller lämna fältet tomt för standardvärdet ${field.defaultNumber}`;
        if (number.validity.badInput) return `${whole}, ${empty}.`;
        if (value === '') return undefined;
        const n = Number(value);
        if (!Number.isInteger(n)) return `${whole}, ${empty}.`;
        return n < 1 ? `Talet måste vara minst 1 (${empty}).` : undefined;
      }
      case 'member': {
        if (value === '') return `Fyll i medlemmens id, som det står i medlemsflödet (till exempel ${DEMO_MEMBER}).`;
        if (!known) return undefined;
        const member = known.members.get(value);
        if (!member) return `Medlemsflödet har ingen medlem med id ”${value}”. ${suggest(value, [...known.members.keys()])}`;
        if (!member.active) return `Medlemmen ”${value}” är inaktiv i flödet, så märket visas inte.`;
        return undefined;
      }
      case 'network': {
        if (!known) return undefined;
        if (value !== '' && !known.networks.has(value)) {
          return `Flödet har inget nätverk med id ”${value}”. ${suggest(value, [...known.networks.keys()])}`;
        }
        if (tag !== 'evi-network-badge') return undefined;
        const member = known.members.get(valueOf('member'));
        const network = value || known.networks.keys().next().value;
        if (!member || !network || member.networks.includes(network)) return undefined;
        const named = value ? `nätverket ”${network}”` : `det första nätverket i flödet, ”${network}” (det som gäller när fältet är tomt)`;
        const others = member.networks.length ? ` Medlemmen är med i: ${member.networks.join(', ')}.` : '';
        return `Medlemmen ”${valueOf('member')}” är inte med i ${named}, så märket skulle aldrig visas.${others}`;
      }
      default:
        return undefined;
    }
  }

  /** The network's name from the feed, into the name field, unless the visitor typed one. */
  function prefillNetworkName(tag: Tag, feed: FeedCheck | undefined): void {
    if (tag !== 'evi-network-badge' || feed?.state !== 'ok') return;
    const entry = entries.find((e) => fieldOf.get(e)?.name === 'network-name');
    if (!entry) return;
    const network = valueOf('network') || feed.networks.keys().next().value;
    const name = network ? feed.networks.get(network) : undefined;
    const current = entry.control.value.trim();
    if (!name || current === name || (current !== '' && !filledFromFeed.has(entry.key))) return;
    entry.control.value = name;
    values.set(entry.key, name);
    filledFromFeed.add(entry.key);
  }

  /** What the feed check line under the address says. */
  function showFeedCheck(tag: Tag, feed: FeedCheck | undefined): void {
    const line = root.querySelector<HTMLElement>(`#${CSS.escape(id('feed-check'))}`);
    if (!line) return;
    const badge = tag === 'evi-network-badge';
    line.hidden = !feed;
    line.textContent =
      feed?.state === 'loading'
        ? 'Läser flödet för att kontrollera id:n…'
        : feed?.state === 'ok'
          ? `Flödet gick att läsa härifrån: id:n kontrolleras mot det${badge ? ' och nätverkets namn hämtas därifrån' : ''}.`
          : feed?.state === 'failed'
            ? 'Flödet gick inte att läsa härifrån (oftast för att servern bara låter er egen webbplats hämta det), så id:n ' +
              `kontrolleras inte: jämför dem själv med flödet${badge ? ' och skriv nätverkets namn' : ''}. ` +
              'Flödet läses igen när du kommer tillbaka till den här fliken.'
            : '';
  }

  /** Checks every field, shows the errors of the touched ones, and lists them all in the snippet area. */
  function validate(tag: Tag): Entry[] {
    const feed = feedCheck(tag);
    prefillNetworkName(tag, feed);
    showFeedCheck(tag, feed);
    const invalid: Entry[] = [];
    for (const entry of entries) {
      const field = fieldOf.get(entry);
      entry.problem = field ? problemOf(tag, field, entry.control, feed) : cdnProblem(cdnInput.value.trim(), manifest?.version);
      if (entry.problem) invalid.push(entry);
      const shown = Boolean(entry.problem && touched.has(entry.key));
      entry.error.hidden = !shown;
      entry.error.textContent = shown ? entry.problem! : '';
      entry.control.setAttribute('aria-invalid', String(shown));
      entry.control.setAttribute('aria-describedby', [...(shown ? [entry.error.id] : []), ...entry.describedBy].join(' '));
    }
    // Items are kept (not rebuilt) while their field is still wrong: Tab may be on its way to one of their links.
    const items = invalid.map((entry) => {
      let item = problemItems.get(entry.key);
      if (!item) {
        const link = document.createElement('a');
        // focus the field without touching the page's hash (the directory in the preview reads it)
        link.addEventListener('click', (event) => {
          event.preventDefault();
          entries.find((e) => e.key === entry.key)?.control.focus();
        });
        item = { li: document.createElement('li'), link, text: document.createTextNode('') };
        item.li.append(link, item.text);
        problemItems.set(entry.key, item);
      }
      item.link.href = `#${entry.control.id}`;
      if (item.link.textContent !== entry.label) item.link.textContent = entry.label;
      if (item.text.data !== `: ${entry.problem}`) item.text.data = `: ${entry.problem}`;
      return item.li;
    });
    const current = [...problemList.children];
    if (current.length !== items.length || items.some((li, i) => current[i] !== li)) problemList.replaceChildren(...items);
    return invalid;
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
      if (value !== '') list.push([name, value]);
    }
    for (const name of ['lang', 'theme']) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement).value;
      if (value) list.push([name, value]);
    }
    if (tag === 'evi-network-badge' && !list.some(([name]) => name === 'member')) list.push(['member', '']);
    return list;
  }

  /** The badge's name and the other widgets' link, for the element's content. */
  function fallbackOptions(tag: Tag): { networkName?: string; link?: FallbackLink } {
    return tag === 'evi-network-badge'
      ? { networkName: valueOf('network-name') }
      : { link: { href: valueOf('fallback-href'), text: valueOf('fallback-text') } };
  }

  /**
   * The snippet, only with a manifest (without one the area stays hidden and the notice says why) and only when
   * every field is right (otherwise the area lists what to fix).
   */
  function updateSnippet(tag: Tag, list: Array<[string, string]>, invalid: Entry[]): void {
    const mode = (form.elements.namedItem('script') as RadioNodeList).value as ScriptMode;
    let base = cdnInput.value.trim();
    if (base && !base.endsWith('/')) base += '/';
    // while the feed is read, member and network are not checked yet: no code to copy that may be wrong
    const checking = invalid.length === 0 && feedCheck(tag)?.state === 'loading';
    const ready = Boolean(manifest) && invalid.length === 0 && !checking;
    const { networkName, link } = fallbackOptions(tag);
    const parts = ready ? snippetParts({ tag, attributes: list, base, mode, manifest, networkName, fallbackLink: link }) : undefined;
    scriptsText.value = parts?.scripts ?? '';
    elementText.value = parts?.element ?? '';
    snippetArea.hidden = !manifest;
    snippetMissing.hidden = Boolean(manifest);
    snippetProblems.hidden = !manifest || ready || checking;
    snippetChecking.hidden = !manifest || !checking;
    scriptsCode.hidden = !ready;
    elementCode.hidden = !ready;
    copyStatus.textContent = '';
    cspHint.hidden = true;
    const code = scriptsText.value;
    void inlineScriptHashes(code).then((hashes) => {
      if (scriptsText.value !== code || !hashes.length) return;
      cspHint.textContent =
        `Har sidan en Content-Security-Policy? Lägg då till ${hashes.join(' ')} i script-src. Importkartan är ett ` +
        'inline-skript: utan den källan blockeras den, och då kontrolleras inte filerna som laddaren hämtar.';
      cspHint.hidden = false;
    });
  }

  /** The preview's attributes: while the feed's address is empty, the demo's feed (and the badge its member). */
  function previewAttributes(tag: Tag, list: Array<[string, string]>): Array<[string, string]> {
    if (list.some(([name]) => name === 'src')) return list;
    const file = WIDGETS[tag][0]!.key!.slice('src:'.length);
    const demo: Array<[string, string]> = [['src', new URL(options.feeds + file, document.baseURI).href]];
    return [...demo, ...list.map(([name, value]): [string, string] => [name, name === 'member' && value === '' ? DEMO_MEMBER : value])];
  }

  function update(): void {
    clearTimeout(timer);
    const tag = selectedTag();
    const invalid = validate(tag);
    const list = attributes(tag);
    updateSnippet(tag, list, invalid);

    const shownList = previewAttributes(tag, list);
    const demo = shownList !== list;
    previewHint.textContent = demo
      ? 'Flödets adress är tom, så förhandsvisningen visar demons exempelflöde' +
        `${tag === 'evi-network-badge' ? ` (och exempelmedlemmen ${DEMO_MEMBER} om medlemmens id är tomt)` : ''}. ` +
        'Fyll i ert eget flöde för att se det; koden visas först då.'
      : 'Förhandsvisningen läser flödet på adressen du har skrivit, härifrån: går det inte visar komponenten ett fel, ' +
        'men på er egen webbplats kan det ändå fungera.';
    if (tag === 'evi-network-badge') previewHint.textContent += ' Märket visas bara om sidans adress finns bland medlemmens domäner.';

    // The preview: the same attributes on a real element, created with DOM calls (no HTML parsing).
    const inner = fallback(tag, new Map(shownList), fallbackOptions(tag));
    const children: Node[] = [];
    if (inner) {
      const link = document.createElement(inner.href ? 'a' : 'span');
      if (inner.href) link.setAttribute('href', inner.href);
      link.textContent = inner.text;
      children.push(link);
    }
    // The same element with the same attributes (only the fallback changed, e.g. once the network's name is
    // in) is kept: a new one would fetch and verify again, and the preview would flicker.
    const shown = preview.firstElementChild;
    if (shown && preview.childElementCount === 1 && sameAttributes(shown, tag, shownList)) {
      shown.replaceChildren(...children);
      return;
    }
    const element = document.createElement(tag);
    for (const [name, value] of shownList) element.setAttribute(name, value);
    element.append(...children);
    preview.replaceChildren(element);
  }

  function showManifest(result: ManifestResult): void {
    if (result.manifest) {
      manifest = result.manifest;
      showCdnExample();
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
    const key = target.dataset.key;
    if (key) {
      values.set(key, target.type === 'checkbox' ? String(target.checked) : target.value);
      filledFromFeed.delete(key);
    }
    clearTimeout(timer);
    timer = setTimeout(update, 300);
  });
  // A field's error shows once it has been left (not while the visitor is still typing in it for the first time).
  form.addEventListener('focusout', (event) => {
    const entry = entries.find((e) => e.control === event.target);
    if (!entry) return;
    touched.add(entry.key);
    update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  // A feed that could not be read is read again when the visitor comes back to this tab (say, after letting
  // the builder's site fetch it in the feed server's settings), not only after a reload of the builder.
  const recheckFailedFeeds = () => {
    if (!root.isConnected) {
      window.removeEventListener('focus', recheckFailedFeeds);
      return;
    }
    const failed = [...feedChecks].filter(([, check]) => check.state === 'failed');
    for (const [src] of failed) feedChecks.delete(src);
    if (failed.length) update();
  };
  window.addEventListener('focus', recheckFailedFeeds);

  async function copy(textarea: HTMLTextAreaElement, done: string): Promise<void> {
    update();
    const first = entries.find((entry) => entry.problem);
    if (first) {
      // Trying to copy shows every field's error, and takes the visitor to the first one.
      for (const entry of entries) touched.add(entry.key);
      update();
      first.control.focus();
      copyStatus.textContent = 'Inget kopierades: rätta först uppgifterna i listan under ”Din kod”.';
      return;
    }
    if (!textarea.value) {
      copyStatus.textContent = 'Inget kopierades: koden visas när flödet är läst och id:n är kontrollerade.';
      return;
    }
    try {
      await navigator.clipboard.writeText(textarea.value);
      copyStatus.textContent = done;
    } catch {
      textarea.focus();
      textarea.select();
      copyStatus.textContent = 'Kunde inte kopiera automatiskt: koden är markerad, tryck Ctrl+C (⌘C på Mac).';
    }
  }
  byId('copy-scripts').addEventListener('click', () => void copy(scriptsText, 'Skripten är kopierade. Klistra in dem en gång per sida.'));
  byId('copy-element').addEventListener('click', () => void copy(elementText, 'Elementet är kopierat.'));

  // Values given by the page (a story's "filled in" state), for the first widget and the CDN address.
  const initialTag = selectedTag();
  for (const [name, value] of Object.entries(options.values ?? {})) {
    if (name === 'cdn') cdnInput.value = value;
    const field = WIDGETS[initialTag].find((f) => f.name === name);
    if (field) values.set(keyOf(initialTag, field), value);
  }

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
    update();
  });
}

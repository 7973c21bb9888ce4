/**
 * The embed builder's snippet, as a pure function of the chosen widget, its attributes, the CDN base URL and
 * cdn/manifest.json: `<script>` tags with `integrity="sha384-…"` and `crossorigin="anonymous"` (and, for the
 * loader, an import map whose "integrity" section covers the chunks), then the element. Used by
 * demo/embed-builder.ts (the builder in demo/embed.html and in Storybook) and by test/sri.test.ts, which
 * pastes the result into a fresh page with the check on.
 */

export interface Manifest {
  name: string;
  version: string;
  algorithm: string;
  files: Record<string, { integrity: string; size: number }>;
}

export type Tag = 'evi-network-badge' | 'evi-event-list' | 'evi-member-directory' | 'evi-ask-form';

export type ScriptMode = 'loader' | 'bundle';

export interface SnippetOptions {
  tag: Tag;
  /** The element's attributes in order; `['name', '']` is a boolean attribute (except `member`). */
  attributes: Array<[string, string]>;
  /** Where cdn/ is served, ending in `/`, e.g. `https://cdn.example/@envagin/widgets@0.1.0/cdn/`. */
  base: string;
  mode: ScriptMode;
  /** cdn/manifest.json; without it the scripts carry no integrity. */
  manifest?: Manifest;
  /** network id → name from the members feed, for the badge's fallback text */
  networkNames?: ReadonlyMap<string, string>;
  /** The network's display name for the badge's fallback text ("Medlem i Kanalnätet"), before `networkNames`. */
  networkName?: string;
  /** The other widgets' no-JavaScript fallback: a link (http(s) or mailto: only) as the element's child. */
  fallbackLink?: FallbackLink;
}

/** A fallback link as typed in the builder: left out unless `href` is http(s) or mailto: and `text` is not blank. */
export interface FallbackLink {
  href: string;
  text: string;
}

/** What the badge's and the fallback link's text may come from. */
export interface FallbackOptions {
  networkName?: string;
  networkNames?: ReadonlyMap<string, string>;
  link?: FallbackLink;
}

/** An absolute http: or https: address with a host (`example.org/x`, `/x`, `javascript:…` are not). */
export function httpUrl(value: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' ? url : undefined;
}

/** A fallback link's address: absolute http(s), or `mailto:` with an address (`mailto:namn@example.se`). */
export function isFallbackHref(value: string): boolean {
  if (httpUrl(value)) return true;
  return /^mailto:[^\s@<>"]+@[^\s@<>"]+$/i.test(value);
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The badge's link as the badge itself makes it: `href` with its fragment replaced by `#member=<id>` (the id
 * encoded), and only for an http(s) page (relative addresses are kept relative). `undefined` for anything
 * else (`javascript:`, `data:`): the badge refuses those, and so does its fallback.
 */
export function memberLink(href: string, member: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, 'https://page.invalid/');
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const fragment = href.indexOf('#');
  return `${fragment < 0 ? href : href.slice(0, fragment)}#member=${encodeURIComponent(member)}`;
}

/**
 * What visitors without JavaScript see. The badge (and everyone while it verifies): "Medlem i <network's name>",
 * linked as the badge will be; the name is `networkName`, else the feed's (`networkNames`, id → name), never the
 * bare id ("Medlem i kanalnatet" reads as a typo). The other widgets: `link`, when its address is http(s) or
 * mailto: and it has a text; otherwise none.
 */
export function fallback(tag: Tag, attrs: Map<string, string>, options: FallbackOptions = {}): { href: string; text: string } | undefined {
  if (tag !== 'evi-network-badge') {
    const href = options.link?.href.trim() ?? '';
    const text = options.link?.text.trim() ?? '';
    return href && text && isFallbackHref(href) ? { href, text } : undefined;
  }
  const network = attrs.get('network');
  const fromFeed = network ? options.networkNames?.get(network) : options.networkNames?.values().next().value;
  const name = options.networkName?.trim() || fromFeed;
  const text = name ? `Medlem i ${name}` : 'Medlem i nätverket';
  const href = attrs.get('href');
  return { href: (href && memberLink(href, attrs.get('member') ?? '')) || '', text };
}

export function elementMarkup(tag: Tag, list: Array<[string, string]>, options: FallbackOptions = {}): string {
  const attrs = list.map(([name, value]) => (value === '' && name !== 'member' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  const inner = fallback(tag, new Map(list), options);
  const open = attrs.length > 2 ? `<${tag}\n  ${attrs.map((a) => a.trim()).join('\n  ')}>` : `<${tag}${attrs.join('')}>`;
  if (!inner) return `${open}</${tag}>`;
  const content = inner.href
    ? `<a href="${escapeAttribute(inner.href)}">${escapeText(inner.text)}</a>`
    : escapeText(inner.text);
  return `${open}\n  ${content}\n</${tag}>`;
}

/**
 * The CSP source of each inline script in `markup` (`'sha256-…'`): the loader's import map is one, and a page
 * with a Content-Security-Policy must allow it by this hash (or a nonce), or the browser drops the map and the
 * loader's chunks load without their integrity check.
 */
export async function inlineScriptHashes(markup: string): Promise<string[]> {
  const hashes: string[] = [];
  for (const [, attributes, content] of markup.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(attributes)) continue;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(content));
    hashes.push(`'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
  }
  return hashes;
}

export function scriptMarkup(base: string, mode: ScriptMode, manifest?: Manifest): string {
  const file = mode === 'loader' ? 'evi-loader.js' : 'evi-widgets.js';
  const integrity = manifest?.files[file]?.integrity;
  const script = `<script type="module" src="${escapeAttribute(base + file)}"${integrity ? ` integrity="${integrity}"` : ''} crossorigin="anonymous"></script>`;
  if (mode === 'bundle' || !manifest) return script;
  // The loader imports the widget chunks itself; an import map's "integrity" checks those files too.
  const integrityMap = Object.fromEntries(
    Object.entries(manifest.files)
      .filter(([name]) => name.endsWith('.js') && name !== 'evi-loader.js' && !name.startsWith('evi-widgets'))
      .map(([name, { integrity: hash }]) => [base + name, hash]),
  );
  const importMap = JSON.stringify({ imports: {}, integrity: integrityMap }, null, 2).replace(/</g, '\\u003c');
  return `<script type="importmap">\n${importMap}\n</script>\n${script}`;
}

/**
 * The snippet in its two parts: `scripts` (the import map and the script, once per page however many widgets it
 * has: a second import map conflicts with the first) and `element` (once per widget).
 */
export function snippetParts({ tag, attributes, base, mode, manifest, networkNames, networkName, fallbackLink }: SnippetOptions): {
  scripts: string;
  element: string;
} {
  return {
    scripts: `${scriptMarkup(base, mode, manifest)}\n`,
    element: `${elementMarkup(tag, attributes, { networkNames, networkName, link: fallbackLink })}\n`,
  };
}

/** The whole snippet, both parts: what one widget on a page of its own needs. */
export function buildSnippet(options: SnippetOptions): string {
  const { scripts, element } = snippetParts(options);
  return `${scripts}\n${element}`;
}

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
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What visitors without JavaScript see: the badge's link, or a link to the feed's page. */
export function fallback(tag: Tag, attrs: Map<string, string>): { href: string; text: string } | undefined {
  if (tag !== 'evi-network-badge') return undefined;
  const href = attrs.get('href');
  const network = attrs.get('network') || 'nätverket';
  const text = `Medlem i ${network}`;
  return href ? { href: `${href}#member=${attrs.get('member') ?? ''}`, text } : { href: '', text };
}

export function elementMarkup(tag: Tag, list: Array<[string, string]>): string {
  const attrs = list.map(([name, value]) => (value === '' && name !== 'member' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  const inner = fallback(tag, new Map(list));
  const open = attrs.length > 2 ? `<${tag}\n  ${attrs.map((a) => a.trim()).join('\n  ')}>` : `<${tag}${attrs.join('')}>`;
  if (!inner) return `${open}</${tag}>`;
  const content = inner.href
    ? `<a href="${escapeAttribute(inner.href)}">${escapeText(inner.text)}</a>`
    : escapeText(inner.text);
  return `${open}\n  ${content}\n</${tag}>`;
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

/** The whole snippet the builder shows and copies. */
export function buildSnippet({ tag, attributes, base, mode, manifest }: SnippetOptions): string {
  return `${scriptMarkup(base, mode, manifest)}\n\n${elementMarkup(tag, attributes)}\n`;
}

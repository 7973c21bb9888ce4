/**
 * `descriptionHtml` reduced to the contract's allow-list: `p br strong em ul ol li a[href]`, links
 * only to absolute http(s) addresses. The feed's markup is parsed in an inert document (DOMParser:
 * no script runs, nothing loads) and turned into plain data, which Lit renders as new elements, so
 * no markup from the feed ever reaches the page as markup. Everything else becomes its text (a
 * button's label, a table cell, an SVG's text); a block element that is not kept (a heading, a `div`)
 * becomes a paragraph, so its text does not run into the next. `script`, `style` and elements whose
 * content is code or metadata rather than text are dropped with their content.
 *
 * Lists come out well-formed whatever the feed wrote (axe's `list` and `listitem` rules): what stands
 * directly in a `ul`/`ol` other than an `li` is wrapped in one (a nested list joins the item before
 * it), and `li`s outside any list are gathered into a `ul`.
 */
import { trustedTypesPolicy, withTrustedTypes } from '../internal/trusted-types.js';
import { html, nothing, type TemplateResult } from 'lit';
import { isHttpUrlString } from '../schemas/common.js';

export type SafeNode =
  | string
  | { tag: 'p' | 'strong' | 'em' | 'ul' | 'ol' | 'li'; children: SafeNode[] }
  | { tag: 'br' }
  | { tag: 'a'; href?: string; children: SafeNode[] };

const CONTAINERS = new Set(['p', 'strong', 'em', 'ul', 'ol', 'li']);
/**
 * Elements whose content is not text a visitor should read: code, metadata (an SVG's `desc` too), what
 * only browsers without scripting show (`noscript`; DOMParser parses it as markup), and the fallback
 * markup that `iframe`, `noembed` and `noframes` hold as raw text. (`textarea`, `xmp` and `plaintext` hold
 * text meant to be shown as written, and are kept as text.)
 */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'noembed', 'noframes', 'head', 'title', 'desc', 'link', 'meta']);
/** Block elements that are not kept: each becomes a paragraph (or, inside a line, is set off by spaces). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'legend', 'main', 'nav', 'option',
  'pre', 'section', 'summary', 'table', 'td', 'th', 'tr',
]);
/** kept elements that hold a line of text, where a paragraph cannot go */
const INLINE = new Set(['p', 'strong', 'em', 'a']);

const isBlock = (node: SafeNode) => typeof node !== 'string' && (node.tag === 'p' || node.tag === 'ul' || node.tag === 'ol');

function convert(node: Node, out: SafeNode[], inline = false): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.nodeValue ?? '';
    if (!text) return;
    const last = out[out.length - 1];
    if (typeof last === 'string') out[out.length - 1] = last + text;
    else out.push(text);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const tag = (node as Element).localName;
  if (DROPPED.has(tag)) return;
  let children: SafeNode[] = [];
  const childInline = inline || INLINE.has(tag);
  for (const child of node.childNodes) convert(child, children, childInline);
  // an element that is not kept hands its children to its parent, which puts its lists in order
  if (CONTAINERS.has(tag) || tag === 'a' || BLOCKS.has(tag)) children = wellFormedLists(tag, children);
  if (tag === 'br') out.push({ tag: 'br' });
  else if (CONTAINERS.has(tag)) out.push({ tag: tag as 'p', children });
  else if (tag === 'a') {
    const href = (node as Element).getAttribute('href')?.trim();
    out.push(href && isHttpUrlString(href) ? { tag: 'a', href, children } : { tag: 'a', children });
  } else if (BLOCKS.has(tag) && !inline && !children.some(isBlock)) {
    // an empty block (`<div><br></div>`, a spacer) is no paragraph
    if (children.some((child) => (typeof child === 'string' ? child.trim() : child.tag !== 'br'))) out.push({ tag: 'p', children });
  } else {
    const spaced = BLOCKS.has(tag) && inline;
    if (spaced) convert(document.createTextNode(' '), out);
    for (const child of children) {
      if (typeof child === 'string') convert(document.createTextNode(child), out);
      else out.push(child);
    }
    if (spaced) convert(document.createTextNode(' '), out);
  }
}

const isItem = (node: SafeNode): node is { tag: 'li'; children: SafeNode[] } => typeof node !== 'string' && node.tag === 'li';
const isList = (node: SafeNode) => typeof node !== 'string' && (node.tag === 'ul' || node.tag === 'ol');
const isBlank = (node: SafeNode) => typeof node === 'string' && !node.trim();

/**
 * The children of a `parent` with lists in order: in a `ul`/`ol` only `li`s (a run of anything else
 * becomes an `li`, or joins the `li` before it when it is a nested list; white space between items
 * goes); elsewhere no `li` without a list (a run of them, white space between them aside, becomes a `ul`).
 */
function wellFormedLists(parent: string, nodes: SafeNode[]): SafeNode[] {
  const out: SafeNode[] = [];
  let run: SafeNode[] = [];
  if (parent === 'ul' || parent === 'ol') {
    const flush = () => {
      if (run.every(isBlank)) run = [];
      if (!run.length) return;
      const previous = out[out.length - 1];
      if (previous && isItem(previous) && run.every((node) => isList(node) || isBlank(node))) {
        for (const node of run) if (isList(node)) previous.children.push(node);
      } else out.push({ tag: 'li', children: run });
      run = [];
    };
    for (const node of nodes) {
      if (isItem(node)) {
        flush();
        out.push(node);
      } else run.push(node);
    }
    flush();
    return out;
  }
  // `run`: items, and the white space between them, waiting to become one list
  const flush = () => {
    if (!run.length) return;
    let end = run.length;
    while (isBlank(run[end - 1])) end--; // white space after the last item stays outside the list
    out.push({ tag: 'ul', children: run.slice(0, end).filter(isItem) }, ...run.slice(end));
    run = [];
  };
  for (const node of nodes) {
    if (isItem(node) || (run.length && isBlank(node))) run.push(node);
    else {
      flush();
      out.push(node);
    }
  }
  flush();
  return out;
}

/** The allowed structure of `markup`, as data. */
export function sanitizeHtml(markup: string): SafeNode[] {
  // styles go before parsing, though the inert document applies none: a page with a strict style-src would
  // otherwise get a CSP violation report for every style attribute and element in the feed
  // (within tags only: 'Klädkod: style="smart casual"' in the text stays)
  const unstyled = markup
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(TAG, (tag) => tag.replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/gi, ''));
  const source = `<!doctype html><body>${unstyled}`;
  const policy = trustedTypesPolicy();
  const doc = withTrustedTypes(
    () => new DOMParser().parseFromString(policy ? policy.createHTML(source) : source, 'text/html'),
    policy,
  );
  // the page enforces Trusted Types and refused our policy: the text without the markup, never the markup
  if (!doc) return textOnly(markup);
  const out: SafeNode[] = [];
  for (const child of doc.body.childNodes) convert(child, out);
  return wellFormedLists('body', out);
}

/** A tag, its quoted attribute values may hold `>` (`<a title="a>b">`). */
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>?/g;

/** The named entities a Swedish feed uses; any other name stays as written. */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  aring: 'å', auml: 'ä', ouml: 'ö', Aring: 'Å', Auml: 'Ä', Ouml: 'Ö', eacute: 'é', Eacute: 'É', uuml: 'ü', Uuml: 'Ü',
  ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  bull: '•', middot: '·', euro: '€', copy: '©', reg: '®', trade: '™', deg: '°', times: '×', shy: '',
};

/**
 * `markup` as paragraphs of plain text, read without an HTML parser (which a page enforcing Trusted Types may
 * refuse): code and styles dropped, each block a paragraph, the common entities decoded, nothing kept as markup.
 */
export function textOnly(markup: string): SafeNode[] {
  return markup
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|template|noscript|iframe)\b[\s\S]*?<\/\1\s*>/gi, '')
    .split(/<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|pre)\b[^>]*>/i)
    .map((part) =>
      part
        .replace(TAG, '')
        .replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
          const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
          if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
          return ENTITIES[name!] ?? ENTITIES[name!.toLowerCase()] ?? entity;
        })
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .map((text) => ({ tag: 'p', children: [text] }));
}

/** Renders sanitized nodes with Lit: text is text, each element is one of the allowed ones, made anew. */
export function renderSafe(nodes: readonly SafeNode[]): Array<TemplateResult | string | typeof nothing> {
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    switch (node.tag) {
      case 'br':
        return html`<br />`;
      case 'p':
        return html`<p>${renderSafe(node.children)}</p>`;
      case 'strong':
        return html`<strong>${renderSafe(node.children)}</strong>`;
      case 'em':
        return html`<em>${renderSafe(node.children)}</em>`;
      case 'ul':
        return html`<ul>${renderSafe(node.children)}</ul>`;
      case 'ol':
        return html`<ol>${renderSafe(node.children)}</ol>`;
      case 'li':
        return html`<li>${renderSafe(node.children)}</li>`;
      case 'a':
        return node.href
          ? html`<a href=${node.href} rel="noopener noreferrer">${renderSafe(node.children)}</a>`
          : html`${renderSafe(node.children)}`;
      default:
        return nothing;
    }
  });
}

/** Plain text of sanitized nodes (for .ics files and structured data): paragraphs and items on lines of their own. */
export function safeText(nodes: readonly SafeNode[]): string {
  const parts: string[] = [];
  const walk = (list: readonly SafeNode[]) => {
    for (const node of list) {
      if (typeof node === 'string') parts.push(node);
      else if (node.tag === 'br') parts.push('\n');
      else {
        const block = node.tag === 'p' || node.tag === 'li' || node.tag === 'ul' || node.tag === 'ol';
        if (block) parts.push('\n');
        if (node.tag === 'li') parts.push('• ');
        walk(node.children);
        if (node.tag === 'a' && node.href && !node.children.some((c) => typeof c === 'string' && c.includes(node.href!))) {
          parts.push(` (${node.href})`);
        }
        if (block) parts.push('\n');
      }
    }
  };
  walk(nodes);
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

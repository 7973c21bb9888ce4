/**
 * What the two widget benchmarks share: the timing of a Lit element from the feed response to its laid-out
 * content, the vanilla version's timing from the same point, the markup comparison that keeps the two
 * honest, and the small statistics.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { stubNetwork } from '../test/helpers/network.js';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const range = (values: number[], digits = 0) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * A pause after each run, so the garbage it left (a parsed feed, a thousand list items) is collected in
 * idle time and not inside whichever measurement comes next: without it the medians swung between two modes.
 */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

const jsonResponse = (body: string) => new Response(body, { headers: { 'content-type': 'application/json' } });

interface FeedWidget extends HTMLElement {
  src?: string;
  updateComplete: Promise<boolean>;
}

export interface LitRun<E> {
  el: E;
  /** from the (stubbed) feed response to the laid-out content */
  fromResponse: number;
  /** from connecting the element: adds the lazy-loading wait, the loading state and the fetch */
  fromConnect: number;
}

/** Connects `el` (properties already set) reading `body` at `path`; resolves when its content is laid out. */
export async function litRun<E extends FeedWidget>(el: E, path: string, body: string): Promise<LitRun<E>> {
  let responseAt = Number.NaN;
  const net = stubNetwork({
    [path]: () => {
      responseAt = performance.now();
      return Promise.resolve(jsonResponse(body));
    },
  });
  try {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = new Promise<void>((resolve, reject) => {
      el.addEventListener('evi-load', () => resolve(), { once: true });
      el.addEventListener('evi-error', (e) => reject(new Error(JSON.stringify((e as CustomEvent).detail))), { once: true });
    });
    el.src = path;
    const connectAt = performance.now();
    container.append(el);
    await loaded;
    await el.updateComplete;
    el.shadowRoot!.querySelector('.root')!.getBoundingClientRect();
    const end = performance.now();
    return { el, fromResponse: end - responseAt, fromConnect: end - connectAt };
  } finally {
    net.restore();
  }
}

/**
 * The vanilla version from the same point: a Response as the element's (stubbed) fetch gets it.
 * `start(host)` builds the version in `host` and returns its `load` and the root to lay out.
 */
export async function vanillaRun<V>(
  body: string,
  start: (host: HTMLElement) => { version: V; load: (text: string) => void; root: () => Element },
): Promise<{ version: V; time: number }> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const { version, load, root } = start(host);
  const begin = performance.now();
  load(await jsonResponse(body).text());
  root().getBoundingClientRect();
  return { version, time: performance.now() - begin };
}

/**
 * Markup as a reader meets it: elements, attributes (in name order) and text, with Lit's comment
 * markers and the white space between tags left out. Equal for the two versions, or the benchmark
 * compares different pages.
 */
function markup(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(child.textContent!);
      else if (child instanceof Element) {
        // (class: its tokens, as `class="member "` and `class="member"` are the same to a reader)
        const attributes = [...child.attributes]
          .map((a) => ` ${a.name}="${a.name === 'class' ? [...child.classList].join(' ') : a.value}"`)
          .sort();
        out.push(`<${child.localName}${attributes.join('')}>`);
        walk(child);
        out.push(`</${child.localName}>`);
      }
    }
  };
  walk(root);
  return out.join('').replace(/\s+/g, ' ').replace(/ ?(<[^>]*>) ?/g, '$1');
}

export function expectSameMarkup(lit: Node, vanilla: Node, what: string): void {
  const a = markup(lit);
  const b = markup(vanilla);
  if (a === b) return;
  let at = 0;
  while (a[at] === b[at]) at++;
  expect.fail(`${what}: Lit and vanilla markup differ at ${at}:\n  Lit:     …${a.slice(Math.max(0, at - 120), at + 120)}\n  vanilla: …${b.slice(Math.max(0, at - 120), at + 120)}`);
}

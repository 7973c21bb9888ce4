/**
 * `cdn/evi-loader.js`: the one script a webmaster pastes. It imports nothing itself (no Lit, no zod):
 * it looks for `evi-*` elements on the page, now and whenever they are added later, and imports the
 * chunk of each widget that is used from beside itself (`./evi-network-badge.js` …). The chunks share
 * Lit and the schemas through common chunks, so a page with only a badge loads only what the badge needs.
 * Safe to load twice, and next to `evi-widgets.js`: elements are defined once.
 */
const TAGS = ['evi-network-badge', 'evi-event-list', 'evi-member-directory', 'evi-ask-form'];
const SELECTOR = TAGS.join();

/** Tags whose chunk has been requested (shared by every copy of the loader on the page). */
const key = '__eviLoader';
const w = window as unknown as Record<string, Set<string> | undefined>;
const requested = (w[key] ??= new Set());

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  const url = new URL(`./${tag}.js`, import.meta.url).href;
  // A failure is said once and not retried: browsers remember a module that failed to load, so importing the
  // same address again fails at once, and another address would escape the import map's integrity check.
  import(url).catch((error: unknown) => console.error(`[evi-loader] could not load ${url} for <${tag}>; reload the page to try again:`, error));
}

function scan(root: ParentNode | Element): void {
  if (root instanceof Element && root.matches(SELECTOR)) load(root.localName);
  root.querySelectorAll(SELECTOR).forEach((element) => load(element.localName));
}

scan(document);
new MutationObserver((records) => {
  for (const record of records) {
    record.addedNodes.forEach((node) => {
      if (node instanceof Element) scan(node);
    });
  }
}).observe(document, { childList: true, subtree: true });

const warned = new WeakMap<Element, Set<string>>();

/**
 * `[tag] message` in the console, once per element and `key` (an attribute and its value, say): a
 * webmaster's mistake is said when it is made, not at every render.
 */
export function warnOnce(host: Element, key: string, message: string): void {
  let keys = warned.get(host);
  if (!keys) warned.set(host, (keys = new Set()));
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(`[${host.localName}] ${message}`);
}

/** Quote characters a CMS editor puts around a value when it "smartens" the snippet's quotes. */
const QUOTES = /^["'“”„‘’«»]+|["'“”„‘’«»]+$/g;

/** An attribute's value without the quote characters a CMS left around it: `“https://…”` → `https://…`. */
export function unquoted(value: string): string {
  return value.trim().replace(QUOTES, '').trim();
}

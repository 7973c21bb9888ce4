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

/** Lower case without accents ("Frukostmöte" → "frukostmote"), for a "did you mean" among ids. */
export function looseId(id: string): string {
  return id.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, '-');
}

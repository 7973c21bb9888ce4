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
function looseId(id: string): string {
  return id.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, '-');
}

/**
 * The end of a console line about an id that matches nothing: the id meant, when only case, accents or spaces
 * differ ("Seminarium", the label, for `seminarium`), and the ids there are. `candidates`: where to look for
 * the id meant, when more than `ids`.
 */
export function idHint(id: string, ids: readonly string[], candidates: readonly string[] = ids): string {
  const meant = candidates.find((known) => looseId(known) === looseId(id));
  return `${meant ? ` Did you mean "${meant}"? (ids are written exactly)` : ''} The ids there: ${ids.join(', ') || 'none'}.`;
}

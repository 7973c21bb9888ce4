// What the list widgets read their attributes with, apart from warn.ts: the badge, whose chunk warn.ts is in,
// has no use for these.
import { unquoted } from './warn.js';

/** Lower case without accents ("Frukostmöte" → "frukostmote"), for a "did you mean" among ids. */
function looseId(id: string): string {
  return unquoted(id).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, '-');
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

/**
 * A number attribute's value: the property (Lit's Number, or a framework's string), else the attribute read
 * without a CMS's quote characters (`limit=“3”` is NaN to Lit).
 */
export function numberOf(host: Element, attribute: string, value: unknown): number {
  const number = Number(value);
  if (Number.isFinite(number)) return number;
  const written = host.getAttribute(attribute);
  return written === null ? NaN : Number(unquoted(written) || NaN);
}

/** An attribute left empty (an unfilled CMS field, `limit=""`): not given, as an empty `src` or id is. */
export function isBlank(host: Element, attribute: string): boolean {
  return (host.getAttribute(attribute) ?? 'x').trim() === '';
}

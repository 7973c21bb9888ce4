/**
 * The directory's view in the URL hash, so a view can be shared and the back button works:
 * `#q=kolback+smide&industry=tillverkning&locality=kolback&network=kanalnatet`, and `#member=<id>`
 * for a deep link (the badge links there). The hash is read and written as URLSearchParams, and
 * parameters the directory does not own are kept as they are, so it coexists with a host page (or
 * another widget) that keeps its own state in the hash.
 */
import { NO_FILTERS, type Filters } from './search.js';

export interface HashState {
  filters: Filters;
  /** `#member=<id>`: show, highlight and focus that member */
  member?: string;
}

const FILTER_KEYS = { query: 'q', network: 'network', industry: 'industry', locality: 'locality' } as const satisfies Record<
  keyof Filters,
  string
>;
const MEMBER_KEY = 'member';

function paramsOf(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
}

export function readHash(hash: string): HashState {
  const params = paramsOf(hash);
  const filters = { ...NO_FILTERS };
  for (const key of Object.keys(FILTER_KEYS) as Array<keyof Filters>) {
    filters[key] = params.get(FILTER_KEYS[key])?.trim() ?? '';
  }
  const member = params.get(MEMBER_KEY)?.trim();
  return member ? { filters, member } : { filters };
}

/**
 * The hash for `filters`, built on `currentHash`: our keys are set (or removed when empty), the
 * member deep link is removed (the visitor has moved on from it) and every other parameter stays.
 * `omit` names filters the directory does not own (the network filter under a `network` attribute).
 * Returns `''` when nothing is left, so the caller can drop the `#`.
 */
export function writeHash(currentHash: string, filters: Filters, omit: ReadonlyArray<keyof Filters> = []): string {
  const params = paramsOf(currentHash);
  params.delete(MEMBER_KEY);
  for (const key of Object.keys(FILTER_KEYS) as Array<keyof Filters>) {
    if (omit.includes(key)) continue;
    const value = filters[key].trim();
    if (value) params.set(FILTER_KEYS[key], value);
    else params.delete(FILTER_KEYS[key]);
  }
  const text = [...params]
    // a bare anchor the page uses (`#contact`) stays bare instead of becoming `#contact=`
    .map(([key, value]) => (value === '' ? encodeURIComponent(key) : new URLSearchParams([[key, value]]).toString()))
    .join('&');
  return text ? `#${text}` : '';
}

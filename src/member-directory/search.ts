/**
 * The directory's data logic, free of DOM: which members are listed, in which order, and which of
 * them a search and the filters let through. Everything that costs per member (normalising text,
 * collating names) happens once per feed in `buildDirectory`, so a keystroke only runs `includes`.
 */
import { isActive } from '../schemas/members-read.js';
import type { Member, MembersFeed, Network } from '../schemas/members.js';

/**
 * Swedish collation: Å, Ä, Ö come after Z, whatever language the widget speaks; numbers by value
 * ("Bygg 2 AB" before "Bygg 10 AB") and punctuation ignored (`"Citat" Konsult` among the C's).
 */
export const collator = new Intl.Collator('sv', { numeric: true, ignorePunctuation: true });

/**
 * Text as the search compares it: Swedish lower case, diacritics folded, so "kolback" finds
 * "Kolbäck" and "KOLBÄCK" finds it too. Runs of white space become one space.
 */
export function normalise(value: string): string {
  return value
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // letters Unicode does not decompose: "ostergaard" finds "Østergaard", "aeble" finds "Æble"
    .replace(/[øæß]/g, (letter) => UNDECOMPOSED[letter])
    .replace(/\s+/g, ' ')
    .trim();
}

const UNDECOMPOSED: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss' };

/**
 * Punctuation and symbols: between words they separate them ("bygg, kolbäck", "café&bageri"). ASCII's,
 * Latin-1's (¡–¿) and the general punctuation block (dashes, quotes, …): a Unicode property class here
 * made building a 10,000-member directory several times slower.
 */
const PUNCTUATION_CHARS = '!-/:-@[-`{-~\\u00a1-\\u00bf\\u2010-\\u2027\\u2030-\\u205e';
const PUNCTUATION = new RegExp(`[${PUNCTUATION_CHARS}]+`, 'g');
/** a word with punctuation inside (between other characters): "rör-service", "o.k", "556677-8899" */
const COMPOUND = new RegExp(`[^\\s${PUNCTUATION_CHARS}]+(?:[${PUNCTUATION_CHARS}]+[^\\s${PUNCTUATION_CHARS}]+)+`, 'g');

/** The words of a query, normalised, punctuation as spaces; every one of them must match. */
export function queryWords(query: string): string[] {
  const normalised = normalise(query.replace(PUNCTUATION, ' '));
  return normalised ? normalised.split(' ') : [];
}

/**
 * The words of `text` with punctuation inside (name, industry, locality, org number: not the long
 * description), normalised and written without it, so "rörservice" finds "Rör-Service", "ok" finds
 * "O.K." and "5566778899" finds "556677-8899" (Swedes write compounds and numbers both ways). '' for none.
 */
export function compoundsOf(text: string): string {
  const compounds = text.match(COMPOUND);
  return compounds ? normalise(compounds.join(' ')).replace(PUNCTUATION, '') : '';
}

export interface DirectoryEntry {
  member: Member;
  /** names of the member's networks, in the feed's order */
  networkNames: string[];
  /** name, industry, locality, description and org number, normalised once (their punctuation can stay: query words hold none) */
  searchText: string;
  /** `compoundsOf` the short fields, searched when `searchText` lacks a word; '' for none */
  compoundText: string;
  industryKey: string;
  localityKey: string;
}

/** One choice in a filter: `value` goes in the URL hash, `label` is shown. */
export interface FilterOption {
  value: string;
  label: string;
}

export interface Directory {
  /** the network the directory is limited to (the `network` attribute), when it exists in the feed */
  network?: Network;
  /** `network` attribute names a network the feed does not have */
  unknownNetwork: boolean;
  /** active members in scope, sorted A–Ö */
  entries: DirectoryEntry[];
  networks: FilterOption[];
  industries: FilterOption[];
  localities: FilterOption[];
}

export interface Filters {
  query: string;
  network: string;
  industry: string;
  locality: string;
}

export const NO_FILTERS: Filters = { query: '', network: '', industry: '', locality: '' };

function sortedOptions(values: Map<string, string>): FilterOption[] {
  return [...values]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** Distinct values of a text field, keyed by their normalised form; the first spelling is shown. */
function collect(target: Map<string, string>, value: string | undefined): string {
  const label = value?.trim() ?? '';
  if (!label) return '';
  const key = normalise(label);
  if (!target.has(key)) target.set(key, label);
  return key;
}

/**
 * Active members (of `networkId` when given) sorted by Swedish collation, with their search text and
 * the filter choices the data offers. Filter values are the normalised text for industry and
 * locality (so "Tillverkning" and "tillverkning " are one choice) and the id for networks.
 */
export function buildDirectory(feed: MembersFeed, networkId?: string): Directory {
  const networksById = new Map(feed.networks.map((network) => [network.id, network]));
  const network = networkId ? networksById.get(networkId) : undefined;
  const unknownNetwork = Boolean(networkId) && !network;
  const industries = new Map<string, string>();
  const localities = new Map<string, string>();
  const usedNetworks = new Map<string, string>();
  const entries: DirectoryEntry[] = [];
  for (const member of feed.members) {
    if (!isActive(member)) continue;
    const memberNetworks = member.networks ?? [];
    if (networkId && !memberNetworks.includes(networkId)) continue;
    const networkNames: string[] = [];
    for (const id of memberNetworks) {
      const known = networksById.get(id);
      if (!known) continue;
      networkNames.push(known.name);
      usedNetworks.set(id, known.name);
    }
    entries.push({
      member,
      networkNames,
      searchText: normalise([member.name, member.industry, member.locality, member.description, member.orgNumber].filter(Boolean).join(' ')),
      compoundText: compoundsOf([member.name, member.industry, member.locality, member.orgNumber].filter(Boolean).join(' ')),
      industryKey: collect(industries, member.industry),
      localityKey: collect(localities, member.locality),
    });
  }
  entries.sort((a, b) => collator.compare(a.member.name, b.member.name) || collator.compare(a.member.id, b.member.id));
  return {
    network,
    unknownNetwork,
    entries,
    networks: sortedOptions(usedNetworks),
    industries: sortedOptions(industries),
    localities: sortedOptions(localities),
  };
}

/**
 * The filters as the directory can apply them: industry and locality in their normalised form (a
 * hand-written `#locality=Kolbäck` works as well as `#locality=kolback`), and values the directory
 * does not offer (a stale or mistyped link) dropped.
 */
export function validFilters(directory: Directory, filters: Filters): Filters {
  const pick = (options: FilterOption[], value: string) => (options.some((option) => option.value === value) ? value : '');
  return {
    query: filters.query,
    network: directory.network ? '' : pick(directory.networks, filters.network),
    industry: pick(directory.industries, normalise(filters.industry)),
    locality: pick(directory.localities, normalise(filters.locality)),
  };
}

export function isFiltered(filters: Filters): boolean {
  return Boolean(queryWords(filters.query).length || filters.network || filters.industry || filters.locality);
}

/** The entries every filter and every word of the query let through, in directory order. */
export function filterEntries(directory: Directory, filters: Filters): DirectoryEntry[] {
  const words = queryWords(filters.query);
  const { network, industry, locality } = filters;
  if (!words.length && !network && !industry && !locality) return directory.entries;
  return directory.entries.filter(
    (entry) =>
      (!network || (entry.member.networks ?? []).includes(network)) &&
      (!industry || entry.industryKey === industry) &&
      (!locality || entry.localityKey === locality) &&
      words.every((word) => entry.searchText.includes(word) || (entry.compoundText !== '' && entry.compoundText.includes(word))),
  );
}

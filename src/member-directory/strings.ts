import type { Lang } from '../internal/lang.js';

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** "9 800" / "9,800". A formatter is made once per language: making one costs far more than formatting. */
function count(lang: Lang, n: number): string {
  return (numberFormats[lang] ??= new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB')).format(n);
}

export const directoryStrings = {
  sv: {
    loading: 'Laddar medlemmar…',
    /** the search landmark's name; with the network's, so two directories on a page can be told apart */
    searchRegion: (network?: string) => (network ? `Sök bland medlemmarna i ${network}` : 'Sök medlemmar'),
    search: 'Sök på namn, bransch, ort, beskrivning eller org.nr',
    network: 'Nätverk',
    allNetworks: 'Alla nätverk',
    industry: 'Bransch',
    allIndustries: 'Alla branscher',
    locality: 'Ort',
    allLocalities: 'Alla orter',
    clearAll: 'Rensa alla',
    results: (n: number, total: number, filtered: boolean) =>
      filtered
        ? n === 0
          ? 'Inga medlemmar matchar sökningen'
          : `${count('sv', n)} av ${count('sv', total)} ${total === 1 ? 'medlem' : 'medlemmar'} matchar`
        : `${count('sv', total)} ${total === 1 ? 'medlem' : 'medlemmar'}`,
    showing: (shown: number, total: number) => `Visar ${count('sv', shown)} av ${count('sv', total)}`,
    showMore: 'Visa fler',
    listLabel: (network?: string) => (network ? `Medlemmar i ${network}` : 'Medlemmar'),
    noResults: 'Inga medlemmar matchar din sökning.',
    noResultsHint: 'Prova färre eller andra ord, eller rensa filtren.',
    clearFilters: 'Rensa sökning och filter',
    empty: 'Inga medlemmar ännu.',
    memberNetworks: 'Nätverk',
    memberIndustry: 'Bransch',
    memberLocality: 'Ort',
    address: 'Adress',
    orgNumber: 'Org.nr',
    memberSince: (year: string) => `Medlem sedan ${year}`,
    contact: (name: string) => `Kontakt till ${name}`,
    website: 'Webbplats',
    phone: 'Telefon',
    email: 'E-post',
    networkWebsite: (name: string) => `Webbplats för ${name}`,
  },
  en: {
    loading: 'Loading members…',
    searchRegion: (network?: string) => (network ? `Search the members of ${network}` : 'Search members'),
    search: 'Search by name, industry, locality, description or org. no.',
    network: 'Network',
    allNetworks: 'All networks',
    industry: 'Industry',
    allIndustries: 'All industries',
    locality: 'Locality',
    allLocalities: 'All localities',
    clearAll: 'Clear all',
    results: (n: number, total: number, filtered: boolean) =>
      filtered
        ? n === 0
          ? 'No members match the search'
          : `${count('en', n)} of ${count('en', total)} ${total === 1 ? 'member' : 'members'} ${n === 1 ? 'matches' : 'match'}`
        : `${count('en', total)} ${total === 1 ? 'member' : 'members'}`,
    showing: (shown: number, total: number) => `Showing ${count('en', shown)} of ${count('en', total)}`,
    showMore: 'Show more',
    listLabel: (network?: string) => (network ? `Members of ${network}` : 'Members'),
    noResults: 'No members match your search.',
    noResultsHint: 'Try fewer or other words, or clear the filters.',
    clearFilters: 'Clear search and filters',
    empty: 'No members yet.',
    memberNetworks: 'Networks',
    memberIndustry: 'Industry',
    memberLocality: 'Locality',
    address: 'Address',
    orgNumber: 'Org. no.',
    memberSince: (year: string) => `Member since ${year}`,
    contact: (name: string) => `Contact ${name}`,
    website: 'Website',
    phone: 'Phone',
    email: 'Email',
    networkWebsite: (name: string) => `${name} website`,
  },
} satisfies Record<Lang, unknown>;

export type DirectoryStrings = (typeof directoryStrings)['sv'];

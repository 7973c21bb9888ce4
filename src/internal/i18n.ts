import type { Lang } from './lang.js';

/** Strings every widget shows around its feed, in both languages. */
export const common = {
  sv: {
    loading: 'Laddar…',
    retry: 'Försök igen',
    feedError: 'Det gick inte att hämta uppgifterna just nu.',
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    feedError: 'The information could not be loaded right now.',
  },
} satisfies Record<Lang, Record<string, string>>;

export type CommonStrings = (typeof common)['sv'];

import type { AskConfig, Partner, Topic } from '../schemas/ask.js';

/**
 * Lower case, Swedish rules: å, ä and ö are letters of their own (so "lån" never matches "lan"),
 * while other accents fold away ("café" → "cafe"). Everything that is not a letter or digit
 * separates words, so "F-skatt" and "f skatt" are the same two words.
 */
export function normaliseWords(text: string): string[] {
  const lower = text.normalize('NFC').toLocaleLowerCase('sv');
  // fold accents letter by letter, keeping å, ä and ö
  const folded = [...lower].map((ch) => ('åäö'.includes(ch) ? ch : ch.normalize('NFD').replace(/\p{M}/gu, ''))).join('');
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Endings of Swedish inflection: "lån" matches "lånet", "lånen", "lånens"; "rekrytera" matches
 * "rekryterar", "rekryterade". Longer continuations are other words ("mark" is not "marknadsföring").
 */
const INFLECTIONS = new Set([
  '', 'a', 'e', 'n', 's', 't', 'r', 'en', 'et', 'er', 'ar', 'or', 'na', 'ns', 'ts', 'rs', 'as', 'es', 'ad', 'at', 'de', 'te',
  'ade', 'ande', 'arna', 'erna', 'orna', 'ens', 'ets', 'ers', 'ars', 'ors', 'ing', 'ning', 'ningar', 'ningen',
]);

/** Does `word` (normalised) say `keyword` (one normalised word), inflected or as the head of a compound? */
function wordMatches(word: string, keyword: string): boolean {
  if (word === keyword) return true;
  if (word.startsWith(keyword) && INFLECTIONS.has(word.slice(keyword.length))) return true;
  // Swedish compounds end with their head: "investeringsbidrag", "bygglovstillstånd", "banklånet".
  // Short heads are left out: "kurs" is not in "konkurs", "mark" not in "Danmark".
  if (keyword.length >= 6) {
    for (let cut = 2; cut < word.length - keyword.length + 1; cut++) {
      const rest = word.slice(cut);
      if (rest.startsWith(keyword) && INFLECTIONS.has(rest.slice(keyword.length))) return true;
    }
  }
  return false;
}

/** Does the text contain the keyword (one or more words, in order)? */
function containsKeyword(words: string[], keyword: string[]): boolean {
  if (keyword.length === 0) return false;
  for (let i = 0; i + keyword.length <= words.length; i++) {
    // every word of a phrase but the last must be exact ("enskild firma", "utländsk bakgrund")
    let ok = true;
    for (let k = 0; k < keyword.length && ok; k++) {
      ok = k === keyword.length - 1 ? wordMatches(words[i + k], keyword[k]) : words[i + k] === keyword[k] || wordMatches(words[i + k], keyword[k]);
    }
    if (ok) return true;
  }
  return false;
}

export interface TopicScore {
  topic: Topic;
  /** the topic's keywords found in the text, each counting one per word (phrases weigh more) */
  hits: number;
}

/** Every topic with at least one keyword in `text`, most hits first (config order breaks ties). */
export function scoreTopics(text: string, topics: readonly Topic[]): TopicScore[] {
  const words = normaliseWords(text);
  if (words.length === 0) return [];
  const scores: TopicScore[] = [];
  for (const topic of topics) {
    let hits = 0;
    for (const keyword of topic.keywords ?? []) {
      const keywordWords = normaliseWords(keyword);
      // a phrase is more telling than a word: "utländsk bakgrund" outweighs "starta"
      if (containsKeyword(words, keywordWords)) hits += keywordWords.length;
    }
    if (hits > 0) scores.push({ topic, hits });
  }
  return scores.sort((a, b) => b.hits - a.hits);
}

export interface Suggestion {
  topic: Topic;
  partner: Partner;
}

/**
 * The topic the message sounds like, when it is another one than the chosen topic: it has the most
 * keyword hits (the config's order breaks ties, so a catch-all "Övrigt" listed last loses them), and
 * more than the chosen topic. A suggestion only; the visitor decides.
 */
export function suggestTopic(
  config: Pick<AskConfig, 'topics' | 'partners'>,
  message: string,
  currentTopicId: string | undefined,
  dismissed: ReadonlySet<string> = new Set(),
): Suggestion | undefined {
  const scores = scoreTopics(message, config.topics);
  const best = scores[0];
  if (!best || best.topic.id === currentTopicId || dismissed.has(best.topic.id)) return undefined;
  const current = scores.find((score) => score.topic.id === currentTopicId);
  if (current && current.hits >= best.hits) return undefined;
  const partner = config.partners.find((p) => p.id === best.topic.partner);
  return partner ? { topic: best.topic, partner } : undefined;
}

/** The partner a topic is routed to. */
export function partnerFor(config: Pick<AskConfig, 'partners'>, topic: Topic | undefined): Partner | undefined {
  return topic ? config.partners.find((p) => p.id === topic.partner) : undefined;
}

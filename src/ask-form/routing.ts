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
/**
 * A verb keyword without its "-a" ("anställa" → "anställ") takes these: "anställd", "anställda", "anställning".
 * Not the bare stem: "start" (a start) is not "starta" (to start a business).
 */
const VERB_ENDINGS = new Set(['a', 'ar', 'as', 'at', 'ad', 'ade', 'ande', 'e', 'er', 'es', 's', 'd', 'da', 'de', 't', 'te', 'ing', 'ingen', 'ingar', 'ning', 'ningen', 'ningar']);
/** A noun keyword made a verb: "export" → "exportera", "exporterar", "exportering". */
const ERA_ENDINGS = new Set(['era', 'erar', 'eras', 'erat', 'erade', 'erande', 'ering', 'eringen', 'eringar']);

/** May `keyword` (one normalised word) + `ending` be a form of it? */
function inflects(keyword: string, ending: string): boolean {
  // "-a" and "-t" after "-al" make the adjective: "lokala", "lokalt" (local) are not "lokal" (premises)
  if ((ending === 'a' || ending === 't') && keyword.endsWith('al')) return false;
  // five letters or more: "mark" + "era" is "markera" (to mark), not land
  return INFLECTIONS.has(ending) || (keyword.length >= 5 && !keyword.endsWith('a') && ERA_ENDINGS.has(ending));
}

/**
 * Does `word` begin with `keyword` (or its stem) and go on with one of its endings? The bare stem counts
 * only as the head of a compound (`head`): "uppstart" and "nystart" are about starting, "en bra start" is not.
 */
function startsWithKeyword(word: string, keyword: string, head = false): boolean {
  if (word.startsWith(keyword) && inflects(keyword, word.slice(keyword.length))) return true;
  // a verb ("rekrytera", "anställa", "starta"; five letters or more) by its stem
  const stem = keyword.length >= 5 && keyword.endsWith('a') ? keyword.slice(0, -1) : undefined;
  if (stem === undefined || !word.startsWith(stem)) return false;
  const ending = word.slice(stem.length);
  return VERB_ENDINGS.has(ending) || (head && ending === '');
}

/** Does `word` (normalised) say `keyword` (one normalised word), inflected or as the head of a compound? */
function wordMatches(word: string, keyword: string): boolean {
  if (startsWithKeyword(word, keyword)) return true;
  // Swedish compounds end with their head: "investeringsbidrag", "bygglovstillstånd", "banklånet".
  // Short heads are left out: "kurs" is not in "konkurs", "mark" not in "Danmark".
  if (keyword.length >= 6) {
    for (let cut = 2; cut < word.length - keyword.length + 2; cut++) {
      if (startsWithKeyword(word.slice(cut), keyword, true)) return true;
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

/** The first word of a catch-all topic's label ("Övrigt", "Övriga frågor", "Annat", "Other"). */
const CATCH_ALL = new Set(['övrigt', 'övriga', 'annat', 'allmänt', 'other', 'general']);

/** Is `topic` the configuration's catch-all, which matches any question a little? */
export function isCatchAll(topic: Topic): boolean {
  return CATCH_ALL.has(normaliseWords(topic.label)[0]);
}

/**
 * Every topic with at least one keyword in `text`, most hits first (config order breaks ties), a
 * catch-all after every other: its keywords ("fråga", "annat") say nothing about the question.
 */
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
  return scores.sort((a, b) => Number(isCatchAll(a.topic)) - Number(isCatchAll(b.topic)) || b.hits - a.hits);
}

export interface Suggestion {
  topic: Topic;
  partner: Partner;
}

/**
 * The topic the message sounds like, when it is another one than the chosen topic: it has the most
 * keyword hits (a catch-all only when no other topic has any), and more than the chosen topic; a
 * catch-all never replaces a topic the visitor chose. A suggestion only; the visitor decides.
 */
export function suggestTopic(
  config: Pick<AskConfig, 'topics' | 'partners'>,
  message: string,
  currentTopicId: string | undefined,
  dismissed: ReadonlySet<string> = new Set(),
): Suggestion | undefined {
  const scores = scoreTopics(message, config.topics);
  const best = scores[0];
  if (!best || best.topic.id === currentTopicId || dismissed.has(best.topic.id) || (currentTopicId && isCatchAll(best.topic))) return undefined;
  const current = scores.find((score) => score.topic.id === currentTopicId);
  if (current && current.hits >= best.hits) return undefined;
  const partner = config.partners.find((p) => p.id === best.topic.partner);
  return partner ? { topic: best.topic, partner } : undefined;
}

/** The partner a topic is routed to. */
export function partnerFor(config: Pick<AskConfig, 'partners'>, topic: Topic | undefined): Partner | undefined {
  return topic ? config.partners.find((p) => p.id === topic.partner) : undefined;
}

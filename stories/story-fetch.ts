/**
 * The other end of a story's requests: answers the one request a story waits for (by method, URL and, for
 * a question, its message), then steps aside; everything else passes through to the real fetch. A static
 * Storybook cannot delay or fake a response, so the stories of states that depend on an answer (loading,
 * sending, failed, receipt) use this; the element's own code path runs unchanged. Used by the ask form's
 * state stories and by every widget's loading story (`holdOpen`).
 */


/** What comes back; `signal` is the request's, so an answer that never comes still ends on abort. */
export type Answer = (signal: AbortSignal | undefined) => Promise<Response>;

export function json(body: unknown, status: number): Answer {
  return () => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

/** No answer at all: the request stays open until it is aborted (the element's timeout, or it left the page). */
export const noAnswer: Answer = (signal) =>
  new Promise<Response>((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')), { once: true });
  });

interface Awaited {
  answer: Answer;
  asked: boolean;
}

/**
 * The requests stories wait for, by method, URL and (for a question) its message: a docs page shows
 * every story at once, and each story has its own configuration URL and types its own question, so each
 * request finds its own story's answer. Everything else passes through to the real fetch.
 */
const awaited = new Map<string, Awaited>();
let fetchBefore: typeof window.fetch | undefined;

export function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

function requestKey(input: RequestInfo | URL, init?: RequestInit): string | undefined {
  if (input instanceof Request) return undefined; // the widgets pass a URL string and an init
  const method = (init?.method ?? 'GET').toUpperCase();
  const url = absolute(String(input));
  if (method !== 'POST') return `${method} ${url}`;
  try {
    const message = typeof init?.body === 'string' ? (JSON.parse(init.body) as { message?: unknown }).message : undefined;
    return typeof message === 'string' ? `POST ${url} ${message}` : undefined;
  } catch {
    return undefined;
  }
}

function storyFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const key = requestKey(input, init);
  const request = key === undefined ? undefined : awaited.get(key);
  if (key === undefined || !request) return fetchBefore!(input, init);
  request.asked = true;
  stopAwaiting(key, request);
  return request.answer(init?.signal ?? undefined);
}

function stopAwaiting(key: string, request: Awaited): void {
  if (awaited.get(key) !== request) return;
  awaited.delete(key);
  // fetch is restored once no story waits, unless something wrapped it since (then this passes through)
  if (awaited.size === 0 && window.fetch === storyFetch && fetchBefore) window.fetch = fetchBefore;
}

/** Answers the next request with this key (see requestKey); `stop` gives up waiting for it. */
export function awaitRequest(key: string, answer: Answer): { wasAsked: () => boolean; stop: () => void } {
  const request: Awaited = { answer, asked: false };
  awaited.set(key, request);
  if (window.fetch !== storyFetch) {
    fetchBefore = window.fetch;
    window.fetch = storyFetch;
  }
  return { wasAsked: () => request.asked, stop: () => stopAwaiting(key, request) };
}

/**
 * For a loading story: the first GET of `url` (a story's own URL, e.g. `…/events.json?story=loading`, which
 * the static server would answer) is held open, so the widget stays loading. Call it from the story's render.
 */
export function holdOpen(url: string): void {
  awaitRequest(`GET ${absolute(url)}`, noAnswer);
}

/** A loading story's `timeout`: an hour, long enough to look at a state that waits for an answer that never comes. */
export const AN_HOUR = 3_600_000;

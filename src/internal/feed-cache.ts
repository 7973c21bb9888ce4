import { formatProblem, type FeedResult } from '../schemas/checks.js';
import { warnOnce } from './warn.js';

/** What a page learns of a request that got no answer (a missing CORS header looks the same), for the console. */
export function unreachable(url: string): string {
  // (an http: feed on an https: page fails here too: the browser's own "Mixed Content" line says so beside it)
  return `${url}: the request failed before any answer (offline, wrong host name, or the server does not send Access-Control-Allow-Origin for this page).`;
}

/** `(after a redirect to …)` for a console line, when the answer came from another address than asked (a login page). */
function redirect(response: Response): string {
  return response.redirected ? ` (after a redirect to ${response.url})` : '';
}

export type FeedFailureKind = 'no-src' | 'http' | 'network' | 'timeout' | 'not-json' | 'invalid';

/** Why a feed could not be used. `message` is exact and in English: it goes to the webmaster's console. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly url: string,
    readonly kind: FeedFailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** setTimeout's largest delay (about 24.8 days); a larger one overflows and fires at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * An element's `timeout` as a delay setTimeout can use, for feed requests and the ask form's question
 * alike. A typo (`timeout="10s"` is NaN), a removed attribute (null) or 0 would time out at once: the
 * default is used instead and the console says why (once per element and value). Above setTimeout's
 * maximum it is capped.
 */
export function usableTimeout(host: Element & { timeout?: unknown }): number {
  const raw = host.timeout;
  const ms = typeof raw === 'string' && raw.trim() === '' ? NaN : Number(raw);
  if (Number.isFinite(ms) && ms > 0) return Math.min(ms, MAX_TIMEOUT_MS);
  if (raw !== null && raw !== undefined) {
    const given = host.getAttribute('timeout') ?? String(raw);
    warnOnce(host, `timeout|${given}`, `timeout "${given}" is not a number of milliseconds; using ${DEFAULT_TIMEOUT_MS}.`);
  }
  return DEFAULT_TIMEOUT_MS;
}

/**
 * One request per feed URL per page, shared by every element that reads it: two badges and a
 * directory on one page cost one download. A request is aborted only when every element waiting
 * for it has gone (left the page or changed `src`). Failed requests are forgotten so that "try
 * again" really asks the server again; good ones are kept, the last MAX_KEPT_FEEDS asked for.
 */
interface SharedRequest {
  json: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  done: boolean;
  /** each parser's result, so problems are parsed and reported once, not once per element */
  parsed: Map<unknown, FeedResult<unknown>>;
  /**
   * problems already in the console: the badge (zod-free) and the directory (zod) read the same feed
   * with different parsers that find the same problems, and the webmaster should read each one once
   */
  reported: Set<string>;
}

const requests = new Map<string, SharedRequest>();

/** Test hook: forget every cached feed. */
export function clearFeedCache(): void {
  for (const request of requests.values()) if (!request.done) request.controller.abort();
  requests.clear();
}

function startRequest(url: string, timeoutMs: number, reporter: string): SharedRequest {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const request: SharedRequest = {
    controller,
    waiting: 0,
    done: false,
    parsed: new Map(),
    reported: new Set(),
    json: (async () => {
      let response: Response;
      try {
        response = await fetch(url, {
          signal: controller.signal,
          credentials: 'omit',
          headers: { Accept: 'application/json' },
        });
      } catch (error) {
        if (timedOut) {
          throw new FeedError(url, 'timeout', `${url}: no answer within ${timeoutMs / 1000} s (timeout).`);
        }
        if (controller.signal.aborted) throw error;
        throw new FeedError(url, 'network', unreachable(url));
      }
      if (!response.ok) {
        throw new FeedError(url, 'http', `${`${url}: HTTP ${response.status} ${response.statusText}`.trim()}${redirect(response)}.`, response.status);
      }
      let bytes: ArrayBuffer;
      try {
        bytes = await response.arrayBuffer();
      } catch (error) {
        if (timedOut) throw new FeedError(url, 'timeout', `${url}: the body did not arrive within ${timeoutMs / 1000} s (timeout).`);
        if (controller.signal.aborted) throw error;
        throw new FeedError(url, 'network', `${url}: the connection broke while reading the body.`);
      }
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        // a feed saved as Windows-1252 or Latin-1: read on, as a browser would, but its å, ä and ö show as "�"
        console.warn(`[${reporter}] ${url}: the feed is not UTF-8 (its å, ä and ö show as �); save it as UTF-8.`);
        text = new TextDecoder().decode(bytes);
      }
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        const type = response.headers.get('content-type') ?? 'no content-type';
        throw new FeedError(url, 'not-json', `${url}: the body is not JSON (${type})${redirect(response)}: ${(error as Error).message}`);
      }
    })().finally(() => {
      clearTimeout(timer);
      request.done = true;
    }),
  };
  request.json.catch(() => {
    if (requests.get(url) === request) requests.delete(url);
  });
  return request;
}

/**
 * Answered feeds kept at most. A single-page app whose routes read feeds by other addresses (a CMS's
 * cache-buster, `?network=` per page) kept every feed it ever read, about 0.4 MB each, for the page's life.
 */
export const MAX_KEPT_FEEDS = 16;

function forgetOld(): void {
  for (const [url, request] of requests) {
    if (requests.size <= MAX_KEPT_FEEDS) return;
    // a request still on its way, or waited for, stays: it is shared
    if (request.done && request.waiting === 0) requests.delete(url);
  }
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * The feed at `url`, parsed by `parse`. Resolves with the parsed feed, rejects with a FeedError
 * (or the signal's abort reason). Problems in the feed are reported in the console once per page.
 */
export function loadFeed<T>(
  url: string,
  parse: (json: unknown) => FeedResult<T>,
  options: { signal: AbortSignal; timeoutMs?: number; reporter: string },
): Promise<FeedResult<T> & { ok: true }> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, reporter } = options;
  if (signal.aborted) return Promise.reject(abortError(signal));
  let request = requests.get(url);
  if (request) requests.delete(url);
  else request = startRequest(url, timeoutMs, reporter);
  // the most recently asked for last: the ones forgotten first are the longest unasked
  requests.set(url, request);
  const shared = request;
  shared.waiting++;
  forgetOld();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      shared.waiting--;
      if (shared.waiting === 0 && !shared.done) {
        shared.controller.abort();
        if (requests.get(url) === shared) requests.delete(url);
      }
      reject(abortError(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.json.then(
      (json) => {
        signal.removeEventListener('abort', onAbort);
        shared.waiting--;
        let result = shared.parsed.get(parse) as FeedResult<T> | undefined;
        if (!result) {
          try {
            result = parse(json);
          } catch (error) {
            // a feed that breaks the reader is a failed request with a message, never a widget loading for good
            if (requests.get(url) === shared) requests.delete(url);
            const reason = error instanceof Error ? error.message : String(error);
            reject(new FeedError(url, 'invalid', `${url}: not a usable feed: it could not be read (${reason}); \`npx evi-validate ${url}\` lists its problems`));
            return;
          }
          shared.parsed.set(parse, result);
          report(reporter, url, result, shared.reported);
        }
        if (result.ok) resolve(result);
        else {
          // An unusable feed is a failed request too: "try again" must ask the server, which may have been fixed.
          if (requests.get(url) === shared) requests.delete(url);
          const reasons = result.problems.map(formatProblem).join('; ');
          reject(new FeedError(url, 'invalid', `${url}: not a usable feed: ${reasons}`));
        }
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        shared.waiting--;
        reject(error);
      },
    );
  });
}

/** Problems written to the console per feed: a feed with 150,000 bad entries would otherwise stall the page's console. */
export const MAX_REPORTED_PROBLEMS = 100;
const MORE = '(more)';

function report(reporter: string, url: string, result: FeedResult<unknown>, reported: Set<string>): void {
  if (!result.ok) return; // the caller turns this into a FeedError, logged as an error
  const problems = result.problems;
  for (const [at, problem] of problems.entries()) {
    const line = `${url}: ${formatProblem(problem)}`;
    if (reported.has(line)) continue;
    if (reported.size >= MAX_REPORTED_PROBLEMS) {
      const more = problems.length - at;
      if (!reported.has(MORE)) console.warn(`[${reporter}] ${url}: ${more} more problem${more === 1 ? '' : 's'} not shown here; \`npx evi-validate ${url}\` lists them all`);
      reported.add(MORE);
      return;
    }
    reported.add(line);
    console.warn(`[${reporter}] ${line}`);
  }
}

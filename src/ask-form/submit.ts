import { unreachable } from '../internal/feed-cache.js';
import { PAGE_MAX_LENGTH, type Submission } from '../schemas/ask.js';

/**
 * What became of one attempt to send a question (feed-contract.md, "Submitting a question").
 * Every kind but `accepted` keeps the question on the page; all but `rejected` are worth a retry
 * with the same idempotency key.
 */
export type SubmitResult =
  | { kind: 'accepted'; reference: string }
  /** 400/422: `errors` maps a field to the receiver's message (or one of our error codes) */
  | { kind: 'rejected'; status: number; errors: Record<string, string> }
  | { kind: 'busy'; status: 429 }
  | { kind: 'server'; status: number }
  | { kind: 'timeout' }
  | { kind: 'offline' }
  | { kind: 'network' };

export type SubmitFailure = Exclude<SubmitResult, { kind: 'accepted' }>;

/**
 * A random UUID for the `Idempotency-Key` header. `crypto.randomUUID` exists only in secure
 * contexts, and municipal pages are not all served over https, so fall back to a v4 UUID built
 * from `crypto.getRandomValues`, which exists everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A fingerprint of a question as sent: the same body (whatever the order of its fields) gives the same
 * string, any change to what is sent gives another. The form keeps the fingerprint of the body it last
 * sent with its `Idempotency-Key` and takes a new key when the body to send differs, because a receiver
 * answers a known key with the answer it stored (the README: "same key: answer the same reference"), and
 * the IETF idempotency-key draft answers 422 to a changed payload: an edited question under the old key
 * would be lost or refused.
 *
 * Not a cryptographic hash (crypto.subtle is async and missing outside secure contexts, where municipal
 * pages sometimes are): the length and two 32-bit FNV-1a-style hashes (the second with its own offset
 * and an extra shift), so two different questions from one visitor practically never share one. It is kept in the draft beside the
 * question itself, so it gives nothing away that the draft does not already hold.
 */
export function bodyFingerprint(body: Readonly<Record<string, unknown>>): string {
  const canonical = JSON.stringify(Object.keys(body).sort().map((field) => [field, body[field]]));
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < canonical.length; i++) {
    const code = canonical.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
    b ^= b >>> 15;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${canonical.length.toString(36)}-${hex(a)}${hex(b)}`;
}

/**
 * The page the question was asked on, without the fragment (it may carry UI state, never needed). An
 * address longer than `page` may be (tracking parameters from a newsletter or an ad) goes without its
 * query too, and one still too long is left out: `page` only helps the receiver, it must never stop a
 * question from being sent.
 */
export function currentPage(): string | undefined {
  try {
    const url = new URL(location.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.hash = '';
    if (url.href.length > PAGE_MAX_LENGTH) url.search = '';
    return url.href.length > PAGE_MAX_LENGTH ? undefined : url.href;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * POSTs one question. Never throws: every outcome, the network's included, is a `SubmitResult`.
 * No cookies are sent (`credentials: 'omit'`): the receiver needs none, and a cross-origin receiver
 * would otherwise have to allow credentials.
 */
export async function submitQuestion(
  url: string,
  body: Submission,
  idempotencyKey: string,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<SubmitResult> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return { kind: 'offline' };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The receiver did not answer in time.', 'TimeoutError'));
  }, options.timeoutMs);
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(body),
        credentials: 'omit',
        signal: controller.signal,
      });
    } catch {
      if (timedOut) return { kind: 'timeout' };
      if (navigator.onLine === false) return { kind: 'offline' };
      // the browser tells the page no more than this (a missing CORS header included), as for a feed
      console.error(`[evi-ask-form] ${unreachable(url)}`);
      return { kind: 'network' };
    }
    const json = await readJson(response).catch(() => undefined);
    if (timedOut) return { kind: 'timeout' };
    // after a 301 or 302 the browser asks the new address with GET, which a receiver refuses (405)
    const redirected = response.redirected
      ? ` after a redirect to ${response.url}; set submitUrl to ${response.url} (a redirect can turn the POST into a GET)`
      : '';
    if (redirected) console[response.ok ? 'warn' : 'error'](`[evi-ask-form] ${url} answered HTTP ${response.status}${redirected}.`);
    if (response.status === 200 || response.status === 201) {
      const reference = isRecord(json) ? json.reference : undefined;
      if (typeof reference === 'string' && reference.trim()) return { kind: 'accepted', reference: reference.trim() };
      // accepted but unreadable: a retry with the same key fetches the reference without a duplicate
      console.error(`[evi-ask-form] ${url} answered ${response.status} without a "reference" string.`);
      return { kind: 'server', status: response.status };
    }
    if (response.status === 400 || response.status === 422) {
      const errors: Record<string, string> = {};
      if (isRecord(json) && isRecord(json.errors)) {
        for (const [field, message] of Object.entries(json.errors)) {
          if (typeof message === 'string' && message.trim()) errors[field] = message.trim();
        }
      }
      // the visitor reads "Vi kunde inte ta emot frågan"; the webmaster, here, what the receiver said
      const type = response.headers.get('content-type') ?? 'no content-type';
      console.warn(
        `[evi-ask-form] ${url} refused the question (HTTP ${response.status}): ` +
          (Object.keys(errors).length ? `errors for ${Object.keys(errors).join(', ')}.` : `no "errors" object with messages (${type}).`),
      );
      return { kind: 'rejected', status: response.status, errors };
    }
    if (response.status === 429) return { kind: 'busy', status: 429 };
    if (!redirected) console.error(`[evi-ask-form] ${url} answered HTTP ${response.status}.`);
    return { kind: 'server', status: response.status };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

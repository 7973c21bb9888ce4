// The zod-free half of the feed schemas: the problem report, the plain field validators, and the
// tolerant walker that lets one bad item be skipped (or one bad optional field be dropped) without
// blanking the whole list. common.ts builds the zod schemas on top of this; the badge reads its few
// fields with this module alone, so a badge-only page does not load zod. No DOM APIs here: the Node
// dev server imports this module too.

/** One thing wrong in a feed, reported once to the webmaster console. */
export interface FeedProblem {
  /** JSON path, e.g. `members[12].website` or `events[3].start` or `version` */
  path: string;
  /** item index in its array, when the problem is inside an item */
  index?: number;
  /** item id when known (string) */
  id?: string;
  /** 'skipped' = item left out (bad required field); 'dropped' = optional field removed, item kept; 'fatal' = feed unusable */
  action: 'skipped' | 'dropped' | 'fatal';
  /** plain English, for the webmaster console, e.g. 'must be an absolute http: or https: URL (got "javascript:alert(1)")' */
  message: string;
}

export type FeedResult<T> =
  | { ok: true; data: T; problems: FeedProblem[] }
  | { ok: false; problems: FeedProblem[] };

const ACTION_SUFFIX: Record<FeedProblem['action'], string> = {
  skipped: ' — item skipped',
  dropped: ' — field dropped',
  fatal: ' — feed unusable',
};

/** One console line: `members[12] (id "kolbacks-smide").website: must be … — field dropped`. */
export function formatProblem(p: FeedProblem): string {
  let where = p.path || 'feed';
  if (p.index !== undefined && p.id !== undefined) {
    const marker = `[${p.index}]`;
    const at = where.indexOf(marker);
    if (at >= 0) {
      const end = at + marker.length;
      where = `${where.slice(0, end)} (id ${JSON.stringify(p.id)})${where.slice(end)}`;
    }
  }
  return `${where}: ${p.message}${ACTION_SUFFIX[p.action]}`;
}

/** A short, safe rendering of a value for problem messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value !== null && typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

// ---------------------------------------------------------------------------------------------------
// Field rules: the patterns and words of every field check, shared by the zod schemas (common.ts) and the
// zod-free fields below, so the console says the same thing whichever of them read the feed.

/**
 * A string's length in characters as people count them and zod's length checks count them: code points,
 * so "👍" is one character, not two UTF-16 units.
 */
export function characterCount(s: string): number {
  return s.length - (s.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

export const SLUG_PATTERN = /^[\p{L}\p{N}_-][\p{L}\p{N}._-]*$/u;
export const SLUG_MAX_LENGTH = 200;
export const PHONE_PATTERN = /^[+\d\s()-]+$/;
export const ORG_NUMBER_PATTERN = /^(?:\d{6}-\d{4}|\d{10})$/;

export const RULE = {
  nonEmpty: 'must not be empty',
  slug: 'must be an id of letters, digits, "-", "_" or "." (no spaces)',
  httpUrl: 'must be an absolute http: or https: URL',
  datePattern: 'must be a date YYYY-MM-DD',
  date: 'must be a date that exists (YYYY-MM-DD)',
  email: 'must be an email address',
  phonePattern: 'must contain only digits, spaces, "+", "-", "(" and ")"',
  phone: 'must be a phone number with at least 5 digits',
  orgNumberPattern: 'must be an organisationsnummer, NNNNNN-NNNN or 10 digits',
  orgNumber:
    'must be an organisationsnummer with a valid check digit and a third digit of 2 or more (never a personnummer)',
  hostName: 'must be a host name such as example.se (no scheme, port or path)',
} as const;

// ---------------------------------------------------------------------------------------------------
// Field validators (plain functions, reused by the schemas and by the submission validator)

export function isHttpUrlString(value: string): boolean {
  // `new URL` forgives surrounding whitespace and control characters; a feed value must not rely on that.
  // eslint-disable-next-line no-control-regex
  if (value !== value.trim() || /[\u0000-\u001f\u007f\s]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Swedish organisationsnummer: `NNNNNN-NNNN` or 10 digits, Luhn check digit, third digit ≥ 2. */
export function isValidOrgNumber(s: string): boolean {
  if (typeof s !== 'string' || !ORG_NUMBER_PATTERN.test(s)) return false;
  const digits = s.replace('-', '');
  // A personnummer has the birth month (01–12) in digits 3–4; an organisationsnummer's third digit is ≥ 2.
  if (Number(digits[2]) < 2) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(digits[i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * An address mail can be sent to. Control and format characters (a soft hyphen pasted from Word, a zero-width
 * space, a right-to-left override) are refused: the address looks right on screen and its mail bounces.
 */
export function isValidEmail(s: string): boolean {
  return s.length <= 254 && !/[\p{Cc}\p{Cf}]/u.test(s) && /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/.test(s);
}

export function isValidPhone(s: string): boolean {
  return PHONE_PATTERN.test(s) && (s.match(/\d/g)?.length ?? 0) >= 5 && s.length <= 40;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
export function isRealDate(y: string, m: string, d: string): boolean {
  const month = Number(m);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(y), month);
}

/** `YYYY-MM-DD`, a day that exists. */
export function isIsoDate(s: string): boolean {
  const m = DATE_PATTERN.exec(s);
  return m !== null && isRealDate(m[1], m[2], m[3]);
}


/** A host name such as `kolbacks-smide.se` or `www.exempel.se`: no scheme, port, path or spaces. */
export function isHostName(s: string): boolean {
  if (s === '' || s.length > 253 || /[\s/:?#@\\[\]]/.test(s) || s.startsWith('.') || s.endsWith('.')) return false;
  try {
    return new URL(`http://${s}`).host !== '';
  } catch {
    return false;
  }
}

/** Lower-case ASCII (punycode) form of a host name, as `location.hostname` reports it. */
export function normalizeHostName(s: string): string {
  try {
    return new URL(`http://${s}`).hostname;
  } catch {
    return s.toLowerCase();
  }
}

// ---------------------------------------------------------------------------------------------------
// Tolerant parsing

/** A leaf field's check: the problem in plain English (`must be …`), or nothing when the value is fine. */
export type LeafCheck = (value: unknown) => string | undefined;

/** How one field is read: a leaf check, an object of fields, or an array whose entries are read one by one. */
export type Field =
  | LeafCheck
  | { kind: 'object'; fields: Fields; required: readonly string[] }
  | { kind: 'array'; element: Field };

export type Fields = Record<string, Field>;

type Item = Record<string, unknown>;

function isPlainObject(value: unknown): value is Item {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

interface Failure {
  path: string;
  message: string;
}

interface Scope {
  problems: FeedProblem[];
  index?: number;
  id?: string;
}

function report(scope: Scope, path: string, action: FeedProblem['action'], message: string): void {
  const problem: FeedProblem = { path, action, message };
  if (scope.index !== undefined) problem.index = scope.index;
  if (scope.id !== undefined) problem.id = scope.id;
  scope.problems.push(problem);
}

/**
 * Validates one value against a field. Objects are checked field by field and arrays entry by entry,
 * so a bad optional part is dropped (and reported) while the rest is kept. Returns the failure when
 * the value as a whole is unusable; the caller decides whether that skips or drops.
 */
function parseValue(
  field: Field,
  value: unknown,
  path: string,
  scope: Scope,
): { ok: true; value: unknown } | { ok: false; failure: Failure } {
  if (typeof field === 'function') {
    const message = field(value);
    return message === undefined ? { ok: true, value } : { ok: false, failure: { path, message } };
  }
  if (field.kind === 'object') {
    if (!isPlainObject(value)) return { ok: false, failure: { path, message: `must be an object (got ${describeValue(value)})` } };
    return parseObject(value, field.fields, field.required, path, scope);
  }
  if (!Array.isArray(value)) return { ok: false, failure: { path, message: `must be an array (got ${describeValue(value)})` } };
  const kept: unknown[] = [];
  value.forEach((entry, i) => {
    const result = parseValue(field.element, entry, `${path}[${i}]`, scope);
    if (result.ok) kept.push(result.value);
    else report(scope, result.failure.path, 'dropped', result.failure.message);
  });
  return { ok: true, value: kept };
}

function parseObject(
  value: Item,
  fields: Fields,
  requiredList: readonly string[],
  path: string,
  scope: Scope,
): { ok: true; value: Item } | { ok: false; failure: Failure } {
  const out: Item = {};
  const required = new Set(requiredList);
  // Required fields first: a skipped object returns before any optional field is reported as dropped.
  const keys = [...required, ...Object.keys(fields).filter((key) => !required.has(key))];
  for (const key of keys) {
    const fieldPath = path ? `${path}.${key}` : key;
    const fieldValue = value[key];
    if (fieldValue === undefined) {
      if (required.has(key)) return { ok: false, failure: { path: fieldPath, message: 'is required' } };
      continue;
    }
    const result = parseValue(fields[key], fieldValue, fieldPath, scope);
    if (result.ok) out[key] = result.value;
    else if (required.has(key)) return { ok: false, failure: result.failure };
    else {
      const { path: failedPath, message } = result.failure;
      report(scope, failedPath, 'dropped', failedPath === fieldPath ? message : `${message}, so ${key} is left out`);
    }
  }
  return { ok: true, value: out };
}

/** Per-item hooks for rules that span fields or items (end after start, known network ids…). */
export interface ItemContext {
  index: number;
  path: string;
  id?: string;
  /** Report an optional field (or array entry) as dropped; the caller removes it. */
  drop(field: string, message: string): void;
}

/** Return a skip reason (`{ field, message }`) to leave the item out, or nothing to keep it. */
export type ItemRefinement<T> = (item: T, ctx: ItemContext) => { field: string; message: string } | void;

/**
 * Reads a list of items tolerantly. An item whose required field is missing or invalid is skipped; an
 * invalid optional field is dropped and the item kept; a later duplicate id is skipped. Every skip and
 * drop is pushed to `problems` once, with the item's index, id (when it has a string id) and path.
 */
export function readItems<T>(
  list: unknown,
  listPath: string,
  fields: Fields,
  required: readonly string[],
  problems: FeedProblem[],
  refine?: ItemRefinement<T>,
): T[] {
  if (!Array.isArray(list)) return [];
  const firstIndexOfId = new Map<string, number>();
  const items: T[] = [];
  list.forEach((raw, index) => {
    const path = `${listPath}[${index}]`;
    const id = isPlainObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    const scope: Scope = { problems, index, id };
    if (!isPlainObject(raw)) {
      report(scope, path, 'skipped', `must be an object (got ${describeValue(raw)})`);
      return;
    }
    // Collect drops first, so a skipped item is reported once (for its skip) and not also for its drops.
    const pending: FeedProblem[] = [];
    const itemScope: Scope = { problems: pending, index, id };
    const result = parseObject(raw, fields, required, path, itemScope);
    if (!result.ok) {
      report(scope, result.failure.path, 'skipped', result.failure.message);
      return;
    }
    const item = result.value as T;
    if (refine) {
      const ctx: ItemContext = {
        index,
        path,
        id,
        drop: (field, message) => report(itemScope, `${path}.${field}`, 'dropped', message),
      };
      const skip = refine(item, ctx);
      if (skip) {
        report(scope, `${path}.${skip.field}`, 'skipped', skip.message);
        return;
      }
    }
    if (id !== undefined) {
      const first = firstIndexOfId.get(id);
      if (first !== undefined) {
        report(scope, `${path}.id`, 'skipped', `duplicate id ${JSON.stringify(id)} (first used by ${listPath}[${first}])`);
        return;
      }
      firstIndexOfId.set(id, index);
    }
    // a loop, not push(...pending): an item with 150,000 bad entries would overflow the call stack
    for (const problem of pending) problems.push(problem);
    items.push(item);
  });
  return items;
}

/**
 * Checks the parts every feed shares: a JSON object with `version: 1`, and the named lists present as
 * arrays. Returns the object, or pushes fatal problems and returns undefined.
 */
export function checkFeedRoot(input: unknown, lists: readonly string[], problems: FeedProblem[]): Item | undefined {
  if (!isPlainObject(input)) {
    problems.push({
      path: '',
      action: 'fatal',
      message: `expected a JSON object with "version": 1, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : describeValue(input)}`,
    });
    return undefined;
  }
  if (input.version !== 1) {
    problems.push({ path: 'version', action: 'fatal', message: `expected 1, got ${describeValue(input.version)}` });
    return undefined;
  }
  let ok = true;
  for (const list of lists) {
    if (!Array.isArray(input[list])) {
      problems.push({
        path: list,
        action: 'fatal',
        message: input[list] === undefined ? 'is required (a list)' : `must be an array (got ${describeValue(input[list])})`,
      });
      ok = false;
    }
  }
  return ok ? input : undefined;
}

/** A language tag as a feed's `lang` gives it (BCP 47): "sv", "en", "en-GB". */
export const LANG_TAG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * A feed's `lang`, the language its texts are written in (an extension of the contract: optional, default
 * Swedish; the widgets mark those texts with it when they speak another language). A bad value is dropped.
 */
export function readFeedLang(root: Item, problems: FeedProblem[]): { lang?: string } {
  const value = root.lang;
  if (value === undefined) return {};
  if (typeof value === 'string' && LANG_TAG_PATTERN.test(value)) return { lang: value };
  problems.push({ path: 'lang', action: 'dropped', message: `must be a language tag such as "sv" or "en" (got ${describeValue(value)})` });
  return {};
}

/**
 * Reads top-level scalar fields of a feed (e.g. the ask config's `submitUrl`): a bad required field is
 * fatal, a bad optional one is dropped.
 */
export function readRootFields(
  root: Item,
  fields: Fields,
  required: readonly string[],
  problems: FeedProblem[],
): Item | undefined {
  const result = parseObject(root, fields, required, '', { problems });
  if (!result.ok) {
    problems.push({ path: result.failure.path, action: 'fatal', message: result.failure.message });
    return undefined;
  }
  return result.value;
}

// Shared building blocks for the feed schemas: field schemas (links, dates, slugs…), the problem report,
// and the tolerant parser that lets one bad item be skipped (or one bad optional field be dropped)
// without blanking the whole list. No DOM APIs here: the Node dev server imports this module too.
import * as z from 'zod/mini';

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
  if (typeof s !== 'string' || !/^(?:\d{6}-\d{4}|\d{10})$/.test(s)) return false;
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

export function isValidEmail(s: string): boolean {
  return s.length <= 254 && /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/.test(s);
}

export function isValidPhone(s: string): boolean {
  return /^[+\d\s()-]+$/.test(s) && (s.match(/\d/g)?.length ?? 0) >= 5 && s.length <= 40;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

function isRealDate(y: string, m: string, d: string): boolean {
  const month = Number(m);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(y), month);
}

/** `YYYY-MM-DD`, a day that exists. */
export function isIsoDate(s: string): boolean {
  const m = DATE_PATTERN.exec(s);
  return m !== null && isRealDate(m[1], m[2], m[3]);
}

/** ISO 8601 date-time with an offset (`Z` or `±hh:mm`), a moment that exists. */
export function isIsoDateTime(s: string): boolean {
  const m = DATE_TIME_PATTERN.exec(s);
  if (!m || !isRealDate(m[1], m[2], m[3])) return false;
  const [hour, minute, second = '0', offH = '0', offM = '0'] = [m[4], m[5], m[6], m[7], m[8]];
  return (
    Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 && Number(offH) <= 18 && Number(offM) <= 59
  );
}

export function isTimeZone(s: string): boolean {
  if (s === '') return false;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: s });
    return true;
  } catch {
    return false;
  }
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
// Field schemas

/** Required text: at least one non-blank character. */
export const nonEmptyString = z.string().check(z.refine((s) => s.trim() !== '', 'must not be empty'), z.minLength(1));

/** Plain text, shown as given (may be empty). */
export const text = z.string();

/** An id used in deep links and attribute values: letters, digits, `-`, `_`, `.`; no spaces. */
export const slug = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(200),
    z.regex(/^[\p{L}\p{N}_-][\p{L}\p{N}._-]*$/u, 'must be an id of letters, digits, "-", "_" or "." (no spaces)'),
  );

/** Absolute `http:`/`https:` URL. `javascript:`, `data:`, relative and malformed values are rejected. */
export const httpUrl = z
  .string()
  .check(
    z.refine(isHttpUrlString, 'must be an absolute http: or https: URL'),
    z.meta({ format: 'uri', pattern: '^[hH][tT][tT][pP][sS]?://[^\\s/?#]+' }),
  );

export const isoDate = z
  .string()
  .check(
    z.regex(DATE_PATTERN, 'must be a date YYYY-MM-DD'),
    z.refine(isIsoDate, 'must be a date that exists (YYYY-MM-DD)'),
    z.meta({ format: 'date' }),
  );

export const isoDateTime = z
  .string()
  .check(
    z.regex(DATE_TIME_PATTERN, 'must be an ISO 8601 date-time with an offset, e.g. 2027-01-07T07:30:00+01:00'),
    z.refine(isIsoDateTime, 'must be a date-time that exists'),
    z.meta({ format: 'date-time' }),
  );

/** A date-time with offset, or a date alone (all-day). */
export const dateOrDateTime = z
  .string()
  .check(
    z.refine(
      (s) => isIsoDateTime(s) || isIsoDate(s),
      'must be an ISO 8601 date-time with an offset (2027-01-07T07:30:00+01:00) or a date (2027-05-04) that exists',
    ),
    z.meta({
      anyOf: [
        { format: 'date-time', pattern: DATE_TIME_PATTERN.source },
        { format: 'date', pattern: DATE_PATTERN.source },
      ],
    }),
  );

export const timeZone = z
  .string()
  .check(
    z.refine(isTimeZone, 'must be an IANA time zone such as Europe/Stockholm'),
    z.meta({ examples: ['Europe/Stockholm'] }),
  );

export const email = z.string().check(z.refine(isValidEmail, 'must be an email address'), z.meta({ format: 'email' }));

export const phone = z
  .string()
  .check(
    z.regex(/^[+\d\s()-]+$/, 'must contain only digits, spaces, "+", "-", "(" and ")"'),
    z.refine(isValidPhone, 'must be a phone number with at least 5 digits'),
  );

export const orgNumber = z
  .string()
  .check(
    z.regex(/^(?:\d{6}-\d{4}|\d{10})$/, 'must be an organisationsnummer, NNNNNN-NNNN or 10 digits'),
    z.refine(
      isValidOrgNumber,
      'must be an organisationsnummer with a valid check digit and a third digit of 2 or more (never a personnummer)',
    ),
  );

export const hostName = z
  .string()
  .check(z.refine(isHostName, 'must be a host name such as example.se (no scheme, port or path)'), z.meta({ format: 'hostname' }));

/** `{ src, alt }`; `alt` may be `""` for a decorative image. */
export const imageSchema = z.object({ src: httpUrl, alt: text });
export type Image = z.infer<typeof imageSchema>;

// ---------------------------------------------------------------------------------------------------
// Tolerant parsing

export type Shape = Record<string, z.core.$ZodType>;
type Item = Record<string, unknown>;

function isPlainObject(value: unknown): value is Item {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Keys of a shape that are not wrapped in `z.optional`. */
export function requiredKeys(shape: Shape): string[] {
  return Object.keys(shape).filter((key) => shape[key]._zod.optin !== 'optional');
}

function unwrapOptional(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType };
  return def.type === 'optional' && def.innerType ? def.innerType : schema;
}

const ARTICLE_TYPES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

/** Plain-English message for the first issue zod reports. */
function issueMessage(issue: z.core.$ZodIssue | undefined, value: unknown): string {
  const got = ` (got ${describeValue(value)})`;
  if (!issue) return `is invalid${got}`;
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'is required' : `must be ${ARTICLE_TYPES[issue.expected] ?? issue.expected}${got}`;
    case 'too_small':
      return Number(issue.minimum) <= 1 ? `must not be empty${got}` : `must be at least ${issue.minimum} characters`;
    case 'too_big':
      return `must be at most ${issue.maximum} characters (got ${typeof value === 'string' ? value.length : '?'})`;
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}`;
    default:
      return `${issue.message && issue.message !== 'Invalid input' ? issue.message : 'is invalid'}${got}`;
  }
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
 * Validates one value against a field schema. Objects are checked field by field and arrays entry by
 * entry, so a bad optional part is dropped (and reported) while the rest is kept. Returns the failure
 * when the value as a whole is unusable; the caller decides whether that skips or drops.
 */
function parseValue(
  schema: z.core.$ZodType,
  value: unknown,
  path: string,
  scope: Scope,
): { ok: true; value: unknown } | { ok: false; failure: Failure } {
  const inner = unwrapOptional(schema);
  const def = inner._zod.def as { type: string; shape?: Shape; element?: z.core.$ZodType };
  if (def.type === 'object' && def.shape) {
    if (!isPlainObject(value)) return { ok: false, failure: { path, message: `must be an object (got ${describeValue(value)})` } };
    return parseObject(value, def.shape, path, scope);
  }
  if (def.type === 'array' && def.element) {
    if (!Array.isArray(value)) return { ok: false, failure: { path, message: `must be an array (got ${describeValue(value)})` } };
    const kept: unknown[] = [];
    value.forEach((entry, i) => {
      const result = parseValue(def.element as z.core.$ZodType, entry, `${path}[${i}]`, scope);
      if (result.ok) kept.push(result.value);
      else report(scope, result.failure.path, 'dropped', result.failure.message);
    });
    return { ok: true, value: kept };
  }
  const result = z.safeParse(inner, value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, failure: { path, message: issueMessage(result.error.issues[0], value) } };
}

function parseObject(
  value: Item,
  shape: Shape,
  path: string,
  scope: Scope,
): { ok: true; value: Item } | { ok: false; failure: Failure } {
  const out: Item = {};
  const required = new Set(requiredKeys(shape));
  // Required fields first: a skipped object returns before any optional field is reported as dropped.
  const keys = [...required, ...Object.keys(shape).filter((key) => !required.has(key))];
  for (const key of keys) {
    const fieldPath = path ? `${path}.${key}` : key;
    const fieldValue = value[key];
    if (fieldValue === undefined) {
      if (required.has(key)) return { ok: false, failure: { path: fieldPath, message: 'is required' } };
      continue;
    }
    const result = parseValue(shape[key], fieldValue, fieldPath, scope);
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
 * Parses a list of items tolerantly. An item whose required field is missing or invalid is skipped; an
 * invalid optional field is dropped and the item kept; a later duplicate id is skipped. Every skip and
 * drop is pushed to `problems` once, with the item's index, id (when it has a string id) and path.
 */
export function parseItems<T>(
  list: unknown,
  listPath: string,
  itemShape: Shape,
  required: readonly string[],
  problems: FeedProblem[],
  refine?: ItemRefinement<T>,
): T[] {
  if (!Array.isArray(list)) return [];
  const shape: Shape = {};
  for (const [key, schema] of Object.entries(itemShape)) {
    shape[key] = required.includes(key) ? unwrapOptional(schema) : schema._zod.optin === 'optional' ? schema : z.optional(schema as z.ZodMiniType);
  }
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
    const result = parseObject(raw, shape, path, itemScope);
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
    problems.push(...pending);
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

/**
 * Parses top-level scalar fields of a feed (e.g. the ask config's `submitUrl`): a bad required field is
 * fatal, a bad optional one is dropped.
 */
export function parseRootFields(root: Item, shape: Shape, problems: FeedProblem[]): Item | undefined {
  const scope: Scope = { problems };
  const result = parseObject(root, shape, '', scope);
  if (!result.ok) {
    problems.push({ path: result.failure.path, action: 'fatal', message: result.failure.message });
    return undefined;
  }
  return result.value;
}

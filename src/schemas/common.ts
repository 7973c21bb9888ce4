// The zod half of the feed schemas: field schemas (links, dates, slugs…) for the TypeScript types, the
// JSON Schemas and the validation, on top of checks.ts (problem report, plain validators, the tolerant
// walker), which this module re-exports. No DOM APIs here: the Node dev server imports this module too.
import * as z from 'zod/mini';
import {
  characterCount,
  LANG_TAG_PATTERN,
  DATE_PATTERN,
  describeValue,
  isHostName,
  isHttpUrlString,
  isIsoDate,
  isValidEmail,
  isValidOrgNumber,
  isValidPhone,
  isRealDate,
  ORG_NUMBER_PATTERN,
  PHONE_PATTERN,
  readItems,
  RULE,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  readRootFields,
  type FeedProblem,
  type Field,
  type Fields,
  type ItemRefinement,
} from './checks.js';

export * from './checks.js';

// ---------------------------------------------------------------------------------------------------
// Validators only the events feed needs (in the zod chunk, not the one every widget loads)

export const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** ISO 8601 date-time with an offset (`Z` or `±hh:mm`), a moment that exists. */
export function isIsoDateTime(s: string): boolean {
  const m = DATE_TIME_PATTERN.exec(s);
  if (!m || !isRealDate(m[1], m[2], m[3])) return false;
  const [hour, minute, second = '0', offH = '0', offM = '0'] = [m[4], m[5], m[6], m[7], m[8]];
  return (
    Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 && Number(offH) <= 18 && Number(offM) <= 59
  );
}

/**
 * An IANA zone name, spelt as the database spells it: "Europe/Stockholm", "UTC", "CET". Not an offset
 * ("+01:00", which browsers accept but an .ics file cannot name) and not in other letters ("europe/stockholm").
 */
export function isTimeZone(s: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(s)) return false;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: s }).resolvedOptions().timeZone;
    return resolved === s || resolved.toLowerCase() !== s.toLowerCase();
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------
// Field schemas

/** Required text: at least one non-blank character. */
export const nonEmptyString = z.string().check(z.refine((s) => s.trim() !== '', RULE.nonEmpty), z.minLength(1));

/** Plain text, shown as given (may be empty). */
export const text = z.string();

/** A feed's `lang` (readFeedLang in checks.ts reads it; this is its type and JSON Schema). */
export const langTag = z.string().check(z.regex(LANG_TAG_PATTERN, 'must be a language tag such as "sv" or "en"'));

/** An id used in deep links and attribute values: letters, digits, `-`, `_`, `.`; no spaces. */
export const slug = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(SLUG_MAX_LENGTH),
    z.regex(SLUG_PATTERN, RULE.slug),
  );

/** Absolute `http:`/`https:` URL. `javascript:`, `data:`, relative and malformed values are rejected. */
export const httpUrl = z
  .string()
  .check(
    z.refine(isHttpUrlString, RULE.httpUrl),
    z.meta({ format: 'uri', pattern: '^[hH][tT][tT][pP][sS]?://[^\\s/?#]+' }),
  );

export const isoDate = z
  .string()
  .check(
    z.regex(DATE_PATTERN, RULE.datePattern),
    z.refine(isIsoDate, RULE.date),
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

export const email = z.string().check(z.refine(isValidEmail, RULE.email), z.meta({ format: 'email' }));

export const phone = z
  .string()
  .check(
    z.regex(PHONE_PATTERN, RULE.phonePattern),
    z.refine(isValidPhone, RULE.phone),
  );

export const orgNumber = z
  .string()
  .check(
    z.regex(ORG_NUMBER_PATTERN, RULE.orgNumberPattern),
    z.refine(isValidOrgNumber, RULE.orgNumber),
  );

export const hostName = z
  .string()
  .check(z.refine(isHostName, RULE.hostName), z.meta({ format: 'hostname' }));

/** `{ src, alt }`; `alt` may be `""` for a decorative image. */
export const imageSchema = z.object({ src: httpUrl, alt: text });
export type Image = z.infer<typeof imageSchema>;

// ---------------------------------------------------------------------------------------------------
// Tolerant parsing with zod shapes

export type Shape = Record<string, z.core.$ZodType>;

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
      return `must be at most ${issue.maximum} characters (got ${typeof value === 'string' ? characterCount(value) : '?'})`;
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}`;
    default:
      return `${issue.message && issue.message !== 'Invalid input' ? issue.message : 'is invalid'}${got}`;
  }
}

const fieldCache = new WeakMap<z.core.$ZodType, Field>();

/**
 * The walker's view of a zod schema: objects and arrays are walked field by field and entry by entry
 * (so one bad part is dropped, not the whole), everything else is a leaf checked by zod.
 */
export function toField(schema: z.core.$ZodType): Field {
  let field = fieldCache.get(schema);
  if (field) return field;
  const inner = unwrapOptional(schema);
  const def = inner._zod.def as { type: string; shape?: Shape; element?: z.core.$ZodType };
  if (def.type === 'object' && def.shape) {
    field = { kind: 'object', fields: toFields(def.shape), required: requiredKeys(def.shape) };
  } else if (def.type === 'array' && def.element) {
    field = { kind: 'array', element: toField(def.element) };
  } else {
    field = (value) => {
      const result = z.safeParse(inner, value);
      return result.success ? undefined : issueMessage(result.error.issues[0], value);
    };
  }
  fieldCache.set(schema, field);
  return field;
}

export function toFields(shape: Shape): Fields {
  const fields: Fields = {};
  for (const key of Object.keys(shape)) fields[key] = toField(shape[key]);
  return fields;
}

/** `readItems` for a zod object shape; `required` may differ from the shape's own optionality. */
export function parseItems<T>(
  list: unknown,
  listPath: string,
  itemShape: Shape,
  required: readonly string[],
  problems: FeedProblem[],
  refine?: ItemRefinement<T>,
): T[] {
  return readItems(list, listPath, toFields(itemShape), required, problems, refine);
}

/**
 * Parses top-level scalar fields of a feed (e.g. the ask config's `submitUrl`): a bad required field is
 * fatal, a bad optional one is dropped.
 */
export function parseRootFields(root: Record<string, unknown>, shape: Shape, problems: FeedProblem[]): Record<string, unknown> | undefined {
  return readRootFields(root, toFields(shape), requiredKeys(shape), problems);
}

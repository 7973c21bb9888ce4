// Zod-free field checks, worded exactly as common.ts's issueMessage words zod's issues. Only the members
// feed is read with them (members-read.ts), so they sit in the chunk of the badge and the directory, not in
// the one every widget loads. test/schemas-plain.test.ts proves both readings give the same words.
import {
  characterCount,
  DATE_PATTERN,
  describeValue,
  isHostName,
  isHttpUrlString,
  isIsoDate,
  isValidEmail,
  isValidOrgNumber,
  isValidPhone,
  ORG_NUMBER_PATTERN,
  PHONE_PATTERN,
  RULE,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  type Field,
  type Fields,
  type LeafCheck,
} from './checks.js';

const got = (value: unknown) => ` (got ${describeValue(value)})`;

/** One rule of a string field: the problem, or nothing when the string passes. */
export type StringRule = (s: string) => string | undefined;

/** A string field: not a string is reported first, then the first rule that fails, in order. */
export function stringField(...rules: StringRule[]): LeafCheck {
  return (value) => {
    if (typeof value !== 'string') return `must be a string${got(value)}`;
    for (const rule of rules) {
      const problem = rule(value);
      if (problem !== undefined) return problem;
    }
    return undefined;
  };
}

/** The string must pass `test`; otherwise `message (got "…")`. */
export const holds =
  (test: (s: string) => boolean, message: string): StringRule =>
  (s) =>
    test(s) ? undefined : message + got(s);

export const matches = (pattern: RegExp, message: string): StringRule => holds((s) => pattern.test(s), message);

export const notEmpty: StringRule = (s) => (s.length < 1 ? RULE.nonEmpty + got(s) : undefined);

export const atMost =
  (max: number): StringRule =>
  (s) =>
    characterCount(s) > max ? `must be at most ${max} characters (got ${characterCount(s)})` : undefined;

/** One of a few literal values (`"active"`, `"inactive"`). */
export function oneOf(values: readonly string[]): LeafCheck {
  return (value) =>
    values.includes(value as string)
      ? undefined
      : `must be ${values.length === 1 ? '' : 'one of '}${values.map((v) => JSON.stringify(v)).join(', ')}${got(value)}`;
}

export const arrayOf = (element: Field): Field => ({ kind: 'array', element });

export const objectOf = (fields: Fields, required: readonly string[] = Object.keys(fields)): Field => ({
  kind: 'object',
  fields,
  required,
});

/** The shared field types as zod-free fields, mirroring common.ts's schemas of the same names. */
export const plainFields = {
  text: stringField(),
  nonEmptyString: stringField(holds((s) => s.trim() !== '', RULE.nonEmpty)),
  slug: stringField(notEmpty, atMost(SLUG_MAX_LENGTH), matches(SLUG_PATTERN, RULE.slug)),
  httpUrl: stringField(holds(isHttpUrlString, RULE.httpUrl)),
  isoDate: stringField(matches(DATE_PATTERN, RULE.datePattern), holds(isIsoDate, RULE.date)),
  email: stringField(holds(isValidEmail, RULE.email)),
  phone: stringField(matches(PHONE_PATTERN, RULE.phonePattern), holds(isValidPhone, RULE.phone)),
  orgNumber: stringField(matches(ORG_NUMBER_PATTERN, RULE.orgNumberPattern), holds(isValidOrgNumber, RULE.orgNumber)),
  hostName: stringField(holds(isHostName, RULE.hostName)),
};

// The ask configuration (`<evi-ask-form src>`) and the question body POSTed to its `submitUrl`.
// Validation results are codes, never UI text: the form translates them, the dev server echoes them.
import * as z from 'zod/mini';
import {
  characterCount,
  checkFeedRoot,
  describeValue,
  email,
  httpUrl,
  isHttpUrlString,
  isValidEmail,
  isValidOrgNumber,
  isValidPhone,
  langTag,
  nonEmptyString,
  parseItems,
  parseRootFields,
  readFeedLang,
  phone,
  orgNumber,
  requiredKeys,
  slug,
  text,
  type FeedProblem,
  type FeedResult,
} from './common.js';

export const partnerSchema = z
  .object({
    id: slug,
    name: nonEmptyString,
    description: z.optional(text),
    url: z.optional(httpUrl),
  })
  .check(z.meta({ title: 'Partner', description: 'Who answers the questions of the topics that name it.' }));

export const topicSchema = z
  .object({
    id: slug,
    label: nonEmptyString,
    partner: slug,
    /** extension of feed-contract.md: what the topic covers, shown under its label */
    description: z.optional(text),
    keywords: z.optional(z.array(nonEmptyString)),
  })
  .check(
    z.meta({
      title: 'Topic',
      description: '`partner` must be the id of one of the partners. `description` (optional) is an extension: what the topic covers.',
    }),
  );

export const askConfigSchema = z
  .object({
    version: z.literal(1),
    lang: z.optional(langTag),
    submitUrl: httpUrl,
    privacyUrl: z.optional(httpUrl),
    partners: z.array(partnerSchema).check(z.minLength(1)),
    topics: z.array(topicSchema).check(z.minLength(1)),
  })
  .check(
    z.meta({
      title: 'En Väg In ask configuration, version 1',
      description:
        'Read by <evi-ask-form src>. Unknown fields are ignored; a topic whose partner is not a partner id is skipped.',
    }),
  );

export type Partner = z.infer<typeof partnerSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type AskConfig = z.infer<typeof askConfigSchema>;

export function parseAskConfig(input: unknown): FeedResult<AskConfig> {
  const problems: FeedProblem[] = [];
  const root = checkFeedRoot(input, ['partners', 'topics'], problems);
  if (!root) return { ok: false, problems };
  const settings = parseRootFields(root, { submitUrl: httpUrl, privacyUrl: z.optional(httpUrl) }, problems);

  const partnerShape = partnerSchema.def.shape;
  const partners = parseItems<Partner>(root.partners, 'partners', partnerShape, requiredKeys(partnerShape), problems);
  const partnerIds = new Set(partners.map((partner) => partner.id));
  const topicShape = topicSchema.def.shape;
  const topics = parseItems<Topic>(root.topics, 'topics', topicShape, requiredKeys(topicShape), problems, (topic) =>
    partnerIds.has(topic.partner)
      ? undefined
      : { field: 'partner', message: `must be the id of a partner (got ${describeValue(topic.partner)})` },
  );

  if (partners.length === 0) problems.push({ path: 'partners', action: 'fatal', message: 'must list at least one valid partner' });
  if (topics.length === 0) problems.push({ path: 'topics', action: 'fatal', message: 'must list at least one valid topic' });
  if (!settings || partners.length === 0 || topics.length === 0) return { ok: false, problems };

  const data: AskConfig = { version: 1, ...readFeedLang(root, problems), submitUrl: settings.submitUrl as string, partners, topics };
  if (settings.privacyUrl !== undefined) data.privacyUrl = settings.privacyUrl as string;
  return { ok: true, data, problems };
}

// ---------------------------------------------------------------------------------------------------
// The submission body

export const MESSAGE_MIN_LENGTH = 10;
export const MESSAGE_MAX_LENGTH = 5000;
/** Upper bound for short text fields (name, company). */
export const SHORT_TEXT_MAX_LENGTH = 200;

const LOCALE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

export const submissionSchema = z
  .object({
    topic: slug,
    message: z.string().check(
      z.refine((s) => characterCount(s.trim()) >= MESSAGE_MIN_LENGTH, `must be at least ${MESSAGE_MIN_LENGTH} characters`),
      z.minLength(MESSAGE_MIN_LENGTH),
      z.maxLength(MESSAGE_MAX_LENGTH),
    ),
    name: nonEmptyString.check(z.maxLength(SHORT_TEXT_MAX_LENGTH)),
    email,
    consent: z.literal(true),
    phone: z.optional(phone),
    company: z.optional(z.string().check(z.maxLength(SHORT_TEXT_MAX_LENGTH))),
    orgNumber: z.optional(orgNumber),
    page: z.optional(httpUrl),
    locale: z.optional(z.string().check(z.regex(LOCALE))),
  })
  .check(
    z.meta({
      title: 'Question submitted by <evi-ask-form>',
      description:
        'POSTed as JSON to submitUrl with an Idempotency-Key header. Answer 200/201 { "reference" } or 400/422 { "errors": { "<field>": "<message>" } }.',
    }),
  );

export type Submission = z.infer<typeof submissionSchema>;

export type SubmissionErrorCode =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'invalid'
  | 'invalidEmail'
  | 'invalidPhone'
  | 'invalidOrgNumber'
  | 'invalidUrl'
  | 'consentRequired'
  | 'unknownTopic';

export type SubmissionValidation =
  | { ok: true; data: Submission }
  | { ok: false; errors: Record<string, SubmissionErrorCode> };

type FieldCheck = (value: unknown) => SubmissionErrorCode | undefined;

function textCheck(min: number, max: number, format?: [(s: string) => boolean, SubmissionErrorCode]): FieldCheck {
  return (value) => {
    if (typeof value !== 'string') return value === undefined || value === null ? 'required' : 'invalid';
    if (value.trim() === '') return 'required';
    // in characters (code points), as zod's checks in submissionSchema count them
    if (characterCount(value.trim()) < min) return 'tooShort';
    if (characterCount(value) > max) return 'tooLong';
    if (format && !format[0](value)) return format[1];
    return undefined;
  };
}

const REQUIRED_CHECKS: Record<'topic' | 'message' | 'name' | 'email', FieldCheck> = {
  topic: textCheck(1, 200),
  message: textCheck(MESSAGE_MIN_LENGTH, MESSAGE_MAX_LENGTH),
  name: textCheck(1, SHORT_TEXT_MAX_LENGTH),
  email: textCheck(1, 254, [isValidEmail, 'invalidEmail']),
};

/** The longest `page` (the address the question was asked from) a question may carry. */
export const PAGE_MAX_LENGTH = 2000;

const OPTIONAL_CHECKS: Record<'phone' | 'company' | 'orgNumber' | 'page' | 'locale', FieldCheck> = {
  phone: textCheck(1, 40, [isValidPhone, 'invalidPhone']),
  company: textCheck(1, SHORT_TEXT_MAX_LENGTH),
  orgNumber: textCheck(1, 11, [isValidOrgNumber, 'invalidOrgNumber']),
  page: textCheck(1, PAGE_MAX_LENGTH, [isHttpUrlString, 'invalidUrl']),
  locale: textCheck(2, 35, [(s) => LOCALE.test(s), 'invalid']),
};

/**
 * Validates a question body (in the form before sending, and in the dev server on receipt). Empty optional
 * fields count as absent and are left out of `data`; unknown fields are ignored. With `knownTopics`, a
 * topic id not among them gives `unknownTopic`.
 */
export function validateSubmission(input: unknown, knownTopics?: Iterable<string>): SubmissionValidation {
  const body = (input !== null && typeof input === 'object' && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  const errors: Record<string, SubmissionErrorCode> = {};
  const data: Record<string, unknown> = {};

  for (const [field, check] of Object.entries(REQUIRED_CHECKS)) {
    const code = check(body[field]);
    if (code) errors[field] = code;
    else data[field] = body[field];
  }
  if (!errors.topic && knownTopics && !new Set(knownTopics).has(body.topic as string)) errors.topic = 'unknownTopic';
  if (!errors.topic && !z.safeParse(slug, body.topic).success) errors.topic = 'unknownTopic';

  if (body.consent === true) data.consent = true;
  else errors.consent = 'consentRequired';

  for (const [field, check] of Object.entries(OPTIONAL_CHECKS)) {
    const value = body[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    const code = check(value);
    if (code) errors[field] = code;
    else data[field] = value;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The hand-written checks above mirror submissionSchema; parsing once more keeps the two honest.
  const parsed = z.safeParse(submissionSchema, data);
  if (!parsed.success) return { ok: false, errors: { [String(parsed.error.issues[0]?.path[0] ?? 'body')]: 'invalid' } };
  return { ok: true, data: parsed.data };
}

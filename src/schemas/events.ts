// The events feed (`<evi-event-list src>`), contract version 1.
import * as z from 'zod/mini';
import {
  checkFeedRoot,
  dateOrDateTime,
  httpUrl,
  imageSchema,
  isIsoDate,
  langTag,
  nonEmptyString,
  readFeedLang,
  parseItems,
  requiredKeys,
  slug,
  text,
  timeZone,
  type FeedProblem,
  type FeedResult,
} from './common.js';

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'full'] as const;

/** Which `FREQ` values the event list expands; deeper RRULE parsing belongs to the event list. */
export const RRULE_FREQ = /(?:^|[;:])\s*FREQ\s*=\s*(?:DAILY|WEEKLY|MONTHLY|YEARLY)\s*(?:;|$)/i;

export const rruleSchema = z
  .string()
  .check(z.regex(RRULE_FREQ, 'must be an RFC 5545 RRULE with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY'));

export const locationSchema = z.object({
  name: z.optional(text),
  address: z.optional(text),
  url: z.optional(httpUrl),
});

export const eventSchema = z
  .object({
    id: nonEmptyString,
    title: z.string().check(
      z.refine((s) => s.trim() !== '', 'must not be empty'),
      z.minLength(1),
      z.maxLength(200),
    ),
    start: dateOrDateTime,
    end: z.optional(dateOrDateTime),
    timeZone: z.optional(timeZone),
    category: z.optional(slug),
    rrule: z.optional(rruleSchema),
    exdates: z.optional(z.array(dateOrDateTime)),
    status: z.optional(z.enum(EVENT_STATUSES)),
    summary: z.optional(text),
    description: z.optional(text),
    descriptionHtml: z.optional(text),
    location: z.optional(locationSchema),
    organizer: z.optional(text),
    url: z.optional(httpUrl),
    registrationUrl: z.optional(httpUrl),
    cost: z.optional(text),
    networks: z.optional(z.array(slug)),
    image: z.optional(imageSchema),
  })
  .check(z.meta({ title: 'Event', description: 'One event; `start` is a date-time with offset, or a date for an all-day event.' }));

export const eventsFeedSchema = z
  .object({
    version: z.literal(1),
    lang: z.optional(langTag),
    events: z.array(eventSchema),
  })
  .check(
    z.meta({
      title: 'En Väg In events feed, version 1',
      description:
        'Read by <evi-event-list src>. Unknown fields are ignored; an item with a bad required field is skipped, a bad optional field is dropped.',
    }),
  );

export type EviEvent = z.infer<typeof eventSchema>;
export type EventsFeed = z.infer<typeof eventsFeedSchema>;
export type EventStatus = (typeof EVENT_STATUSES)[number];

const DATE_TIME_PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Milliseconds since the epoch for a validated date-time with offset (no Date.parse quirks). */
export function dateTimeToEpoch(s: string): number {
  const m = DATE_TIME_PARTS.exec(s);
  if (!m) return Number.NaN;
  const local = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
    Math.floor(Number(m[7] ?? 0) * 1000),
  );
  const offset = m[8] === 'Z' ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60_000;
  return local - offset;
}

/** Whether `end` is usable with `start`: the same kind (both dates or both date-times) and not before it. */
function endProblem(start: string, end: string): string | undefined {
  const startIsDate = isIsoDate(start);
  if (startIsDate !== isIsoDate(end)) {
    return `must be the same kind as start (${startIsDate ? 'a date' : 'a date-time'}) (got ${JSON.stringify(end)})`;
  }
  const before = startIsDate ? end < start : dateTimeToEpoch(end) < dateTimeToEpoch(start);
  return before ? `must not be before start ${JSON.stringify(start)} (got ${JSON.stringify(end)})` : undefined;
}

export function parseEventsFeed(input: unknown): FeedResult<EventsFeed> {
  const problems: FeedProblem[] = [];
  const root = checkFeedRoot(input, ['events'], problems);
  if (!root) return { ok: false, problems };
  const shape = eventSchema.def.shape;
  const events = parseItems<EviEvent>(root.events, 'events', shape, requiredKeys(shape), problems, (event, ctx) => {
    if (event.end !== undefined) {
      const message = endProblem(event.start, event.end);
      if (message) {
        ctx.drop('end', message);
        delete event.end;
      }
    }
  });
  return { ok: true, data: { version: 1, ...readFeedLang(root, problems), events }, problems };
}

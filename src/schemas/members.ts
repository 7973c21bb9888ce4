// The members feed (`<evi-member-directory src>`, `<evi-network-badge src>`), contract version 1.
import * as z from 'zod/mini';
import { MEMBER_STATUSES, readMembersFeed, type MembersFeedFields } from './members-read.js';
import {
  email,
  hostName,
  httpUrl,
  imageSchema,
  isoDate,
  langTag,
  nonEmptyString,
  orgNumber,
  phone,
  requiredKeys,
  slug,
  text,
  toFields,
  type FeedResult,
} from './common.js';

export { MEMBER_STATUSES, isActive, memberDomains, plainMembersFields, readMembersFeed } from './members-read.js';
export type { MembersFeedFields } from './members-read.js';

export const networkSchema = z
  .object({
    id: slug,
    name: nonEmptyString,
    description: z.optional(text),
    url: z.optional(httpUrl),
    logo: z.optional(imageSchema),
  })
  .check(z.meta({ title: 'Network' }));

export const memberSchema = z
  .object({
    id: slug,
    name: nonEmptyString,
    orgNumber: z.optional(orgNumber),
    industry: z.optional(text),
    locality: z.optional(text),
    description: z.optional(text),
    address: z.optional(text),
    website: z.optional(httpUrl),
    email: z.optional(email),
    phone: z.optional(phone),
    networks: z.optional(z.array(slug)),
    memberSince: z.optional(isoDate),
    status: z.optional(z.enum(MEMBER_STATUSES)),
    domains: z.optional(z.array(hostName)),
    logo: z.optional(imageSchema),
  })
  .check(z.meta({ title: 'Member', description: '`status` defaults to active; inactive members are not listed.' }));

export const membersFeedSchema = z
  .object({
    version: z.literal(1),
    lang: z.optional(langTag),
    // optional: a feed of members alone (no networks) is a directory all the same
    networks: z._default(z.array(networkSchema), () => []),
    members: z.array(memberSchema),
  })
  .check(
    z.meta({
      title: 'En Väg In members feed, version 1',
      description:
        'Read by <evi-member-directory src> and <evi-network-badge src>. Unknown fields are ignored; an item with a bad required field is skipped, a bad optional field is dropped; member network ids not in `networks` are dropped.',
    }),
  );

export type Network = z.infer<typeof networkSchema>;
export type Member = z.infer<typeof memberSchema>;
export type MembersFeed = z.infer<typeof membersFeedSchema>;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

let zodFields: MembersFeedFields | undefined;

/** The members feed, read with the zod schemas (see members-read.ts for the rules). */
export function parseMembersFeed(input: unknown): FeedResult<MembersFeed> {
  const network = networkSchema.def.shape;
  const member = memberSchema.def.shape;
  zodFields ??= {
    network: toFields(network),
    networkRequired: requiredKeys(network),
    member: toFields(member),
    memberRequired: requiredKeys(member),
  };
  return readMembersFeed(input, zodFields);
}

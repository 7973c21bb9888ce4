// The members feed (`<evi-member-directory src>`, `<evi-network-badge src>`), contract version 1.
import * as z from 'zod/mini';
import {
  checkFeedRoot,
  email,
  hostName,
  httpUrl,
  imageSchema,
  isoDate,
  nonEmptyString,
  normalizeHostName,
  orgNumber,
  parseItems,
  phone,
  requiredKeys,
  slug,
  text,
  type FeedProblem,
  type FeedResult,
} from './common.js';

export const MEMBER_STATUSES = ['active', 'inactive'] as const;

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
    networks: z.array(networkSchema),
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

/** Active unless the feed says `"status": "inactive"`. */
export function isActive(member: Pick<Member, 'status'>): boolean {
  return member.status !== 'inactive';
}

/**
 * Host names where the member's badge may show verified, lower-case: `domains` when given, else the host
 * of `website` with and without `www.`.
 */
export function memberDomains(member: Pick<Member, 'domains' | 'website'>): string[] {
  if (member.domains) return [...new Set(member.domains.map(normalizeHostName))];
  if (!member.website) return [];
  let host: string;
  try {
    host = new URL(member.website).hostname;
  } catch {
    return [];
  }
  if (!host) return [];
  return host.startsWith('www.') ? [host, host.slice(4)] : [host, `www.${host}`];
}

export function parseMembersFeed(input: unknown): FeedResult<MembersFeed> {
  const problems: FeedProblem[] = [];
  const root = checkFeedRoot(input, ['networks', 'members'], problems);
  if (!root) return { ok: false, problems };
  const networkShape = networkSchema.def.shape;
  const networks = parseItems<Network>(root.networks, 'networks', networkShape, requiredKeys(networkShape), problems);
  const known = new Set(networks.map((network) => network.id));
  const memberShape = memberSchema.def.shape;
  const members = parseItems<Member>(root.members, 'members', memberShape, requiredKeys(memberShape), problems, (member, ctx) => {
    if (!member.networks) return;
    // Report the index the entry had in the feed, which differs once an earlier invalid entry was dropped.
    const rawEntries = ((root.members as Array<{ networks?: unknown[] }>)[ctx.index].networks ?? []) as unknown[];
    let rawIndex = 0;
    member.networks = member.networks.filter((id) => {
      while (rawIndex < rawEntries.length && rawEntries[rawIndex] !== id) rawIndex++;
      const at = rawIndex++;
      if (known.has(id)) return true;
      ctx.drop(`networks[${at}]`, `unknown network id ${JSON.stringify(id)} (not in the feed's networks)`);
      return false;
    });
  });
  return { ok: true, data: { version: 1, networks, members }, problems };
}

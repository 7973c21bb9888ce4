// Reading the members feed with no zod: the rules (active, domains, known network ids) and zod-free
// field tables mirroring members.ts's schemas. The badge and the directory read the feed with these, so
// a page with only a badge (on 650 member sites) or only a directory does not load zod. members.ts's zod
// schemas stay the source of the types, the JSON Schema and evi-validate, and parseMembersFeed reads with
// them; test/schemas-plain.test.ts proves both readings agree, item for item and problem for problem.
import { checkFeedRoot, normalizeHostName, readFeedLang, readItems, type FeedProblem, type FeedResult, type Fields } from './checks.js';
import { arrayOf, objectOf, oneOf, plainFields as f } from './plain-fields.js';
import type { Member, MembersFeed, Network } from './members.js';

export const MEMBER_STATUSES = ['active', 'inactive'] as const;

/** Active unless the feed says `"status": "inactive"`. */
export function isActive(member: Pick<Member, 'status'>): boolean {
  return member.status !== 'inactive';
}

/**
 * Host names where the member's badge may show verified, lower-case: `domains` when given (even when every
 * entry was invalid and dropped: the feed restricted the badge, and a restriction fails closed), else the
 * host of `website` with and without `www.`.
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

/** How a members feed's items are read: fields and required keys of a network and of a member. */
export interface MembersFeedFields {
  network: Fields;
  networkRequired: readonly string[];
  member: Fields;
  memberRequired: readonly string[];
}

const image = () => objectOf({ src: f.httpUrl, alt: f.text });

/** members.ts's `networkSchema` and `memberSchema` as zod-free fields: same keys, same order, same words. */
export const plainMembersFields: MembersFeedFields = {
  network: { id: f.slug, name: f.nonEmptyString, description: f.text, url: f.httpUrl, logo: image() },
  networkRequired: ['id', 'name'],
  member: {
    id: f.slug,
    name: f.nonEmptyString,
    orgNumber: f.orgNumber,
    industry: f.text,
    locality: f.text,
    description: f.text,
    address: f.text,
    website: f.httpUrl,
    email: f.email,
    phone: f.phone,
    networks: arrayOf(f.slug),
    memberSince: f.isoDate,
    status: oneOf(MEMBER_STATUSES),
    domains: arrayOf(f.hostName),
    logo: image(),
  },
  memberRequired: ['id', 'name'],
};

/**
 * The members feed, read tolerantly: bad items skipped, bad optional fields dropped, and member network
 * ids that are not in the feed's `networks` dropped. Without `fields`, zod-free.
 */
export function readMembersFeed(input: unknown, fields: MembersFeedFields = plainMembersFields): FeedResult<MembersFeed> {
  const problems: FeedProblem[] = [];
  // `networks` may be left out (a directory of members alone), but when given it must be a list
  const root = checkFeedRoot(input, namesNetworks(input) ? ['networks', 'members'] : ['members'], problems);
  if (!root) return { ok: false, problems };
  const networks = root.networks === undefined ? [] : readItems<Network>(root.networks, 'networks', fields.network, fields.networkRequired, problems);
  const known = new Set(networks.map((network) => network.id));
  const members = readItems<Member>(root.members, 'members', fields.member, fields.memberRequired, problems, (member, ctx) => {
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
  return { ok: true, data: { version: 1, ...readFeedLang(root, problems), networks, members }, problems };
}

/** Whether the feed names `networks` at all (an object with the key). */
function namesNetworks(input: unknown): boolean {
  return typeof input === 'object' && input !== null && (input as Record<string, unknown>).networks !== undefined;
}

import type { VerifyReason } from '../internal/events.js';
import { isActive, memberDomains } from '../schemas/members-read.js';
import type { Member, MembersFeed, Network } from '../schemas/members.js';

export interface Verdict {
  verified: boolean;
  reason: VerifyReason;
  /** the network the claim is about (the `network` attribute, or the feed's first network) */
  networkId: string;
  member?: Member;
  network?: Network;
  /** for the console: what the webmaster can do about it */
  explanation: string;
}

/** A host name as browsers compare it: lower case, no trailing dot. */
function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * May this page show that `memberId` belongs to `networkId`? Only when the member is in the feed,
 * is active, is in that network, and the page is on one of the member's domains — a badge copied
 * to another site must not vouch for it.
 */
export function verifyMembership(
  feed: MembersFeed,
  memberId: string | undefined,
  networkId: string | undefined,
  pageHost: string,
): Verdict {
  const network = networkId ? feed.networks.find((n) => n.id === networkId) : feed.networks[0];
  const wantedNetwork = networkId ?? network?.id ?? '';
  const base = { networkId: wantedNetwork, network };
  if (!memberId) {
    return { ...base, verified: false, reason: 'missing-member-attribute', explanation: 'the member attribute is missing: set it to the member id from the feed.' };
  }
  const member = feed.members.find((m) => m.id === memberId);
  if (!member) {
    return { ...base, verified: false, reason: 'unknown-member', explanation: `there is no member with id "${memberId}" in the feed.` };
  }
  if (!isActive(member)) {
    return { ...base, member, verified: false, reason: 'inactive-member', explanation: `member "${memberId}" is inactive in the feed.` };
  }
  if (!network) {
    const explanation = wantedNetwork ? `there is no network with id "${wantedNetwork}" in the feed.` : 'the feed lists no networks, so the badge has none to claim.';
    return { ...base, member, verified: false, reason: 'unknown-network', explanation };
  }
  if (!(member.networks ?? []).includes(network.id)) {
    return { ...base, member, verified: false, reason: 'not-in-network', explanation: `member "${memberId}" does not belong to the network "${network.id}".` };
  }
  const domains = memberDomains(member).map(normaliseHost);
  const host = normaliseHost(pageHost);
  if (!domains.includes(host)) {
    const listed = domains.length
      ? domains.join(', ')
      : member.domains
        ? 'none: its "domains" lists no valid host name (see the problems reported for the feed)'
        : 'none: the member has neither "domains" nor "website"';
    return {
      ...base,
      member,
      verified: false,
      reason: 'wrong-domain',
      explanation: host
        ? `this page's host "${host}" is not one of member "${memberId}"'s domains (${listed}). The feed's "domains" field lists where the badge may show.`
        : `this page has no host name (a file: page, or a sandboxed frame): the badge shows only on member "${memberId}"'s domains (${listed}).`,
    };
  }
  return { ...base, member, verified: true, reason: 'verified', explanation: 'verified.' };
}

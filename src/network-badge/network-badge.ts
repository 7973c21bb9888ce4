import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { EviElement } from '../internal/evi-element.js';
import { emit } from '../internal/events.js';
import { FeedController } from '../internal/feed-controller.js';
import { baseStyles } from '../internal/styles.js';
import { readMembersFeed } from '../schemas/members-read.js';
import { badgeStrings } from './strings.js';
import { badgeStyles } from './network-badge.styles.js';
import { verifyMembership, type Verdict } from './verify.js';

/**
 * A member company's badge, "Medlem i Kanalnätet", verified live against the members feed: it shows
 * only when the member exists, is active, belongs to the network and the page is on one of the
 * member's domains. Otherwise nothing visible shows and `evi-verify` (and the console) says why.
 *
 * @tag evi-network-badge
 * @summary "Member of <network>" badge for a member's own site, verified against the members feed.
 *
 * @slot - No-JavaScript fallback (e.g. a plain link). Shown while verifying and when the feed cannot
 *   be reached; hidden once membership is disproved or the verified badge replaces it.
 *
 * @fires evi-load - The members feed was loaded. `detail: { url, count, skipped }`
 * @fires evi-error - The members feed could not be loaded or is unusable. `detail: { url, message }`
 * @fires evi-verify - The badge decided. `detail: { member, network, verified, reason }`
 *
 * @csspart badge - The badge itself (a link when `href` is set).
 * @csspart icon - The check-mark icon.
 * @csspart label - The text "Medlem i …".
 *
 * @cssprop --evi-badge-background - Badge background. Default: `--evi-color-surface`.
 * @cssprop --evi-badge-color - Badge text and icon colour. Default: `--evi-color-accent`.
 * @cssprop --evi-badge-border - Badge border colour. Default: `--evi-color-accent`.
 * @cssprop --evi-color-accent - Accent colour shared by all widgets.
 * @cssprop --evi-color-surface - Surface colour shared by all widgets.
 * @cssprop --evi-font-family - Font family. Default: inherited from the page.
 */
export class EviNetworkBadge extends EviElement {
  static override styles = [baseStyles, badgeStyles];

  /** The member's id in the feed (required). */
  @property({ reflect: true }) member?: string;

  /** The network the badge claims. Default: the first network in the feed. */
  @property({ reflect: true }) network?: string;

  /** The member directory page; the badge links to `href#member=<id>`. Without it the badge is not a link. */
  @property() href?: string;

  /** `medium` (default) or `small`. */
  @property({ reflect: true }) size?: 'small' | 'medium';

  private readonly internals = this.attachInternals();
  private readonly feed = new FeedController(this, {
    parse: readMembersFeed,
    count: (data) => data.members.length,
  });
  /** the last decision announced, so `evi-verify` fires once per change, not once per render */
  private announced?: string;

  /** What the badge shows now, derived from the feed state before each render. */
  private view: BadgeView = { kind: 'verifying' };

  protected override willUpdate(): void {
    const state = this.feed.state;
    if (state.kind === 'loading') this.view = { kind: 'verifying' };
    else if (state.kind === 'error') {
      this.view = {
        kind: 'unavailable',
        verdict: { verified: false, reason: 'feed-error', networkId: this.network ?? '', explanation: state.error.message },
      };
    } else {
      const verdict = verifyMembership(state.feed.data, this.member, this.network, location.hostname);
      this.view = { kind: verdict.verified ? 'verified' : 'unverified', verdict };
    }
    this.setStates();
  }

  protected override updated(): void {
    if (this.view.kind !== 'verifying') this.announce(this.view.verdict);
  }

  /** CSS custom states, set with the view so that evi-load / evi-error listeners already see them. */
  private setStates(): void {
    for (const state of ['verifying', 'verified', 'unverified', 'unavailable']) {
      if (state === this.view.kind) this.internals.states.add(state);
      else this.internals.states.delete(state);
    }
  }

  protected override render() {
    const view = this.view;
    if (view.kind === 'verifying' || view.kind === 'unavailable') return html`<slot></slot>`;
    const { member, network } = view.verdict;
    if (view.kind === 'unverified' || !member || !network) return nothing;
    const t = badgeStrings[this.language];
    const label = html`
      <svg part="icon" class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d="M10 1a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm4.3 6.2-5 6a1 1 0 0 1-1.5.1l-2.6-2.6 1.4-1.4 1.8 1.8 4.3-5.2 1.6 1.3Z" />
      </svg>
      <span part="label">${t.memberOf(network.name)}</span>
      <span class="visually-hidden">(${t.verifiedFor(member.name)})</span>
    `;
    const link = this.directoryLink(member.id);
    return link
      ? html`<a part="badge" class="root badge" href=${link}>${label}</a>`
      : html`<span part="badge" class="root badge">${label}</span>`;
  }

  /** `href#member=<id>`, only for http(s) targets: Lit does not sanitise URLs, so we do. */
  private directoryLink(memberId: string): string | undefined {
    if (!this.href) return undefined;
    try {
      const url = new URL(this.href, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
      url.hash = `member=${encodeURIComponent(memberId)}`;
      return url.href;
    } catch {
      console.warn(`[evi-network-badge] href "${this.href}" is not an http(s) page address; the badge is shown without a link.`);
      return undefined;
    }
  }

  private announce(verdict: Pick<Verdict, 'verified' | 'reason' | 'networkId' | 'explanation'>): void {
    const member = this.member ?? '';
    const key = `${member}|${verdict.networkId}|${verdict.reason}`;
    if (key === this.announced) return;
    this.announced = key;
    if (!verdict.verified && verdict.reason !== 'feed-error') {
      console.warn(`[evi-network-badge] Not shown (member "${member}", network "${verdict.networkId}"): ${verdict.explanation}`);
    }
    emit(this, 'evi-verify', { member, network: verdict.networkId, verified: verdict.verified, reason: verdict.reason });
  }
}

type BadgeView =
  | { kind: 'verifying' }
  | { kind: 'verified' | 'unverified' | 'unavailable'; verdict: Pick<Verdict, 'verified' | 'reason' | 'networkId' | 'explanation' | 'member' | 'network'> };

declare global {
  interface HTMLElementTagNameMap {
    'evi-network-badge': EviNetworkBadge;
  }
}

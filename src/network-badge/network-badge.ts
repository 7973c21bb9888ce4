import { ReactiveElement, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { EviBase } from '../internal/evi-base.js';
import { emit } from '../internal/events.js';
import { FeedController } from '../internal/feed-controller.js';
import { unquoted, warnOnce } from '../internal/warn.js';
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
export class EviNetworkBadge extends EviBase(ReactiveElement) {
  static override styles = [baseStyles, badgeStyles];

  /**
   * @internal Declared without decorators: a badge-only page then loads neither the decorators nor
   * lit-html (see render()); the badge is the widget pasted onto hundreds of member sites.
   */
  static override properties: PropertyDeclarations = {
    member: { reflect: true },
    network: { reflect: true },
    href: {},
    size: { reflect: true },
  };

  /** The member's id in the feed (required). */
  member?: string;

  /** The network the badge claims. Default: the first network in the feed. */
  network?: string;

  /** The member directory page; the badge links to `href#member=<id>`. Without it the badge is not a link. */
  href?: string;

  /** `medium` (default) or `small`. */
  size?: 'small' | 'medium';

  /** none in Safari before 16.4 (every iPad and iPhone on iOS 15), where calling it threw and no badge upgraded */
  private readonly internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
  /** `display: none` set on the host by setStates, where CSS cannot read the custom states */
  private hiddenByStyle = false;
  /** the host's inline display (value, priority) before setStates hid it */
  private shownDisplay: [string, string] = ['', ''];
  private readonly feed = new FeedController(this, {
    parse: readMembersFeed,
    count: (data) => data.members.length,
  });
  /** the last decision announced, so `evi-verify` fires once per change, not once per render */
  private announced?: string;

  /** What the badge shows now, derived from the feed state before each render. */
  private view: BadgeView = { kind: 'verifying' };

  /** `member` and `network` as ids: trimmed, without the quote characters a CMS editor put round them, and empty (an unfilled CMS field) as not given, as the other widgets read ids */
  private get ids(): { member?: string; network?: string } {
    return { member: unquoted(this.member ?? '') || undefined, network: unquoted(this.network ?? '') || undefined };
  }

  protected override willUpdate(): void {
    const state = this.feed.state;
    const { member, network } = this.ids;
    if (state.kind === 'loading') {
      this.view = { kind: 'verifying' };
      // a new feed gets its own decision, even if it is the same as the last one
      this.announced = undefined;
    } else if (state.kind === 'error') {
      this.view = {
        kind: 'unavailable',
        verdict: { verified: false, reason: 'feed-error', networkId: network ?? '', explanation: state.error.message },
      };
    } else {
      const verdict = verifyMembership(state.feed.data, member, network, pageHost());
      // keyboard focus on the fallback link when the claim is disproved: the link stays until focus leaves it
      // (then the badge goes), rather than the link vanishing under the visitor and focus falling to the page
      this.holding = !verdict.verified && (this.holding || this.view.kind !== 'unverified') && this.matches(':focus-within');
      this.view = { kind: verdict.verified ? 'verified' : 'unverified', verdict };
    }
    this.setStates();
  }

  /** an unverified badge kept showing its fallback while it has keyboard focus (see willUpdate) */
  private holding = false;

  constructor() {
    super();
    this.addEventListener('focusout', () => {
      if (this.holding) setTimeout(() => this.requestUpdate());
    });
  }

  /** A decision made while the badge is out of the page (a framework kept it aside) is announced when it is back. */
  protected override updated(): void {
    if (this.view.kind !== 'verifying' && this.isConnected) this.announce(this.view.verdict);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // an update, not the last decision: `member` may have changed while it was out (a framework reusing it)
    if (this.hasUpdated) this.requestUpdate();
  }

  /**
   * CSS custom states, set with the view so that evi-load / evi-error listeners already see them. For
   * styling only: browsers without them (Safari before 17.4, Firefox before 126) or with the older
   * `--name` form (Chrome before 125) still show the right thing, since what is shown holds the layout.
   */
  private setStates(): void {
    for (const state of ['verifying', 'verified', 'unverified', 'unavailable']) {
      try {
        if (state === this.view.kind) this.internals?.states?.add(state);
        else this.internals?.states?.delete(state);
      } catch {
        // a CustomStateSet that takes only `--name`s
      }
    }
    // Where CSS has no :state() (Chrome before 125, Safari before 17.4, Firefox before 126), an unverified host
    // is hidden by its own style: empty, it still made a blank line where it stood alone in a paragraph.
    if (typeof CSS !== 'undefined' && CSS.supports('selector(:state(x))')) return;
    const hide = this.view.kind === 'unverified' && !this.holding;
    if (hide && !this.hiddenByStyle) {
      // the page's own inline display (display: block, say) comes back when the badge shows again
      this.shownDisplay = [this.style.getPropertyValue('display'), this.style.getPropertyPriority('display')];
      this.style.setProperty('display', 'none', 'important');
    } else if (!hide && this.hiddenByStyle) {
      this.style.setProperty('display', ...this.shownDisplay);
    }
    this.hiddenByStyle = hide;
  }

  /** the nodes render() put in the shadow root */
  private nodes: ChildNode[] = [];

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.render();
  }

  /**
   * Rendering is a function of the view, as in the other widgets, but by hand: three states of a
   * few nodes do not need a template engine, and lit-html would be a third of a badge-only page.
   * Nodes are kept while the state's shape stays (a new language or address changes the badge in
   * place, so keyboard focus on the link stays). Text goes in as text, never markup.
   */
  private render(): void {
    const view = this.view;
    const [shown] = this.nodes;
    if (view.kind === 'verified' && view.verdict.member && view.verdict.network) {
      const t = badgeStrings[this.language];
      const link = this.directoryLink(view.verdict.member.id);
      let root = shown instanceof HTMLElement && shown.localName === (link ? 'a' : 'span') ? shown : undefined;
      // keyboard focus on what goes (the fallback link while verifying) moves to the badge
      const focused = !root && this.matches(':focus-within');
      if (!root) this.show((root = badge(link)));
      root.querySelector('[part=label]')!.textContent = t.memberOf(view.verdict.network.name);
      root.querySelector('.visually-hidden')!.textContent = `(${t.verifiedFor(view.verdict.member.name)})`;
      if (link) root.setAttribute('href', link);
      root.lang = this.language;
      if (focused) {
        // without href the badge is text: focus it (tabindex -1) rather than let focus fall to the page
        if (!link) root.tabIndex = -1;
        root.focus();
      }
    } else if (view.kind === 'verifying' || view.kind === 'unavailable') {
      // while verifying, the fallback in the verified badge's height (see .reserve)
      const slot = shown instanceof HTMLSlotElement ? shown : document.createElement('slot');
      slot.className = view.kind === 'verifying' ? 'reserve' : '';
      if (slot === shown) return;
      // keyboard focus on the badge that goes (a new src) moves to the fallback link that comes back
      const focused = this.matches(':focus-within');
      this.show(slot);
      if (focused) this.querySelector<HTMLElement>('a[href]')?.focus();
    } else if (shown && !this.holding) {
      // (while held, the fallback the visitor is on stays: see willUpdate; the CSS keeps the host shown then)
      this.show();
    }
  }

  /** Replaces our nodes (only ours: where a browser cannot adopt style sheets, Lit puts <style> elements here too). */
  private show(...nodes: ChildNode[]): void {
    for (const old of this.nodes) old.remove();
    this.renderRoot.append(...nodes);
    this.nodes = nodes;
  }

  /** `href#member=<id>`, only for http(s) targets: Lit does not sanitise URLs, so we do. */
  private directoryLink(memberId: string): string | undefined {
    // read as src is: without the quote characters a CMS editor put round it
    const href = unquoted(this.href ?? '');
    if (!href) return undefined;
    try {
      const url = new URL(href, document.baseURI);
      // href="www.example.se/katalog" is a path on this site, not the directory's address
      if ((url.protocol !== 'https:' && url.protocol !== 'http:') || /^www\./i.test(href)) throw new Error('not http(s)');
      url.hash = `member=${encodeURIComponent(memberId)}`;
      return url.href;
    } catch {
      warnOnce(this, `href|${href}`, `href "${href}" is not an http(s) page address (https://…); the badge is shown without a link.`);
      return undefined;
    }
  }

  private announce(verdict: Pick<Verdict, 'verified' | 'reason' | 'networkId' | 'explanation'>): void {
    const member = this.ids.member ?? '';
    const key = `${member}|${verdict.networkId}|${verdict.reason}`;
    if (key === this.announced) return;
    this.announced = key;
    if (!verdict.verified && verdict.reason !== 'feed-error') {
      console.warn(`[evi-network-badge] Not shown (member "${member}", network "${verdict.networkId}"): ${verdict.explanation}`);
    }
    emit(this, 'evi-verify', { member, network: verdict.networkId, verified: verdict.verified, reason: verdict.reason });
  }
}

/**
 * The host the badge stands on: the page's, or in a frame with no address of its own (a CMS preview's
 * `srcdoc` or `about:blank` iframe) the origin it inherited; '' on a `file:` page.
 */
function pageHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return new URL(self.origin).hostname;
  } catch {
    return '';
  }
}

const SVG = 'http://www.w3.org/2000/svg';
const CHECK_MARK = 'M10 1a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm4.3 6.2-5 6a1 1 0 0 1-1.5.1l-2.6-2.6 1.4-1.4 1.8 1.8 4.3-5.2 1.6 1.3Z';

/** `<a|span part="badge" class="root badge"><svg part="icon">…</svg> <span part="label"></span> <span class="visually-hidden"></span></a|span>`, texts filled by render() */
function badge(link: string | undefined): HTMLElement {
  const root = document.createElement(link ? 'a' : 'span');
  root.setAttribute('part', 'badge');
  root.className = 'root badge';
  const icon = document.createElementNS(SVG, 'svg');
  for (const [name, value] of [['part', 'icon'], ['class', 'icon'], ['viewBox', '0 0 20 20'], ['aria-hidden', 'true'], ['focusable', 'false']]) {
    icon.setAttribute(name, value!);
  }
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', CHECK_MARK);
  icon.append(path);
  const label = document.createElement('span');
  label.setAttribute('part', 'label');
  const verified = document.createElement('span');
  verified.className = 'visually-hidden';
  // the spaces keep the accessible name "Medlem i X (Y, verifierat medlemskap)" in words
  root.append(icon, ' ', label, ' ', verified);
  return root;
}

type BadgeView =
  | { kind: 'verifying' }
  | { kind: 'verified' | 'unverified' | 'unavailable'; verdict: Pick<Verdict, 'verified' | 'reason' | 'networkId' | 'explanation' | 'member' | 'network'> };

declare global {
  interface HTMLElementTagNameMap {
    'evi-network-badge': EviNetworkBadge;
  }
}

import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from './directives.js';
import { FeedController } from './feed-controller.js';
import { common } from './i18n.js';
import type { Lang } from './lang.js';

/**
 * The feed controller of a widget with a "Försök igen" button (the list widgets; the badge has none,
 * and leaves this out of its page). "Try again" replaces the button the visitor pressed: keyboard
 * focus would fall back to the top of the page (WCAG 2.4.3). It moves to the loading status, then to
 * the new retry button or the content, unless the visitor has moved focus elsewhere meanwhile.
 */
export class RetryingFeedController<T> extends FeedController<T> {
  /** set by retry(): keep keyboard focus inside the widget while its content is replaced */
  private keepFocus = false;

  override retry(): void {
    this.keepFocus = true;
    super.retry();
  }

  override hostUpdated(): void {
    if (this.keepFocus) this.restoreFocus();
    super.hostUpdated();
  }

  private restoreFocus(): void {
    const root = this.host.shadowRoot;
    const active = document.activeElement;
    const lost = !root?.activeElement && (active === null || active === document.body || active === this.host);
    const pending = this.pending;
    if (!pending) this.keepFocus = false;
    if (!root || !lost) return;
    // loaded: the first heading (a month, the network's name, the first member), else the first field
    // (the ask form's first topic), so the visitor lands where reading or filling in starts, not on the widget;
    // a heading inside a form (the ask form's route box) is not where filling it in starts
    const target = pending
      ? root.querySelector<HTMLElement>('[part~=status]')
      : (root.querySelector<HTMLElement>('[part~=retry]') ??
        root.querySelector<HTMLElement>(':is(h1, h2, h3, h4, h5, h6, [role=heading]):not(form *)') ??
        firstField(root) ??
        root.querySelector<HTMLElement>('.root'));
    if (!target) return;
    if (!target.matches('button, a[href], input, select, textarea')) target.tabIndex = -1;
    target.focus();
  }
}

/** The first field; for a radio group, its checked radio (where Tab would land), else its first. */
function firstField(root: ShadowRoot): HTMLElement | null {
  const field = root.querySelector<HTMLInputElement>('input, select, textarea');
  if (field?.type !== 'radio' || !field.name) return field;
  return root.querySelector<HTMLElement>(`input[type=radio][name="${CSS.escape(field.name)}"]:checked`) ?? field;
}

/**
 * The loading and error states every list widget shares, so visitors meet the same words and the
 * same "Försök igen" everywhere. The exact reason goes to the console (feed-controller.ts), never
 * to visitors.
 */
export function renderLoading(lang: Lang, label: string = common[lang].loading, expectedItems?: number): TemplateResult {
  // `data-items` lets a widget's stylesheet reserve about the height its items will take, with CSS
  // attr() where the browser supports it: no style attribute, which a strict CSP would refuse.
  return html`<div part="status" class="root status status-loading" lang=${lang} role="status" aria-busy="true" data-items=${ifDefined(expectedItems)}>${label}</div>`;
}

export function renderFeedError(lang: Lang, onRetry: () => void, message: string = common[lang].feedError): TemplateResult {
  // the alert is the message only: with the button inside it, "Försök igen" would be read out after it
  return html`<div part="status" class="root status status-error" lang=${lang}>
    <p role="alert">${message}</p>
    <button part="button retry" class="button" type="button" @click=${onRetry}>${common[lang].retry}</button>
  </div>`;
}

export const feedStatusStyles = css`
  .status {
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  /* Each widget reserves about its loaded height on .status-loading (at most a screenful: what lies
     further down is off screen, and a shift there is not seen), so the page does not jump. */
  .status-loading {
    border-style: dashed;
    color: var(--_muted);
  }
  .status-error {
    border-inline-start: 0.3em solid var(--_danger);
  }
  .status p {
    margin: 0 0 0.75em;
  }
  .button {
    font: inherit;
    color: var(--_accent-text);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    min-block-size: 2.75em;
    cursor: pointer;
    text-transform: none;
    letter-spacing: normal;
  }
`;

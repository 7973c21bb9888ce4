import { css } from '@lit/reactive-element';

/**
 * What every widget shares: the theme tokens and a host reset.
 *
 * Tokens (documented in the README): each is read as `var(--evi-…, literal)`, so a host page can set
 * any of them on the element or an ancestor. `theme="dark"` (and `theme="auto"` when the visitor
 * prefers dark) swaps the literals, never the tokens a page has set.
 *
 * The root reset (class `root` on each widget's outermost element) undoes inherited properties
 * that host pages commonly abuse (`* { line-height: 1 }`, `body { text-transform: uppercase }`,
 * `letter-spacing`) while the font family and size are inherited on purpose: the widget should look
 * like part of the page. No `rem` anywhere: pages set `html { font-size: 62.5% }`.
 */

/** The dark theme's fallbacks, for `theme="dark"` and for `theme="auto"` when the visitor prefers dark. */
const darkTokens = css`
  --_text: var(--evi-color-text, #f2f2f5);
  --_muted: var(--evi-color-muted, #c4c4cc);
  --_bg: var(--evi-color-background, #1c1c1f);
  --_surface: var(--evi-color-surface, #2a2a2f);
  --_border: var(--evi-color-border, #8e8e96);
  --_accent: var(--evi-color-accent, #8ccdf5);
  --_accent-text: var(--evi-color-accent-text, #0b1a24);
  --_danger: var(--evi-color-danger, #ff9b9b);
  --_success: var(--evi-color-success, #8fd9a2);
  --_focus: var(--evi-color-focus, #9fd3ff);
  /* light text needs its dark ground: the page behind the widget may well be white */
  --_root-background: var(--_bg);
  --_root-padding: 0.75em;
  --_root-radius: var(--_radius);
  /* on the widget's own dark ground only (.root): not on the host, whose dark scheme the page's fallback
     content in a slot outside that ground inherited (Chromium's dark link colour, 2.4:1 on a white page) */
  --_color-scheme: dark;
`;

export const baseStyles = css`
  :host {
    --_text: var(--evi-color-text, #1d1d1f);
    --_muted: var(--evi-color-muted, #545458);
    --_bg: var(--evi-color-background, #ffffff);
    --_surface: var(--evi-color-surface, #f4f6f8);
    --_border: var(--evi-color-border, #8a8f98);
    --_accent: var(--evi-color-accent, #005a87);
    --_accent-text: var(--evi-color-accent-text, #ffffff);
    --_danger: var(--evi-color-danger, #a4161a);
    --_success: var(--evi-color-success, #1d6b34);
    --_focus: var(--evi-color-focus, #005fcc);
    --_radius: var(--evi-radius, 0.375em);
    --_font: var(--evi-font-family, inherit);

    display: block;
    box-sizing: border-box;
  }
  /* On the widget's root element, not on :host: the page's own rules (* { … }) beat :host
     rules on the host element itself, but cannot reach inside the shadow root. */
  .root {
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--evi-font-size, 1em);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    /* a word longer than a narrow column breaks rather than sticking out of the widget */
    overflow-wrap: break-word;
    visibility: visible;
    /* only in the dark theme (see darkTokens); a widget's own rules (.badge, .status) come later and win */
    background: var(--_root-background, none);
    padding: var(--_root-padding, 0);
    border-radius: var(--_root-radius, 0);
    color-scheme: var(--_color-scheme, normal);
  }
  :host([hidden]) {
    display: none;
  }
  /* on screens only: paper gets the light tokens, as browsers print no backgrounds (light text on white) */
  /* A page's plain fallback link in a slot on the dark ground ("Mejla din fråga"): the page's link colour is for
     its own light ground (#0645ad was 2:1 here), so the accent wins, as the widget's own links have it. A link
     the page styled itself (a class, a style: a button) keeps its own colours, which go with its own ground. */
  @media screen {
    :host([theme='dark' i]) {
      ${darkTokens}
    }
    :host([theme='dark' i]) .root ::slotted(a[href]:not([class], [style])) {
      color: var(--_accent) !important;
    }
  }
  @media screen and (prefers-color-scheme: dark) {
    :host([theme='auto' i]) {
      ${darkTokens}
    }
    :host([theme='auto' i]) .root ::slotted(a[href]:not([class], [style])) {
      color: var(--_accent) !important;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_accent-text: Canvas;
      --_border: CanvasText;
      --_focus: Highlight;
    }
    /* a filled button as the system draws one: Chromium puts a Canvas backplate behind every text, so
       Canvas words on a LinkText fill vanished ("Försök igen", "Visa fler", "Skicka frågan") */
    .button:not(.secondary) {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

import { css } from '@lit/reactive-element';

export const badgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
    /* reserved while verifying, so the verified badge does not push the page around */
    min-block-size: var(--_badge-height);
    --_badge-height: 2.25em;
    --_badge-font-size: 0.9375em;
  }
  :host([size='small']) {
    --_badge-height: 1.75em;
    --_badge-font-size: 0.8125em;
  }
  :host(:state(unverified)) {
    display: none;
  }
  :host(:state(unavailable)) {
    min-block-size: 0;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: var(--_badge-height);
    max-inline-size: 100%;
    padding: 0.25em 0.75em 0.25em 0.5em;
    border: 1px solid var(--evi-badge-border, var(--_accent));
    border-radius: 999px;
    background: var(--evi-badge-background, var(--_surface));
    color: var(--evi-badge-color, var(--_accent));
    font-size: var(--_badge-font-size);
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  a.badge:hover {
    text-decoration: underline;
  }
  .icon {
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
    fill: currentColor;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
      color: LinkText;
    }
    .icon {
      fill: CanvasText;
    }
  }
`;

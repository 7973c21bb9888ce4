import { css } from '@lit/reactive-element';

export const badgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
    --_badge-height: 2.25em;
    /* of the page's size, or of --evi-font-size when the page sets one (the .badge rule below would win over it) */
    --_badge-font-size: calc(0.9375 * var(--evi-font-size, 1em));
  }
  /* the fallback while verifying, in the badge's height, so the verified badge does not push the page
     around; held by what is shown (not by a state of the host), so an unverified badge, which shows
     nothing, takes no room even where custom states are missing or page CSS sets the host's display */
  .reserve {
    display: inline-block;
    /* on the baseline, an empty reserve would add the line's descender below it: 7 px taller than the badge */
    vertical-align: top;
    min-block-size: var(--_badge-height);
  }
  :host([size='small' i]) {
    --_badge-height: 1.75em;
    --_badge-font-size: calc(0.8125 * var(--evi-font-size, 1em));
  }
  /* the verified badge in the same height as its reserve (its own font is smaller than the host's) */
  :host(:state(verified)) {
    min-block-size: var(--_badge-height);
  }
  /* (kept while keyboard focus is on the fallback link, until it leaves: see willUpdate) */
  :host(:state(unverified):not(:focus-within)) {
    display: none !important;
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
  /* The badge is its own root, so its focus ring lies on the page, whose ground the theme cannot know
     (a dark badge on a white page): a ring of the badge's own ground inside the outline keeps 3:1 there. */
  .badge:focus-visible {
    outline-offset: 0.1875em;
    box-shadow: 0 0 0 0.1875em var(--_bg);
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
      color: CanvasText;
    }
    a.badge {
      color: LinkText;
    }
    .icon {
      fill: CanvasText;
    }
  }
`;

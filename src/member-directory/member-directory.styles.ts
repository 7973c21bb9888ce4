import { css } from 'lit';

export const directoryStyles = css`
  .directory {
    display: grid;
    /* one column as wide as the widget, never wider: an auto column grows to the longest word */
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }
  .state {
    margin: 0;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state p {
    margin: 0 0 0.5em;
  }
  .state p:last-child {
    margin-block-end: 0;
  }
  /* reserved while loading, so the page does not jump when 24 members arrive */
  .status-loading {
    min-block-size: var(--evi-member-directory-loading-height, min(274em, 100vh));
  }
  /* about \`page-size\` members where typed attr() exists (Chromium); elsewhere as for the default 24 */
  @supports (x: attr(x type(*))) {
    .status-loading {
      min-block-size: var(
        --evi-member-directory-loading-height,
        min(calc(10em + attr(data-items type(<number>), 24) * 11em), 100vh)
      );
    }
  }
  .network h2 {
    margin: 0 0 0.25em;
    font-size: 1.35em;
    line-height: 1.25;
  }
  .network p {
    margin: 0 0 0.25em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em 1em;
    margin: 0;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    flex: 1 1 10em;
    min-inline-size: 0;
  }
  .field.search {
    flex: 2 1 16em;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  .button {
    font: inherit;
    line-height: 1.25;
    min-block-size: 2.75em;
    border-radius: var(--_radius);
  }
  input,
  select {
    inline-size: 100%;
    max-inline-size: 100%;
    padding: 0.5em 0.6em;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
  }
  .button {
    padding: 0.5em 1em;
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .button:hover {
    text-decoration: underline;
  }
  .summary {
    margin: 0;
    color: var(--_muted);
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--evi-directory-columns-min, 18em)), 1fr));
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .member {
    margin: 0;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
    scroll-margin-block-start: 1em;
  }
  .member.targeted {
    border-color: var(--_accent);
    box-shadow: 0 0 0 0.2em var(--_accent);
  }
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.1em;
    line-height: 1.3;
    scroll-margin-block-start: 1em;
  }
  h3:focus {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.15em;
    margin: 0 0 0.5em;
  }
  dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  dt {
    color: var(--_muted);
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
    min-inline-size: 0;
  }
  .description {
    margin: 0.5em 0 0;
  }
  .since {
    margin: 0.5em 0 0;
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .more p {
    margin: 0;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .member.targeted {
      outline: 0.2em solid Highlight;
    }
    .button {
      border-color: ButtonText;
    }
  }
  /* on paper: no buttons (the search and filters stay: they say what the list shows), no card cut in two */
  @media print {
    .button {
      display: none;
    }
    .member {
      break-inside: avoid;
    }
  }
  /* on a touch screen, at least 16 px: iOS Safari zooms the page into a smaller field and stays zoomed */
  @media (pointer: coarse) {
    input,
    select {
      font-size: max(1em, 16px);
    }
  }
`;

import { css } from 'lit';

export const eventListStyles = css`
  :host {
    --_gap: var(--evi-event-list-gap, 0.75em);
    max-inline-size: 100%;
  }
  .state {
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* the space a loaded list is likely to need, so the page does not jump when it arrives */
  .status-loading {
    min-block-size: var(--evi-event-list-loading-height, min(123em, 100vh));
    color: var(--_muted);
  }
  /* about \`limit\` events where typed attr() exists (Chromium); elsewhere as for the default limit of 10 */
  @supports (x: attr(x type(*))) {
    .status-loading {
      min-block-size: var(
        --evi-event-list-loading-height,
        min(calc(attr(data-items type(<number>), 10) * 12em + 3em), 100vh)
      );
    }
  }
  .empty {
    margin: 0;
  }
  button,
  .filter label {
    font: inherit;
    font-size: 0.9375em;
    line-height: 1.3;
    min-block-size: 2.75em;
    padding: 0.5em 0.9em;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button {
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    text-transform: none;
    letter-spacing: normal;
    margin: 0;
  }
  button:hover {
    background: var(--_surface);
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  .notes {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 var(--_gap);
    padding: 0;
    border: 0;
    /* a fieldset is at least as wide as its widest chip by default: in a narrow column, wrap instead */
    min-inline-size: 0;
  }
  .filter legend {
    padding: 0;
    margin-block-end: 0.4em;
    font-weight: 600;
  }
  .filter label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    /* a chip alone on its line may be narrower than its word ("Kompetensprogram" in a sidebar) */
    min-inline-size: 0;
    overflow-wrap: anywhere;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
  }
  /* (a class, not :has(input:checked): Firefox ESR 115 on the municipality's computers has no :has()) */
  .filter label.chosen {
    border-color: var(--_accent);
    background: var(--_surface);
    font-weight: 600;
  }
  .filter input {
    margin: 0;
    accent-color: var(--_accent);
  }
  .count {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
    font-size: 0.9375em;
  }
  h2 {
    margin: 1em 0 0.5em;
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
    color: var(--_text);
    text-transform: none;
  }
  .month:first-of-type h2 {
    margin-block-start: 0;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .event {
    margin: 0;
    padding: 0.9em 1em;
    border: 1px solid var(--_border);
    border-inline-start-width: 0.3em;
    border-inline-start-color: var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  .event[data-status='cancelled'] {
    border-inline-start-color: var(--_danger);
  }
  .event > article {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
  }
  .event > article > * {
    margin: 0;
  }
  .event > article > button {
    align-self: flex-start;
  }
  /* "Detaljer" shows whether it is open, as a disclosure does: a chevron down when closed, up when open */
  .toggle::after {
    content: '';
    display: inline-block;
    inline-size: 0.4em;
    block-size: 0.4em;
    margin-inline-start: 0.55em;
    /* physical sides: the chevron points down or up, in right-to-left pages too */
    border-right: 0.125em solid currentColor;
    border-bottom: 0.125em solid currentColor;
    transform: translateY(-0.2em) rotate(45deg);
  }
  .toggle[aria-expanded='true']::after {
    transform: translateY(0.05em) rotate(225deg);
  }
  .when {
    order: -1;
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.6em;
    font-weight: 600;
  }
  /* the date starts the line with a capital, but not after "Pågår nu, " / "I dag, " (hidden on paper) */
  .when time::first-letter {
    text-transform: uppercase;
  }
  @media screen {
    .when .relative + time::first-letter {
      text-transform: none;
    }
  }
  .when .time {
    color: var(--_muted);
    font-weight: normal;
  }
  h3 {
    font-size: 1.0625em;
    line-height: 1.3;
    font-weight: 700;
    color: var(--_text);
    text-transform: none;
  }
  [data-status='cancelled'] h3 {
    text-decoration: line-through;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .category {
    font-weight: 600;
  }
  /* the occurrence's "Inställt"/"Fullbokat" pill; not .status, the shared loading/empty/error box */
  .event-status {
    align-self: flex-start;
    padding: 0.1em 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
    font-weight: 700;
  }
  .event-status[data-status='cancelled'] {
    color: var(--_danger);
  }
  .series {
    font-size: 0.9375em;
    color: var(--_muted);
  }
  /* the container of the narrow-details query, here rather than on the list's root: inline-size containment
     gives an element no width of its own, and a list in a flex row, a float or a table cell (CMS layouts) then
     collapsed to a column 0 px wide and thousands of pixels tall; the details take the card's width anyway */
  .details {
    container-type: inline-size;
    margin-block-start: 0.75em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .details[hidden] {
    display: none;
  }
  .details > * {
    margin: 0 0 0.75em;
  }
  .details > :last-child {
    margin-block-end: 0;
  }
  .description p {
    margin: 0 0 0.6em;
  }
  .description ul,
  .description ol {
    display: block;
    list-style: revert;
    padding-inline-start: 1.4em;
    margin: 0 0 0.6em;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(auto, max-content) minmax(0, 1fr);
    gap: 0.25em 0.75em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .links,
  .calendar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  .calendar-label {
    flex-basis: 100%;
    margin: 0;
    font-weight: 600;
  }
  @container (max-width: 24em) {
    dl {
      grid-template-columns: 1fr;
    }
    dd + dt {
      margin-block-start: 0.4em;
    }
  }
  /* without container queries (Safari before 16, Chrome before 105): by the window's width instead */
  @supports not (container-type: inline-size) {
    @media (max-width: 30em) {
      dl {
        grid-template-columns: 1fr;
      }
      dd + dt {
        margin-block-start: 0.4em;
      }
    }
  }
  @media (forced-colors: active) {
    .event {
      border-color: CanvasText;
    }
    .event-status {
      border-color: CanvasText;
    }
  }
  /* on paper: no controls, no card cut by a page break, and where the sign-up and venue links go */
  @media print {
    /* and no "I dag" on a paper read tomorrow */
    button,
    .filter,
    .calendar,
    .relative {
      display: none;
    }
    .event {
      break-inside: avoid;
    }
    h2 {
      break-after: avoid;
    }
    .links a::after,
    dd a::after {
      content: ' ' attr(href);
    }
  }
`;

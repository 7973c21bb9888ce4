import { css } from 'lit';

export const askFormStyles = css`
  .ask {
    position: relative;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1em;
    max-inline-size: 48em;
  }
  form {
    display: grid;
    gap: 1.25em;
    margin: 0;
  }
  p {
    margin: 0;
  }
  /* every one-column grid as wide as the form, never wider: an auto column grows to its widest content
     (the topics' 16em, a long word), which in a narrow sidebar sticks out of the widget */
  form,
  .group,
  .field,
  .choice label,
  .choice-text,
  .route,
  .receipt,
  .suggestion,
  .failure {
    grid-template-columns: minmax(0, 1fr);
  }
  .group {
    display: grid;
    gap: 1em;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 700;
    font-size: 1.05em;
    /* a legend is as wide as its longest word at least; in a narrow column that word breaks */
    overflow-wrap: anywhere;
  }
  .field {
    display: grid;
    gap: 0.3em;
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
  }
  .required {
    font-weight: normal;
    color: var(--_muted);
  }
  .hint,
  .count,
  .choice-hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .count.over {
    color: var(--_danger);
    font-weight: 600;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.625em;
    min-block-size: 2.75em;
    inline-size: 100%;
    max-inline-size: 100%;
    margin: 0;
    text-transform: none;
    letter-spacing: normal;
  }
  textarea {
    resize: vertical;
    min-block-size: 8em;
  }
  [aria-invalid='true']:not(fieldset) {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: 0.5em 1em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .choice input {
    /* its size in the text's em, not the input's own smaller font: a 20 px target, not 17 */
    font-size: inherit;
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  .choice label {
    display: grid;
    cursor: pointer;
  }
  /* a topic's label with its hint under it; the hint is outside the label (read once, as the description) */
  .choice-text {
    display: grid;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .choice-hint {
    font-weight: normal;
  }
  .route,
  .receipt {
    display: grid;
    gap: 0.5em;
    padding: 0.75em 1em;
    background: var(--_surface);
    border-inline-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
  }
  /* the question has arrived: the confirmation's edge in the success colour (--evi-color-success) */
  .receipt {
    border-inline-start-color: var(--_success);
  }
  .route-heading,
  .receipt-heading,
  .summary-heading {
    font-weight: 700;
    font-size: 1.05em;
  }
  .reference {
    font-size: 1.15em;
    letter-spacing: 0.02em;
    /* "EVI-2026-000123" is one thing to note down: not "EVI-" on one line and the number on the next */
    white-space: nowrap;
  }
  /* a button in a grid box is as wide as its words, as every other button, not the whole box */
  .receipt > .button,
  .failure > .button {
    justify-self: start;
  }
  /* the page's fallback ("Mejla din fråga") below the error box, not touching it */
  .status + slot {
    display: block;
    margin-block-start: 0.75em;
  }
  .suggestion {
    display: grid;
    gap: 0.5em;
  }
  .suggestion-text:not(:empty) {
    padding: 0.5em 0.75em;
    border: 1px dashed var(--_accent);
    border-radius: var(--_radius);
  }
  .suggestion-actions,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
    align-items: center;
  }
  .summary,
  .failure {
    display: grid;
    gap: 0.5em;
    padding: 0.75em 1em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .summary:focus-visible,
  .summary:focus,
  .receipt-heading:focus {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .button.secondary {
    color: var(--_accent);
    background: transparent;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .button.small {
    padding: 0.3em 0.75em;
    min-block-size: 2.25em;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  /* Off-screen, not display:none: bots fill what is in the DOM and laid out; people never meet it. */
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  @media (forced-colors: active) {
    .route,
    .receipt,
    .summary,
    .failure {
      border: 1px solid CanvasText;
    }
  }
  /* about a filled-in form's height, at most a screenful, so the page does not jump when it arrives */
  .status-loading {
    min-block-size: var(--evi-ask-form-loading-height, min(90em, 100vh));
  }
  /* on paper (a receipt kept): no buttons, and no focus ring round the heading focus moved to */
  @media print {
    .button {
      display: none;
    }
    .ask :focus {
      outline: 0;
    }
  }
  /* on a touch screen, at least 16 px: iOS Safari zooms the page into a smaller field and stays zoomed */
  @media (pointer: coarse) {
    input[type='text'],
    input[type='email'],
    input[type='tel'],
    textarea {
      font-size: max(1em, 16px);
    }
  }
`;

/**
 * WCAG 1.4.12 Text Spacing: a visitor's own spacing (line height 1.5, letter spacing 0.12em, word
 * spacing 0.16em, paragraph spacing 2em, set inside the shadow roots as extensions that style them do)
 * loses no content: nothing sticks out of the widget's column, here a narrow sidebar of 10em (200 px
 * at a theme's 20 px type, as demo/centrum.css sets), the hardest place it is pasted. (A bookmarklet
 * that styles only the page does not reach the widgets' text: the root reset keeps letter and word
 * spacing from the host page, so a theme's spacing cannot change their look; see the README.)
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/all.js';
import { expectInsideColumn } from './helpers/layout.js';

const SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }
  p { margin-bottom: 2em !important }
`;

// the demo's feeds: real names, long Swedish words ("Kompetensprogram") and the networks' descriptions
const widgets: Array<[string, TemplateResult]> = [
  ['evi-network-badge', html`<evi-network-badge src="/demo/feeds/members.json" member="kolbacks-smide" network="kanalnatet" href="/katalog"></evi-network-badge>`],
  ['evi-event-list', html`<evi-event-list src="/demo/feeds/events.json" limit="20" .now=${new Date('2026-12-01T12:00:00Z')}></evi-event-list>`],
  ['evi-member-directory', html`<evi-member-directory src="/demo/feeds/members.json" network="lrf" page-size="5"></evi-member-directory>`],
  ['evi-ask-form', html`<evi-ask-form src="/demo/feeds/ask.json" topic="finansiering"></evi-ask-form>`],
];

describe('text spacing set by the visitor (WCAG 1.4.12), in a 10em sidebar', () => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });

  for (const [tag, template] of widgets) {
    it(`<${tag}>: nothing sticks out of the column`, async () => {
      const page = await fixture<HTMLElement>(html`<div style="width: 200px; font-size: 20px">${template}</div>`);
      const el = page.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await oneEvent(el, tag === 'evi-network-badge' ? 'evi-verify' : 'evi-load');
      await el.updateComplete;
      // open every disclosure, so the details are measured too
      for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) button.click();
      await el.updateComplete;
      // the spacing inside the shadow root, as an extension that styles shadow roots sets it
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
      await new Promise((r) => requestAnimationFrame(r));
      expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).letterSpacing, 'the spacing applies').not.to.equal('normal');
      expectInsideColumn(el, page, [...el.shadowRoot!.querySelectorAll('*')]);
    });
  }
});

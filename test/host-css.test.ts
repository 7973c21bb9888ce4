/**
 * Every widget inside a narrow column of a page with the kind of global CSS CMS themes ship
 * (`* { box-sizing: content-box; padding; line-height: 1 }`, `button {}` and `input {}` rules,
 * `html { font-size: 62.5% }`): nothing inside the widget may stick out of it (no horizontal
 * scrolling at 320 px), and the page's own elements keep the page's styles.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/all.js';
import { expectInsideColumn } from './helpers/layout.js';

const HOSTILE = `
  html { font-size: 62.5% }
  * { box-sizing: content-box; margin: 0; padding: 2px; line-height: 1; text-transform: uppercase; letter-spacing: 0.2em }
  button { background: hotpink; border: 4px dashed; width: 400px }
  input, textarea, select { width: 500px; border: 6px solid orange }
  ul li { list-style: square; margin-left: 3em }
  h2, h3 { font-size: 4rem }
  a { color: red !important }
`;

const widgets: Array<[string, TemplateResult]> = [
  ['evi-network-badge', html`<evi-network-badge src="/test/fixtures/members.json" member="kolbacks-smide" network="kanalnatet" href="/katalog"></evi-network-badge>`],
  ['evi-event-list', html`<evi-event-list src="/test/fixtures/events.json" .now=${new Date('2026-12-01T12:00:00Z')}></evi-event-list>`],
  ['evi-member-directory', html`<evi-member-directory src="/test/fixtures/members-directory.json" page-size="5"></evi-member-directory>`],
  ['evi-ask-form', html`<evi-ask-form src="/test/fixtures/ask.json" topic="finansiering"></evi-ask-form>`],
];

/** every element in the shadow tree, depth first, with open shadow roots inside it */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

describe('widgets on a page with hostile global CSS, 320 px wide', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  after(() => style.remove());

  for (const [tag, template] of widgets) {
    it(`<${tag}> stays inside its 320 px column and leaks no style`, async () => {
      const page = await fixture<HTMLElement>(html`<div style="width: 320px; font-size: 16px">
        <p><a id="page-link" href="/x">page link</a></p>
        ${template}
      </div>`);
      const el = page.querySelector(tag)!;
      await oneEvent(el, tag === 'evi-network-badge' ? 'evi-verify' : 'evi-load');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const visible = expectInsideColumn(el as HTMLElement, page, deepElements(el.shadowRoot!));
      const text = visible.find((e) => e.textContent?.trim())!;
      expect(getComputedStyle(text).textTransform).to.equal('none');
      expect(getComputedStyle(page.querySelector('#page-link')!).color).to.equal('rgb(255, 0, 0)');
    });
  }
});

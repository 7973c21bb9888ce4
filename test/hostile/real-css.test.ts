/**
 * Real host CSS (issue 7, item 5): each widget on a page styled with Bootstrap, with GOV.UK Frontend
 * (both the compiled CSS from npm, served from node_modules) and with a typical CMS theme. Key inner
 * elements keep the computed styles they have on an unstyled page whose container has the same font
 * family and size (the only things a widget inherits on purpose), and the page's own framework-styled
 * button and link next to the widget keep every computed style they have without the widget.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { firstEvent, NOW, shownState, type Widget } from './hostile-helpers.js';

/** A typical CMS theme: resets and element rules aimed at the whole page. */
const CMS_THEME = `
  html { font-size: 62.5% }
  *, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0; border: 0 }
  body { font: 1.6rem/1.8 Georgia, "Times New Roman", serif; color: #333; letter-spacing: 0.02em; text-transform: uppercase }
  a { color: #c0392b; text-decoration: underline dotted; font-weight: bold }
  a:hover { color: #e74c3c }
  button, input[type="submit"] { background: #2c3e50; color: #fff; padding: 1.2rem 2.4rem; border-radius: 0; font-size: 1.4rem; text-transform: uppercase }
  input, textarea, select { border: 2px solid #999; padding: 0.8rem; font-size: 1.8rem; width: 100% }
  ul li { list-style: square; margin-left: 2em; padding: 0.4rem 0 }
  h2 { font-size: 3.2rem; color: #2c3e50; border-bottom: 3px solid #2c3e50; margin-bottom: 2rem }
  h3 { font-size: 2.4rem; font-family: Impact, sans-serif }
  p { margin-bottom: 1.5em }
`;

interface Framework {
  name: string;
  /** a stylesheet URL, or inline CSS */
  href?: string;
  css?: string;
  /** classes on the page container, as the framework's pages use them */
  containerClass: string;
  buttonClass: string;
}

const FRAMEWORKS: Framework[] = [
  { name: 'Bootstrap 5', href: '/node_modules/bootstrap/dist/css/bootstrap.min.css', containerClass: 'container', buttonClass: 'btn btn-primary' },
  {
    name: 'GOV.UK Frontend',
    href: '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css',
    containerClass: 'govuk-width-container govuk-body',
    buttonClass: 'govuk-button',
  },
  { name: 'a typical CMS theme', css: CMS_THEME, containerClass: 'entry-content', buttonClass: 'wp-block-button__link' },
];

interface Case {
  tag: string;
  template: () => TemplateResult;
  /** the key inner elements, by selector in the shadow root */
  parts: string[];
}

const CASES: Case[] = [
  {
    tag: 'evi-network-badge',
    template: () => html`<evi-network-badge src="/test/fixtures/members.json" member="kolbacks-smide" network="kanalnatet" href="/katalog"></evi-network-badge>`,
    parts: ['a.badge', '[part="label"]'],
  },
  {
    tag: 'evi-event-list',
    template: () => html`<evi-event-list src="/test/fixtures/events.json" .now=${NOW}></evi-event-list>`,
    parts: ['.root', 'h2', 'h3', 'button.toggle'],
  },
  {
    tag: 'evi-member-directory',
    template: () => html`<evi-member-directory src="/test/fixtures/members-directory.json" page-size="5"></evi-member-directory>`,
    parts: ['.root', 'input#q', 'h3'],
  },
  {
    tag: 'evi-ask-form',
    template: () => html`<evi-ask-form src="/test/fixtures/ask.json" topic="finansiering"></evi-ask-form>`,
    parts: ['.root', 'button[type="submit"]', 'textarea, input'],
  },
];

const SIDES = ['top', 'right', 'bottom', 'left'];
/** What a page's CSS could change inside a widget; font-family is left out: it is inherited on purpose. */
const WIDGET_PROPERTIES = [
  'color', 'background-color', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-decoration-line', 'text-align', 'box-sizing', 'display', 'list-style-type',
  ...SIDES.flatMap((s) => [`padding-${s}`, `margin-${s}`, `border-${s}-width`, `border-${s}-style`, `border-${s}-color`]),
  'border-top-left-radius', 'border-bottom-right-radius', 'width', 'height',
];

function styleOf(el: Element, properties: readonly string[]): Record<string, string> {
  const style = getComputedStyle(el);
  return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
}

/** every computed property, for the page's own elements */
function fullStyle(el: Element): Record<string, string> {
  const style = getComputedStyle(el);
  return Object.fromEntries([...style].map((p) => [p, style.getPropertyValue(p)]));
}

function differences(actual: Record<string, string>, expected: Record<string, string>): string[] {
  return Object.keys(expected)
    .filter((p) => actual[p] !== expected[p])
    .map((p) => `${p}: ${actual[p]} (expected ${expected[p]})`);
}

async function settle(el: Widget): Promise<void> {
  if (!['loaded', 'verified'].includes(shownState(el))) await firstEvent(el, ['evi-load', 'evi-error'], 5000);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** the key inner elements' styles, by selector */
function partStyles(el: Widget, parts: string[]): Record<string, Record<string, string>> {
  return Object.fromEntries(
    parts.map((selector) => {
      const inner = el.shadowRoot!.querySelector(selector);
      if (!inner) throw new Error(`<${el.localName}> has no ${selector}`);
      return [selector, styleOf(inner, WIDGET_PROPERTIES)];
    }),
  );
}

/** the page: a framework button and link before the widget, another link after it */
const page = (framework: Framework, widget: TemplateResult | string, style = '') => html`
  <div class=${framework.containerClass} style=${style}>
    <p><button type="button" class=${framework.buttonClass} id="page-button">Page button</button> <a id="page-link" href="/x">page link</a></p>
    <div style="width: 600px">${widget}</div>
    <p><a id="page-link-after" href="/y">another page link</a></p>
  </div>`;

const pageElements = (root: HTMLElement) => ['#page-button', '#page-link', '#page-link-after'].map((s) => root.querySelector(s)!);

let sheetsBefore = 0;

describe('widgets on pages styled with real frameworks', function () {
  this.timeout(30_000);

  before(async () => {
    // nothing of the page's own styles may come from the widgets: count before the script loads
    sheetsBefore = document.styleSheets.length + document.adoptedStyleSheets.length;
    await import('../../src/all.js');
  });
  afterEach(() => fixtureCleanup());

  it('loading and rendering the widgets adds no stylesheet and no font to the page', async () => {
    const fontsBefore = document.fonts.size;
    for (const c of CASES) {
      const root = await fixture<HTMLElement>(html`<div>${c.template()}</div>`);
      await settle(root.firstElementChild as Widget);
    }
    expect(document.styleSheets.length + document.adoptedStyleSheets.length).to.equal(sheetsBefore);
    expect(document.fonts.size).to.equal(fontsBefore);
  });

  for (const framework of FRAMEWORKS) {
    describe(framework.name, () => {
      let node: HTMLLinkElement | HTMLStyleElement;
      before(async () => {
        if (framework.href) {
          // the stylesheet URL resolves (a 404 would make every comparison below trivially pass)
          const response = await fetch(framework.href);
          expect(response.status, framework.href).to.equal(200);
          expect((await response.text()).length).to.be.greaterThan(10_000);
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = framework.href;
          const loaded = new Promise((resolve, reject) => {
            link.addEventListener('load', resolve);
            link.addEventListener('error', () => reject(new Error(`${framework.href} did not load`)));
          });
          document.head.append(link);
          await loaded;
          node = link;
        } else {
          const style = document.createElement('style');
          style.textContent = framework.css!;
          document.head.append(style);
          node = style;
        }
        await document.fonts.ready;
      });
      after(() => node.remove());

      const setSheet = (on: boolean) => {
        (node.sheet as CSSStyleSheet).disabled = !on;
      };

      it('the framework really styles the page (its button differs from an unstyled one)', async () => {
        const root = await fixture<HTMLElement>(page(framework, ''));
        const styled = fullStyle(root.querySelector('#page-button')!);
        setSheet(false);
        try {
          const plain = fullStyle(root.querySelector('#page-button')!);
          expect(differences(styled, plain).length).to.be.greaterThan(3);
        } finally {
          setSheet(true);
        }
      });

      for (const c of CASES) {
        it(`<${c.tag}> keeps its look, and the page around it keeps its own`, async () => {
          // the page without the widget
          const bare = await fixture<HTMLElement>(page(framework, ''));
          const hostBefore = pageElements(bare).map(fullStyle);
          fixtureCleanup();

          // the page with the widget
          const root = await fixture<HTMLElement>(page(framework, c.template()));
          const el = root.querySelector<Widget>(c.tag)!;
          await settle(el);
          expect(shownState(el)).to.be.oneOf(['loaded', 'verified']);
          const hostAfter = pageElements(root).map(fullStyle);
          hostAfter.forEach((style, i) => expect(differences(style, hostBefore[i]), `page element ${i}`).to.deep.equal([]));
          const inFramework = partStyles(el, c.parts);
          const container = getComputedStyle(el.parentElement!);
          const font = `font-family: ${container.fontFamily}; font-size: ${container.fontSize}`;
          fixtureCleanup();

          // the same widget without any framework CSS, its container given the same font
          setSheet(false);
          try {
            const plainRoot = await fixture<HTMLElement>(html`<div style=${font}><div style="width: 600px">${c.template()}</div></div>`);
            const plain = plainRoot.querySelector<Widget>(c.tag)!;
            await settle(plain);
            const reference = partStyles(plain, c.parts);
            for (const selector of c.parts) {
              expect(differences(inFramework[selector], reference[selector]), `${c.tag} ${selector}`).to.deep.equal([]);
            }
          } finally {
            setSheet(true);
          }
        });
      }
    });
  }
});

/**
 * <evi-event-list heading-level>: the month and event headings fit the page's outline (WCAG 1.3.1).
 * Levels are read as a screen reader gets them from the accessibility tree: a valid `aria-level`
 * wins over the number in the tag's name.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/evi-event-list.js';
import type { EviEventList } from '../src/event-list/event-list.js';
import { captureConsole, stubNetwork, type NetworkStub } from './helpers/network.js';

const FEED = '/test/fixtures/events.json';
const NOW = new Date('2027-01-01T12:00:00Z');
const MONTHS = ['Januari 2027', 'Februari 2027', 'Mars 2027'];

/** A heading's level as the accessibility tree exposes it: `aria-level` (a whole number ≥ 1) over the tag's. */
function levelOf(heading: Element): number {
  const aria = heading.getAttribute('aria-level');
  if (aria !== null && /^\d+$/.test(aria.trim()) && Number(aria) >= 1) return Number(aria);
  const tag = /^h([1-6])$/.exec(heading.localName);
  if (tag) return Number(tag[1]);
  return heading.getAttribute('role') === 'heading' ? 2 : NaN;
}

function text(node: Element): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every heading in the shadow root, in order, as "level text". */
function outline(el: EviEventList): string[] {
  return [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')].map((h) => `${levelOf(h)} ${text(h)}`);
}

/** The distinct levels of the month headings and of the event headings. */
function levels(el: EviEventList): { months: number[]; events: number[] } {
  const distinct = (selector: string) => [...new Set([...el.shadowRoot!.querySelectorAll(selector)].map(levelOf))];
  return { months: distinct('.month > h2'), events: distinct('li[part=event] h3') };
}

/** Renders the template alone on the page (a widget further down would wait to be scrolled near) and waits for the events. */
async function loaded(template: TemplateResult): Promise<EviEventList> {
  fixtureCleanup();
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'evi-event-list' ? root : root.querySelector('evi-event-list')!) as EviEventList;
  await waitUntil(() => !!el.shadowRoot?.querySelector('ol'), 'the events are shown', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

function list(headingLevel?: string): Promise<EviEventList> {
  return headingLevel === undefined
    ? loaded(html`<evi-event-list src=${FEED} .now=${NOW} .visitorTimeZone=${'Europe/Stockholm'}></evi-event-list>`)
    : loaded(html`<evi-event-list src=${FEED} .now=${NOW} .visitorTimeZone=${'Europe/Stockholm'} heading-level=${headingLevel}></evi-event-list>`);
}

describe('<evi-event-list heading-level>', () => {
  let net: NetworkStub;
  let warnings: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    net = stubNetwork();
    warnings = captureConsole('warn');
  });
  afterEach(() => {
    net.restore();
    warnings.restore();
  });

  it('by default: months level 2, events level 3, as plain h2 and h3 (no aria-level)', async () => {
    const el = await list();
    expect(el.headingLevel).to.equal(2);
    expect(levels(el)).to.deep.equal({ months: [2], events: [3] });
    expect(outline(el).slice(0, 2)).to.deep.equal(['2 Januari 2027', '3 Frukostmöte för företagare']);
    expect(el.shadowRoot!.querySelectorAll('[aria-level], [role=heading]')).to.have.length(0);
  });

  it('heading-level="4": months level 4, events level 5, the same h2 and h3 elements', async () => {
    const el = await list('4');
    expect(el.headingLevel).to.equal(4);
    expect(levels(el)).to.deep.equal({ months: [4], events: [5] });
    const outlined = outline(el);
    expect(outlined.filter((line) => line.startsWith('4 '))).to.deep.equal(MONTHS.map((m) => `4 ${m}`));
    expect(outlined.filter((line) => line.startsWith('5 '))).to.have.length(10);
    expect(outlined.every((line) => /^[45] /.test(line))).to.equal(true);
    // still h2/h3 with their ids: the aria-labelledby of each event's article names it
    const article = el.shadowRoot!.querySelector('article')!;
    const title = el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!)!;
    expect(title.localName).to.equal('h3');
    expect(title.getAttribute('aria-level')).to.equal('5');
  });

  it('keeps the styles for h2 and h3 at any level', async () => {
    const look = (el: EviEventList) =>
      [el.shadowRoot!.querySelectorAll('.month > h2')[1], el.shadowRoot!.querySelector('li[part=event] h3')!].map((h) => {
        const s = getComputedStyle(h);
        return [s.fontSize, s.fontWeight, s.marginBlockStart, s.marginBlockEnd, s.lineHeight, s.borderBlockEndWidth].join(' ');
      });
    const plain = look(await list());
    const deep = look(await list('4'));
    expect(deep).to.deep.equal(plain);
  });

  it('caps events at level 6, and takes any level 1–6 (rounded, as the ask form does)', async () => {
    const cases: Array<[string, number, number]> = [
      ['6', 6, 6],
      ['5', 5, 6],
      ['3', 3, 4],
      ['1', 1, 2],
      ['2', 2, 3],
      ['4.4', 4, 5],
    ];
    for (const [value, month, event] of cases) {
      const el = await list(value);
      expect(levels(el), `heading-level="${value}"`).to.deep.equal({ months: [month], events: [event] });
    }
  });

  it('falls back to the default for values that are not levels 1–6', async () => {
    for (const value of ['0', '9', 'x', '', '-1', '7']) {
      const el = await list(value);
      expect(levels(el), `heading-level="${value}"`).to.deep.equal({ months: [2], events: [3] });
      expect(el.shadowRoot!.querySelectorAll('[aria-level]'), `heading-level="${value}"`).to.have.length(0);
    }
    // silently, as the ask form does
    expect(warnings.lines.filter((line) => /heading/i.test(line))).to.deep.equal([]);
  });

  it('follows the attribute when it changes, also for an event whose details are open', async () => {
    const el = await list();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await el.updateComplete;
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(levels(el)).to.deep.equal({ months: [3], events: [4] });
    expect(el.shadowRoot!.querySelector('button.toggle')!.getAttribute('aria-expanded')).to.equal('true');
    el.headingLevel = 5;
    await el.updateComplete;
    expect(levels(el)).to.deep.equal({ months: [5], events: [6] });
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(levels(el)).to.deep.equal({ months: [2], events: [3] });
    expect(el.shadowRoot!.querySelectorAll('[aria-level]')).to.have.length(0);
  });

  it('fits under a page h3 with heading-level="4" (axe, heading order included)', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <h1>Näringsliv</h1>
      <h2>Träffar för företagare</h2>
      <h3>Kommande evenemang</h3>
      <evi-event-list src=${FEED} .now=${NOW} heading-level="4"></evi-event-list>
    </main>`);
    const el = page.querySelector('evi-event-list')!;
    await waitUntil(() => !!el.shadowRoot?.querySelector('ol'), 'the events are shown', { timeout: 3000 });
    await el.updateComplete;
    expect(levels(el)).to.deep.equal({ months: [4], events: [5] });
    await expect(page).to.be.accessible();
  });
});

/**
 * <evi-member-directory heading-level>: the network heading and member names fit the page's
 * outline (WCAG 1.3.1). Levels are read as a screen reader gets them from the accessibility tree:
 * a valid `aria-level` wins over the number in the tag's name.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/evi-member-directory.js';
import type { EviMemberDirectory } from '../src/member-directory/member-directory.js';
import { captureConsole, stubNetwork, type NetworkStub } from './helpers/network.js';

const FEED = '/test/fixtures/members-directory.json';

/** A heading's level as the accessibility tree exposes it: `aria-level` (a whole number ≥ 1) over the tag's. */
function levelOf(heading: Element): number {
  const aria = heading.getAttribute('aria-level');
  if (aria !== null && /^\d+$/.test(aria.trim()) && Number(aria) >= 1) return Number(aria);
  const tag = /^h([1-6])$/.exec(heading.localName);
  if (tag) return Number(tag[1]);
  return heading.getAttribute('role') === 'heading' ? 2 : NaN;
}

const shadow = (el: EviMemberDirectory) => el.shadowRoot!;

/** Every heading in the shadow root, in order, as "level text". */
function outline(el: EviMemberDirectory): string[] {
  return [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')].map((h) => `${levelOf(h)} ${h.textContent!.trim()}`);
}

/** The distinct levels of the network heading and of the member names. */
function levels(el: EviMemberDirectory): { top: number[]; members: number[] } {
  const distinct = (selector: string) => [...new Set([...shadow(el).querySelectorAll(selector)].map(levelOf))];
  return { top: distinct('.network h2'), members: distinct('li h3') };
}

/** Renders the template alone on the page (a widget further down would wait to be scrolled near) and waits for the members. */
async function render(template: TemplateResult): Promise<EviMemberDirectory> {
  fixtureCleanup();
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'evi-member-directory' ? root : root.querySelector('evi-member-directory')!) as EviMemberDirectory;
  await waitUntil(() => !!el.shadowRoot?.querySelector('li h3'), 'the members are shown', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

function directory(headingLevel?: string, network?: string): Promise<EviMemberDirectory> {
  if (headingLevel === undefined) {
    return network
      ? render(html`<evi-member-directory src=${FEED} network=${network}></evi-member-directory>`)
      : render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
  }
  return network
    ? render(html`<evi-member-directory src=${FEED} network=${network} heading-level=${headingLevel}></evi-member-directory>`)
    : render(html`<evi-member-directory src=${FEED} heading-level=${headingLevel}></evi-member-directory>`);
}

function resetHash() {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<evi-member-directory heading-level>', () => {
  let net: NetworkStub;
  let warnings: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    resetHash();
    net = stubNetwork();
    warnings = captureConsole('warn');
  });
  afterEach(() => {
    net.restore();
    warnings.restore();
    resetHash();
  });

  it('by default: the network heading level 2, members level 3, as plain h2 and h3 (no aria-level)', async () => {
    const all = await directory();
    expect(all.headingLevel).to.equal(2);
    expect(levels(all)).to.deep.equal({ top: [], members: [3] });
    expect(shadow(all).querySelectorAll('[aria-level], [role=heading]')).to.have.length(0);
    const one = await directory(undefined, 'kanalnatet');
    expect(outline(one)).to.deep.equal(['2 Kanalnätet', '3 Kolbäcks Smide AB', '3 Zeta AB', '3 Ängens Café']);
    expect(shadow(one).querySelectorAll('[aria-level], [role=heading]')).to.have.length(0);
  });

  it('heading-level="4": the network heading level 4, members level 5, the same h2 and h3 elements', async () => {
    const one = await directory('4', 'kanalnatet');
    expect(one.headingLevel).to.equal(4);
    expect(outline(one)).to.deep.equal(['4 Kanalnätet', '5 Kolbäcks Smide AB', '5 Zeta AB', '5 Ängens Café']);
    expect(shadow(one).querySelector('.network [aria-level]')!.localName).to.equal('h2');
    expect(shadow(one).querySelector('li [aria-level]')!.localName).to.equal('h3');
    // without a network heading, members are still one level below heading-level
    const all = await directory('4');
    expect(levels(all)).to.deep.equal({ top: [], members: [5] });
  });

  it('keeps the styles for h2 and h3 at any level', async () => {
    const look = (el: EviMemberDirectory) =>
      [shadow(el).querySelector('.network h2')!, shadow(el).querySelector('li h3')!].map((h) => {
        const s = getComputedStyle(h);
        return [s.fontSize, s.fontWeight, s.marginBlockStart, s.marginBlockEnd, s.lineHeight].join(' ');
      });
    const plain = look(await directory(undefined, 'kanalnatet'));
    const deep = look(await directory('4', 'kanalnatet'));
    expect(deep).to.deep.equal(plain);
  });

  it('caps members at level 6, and takes any level 1–6 (rounded, as the ask form does)', async () => {
    const cases: Array<[string, number, number]> = [
      ['6', 6, 6],
      ['5', 5, 6],
      ['3', 3, 4],
      ['1', 1, 2],
      ['2', 2, 3],
      ['3.6', 4, 5],
    ];
    for (const [value, top, member] of cases) {
      const el = await directory(value, 'kanalnatet');
      expect(levels(el), `heading-level="${value}"`).to.deep.equal({ top: [top], members: [member] });
    }
  });

  it('falls back to the default for values that are not levels 1–6', async () => {
    for (const value of ['0', '9', 'x', '', '-1', '7']) {
      const el = await directory(value, 'kanalnatet');
      expect(levels(el), `heading-level="${value}"`).to.deep.equal({ top: [2], members: [3] });
      expect(shadow(el).querySelectorAll('[aria-level]'), `heading-level="${value}"`).to.have.length(0);
    }
    // silently, as the ask form does
    expect(warnings.lines.filter((line) => /heading/i.test(line))).to.deep.equal([]);
  });

  it('follows the attribute when it changes, for cards already shown too', async () => {
    const el = await directory(undefined, 'kanalnatet');
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(levels(el)).to.deep.equal({ top: [3], members: [4] });
    el.headingLevel = 6;
    await el.updateComplete;
    expect(levels(el)).to.deep.equal({ top: [6], members: [6] });
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(levels(el)).to.deep.equal({ top: [2], members: [3] });
    expect(shadow(el).querySelectorAll('[aria-level]')).to.have.length(0);
  });

  it('#member=<id> still focuses the member heading, at its level', async () => {
    history.replaceState(null, '', '#member=stromsholms-smide');
    const el = await render(html`<evi-member-directory src=${FEED} page-size="2" heading-level="4"></evi-member-directory>`);
    await waitUntil(() => shadow(el).activeElement?.id === 'member-stromsholms-smide', 'focus on the member');
    const heading = shadow(el).activeElement!;
    expect(heading.localName).to.equal('h3');
    expect(levelOf(heading)).to.equal(5);
    expect(heading.closest('li')!.getAttribute('part')).to.contain('member-target');
  });

  it('"Visa fler" still moves focus to the first new member heading', async () => {
    const el = await render(html`<evi-member-directory src=${FEED} page-size="2" heading-level="5"></evi-member-directory>`);
    const more = shadow(el).querySelector<HTMLButtonElement>('button[part=more]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const focused = shadow(el).activeElement!;
    expect(focused.localName).to.equal('h3');
    expect(levelOf(focused)).to.equal(6);
    expect(shadow(el).querySelectorAll('li h3')[2]).to.equal(focused);
  });

  it('fits under a page h3 with heading-level="4" (axe, heading order included)', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <h1>Näringsliv</h1>
      <h2>Nätverk</h2>
      <h3>Medlemmar i Kanalnätet</h3>
      <evi-member-directory src=${FEED} network="kanalnatet" heading-level="4"></evi-member-directory>
    </main>`);
    const el = page.querySelector('evi-member-directory')!;
    await waitUntil(() => !!el.shadowRoot?.querySelector('li h3'), 'the members are shown', { timeout: 3000 });
    await el.updateComplete;
    expect(levels(el)).to.deep.equal({ top: [4], members: [5] });
    await expect(page).to.be.accessible();
  });
});

/**
 * Strict policies (issue 7, item 3): the CDN bundle in a page whose Content-Security-Policy is
 * `script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script';
 * trusted-types lit-html` (test/hostile/csp-page.html, in a same-origin iframe). Every widget
 * reaches its loaded state and no violation is reported. This file imports nothing from src/.
 */
import { expect } from '@open-wc/testing';

interface CspRecord {
  violations: string[];
  events: Array<{ type: string; tag: string }>;
  warnings: string[];
}

/** Opens the details of the event with a descriptionHtml and returns its description's element. */
async function openDescription(doc: Document): Promise<Element> {
  const list = doc.querySelector('evi-event-list')! as HTMLElement & { updateComplete: Promise<boolean> };
  const card = [...list.shadowRoot!.querySelectorAll('li.event')].find((li) => li.textContent!.includes('sociala medier'))!;
  card.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
  await list.updateComplete;
  return card.querySelector('.description')!;
}

/** Opens a CSP test page in a same-origin iframe and waits until its widgets (all four by default) loaded (or 10 s). */
async function openCspPage(url: string, widgets = 4): Promise<{ frame: HTMLIFrameElement; record: CspRecord }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { __cspRecord?: CspRecord };
  let record = win.__cspRecord!;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    record = win.__cspRecord!;
    if (record && record.events.filter((e) => e.type === 'evi-load').length >= widgets) break;
    // widgets fetch only near the viewport, and each reserves up to a screenful while loading:
    // scroll to the first one still waiting, as a visitor would
    const waiting = [...frame.contentDocument!.querySelectorAll('evi-event-list, evi-member-directory, evi-ask-form')].find(
      (el) => !record?.events.some((e) => e.type === 'evi-load' && e.tag === el.localName),
    );
    waiting?.scrollIntoView();
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 200));
  return { frame, record };
}

function loadedTags(record: CspRecord): string[] {
  return [...new Set(record.events.filter((e) => e.type === 'evi-load').map((e) => e.tag))].sort();
}

const ALL_FOUR = ['evi-ask-form', 'evi-event-list', 'evi-member-directory', 'evi-network-badge'];

describe('the widgets under a strict CSP with Trusted Types', function () {
  this.timeout(20_000);
  let frame: HTMLIFrameElement;
  let record: CspRecord;

  before(async () => {
    ({ frame, record } = await openCspPage('/test/hostile/csp-page.html'));
  });
  after(() => frame.remove());

  it('every widget loads its feed, renders, and causes no violation', async () => {
    const doc = frame.contentDocument!;
    expect(loadedTags(record)).to.deep.equal(ALL_FOUR);
    expect(record.events.filter((e) => e.type === 'evi-error')).to.deep.equal([]);
    const badge = doc.querySelector('evi-network-badge')!;
    expect(badge.matches(':state(verified)')).to.equal(true);
    expect(badge.shadowRoot!.querySelector('a[part=badge]')).not.to.equal(null);
    expect(doc.querySelector('evi-event-list')!.shadowRoot!.querySelectorAll('li.event').length).to.be.greaterThan(0);
    expect(doc.querySelector('evi-member-directory')!.shadowRoot!.textContent).to.contain('Kolbäcks');
    expect(doc.querySelector('evi-ask-form')!.shadowRoot!.querySelector('form')).not.to.equal(null);
    // the event list's structured data (`structured-data`) is written too: JSON-LD is data, not script
    const jsonLd = doc.head.querySelector('script[type="application/ld+json"][data-evi-event-list]');
    expect(JSON.parse(jsonLd?.textContent ?? '[]').length, 'events in the JSON-LD').to.be.greaterThan(0);
    // the widgets' styles apply (constructed style sheets are allowed by style-src 'self')
    const root = doc.querySelector('evi-member-directory')!.shadowRoot!.querySelector('.root')!;
    expect(frame.contentWindow!.getComputedStyle(root).lineHeight).not.to.equal('normal');
    expect(record.violations).to.deep.equal([]);
  });

  it("an event's descriptionHtml keeps its formatting (through the policy evi-widgets), with no violation", async () => {
    const description = await openDescription(frame.contentDocument!);
    expect(description.querySelector('strong')?.textContent).to.equal('planera');
    expect(description.querySelectorAll('li').length).to.be.greaterThan(0);
    expect(record.violations).to.deep.equal([]);
    expect(record.warnings.filter((w) => w.includes('Trusted Types'))).to.deep.equal([]);
  });

  it('the policy is in force: the page refuses a string where Trusted Types are required', () => {
    const probe = frame.contentDocument!.createElement('div');
    expect(() => probe.setAttribute('onclick', 'void 0')).to.throw(/TrustedScript/);
  });
});

describe('a page whose trusted-types directive lists lit-html only', function () {
  this.timeout(20_000);
  let frame: HTMLIFrameElement;
  let record: CspRecord;
  before(async () => {
    ({ frame, record } = await openCspPage('/test/hostile/csp-page-lit-only.html'));
  });
  after(() => frame.remove());

  it('the event list works: descriptionHtml as plain text, no structured data, and the console says what to add', async () => {
    expect(loadedTags(record)).to.deep.equal(ALL_FOUR);
    const description = await openDescription(frame.contentDocument!);
    expect(description.textContent).to.contain('Lär dig planera och mäta.');
    expect(description.querySelector('strong')).to.equal(null);
    expect(frame.contentDocument!.head.querySelector('script[type="application/ld+json"]')).to.equal(null);
    const warnings = record.warnings.filter((w) => w.includes('Trusted Types'));
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('Add evi-widgets to the directive');
    // the page refusing the policy's name, and once (not per description) the sink refusing a plain string
    expect(record.violations.filter((v) => !v.startsWith('trusted-types')).length).to.equal(1);
  });
});

describe('a page that lists Trusted Types policies (lit-html) without requiring them', function () {
  this.timeout(20_000);

  it("the event list keeps descriptionHtml's formatting and writes its structured data", async () => {
    const { frame, record } = await openCspPage('/test/hostile/csp-page-listed-only.html');
    try {
      const description = await openDescription(frame.contentDocument!);
      expect(description.querySelector('strong')?.textContent).to.equal('planera');
      expect(frame.contentDocument!.head.querySelector('script[type="application/ld+json"]')).not.to.equal(null);
      expect(record.warnings.filter((w) => w.includes('Trusted Types'))).to.deep.equal([]);
      // the only violation: the page not listing the policy evi-widgets (reported, not enforced)
      expect(record.violations.every((v) => v.startsWith('trusted-types'))).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});

describe("a badge-only page under trusted-types 'none'", function () {
  this.timeout(20_000);

  it('shows the verified badge through the loader without creating any Trusted Types policy', async () => {
    const { frame, record } = await openCspPage('/test/hostile/csp-page-badge.html', 1);
    try {
      expect(loadedTags(record)).to.deep.equal(['evi-network-badge']);
      const badge = frame.contentDocument!.querySelector('evi-network-badge')!;
      expect(badge.matches(':state(verified)')).to.equal(true);
      expect(badge.shadowRoot!.querySelector('a[part=badge]')!.textContent).to.contain('Medlem i Kanalnätet');
      expect(record.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe("the README's Trusted Types advice for a page that loads the widgets twice", function () {
  this.timeout(30_000);
  const opened: HTMLIFrameElement[] = [];
  after(() => opened.forEach((frame) => frame.remove()));

  it("with 'allow-duplicates', the module and the classic build on one page cause no violation", async () => {
    const { frame, record } = await openCspPage('/test/hostile/csp-page-twice.html');
    opened.push(frame);
    expect(loadedTags(record)).to.deep.equal(ALL_FOUR);
    expect(record.violations).to.deep.equal([]);
    expect(frame.contentDocument!.querySelector('evi-network-badge')!.matches(':state(verified)')).to.equal(true);
  });

  it("without it, the second copy of Lit is refused its policy: the advice is needed", async () => {
    const { frame, record } = await openCspPage('/test/hostile/csp-page-twice-no-duplicates.html');
    opened.push(frame);
    expect(record.violations.some((v) => v.startsWith('trusted-types'))).to.equal(true);
  });
});

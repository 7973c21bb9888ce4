// What a review of the badge on members' own sites found: older browsers without custom states, CMS
// previews in srcdoc frames, a `domains` list whose entries were all invalid, the focus ring on a page of
// the other theme, page CSS that sets the badge's display, and a warning repeated at every render.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/evi-network-badge.js';
import type { EviNetworkBadge } from '../src/network-badge/network-badge.js';
import { contrast } from './helpers/contrast.js';
import { captureConsole, stubbedPage } from './helpers/network.js';

const FEED = '/test/fixtures/members.json';

async function verdict(el: EviNetworkBadge) {
  const detail = (await oneEvent(el, 'evi-verify')).detail as { verified: boolean; reason: string };
  await el.updateComplete;
  return detail;
}

let memberFeed: unknown;
const page = stubbedPage(() => ({
  '/feeds/badge-review.json': () => Promise.resolve(new Response(JSON.stringify(memberFeed))),
}));

describe('<evi-network-badge>, as a review on member sites found it', () => {
  it('shows the verified badge in a browser without custom states (Safari before 17.4, Firefox before 126)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(ElementInternals.prototype, 'states');
    Object.defineProperty(ElementInternals.prototype, 'states', { get: () => undefined, configurable: true });
    try {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet">
        <a href="/fallback">Medlem i Kanalnätet</a>
      </evi-network-badge>`);
      expect((await verdict(el)).verified).to.equal(true);
      const badge = el.shadowRoot!.querySelector<HTMLElement>('[part~=badge]');
      expect(badge?.textContent).to.contain('Medlem i Kanalnätet');
      expect(badge!.getBoundingClientRect().height).to.be.greaterThan(10);
    } finally {
      Object.defineProperty(ElementInternals.prototype, 'states', descriptor!);
    }
  });

  it('upgrades and verifies in a browser without attachInternals (Safari before 16.4: iOS 15)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'attachInternals')!;
    Object.defineProperty(HTMLElement.prototype, 'attachInternals', { value: undefined, configurable: true, writable: true });
    try {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet"></evi-network-badge>`);
      expect((await verdict(el)).verified).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~=badge]')?.textContent).to.contain('Medlem i Kanalnätet');
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'attachInternals', descriptor);
    }
  });

  it('where CSS has no :state() (Safari before 17.4, Firefox before 126): an unverified badge takes no line of its own', async () => {
    const supports = CSS.supports;
    CSS.supports = ((...args: [string]) => (/:state\(/.test(args[0]) ? false : supports.apply(CSS, args))) as typeof CSS.supports;
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <p id="alone"><evi-network-badge src=${FEED} member="finns-inte" network="kanalnatet"></evi-network-badge></p>
      </div>`);
      const el = page.querySelector<EviNetworkBadge>('evi-network-badge')!;
      expect((await verdict(el)).verified).to.equal(false);
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('none');
      expect(page.querySelector('#alone')!.getBoundingClientRect().height, 'no blank line').to.equal(0);
      // and a claim that holds shows again
      el.setAttribute('member', 'kolbacks-smide');
      expect((await verdict(el)).verified).to.equal(true);
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('inline-block');
      expect(el.getAttribute('style') ?? '').not.to.contain('display');
      // and a page's own inline display comes back with the badge
      el.style.display = 'block';
      el.setAttribute('member', 'finns-inte');
      await verdict(el);
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('none');
      el.setAttribute('member', 'kolbacks-smide');
      await verdict(el);
      await el.updateComplete;
      expect(el.style.display).to.equal('block');
    } finally {
      CSS.supports = supports;
    }
  });

  it('shows it where custom states take only "--names" (Chrome before 125)', async () => {
    const add = CustomStateSet.prototype.add;
    CustomStateSet.prototype.add = function (this: CustomStateSet, state: string) {
      if (!state.startsWith('--')) throw new DOMException('not a valid custom state', 'SyntaxError');
      return add.call(this, state);
    };
    try {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet"></evi-network-badge>`);
      expect((await verdict(el)).verified).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~=badge]')?.textContent).to.contain('Medlem i Kanalnätet');
    } finally {
      CustomStateSet.prototype.add = add;
    }
  });

  it('verifies in a CMS preview frame (srcdoc) on the member\'s own host', async () => {
    const frame = document.createElement('iframe');
    const src = new URL(FEED, location.href).href;
    frame.srcdoc = `<script type="module" src="${new URL('/src/evi-network-badge.ts', location.href).href}"></script>
      <evi-network-badge src="${src}" member="kolbacks-smide" network="kanalnatet"></evi-network-badge>`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('evi-network-badge'), 'the frame has the badge', { timeout: 3000 });
      const el = frame.contentDocument!.querySelector('evi-network-badge')!;
      expect(frame.contentWindow!.location.hostname, 'a srcdoc frame has no host of its own').to.equal('');
      await waitUntil(() => el.shadowRoot?.querySelector('[part~=badge]'), 'the badge is verified in the frame', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[part~=badge]')!.textContent).to.contain('Medlem i Kanalnätet');
    } finally {
      frame.remove();
    }
  });

  it('fails closed when every "domains" entry was invalid, and says why rather than "neither domains nor website"', async () => {
    memberFeed = {
      version: 1,
      networks: [{ id: 'kanalnatet', name: 'Kanalnätet' }],
      members: [
        // a URL written as a domain: dropped, so the feed's restriction lists nothing; the website's host
        // (which may be a shared host such as the municipality's) must not stand in for it
        { id: 'url-as-domain', name: 'Kolbäcks Smide AB', website: `${location.origin}/`, networks: ['kanalnatet'], domains: [`${location.origin}/`] },
        { id: 'no-domains', name: 'Annan AB', networks: ['kanalnatet'] },
      ],
    };
    const restricted = await fixture<EviNetworkBadge>(html`<evi-network-badge src="/feeds/badge-review.json" member="url-as-domain"></evi-network-badge>`);
    expect((await verdict(restricted)).reason).to.equal('wrong-domain');
    const said = page.warn.lines.find((line) => line.includes('Not shown (member "url-as-domain"'));
    expect(said).to.contain('its "domains" lists no valid host name');
    expect(said).not.to.contain('neither');
    const dropped = page.warn.lines.find((line) => line.includes('members[0]') && line.includes('domains[0]'));
    expect(dropped, 'the dropped entry is reported for the feed').not.to.equal(undefined);
    const none = await fixture<EviNetworkBadge>(html`<evi-network-badge src="/feeds/badge-review.json" member="no-domains"></evi-network-badge>`);
    expect((await verdict(none)).reason).to.equal('wrong-domain');
    expect(page.warn.lines.find((line) => line.includes('Not shown (member "no-domains"'))).to.contain('neither "domains" nor "website"');
  });

  it('keeps its height from verifying to verified, with no fallback content, in a line of text', async () => {
    for (const size of ['medium', 'small']) {
      const wrapper = await fixture<HTMLElement>(html`<p style="line-height: 1.6; font-size: 16px">
        Medlem sedan 1987 <evi-network-badge src=${`/feeds/hang?${size}`} member="kolbacks-smide" network="kanalnatet" size=${size}></evi-network-badge>
      </p>`);
      const el = wrapper.querySelector('evi-network-badge')!;
      await waitUntil(() => page.net.requests.some((request) => request.url.endsWith(`/feeds/hang?${size}`)));
      await el.updateComplete;
      const before = wrapper.getBoundingClientRect().height;
      const decided = verdict(el);
      page.net.respond('/feeds/hang', await (await fetch(FEED)).json());
      expect((await decided).verified).to.equal(true);
      expect(wrapper.getBoundingClientRect().height, `${size}: the line does not jump`).to.be.closeTo(before, 0.5);
    }
  });

  for (const [theme, pageBackground] of [
    ['dark', 'rgb(255, 255, 255)'],
    ['light', 'rgb(28, 28, 31)'],
  ] as const) {
    it(`keeps a focus ring of 3:1 beside it, a ${theme} badge on a page of the other theme`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="background: ${pageBackground}; padding: 1em">
        <evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet" href="/katalog.html" theme=${theme}></evi-network-badge>
      </div>`);
      const el = wrapper.querySelector('evi-network-badge')!;
      await verdict(el);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
      link.focus();
      // keyboard focus: :focus-visible after a Tab press is what a keyboard user gets; focus() from a script
      // after no pointer use matches it too in Chromium
      expect(link.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(link);
      const ring = style.outlineColor;
      // box-shadow "rgb(…) 0px 0px 0px 3px": a ring of the badge's own ground filling the outline's offset
      const shadow = /^(rgba?\([^)]*\)) 0px 0px 0px ([\d.]+)px$/.exec(style.boxShadow);
      expect(shadow, `box-shadow ${style.boxShadow}`).not.to.equal(null);
      const [, inner, spread] = shadow!;
      expect(Number(spread)).to.be.at.least(parseFloat(style.outlineOffset) - 0.5);
      expect(contrast(ring, inner), `${ring} against ${inner}`).to.be.at.least(3);
    });
  }

  it('takes no room when unverified, also where page CSS sets its display', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div class="footer-widgets">
      <style>
        .footer-widgets > * { display: inline-block; }
      </style>
      <evi-network-badge src=${FEED} member="kolbacks-smide" network="hallstahammar-promotion-finns-inte"></evi-network-badge>
    </div>`);
    const el = wrapper.querySelector('evi-network-badge')!;
    expect((await verdict(el)).verified).to.equal(false);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('gives keyboard focus back to the fallback link when a focused badge goes (its src changes)', async () => {
    const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet" href="/katalog.html">
      <a href="/fallback">Medlem i Kanalnätet</a>
    </evi-network-badge>`);
    await verdict(el);
    el.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.focus();
    el.setAttribute('src', '/feeds/hang');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=badge]'), 'verifying again: the fallback shows').to.equal(null);
    expect(document.activeElement === el.querySelector('a'), `focus is on ${document.activeElement?.localName}`).to.equal(true);
  });

  it('warns about an href that is not a web address once, not at every render', async () => {
    const warn = captureConsole('warn');
    try {
      const el = await fixture<EviNetworkBadge>(
        html`<evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet" href="mailto:info@example.se"></evi-network-badge>`,
      );
      await verdict(el);
      for (const size of ['small', 'medium', 'small']) {
        el.setAttribute('size', size);
        await el.updateComplete;
      }
      expect(warn.lines.filter((line) => line.includes('is not an http(s) page address'))).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  it('href="www.…" (no https://) is not taken for a path on the member\'s site: no link, and the console says why', async () => {
    const warn = captureConsole('warn');
    try {
      const el = await fixture<EviNetworkBadge>(
        html`<evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet" href="www.hallstahammar-promotion.se/foretag"></evi-network-badge>`,
      );
      expect((await verdict(el)).verified).to.equal(true);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(warn.lines).to.include(
        '[evi-network-badge] href "www.hallstahammar-promotion.se/foretag" is not an http(s) page address (https://…); the badge is shown without a link.',
      );
    } finally {
      warn.restore();
    }
  });

  it("href with a CMS editor's curly quotes is read without them, as src and member are", async () => {
    const el = await fixture<EviNetworkBadge>(
      html`<evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet" href="“https://example.org/foretag”"></evi-network-badge>`,
    );
    expect((await verdict(el)).verified).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/foretag#member=kolbacks-smide');
  });

  it("a members feed with no networks: the console says so, not 'no network with id \"\"'", async () => {
    const warn = captureConsole('warn');
    try {
      const body = JSON.stringify({ version: 1, members: [{ id: 'kolbacks-smide', name: 'Kolbäcks Smide AB', domains: [location.hostname] }] });
      const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${url} member="kolbacks-smide"></evi-network-badge>`);
      expect(await verdict(el)).to.include({ verified: false, reason: 'unknown-network' });
      expect(warn.lines.join('\n')).to.contain('the feed lists no networks, so the badge has none to claim.');
    } finally {
      warn.restore();
    }
  });

  it('reads size="Small" as size="small", as CMS fields and hand-typed attributes vary in case', async () => {
    const heights: number[] = [];
    for (const size of ['medium', 'Small']) {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet" size=${size}></evi-network-badge>`);
      await verdict(el);
      heights.push(el.getBoundingClientRect().height);
    }
    expect(heights[1]).to.be.lessThan(heights[0] - 3);
  });
});

describe('<evi-network-badge>, as a screen-reader review found it', () => {
  it('keeps the focused fallback link until focus leaves it when the claim is disproved, then goes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <evi-network-badge src="/feeds/badge-focus/hang" member="nedlagda-verkstan" network="kanalnatet">
        <a href="https://kanalnatet.example/">Medlem i Kanalnätet</a>
      </evi-network-badge>
      <button>Nästa sak på sidan</button>
    </div>`);
    const el = wrapper.querySelector<EviNetworkBadge>('evi-network-badge')!;
    const link = el.querySelector('a')!;
    link.focus();
    expect(document.activeElement === link, 'the visitor is on the fallback link').to.equal(true);
    const decided = verdict(el);
    const feed = await (await fetch('/test/fixtures/members.json')).json();
    page.net.respond('/feeds/badge-focus/hang', feed);
    const detail = await decided;
    // the claim is disproved (an inactive member) and said so at once …
    expect(detail).to.include({ verified: false, reason: 'inactive-member' });
    // … but the link the visitor is on stays, with focus
    expect(document.activeElement === link, 'focus stays on the link').to.equal(true);
    expect(link.getClientRects().length, 'the link is still shown').to.be.greaterThan(0);
    // its state is the decision, as evi-verify says
    expect(el.matches(':state(unverified)')).to.equal(true);
    // a new render meanwhile (the page's language changes) keeps it too
    el.lang = 'en';
    await el.updateComplete;
    expect(document.activeElement === link && link.getClientRects().length > 0, 'still on the shown link').to.equal(true);
    wrapper.querySelector('button')!.focus();
    await waitUntil(() => el.getClientRects().length === 0, 'the badge goes once focus has left it', { timeout: 2000 });
    expect(el.matches(':state(unverified)')).to.equal(true);
  });
});

describe('<evi-network-badge>, as a designer found it', () => {
  it('--evi-font-size sizes the badge too (its own size is a share of it)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="--evi-font-size: 20px">
      <evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet"></evi-network-badge>
    </div>`);
    const el = wrapper.querySelector<EviNetworkBadge>('evi-network-badge')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part=badge]'), 'verified', { timeout: 3000 });
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part=badge]')!).fontSize).to.equal('18.75px');
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/evi-network-badge.js';
import '../src/evi-member-directory.js';
import { define } from '../src/internal/define.js';
import type { EviNetworkBadge } from '../src/network-badge/network-badge.js';
import { captureConsole, stubNetwork, type NetworkStub } from './helpers/network.js';

const FEED = '/test/fixtures/members.json';

async function settled(el: EviNetworkBadge) {
  const detail = (await oneEvent(el, 'evi-verify')).detail;
  await el.updateComplete;
  return detail;
}

function badgeLink(el: EviNetworkBadge) {
  return el.shadowRoot!.querySelector('a');
}

describe('<evi-network-badge>', () => {
  let net: NetworkStub;
  let warnings: ReturnType<typeof captureConsole>;
  let errors: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    net = stubNetwork();
    warnings = captureConsole('warn');
    errors = captureConsole('error');
  });
  afterEach(() => {
    net.restore();
    warnings.restore();
    errors.restore();
  });

  describe('verified', () => {
    it('links "Medlem i <network>" to the directory with #member=<id>', async () => {
      const el = await fixture<EviNetworkBadge>(
        html`<evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet" href="/katalog.html"></evi-network-badge>`,
      );
      const detail = await settled(el);
      expect(detail).to.deep.equal({ member: 'kolbacks-smide', network: 'kanalnatet', verified: true, reason: 'verified' });
      const link = badgeLink(el)!;
      expect(link.textContent).to.contain('Medlem i Kanalnätet');
      expect(link.getAttribute('href')).to.equal(new URL('/katalog.html#member=kolbacks-smide', location.href).href);
      // the accessible name states the whole claim: network, and whose membership
      expect(link.textContent!.replace(/\s+/g, ' ')).to.contain('Kolbäcks Smide AB, verifierat medlemskap');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(10);
    });

    it('keeps the focused link through updates: nothing shown changed, other words, another address', async () => {
      const page = await fixture<HTMLElement>(
        html`<div lang="sv"><evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet" href="/katalog.html"></evi-network-badge></div>`,
      );
      const el = page.querySelector<EviNetworkBadge>('evi-network-badge')!;
      await settled(el);
      const link = badgeLink(el)!;
      link.focus();
      el.size = 'small';
      await el.updateComplete;
      expect(badgeLink(el)).to.equal(link);
      expect(el.shadowRoot!.activeElement).to.equal(link);
      // a change of words (the page switched to English) or of address is made in place: focus stays
      el.parentElement!.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(badgeLink(el)!.textContent).to.contain('Member of Kanalnätet');
      expect(badgeLink(el)!.textContent).to.contain('Kolbäcks Smide AB, verified membership');
      el.href = '/katalog-2.html';
      await el.updateComplete;
      expect(badgeLink(el)!.getAttribute('href')).to.equal(new URL('/katalog-2.html#member=kolbacks-smide', location.href).href);
      expect(badgeLink(el)).to.equal(link);
      expect(el.shadowRoot!.activeElement).to.equal(link);
      // without href it is no longer a link: a new element, the old one gone
      el.href = undefined;
      await el.updateComplete;
      expect(badgeLink(el)).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('[part=badge]')).to.have.length(1);
    });

    it('speaks English with lang="en" and from an English ancestor', async () => {
      const wrapper = await fixture(html`<div lang="en">
        <evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet"></evi-network-badge>
      </div>`);
      const el = wrapper.querySelector('evi-network-badge')!;
      await settled(el);
      expect(el.shadowRoot!.textContent).to.contain('Member of Kanalnätet');
      expect(el.shadowRoot!.textContent).to.contain('verified membership');
      // without href the badge is not a link
      expect(badgeLink(el)).to.equal(null);
    });

    it('claims the feed\'s first network when no network is given', async () => {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${FEED} member="stromsholms-hast"></evi-network-badge>`);
      const detail = await settled(el);
      expect(detail.network).to.equal('hallstahammar-promotion');
      expect(detail.verified).to.equal(true);
      expect(el.shadowRoot!.textContent).to.contain('Medlem i Hallstahammar Promotion');
    });

    it('replaces the no-JavaScript fallback with the verified badge', async () => {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet">
        <a href="/fallback">Medlem i Kanalnätet</a>
      </evi-network-badge>`);
      const detail = await settled(el);
      expect(detail.verified).to.equal(true);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
      // the badge takes its place: visible, and saying the same thing
      const badge = el.shadowRoot!.querySelector<HTMLElement>('[part~=badge]')!;
      expect(badge.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(badge.textContent).to.contain('Medlem i Kanalnätet');
    });

    it('never links to a javascript: href', async () => {
      const el = await fixture<EviNetworkBadge>(
        html`<evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet" href="javascript:alert(1)"></evi-network-badge>`,
      );
      await settled(el);
      expect(badgeLink(el)).to.equal(null);
      expect(el.shadowRoot!.textContent).to.contain('Medlem i Kanalnätet');
      expect(warnings.lines.join('\n')).to.contain('javascript:alert(1)');
    });
  });

  describe('not verified: nothing visible, and evi-verify and the console say why', () => {
    const cases: Array<[string, string, string, string]> = [
      ['a member on another domain', 'annan-doman', 'kanalnatet', 'wrong-domain'],
      ['an inactive member', 'nedlagda-verkstan', 'kanalnatet', 'inactive-member'],
      ['an unknown member', 'finns-inte', 'kanalnatet', 'unknown-member'],
      ['a member outside the network', 'stromsholms-hast', 'kanalnatet', 'not-in-network'],
      ['an unknown network', 'kolbacks-smide', 'okant-natverk', 'unknown-network'],
    ];
    for (const [what, member, network, reason] of cases) {
      it(`hides the badge for ${what} (${reason})`, async () => {
        const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${FEED} member=${member} network=${network}>
          <a href="/fallback">Medlem i nätverket</a>
        </evi-network-badge>`);
        const detail = await settled(el);
        expect(detail).to.deep.equal({ member, network, verified: false, reason });
        expect(el.getBoundingClientRect().height).to.equal(0);
        expect(el.getBoundingClientRect().width).to.equal(0);
        expect(el.shadowRoot!.querySelector('a, .badge')).to.equal(null);
        expect(warnings.lines.some((line) => line.includes('[evi-network-badge]') && line.includes(member))).to.equal(true);
      });
    }

    it('tells the webmaster which domains the member has', async () => {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${FEED} member="annan-doman" network="kanalnatet"></evi-network-badge>`);
      await settled(el);
      const line = warnings.lines.find((l) => l.includes('annan-doman'))!;
      expect(line).to.contain(`"${location.hostname}"`);
      expect(line).to.contain('annan-doman.example, www.annan-doman.example');
    });
  });

  describe('while verifying and when the feed fails', () => {
    it('keeps the fallback and reserves the badge\'s height while verifying', async () => {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src="/feeds/hang" member="kolbacks-smide" network="kanalnatet">
        <a href="/fallback">Medlem i Kanalnätet</a>
      </evi-network-badge>`);
      await waitUntil(() => net.requests.length === 1);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      const reserved = el.getBoundingClientRect().height;
      net.respond('/feeds/hang', await (await fetch(FEED)).json());
      await settled(el);
      expect(el.getBoundingClientRect().height).to.be.closeTo(reserved, 1);
    });

    it('moves keyboard focus from the fallback link to the badge link when the member is verified', async () => {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src="/feeds/hang" member="kolbacks-smide" network="kanalnatet" href="/katalog.html">
        <a href="/fallback">Medlem i Kanalnätet</a>
      </evi-network-badge>`);
      await waitUntil(() => net.requests.length === 1);
      const fallback = el.querySelector('a')!;
      fallback.focus();
      expect(document.activeElement === fallback, 'the fallback link has focus').to.equal(true);
      net.respond('/feeds/hang', await (await fetch(FEED)).json());
      await settled(el);
      const link = badgeLink(el);
      expect(link, 'the verified badge is a link').not.to.equal(null);
      expect(el.shadowRoot!.activeElement === link, 'the badge link has focus').to.equal(true);
      expect(document.activeElement === el).to.equal(true);
    });

    it('without href: focus on the fallback link moves to the badge (text) when the member is verified', async () => {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src="/feeds/hang" member="kolbacks-smide" network="kanalnatet">
        <a href="/fallback">Medlem i Kanalnätet</a>
      </evi-network-badge>`);
      await waitUntil(() => net.requests.length === 1);
      el.querySelector('a')!.focus();
      net.respond('/feeds/hang', await (await fetch(FEED)).json());
      await settled(el);
      const badge = el.shadowRoot!.querySelector<HTMLElement>('[part=badge]')!;
      expect(badge.localName).to.equal('span');
      expect(el.shadowRoot!.activeElement === badge, 'the badge has focus').to.equal(true);
      expect(badge.tabIndex).to.equal(-1);
    });

    it('keeps the fallback link when the feed is missing, and reports the URL and status', async () => {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src="/test/fixtures/no-such-feed.json" member="kolbacks-smide">
        <a href="/fallback">Medlem i Kanalnätet</a>
      </evi-network-badge>`);
      // evi-error and evi-verify come from the same render, in that order
      const [error, detail] = await Promise.all([oneEvent(el, 'evi-error'), settled(el)]);
      expect(detail.reason).to.equal('feed-error');
      expect(error.detail.url).to.equal(new URL('/test/fixtures/no-such-feed.json', location.href).href);
      expect(error.detail.message).to.contain('HTTP 404');
      expect(errors.lines.join('\n')).to.contain('no-such-feed.json: HTTP 404');
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('gives up after `timeout` milliseconds with a timeout message', async () => {
      const el = await fixture<EviNetworkBadge>(
        html`<evi-network-badge src="/feeds/hang" member="kolbacks-smide" .timeout=${80}></evi-network-badge>`,
      );
      const error = await oneEvent(el, 'evi-error');
      expect(error.detail.message).to.contain('timeout');
      expect(net.requests[0].signal!.aborted).to.equal(true);
    });

    it('treats a feed of another version as an error', async () => {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src="/test/fixtures/members-v2.json" member="kolbacks-smide"></evi-network-badge>`);
      const error = await oneEvent(el, 'evi-error');
      expect(error.detail.message).to.contain('version');
    });
  });

  describe('requests', () => {
    it('makes one request for three badges reading the same feed', async () => {
      const page = await fixture(html`<div>
        <evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet"></evi-network-badge>
        <evi-network-badge src=${FEED} member="kolbacks-smide" network="hallstahammar-promotion"></evi-network-badge>
        <evi-network-badge src=${FEED} member="annan-doman"></evi-network-badge>
      </div>`);
      const badges = [...page.querySelectorAll('evi-network-badge')];
      const verdicts = await Promise.all(badges.map((b) => settled(b)));
      expect(verdicts.map((v) => v.verified)).to.deep.equal([true, true, false]);
      expect(net.requests.filter((r) => r.url.endsWith('/members.json'))).to.have.length(1);
    });

    it('aborts the old request when src changes, and shows the new feed', async () => {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src="/feeds/hang" member="kolbacks-smide" network="kanalnatet"></evi-network-badge>`);
      await waitUntil(() => net.requests.length === 1);
      el.src = FEED;
      const detail = await settled(el);
      expect(net.requests[0].signal!.aborted).to.equal(true);
      expect(detail.verified).to.equal(true);
    });

    it('aborts when the element leaves the page, and loads again when it comes back', async () => {
      const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src="/feeds/hang" member="kolbacks-smide"></evi-network-badge>`);
      await waitUntil(() => net.requests.length === 1);
      const parent = el.parentElement!;
      el.remove();
      // once it has really left (a task later: an element only moved in the page keeps its request)
      await waitUntil(() => net.requests[0].signal!.aborted);
      parent.append(el);
      await waitUntil(() => net.requests.length === 2);
    });

    it('waits with the request until the badge comes near the viewport', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <div style="height: 6000px"></div>
        <evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet"></evi-network-badge>
      </div>`);
      const el = page.querySelector('evi-network-badge')!;
      await new Promise((r) => setTimeout(r, 150));
      expect(net.requests).to.have.length(0);
      el.scrollIntoView();
      const detail = await settled(el);
      expect(detail.verified).to.equal(true);
      window.scrollTo(0, 0);
    });
  });

  describe('a partly invalid feed', () => {
    it('reports each problem once, counts it, and still verifies valid members', async () => {
      const page = await fixture(html`<div>
        <evi-network-badge src="/test/fixtures/members-partly-invalid.json" member="kolbacks-smide" network="kanalnatet"></evi-network-badge>
        <evi-network-badge src="/test/fixtures/members-partly-invalid.json" member="kolbacks-smide"></evi-network-badge>
      </div>`);
      const [first, second] = [...page.querySelectorAll('evi-network-badge')];
      const [load] = await Promise.all([oneEvent(first, 'evi-load'), settled(first), settled(second)]);
      expect(load.detail.count).to.equal(2);
      expect(load.detail.skipped).to.equal(3);
      expect(first.shadowRoot!.textContent).to.contain('Medlem i Kanalnätet');
      const problems = warnings.lines.filter((l) => l.includes('members-partly-invalid.json'));
      expect(problems).to.have.length(3);
      expect(problems.join('\n')).to.contain('members[1]');
      expect(problems.join('\n')).to.contain('website');
    });

    it('with a directory on the same page: one request, each problem once in the console, the same count', async () => {
      // The badge reads the feed without zod, the directory with it: the webmaster must not see double.
      const src = '/demo/feeds/members-broken.json';
      const page = await fixture(html`<div>
        <evi-network-badge src=${src} member="kolbacks-smide" network="kanalnatet"></evi-network-badge>
        <evi-member-directory src=${src}></evi-member-directory>
      </div>`);
      const badge = page.querySelector('evi-network-badge')!;
      const directory = page.querySelector('evi-member-directory')!;
      const [badgeLoad, directoryLoad] = await Promise.all([oneEvent(badge, 'evi-load'), oneEvent(directory, 'evi-load'), settled(badge)]);
      expect(badgeLoad.detail.skipped).to.be.greaterThan(2);
      expect(badgeLoad.detail.skipped).to.equal(directoryLoad.detail.skipped);
      expect(badgeLoad.detail.count).to.equal(directoryLoad.detail.count);
      const lines = warnings.lines.filter((l) => l.includes('members-broken.json'));
      expect(lines).to.have.length(badgeLoad.detail.skipped);
      const problems = lines.map((l) => l.replace(/^\[evi-[a-z-]+\] /, ''));
      expect(new Set(problems).size).to.equal(problems.length);
      expect(net.requests.filter((r) => r.url.endsWith('/members-broken.json'))).to.have.length(1);
    });
  });

  describe('registration', () => {
    it('does not throw when the element is registered again', () => {
      const original = customElements.get('evi-network-badge');
      expect(() => define('evi-network-badge', class extends HTMLElement {})).not.to.throw();
      expect(customElements.get('evi-network-badge')).to.equal(original);
    });
  });

  describe('hostile host page CSS', () => {
    it('keeps its look under resets, * and a rules, and 62.5% root font size, and leaks nothing', async () => {
      const style = document.createElement('style');
      style.textContent = `
        html { font-size: 62.5% }
        * { margin: 0; padding: 0; line-height: 1; letter-spacing: 0.3em; text-transform: uppercase; box-sizing: content-box }
        a { color: red !important; font-size: 4rem; text-decoration: line-through }
        span { display: none }
        svg { width: 100% }
      `;
      document.head.append(style);
      try {
        const page = await fixture<HTMLElement>(html`<div style="font-size: 16px">
          <a id="outside" href="/x">page link</a>
          <evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet" href="/katalog"></evi-network-badge>
        </div>`);
        const el = page.querySelector('evi-network-badge')!;
        await settled(el);
        const link = badgeLink(el)!;
        const label = link.querySelector('[part=label]')!;
        const css = getComputedStyle(link);
        expect(css.color).to.equal('rgb(0, 90, 135)');
        expect(css.textTransform).to.equal('none');
        expect(css.letterSpacing).to.equal('normal');
        expect(parseFloat(css.fontSize)).to.be.closeTo(15, 0.5);
        expect(getComputedStyle(label).display).not.to.equal('none');
        expect(link.querySelector('svg')!.getBoundingClientRect().width).to.be.lessThan(30);
        // the page's own link is still styled by the page: nothing leaked out of the widget
        expect(getComputedStyle(page.querySelector('#outside')!).color).to.equal('rgb(255, 0, 0)');
      } finally {
        style.remove();
      }
    });
  });
});

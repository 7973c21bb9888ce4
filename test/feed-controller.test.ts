/**
 * The feed-loading layer every widget uses, seen through a minimal widget that renders the shared
 * loading and error states: what a visitor sees, what the webmaster's console says, which requests go out.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { EviElement } from '../src/internal/evi-element.js';
import { feedStatusStyles, renderFeedError, renderLoading, RetryingFeedController } from '../src/internal/feed-status.js';
import { baseStyles } from '../src/internal/styles.js';
import { define } from '../src/internal/define.js';
import { parseMembersFeed } from '../src/schemas/members.js';
import { captureConsole, stubNetwork, type NetworkStub } from './helpers/network.js';
import '../src/all.js';

class TestFeedWidget extends EviElement {
  static override styles = [baseStyles, feedStatusStyles];
  feed = new RetryingFeedController(this, { parse: parseMembersFeed, count: (d) => d.members.length });
  protected override render() {
    const state = this.feed.state;
    if (state.kind === 'loading') return renderLoading(this.language);
    if (state.kind === 'error') return renderFeedError(this.language, () => this.feed.retry());
    return litHtml`<p class="root">${state.feed.data.members.length} medlemmar</p>`;
  }
}
define('test-feed-widget', TestFeedWidget);

describe('feed loading layer', () => {
  let net: NetworkStub;
  let errors: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    errors = captureConsole('error');
  });
  afterEach(() => {
    net.restore();
    errors.restore();
  });

  it('shows a friendly error with a retry button, and the retry asks the server again', async () => {
    let calls = 0;
    net = stubNetwork({
      '/flaky/members.json': async () => {
        calls++;
        if (calls === 1) return new Response('Service Unavailable', { status: 503, statusText: 'Service Unavailable' });
        return fetch('/test/fixtures/members.json');
      },
    });
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget src="/flaky/members.json"></test-feed-widget>`);
    const error = await oneEvent(el, 'evi-error');
    expect(error.detail.message).to.contain('HTTP 503');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('Det gick inte att hämta uppgifterna just nu.');
    expect(alert.textContent).not.to.contain('503');
    // the alert is the message: the button beside it is not read out as part of it
    expect(alert.textContent!.trim()).to.equal('Det gick inte att hämta uppgifterna just nu.');
    const load = oneEvent(el, 'evi-load');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.status-error button')!.click();
    expect((await load).detail.count).to.equal(4);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('4 medlemmar');
    expect(calls).to.equal(2);
  });

  it('keeps keyboard focus inside the widget after "Försök igen": on the status while loading, then on the content', async () => {
    let calls = 0;
    let answer: (r: Response) => void = () => {};
    net = stubNetwork({
      '/flaky2/members.json': async () => {
        calls++;
        if (calls === 1) return new Response('Bad Gateway', { status: 502 });
        return new Promise<Response>((resolve) => (answer = resolve));
      },
    });
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget src="/flaky2/members.json"></test-feed-widget>`);
    await oneEvent(el, 'evi-error');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.status-error button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('role'), 'the loading status has focus').to.equal('status');
    expect(document.activeElement).to.equal(el);
    const load = oneEvent(el, 'evi-load');
    answer(await fetch('/test/fixtures/members.json'));
    await load;
    expect(el.shadowRoot!.activeElement?.textContent, 'the content has focus').to.contain('4 medlemmar');
    expect(document.activeElement).to.equal(el);
  });

  it('leaves focus alone when the visitor moved on while the feed was loading', async () => {
    let calls = 0;
    let answer: (r: Response) => void = () => {};
    net = stubNetwork({
      '/flaky3/members.json': async () => {
        calls++;
        if (calls === 1) return new Response('Bad Gateway', { status: 502 });
        return new Promise<Response>((resolve) => (answer = resolve));
      },
    });
    const page = await fixture<HTMLElement>(html`<div><test-feed-widget src="/flaky3/members.json"></test-feed-widget><input aria-label="elsewhere" /></div>`);
    const el = page.querySelector('test-feed-widget') as TestFeedWidget;
    await oneEvent(el, 'evi-error');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.status-error button')!.click();
    await el.updateComplete;
    page.querySelector('input')!.focus();
    const load = oneEvent(el, 'evi-load');
    answer(await fetch('/test/fixtures/members.json'));
    await load;
    expect(document.activeElement).to.equal(page.querySelector('input'));
  });

  it('without src: the error state, and the console names the missing attribute; setting src loads the feed', async () => {
    net = stubNetwork();
    const misspelt = await fixture<TestFeedWidget>(html`<test-feed-widget scr="/test/fixtures/members.json"></test-feed-widget>`);
    await misspelt.updateComplete;
    await waitUntil(() => misspelt.shadowRoot!.querySelector('[role=alert]'), 'error state shown');
    expect(errors.lines.join('\n')).to.contain('[test-feed-widget] no feed: the src attribute is missing');
    const load = oneEvent(misspelt, 'evi-load');
    misspelt.src = '/test/fixtures/members.json';
    expect((await load).detail.count).to.equal(4);
    // listening from the start: the error can be rendered (and announced) before fixture() returns
    let announce: (e: CustomEvent) => void = () => {};
    const announced = new Promise<CustomEvent>((resolve) => (announce = resolve));
    await fixture<TestFeedWidget>(html`<test-feed-widget src=" " @evi-error=${(e: CustomEvent) => announce(e)}></test-feed-widget>`);
    expect((await announced).detail.message).to.equal("no feed: the src attribute is empty; set it to the feed's URL.");
  });

  it('asks the server again on retry when the feed answered but was unusable (the producer fixed it meanwhile)', async () => {
    let calls = 0;
    net = stubNetwork({
      '/fixed-later/members.json': async () => {
        calls++;
        if (calls === 1) return Response.json({ version: 2, networks: [], members: [] });
        return fetch('/test/fixtures/members.json');
      },
    });
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget src="/fixed-later/members.json"></test-feed-widget>`);
    const error = await oneEvent(el, 'evi-error');
    expect(error.detail.message).to.contain('version');
    const load = oneEvent(el, 'evi-load');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.status-error button')!.click();
    expect((await load).detail.count).to.equal(4);
    expect(calls).to.equal(2);
  });

  it('says in English what went wrong when lang="en"', async () => {
    net = stubNetwork();
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget lang="en" src="/test/fixtures/no-such.json"></test-feed-widget>`);
    await oneEvent(el, 'evi-error');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('could not be loaded right now');
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Try again');
  });

  it('reports a body that is not JSON with the URL', async () => {
    net = stubNetwork();
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget src="/test/fixtures/not-json.txt"></test-feed-widget>`);
    const error = await oneEvent(el, 'evi-error');
    expect(error.detail.message).to.match(/not-json\.txt: the body is not JSON/);
    expect(errors.lines.join('\n')).to.contain('[test-feed-widget]');
  });

  it('reports a network failure (e.g. missing CORS header) in words a webmaster can act on', async () => {
    net = stubNetwork({ '/cors/members.json': () => Promise.reject(new TypeError('Failed to fetch')) });
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget src="/cors/members.json"></test-feed-widget>`);
    const error = await oneEvent(el, 'evi-error');
    expect(error.detail.message).to.contain('Access-Control-Allow-Origin');
  });

  it('shows a loading status while the feed is on its way', async () => {
    net = stubNetwork();
    const el = await fixture<TestFeedWidget>(html`<test-feed-widget src="/feeds/hang"></test-feed-widget>`);
    await waitUntil(() => net.requests.length === 1);
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent).to.equal('Laddar…');
    net.respond('/feeds/hang', await (await fetch('/test/fixtures/members.json')).json());
    await oneEvent(el, 'evi-load');
  });

  it('keeps one request when a second widget asks while the first request is under way', async () => {
    net = stubNetwork();
    const first = await fixture<TestFeedWidget>(html`<test-feed-widget src="/feeds/hang"></test-feed-widget>`);
    await waitUntil(() => net.requests.length === 1);
    const second = await fixture<TestFeedWidget>(html`<test-feed-widget src="/feeds/hang"></test-feed-widget>`);
    await new Promise((r) => setTimeout(r, 50));
    net.respond('/feeds/hang', await (await fetch('/test/fixtures/members.json')).json());
    await Promise.all([oneEvent(first, 'evi-load'), oneEvent(second, 'evi-load')]);
    expect(net.requests.filter((r) => r.url.includes('/feeds/hang'))).to.have.length(1);
  });
});

describe('evi-load and evi-error come after the render (contract: "loaded and rendered")', () => {
  // A webmaster's listener that reads or measures the widget must find what the event announces.
  const cases = [
    { tag: 'evi-event-list', src: '/test/fixtures/events.json', shown: (root: ShadowRoot) => root.querySelectorAll('li.event').length > 0 },
    { tag: 'evi-member-directory', src: '/test/fixtures/members-directory.json', shown: (root: ShadowRoot) => root.textContent!.includes('Kolbäcks') },
    { tag: 'evi-ask-form', src: '/test/fixtures/ask.json', shown: (root: ShadowRoot) => root.querySelector('form') !== null },
    { tag: 'evi-network-badge', src: '/test/fixtures/members.json', shown: (root: ShadowRoot) => root.querySelector('[part=badge]') !== null },
  ];
  for (const { tag, src, shown } of cases) {
    it(`<${tag}>: the listener sees the loaded content, and for a failed feed the error state`, async () => {
      const seen: Record<string, boolean> = {};
      const host = document.createElement('div');
      host.addEventListener('evi-load', (e) => {
        const root = (e.target as HTMLElement).shadowRoot!;
        seen.load = shown(root) && root.querySelector('[aria-busy=true]') === null;
      });
      host.addEventListener('evi-error', (e) => {
        const el = e.target as HTMLElement;
        // the badge's error state keeps the page's fallback link (its slot); the others show "Försök igen"
        seen.error = tag === 'evi-network-badge' ? el.matches(':state(unavailable)') : el.shadowRoot!.querySelector('button.button') !== null;
      });
      const errors = captureConsole('error');
      try {
        const good = Object.assign(document.createElement(tag), { src });
        good.setAttribute('member', 'kolbacks-smide');
        good.setAttribute('network', 'kanalnatet');
        const bad = Object.assign(document.createElement(tag), { src: '/test/fixtures/does-not-exist.json' });
        host.append(good, bad);
        document.body.append(host);
        await waitUntil(() => 'load' in seen && 'error' in seen, `no evi-load/evi-error from <${tag}>`, { timeout: 5000 });
        expect(seen).to.deep.equal({ load: true, error: true });
      } finally {
        errors.restore();
        host.remove();
      }
    });
  }
});

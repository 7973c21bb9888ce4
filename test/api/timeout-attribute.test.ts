import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/evi-event-list.js';
import '../../src/evi-network-badge.js';
import type { EviEventList } from '../../src/event-list/event-list.js';
import type { EviNetworkBadge } from '../../src/network-badge/network-badge.js';
import { recordEvents } from '../helpers/events.js';
import { stubbedPage } from '../helpers/network.js';

/** Answers after 150 ms (well inside the default 10 s, but not at once), unless aborted first, as fetch does. */
const slowly = (path: string) => (_url: string, signal?: AbortSignal) =>
  new Promise<Response>((resolve, reject) => {
    const timer = setTimeout(() => resolve(fetch(path)), 150);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    });
  });

const VERIFIED = { member: 'kolbacks-smide', network: 'kanalnatet', verified: true, reason: 'verified' };

describe('the timeout attribute as webmasters and frameworks set it', () => {
  const io = stubbedPage(() => ({
      '/slow/members.json': slowly('/test/fixtures/members.json'),
      '/slow/events.json': slowly('/test/fixtures/events.json'),
    }));
  // every widget event on the page, heard from before each fixture() is created: a timeout that fired at
  // once would show as an evi-error (and an unverified badge), whenever it came
  let heard: ReturnType<typeof recordEvents>;
  beforeEach(() => {
    heard = recordEvents(document, ['evi-error', 'evi-load', 'evi-verify']);
  });
  afterEach(() => heard.stop());

  /** the first evi-load or evi-error that `el` fires from now on */
  const settled = (el: Element) => Promise.race([oneEvent(el, 'evi-load'), oneEvent(el, 'evi-error')]);

  it('timeout="10s" (a typo) waits the default 10 s instead of giving up at once, and says why', async () => {
    const el = await fixture<EviNetworkBadge>(
      html`<evi-network-badge src="/slow/members.json" member="kolbacks-smide" network="kanalnatet" timeout="10s"></evi-network-badge>`,
    );
    await waitUntil(() => heard.events.some((e) => e.type === 'evi-verify'), 'no evi-verify', { timeout: 3000 });
    expect(heard.of('evi-error')).to.deep.equal([]);
    expect(heard.of('evi-verify')).to.deep.equal([`evi-verify: ${JSON.stringify(VERIFIED)}`]);
    expect(el.matches(':state(verified)')).to.equal(true);
    expect(io.error.lines).to.deep.equal([]);
    expect(io.warn.lines).to.include('[evi-network-badge] timeout "10s" is not a number of milliseconds; using 10000.');
  });

  it('a removed timeout attribute means the default again, not an immediate timeout', async () => {
    const el = await fixture<EviEventList>(html`<evi-event-list src="/test/fixtures/events.json" timeout="5000"></evi-event-list>`);
    await waitUntil(() => heard.events.some((e) => e.type === 'evi-load' || e.type === 'evi-error'), 'neither evi-load nor evi-error', { timeout: 1500 });
    expect(heard.of('evi-error')).to.deep.equal([]);
    el.removeAttribute('timeout');
    const next = settled(el);
    el.src = '/slow/events.json';
    const loaded = await next;
    expect(loaded.type, JSON.stringify(loaded.detail)).to.equal('evi-load');
    expect(loaded.detail.url).to.contain('/slow/events.json');
    expect(heard.of('evi-error')).to.deep.equal([]);
    expect(io.error.lines).to.deep.equal([]);
    expect(io.warn.lines.filter((line) => line.includes('timeout'))).to.deep.equal([]);
  });

  it('timeout="3000000000" (beyond what setTimeout can wait) waits instead of overflowing to 0', async () => {
    const el = await fixture<EviNetworkBadge>(
      html`<evi-network-badge src="/slow/members.json" member="kolbacks-smide" network="kanalnatet" timeout="3000000000"></evi-network-badge>`,
    );
    await waitUntil(() => heard.events.some((e) => e.type === 'evi-verify'), 'no evi-verify', { timeout: 3000 });
    expect(heard.of('evi-error')).to.deep.equal([]);
    expect(heard.of('evi-verify')).to.deep.equal([`evi-verify: ${JSON.stringify(VERIFIED)}`]);
    expect(el.matches(':state(verified)')).to.equal(true);
    expect(io.error.lines).to.deep.equal([]);
  });

  it('says so once per element, not on every request', async () => {
    const el = await fixture<EviEventList>(html`<evi-event-list src="/test/fixtures/events.json" timeout="10s"></evi-event-list>`);
    await waitUntil(() => heard.events.some((e) => e.type === 'evi-load' || e.type === 'evi-error'), 'neither evi-load nor evi-error', { timeout: 1500 });
    expect(heard.of('evi-error')).to.deep.equal([]);
    const next = settled(el);
    el.src = '/slow/events.json';
    expect((await next).type).to.equal('evi-load');
    expect(heard.of('evi-error')).to.deep.equal([]);
    expect(io.warn.lines.filter((line) => line.includes('timeout "10s"'))).to.have.length(1);
  });
});

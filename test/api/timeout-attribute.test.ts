import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/evi-event-list.js';
import '../../src/evi-network-badge.js';
import type { EviEventList } from '../../src/event-list/event-list.js';
import type { EviNetworkBadge } from '../../src/network-badge/network-badge.js';
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

describe('the timeout attribute as webmasters and frameworks set it', () => {
  const io = stubbedPage(() => ({
      '/slow/members.json': slowly('/test/fixtures/members.json'),
      '/slow/events.json': slowly('/test/fixtures/events.json'),
    }));

  it('timeout="10s" (a typo) waits the default 10 s instead of giving up at once, and says why', async () => {
    const el = await fixture<EviNetworkBadge>(
      html`<evi-network-badge src="/slow/members.json" member="kolbacks-smide" network="kanalnatet" timeout="10s"></evi-network-badge>`,
    );
    const verdict = await oneEvent(el, 'evi-verify');
    expect(verdict.detail.verified).to.equal(true);
    expect(io.error.lines).to.deep.equal([]);
    expect(io.warn.lines).to.include('[evi-network-badge] timeout "10s" is not a number of milliseconds; using 10000.');
  });

  it('a removed timeout attribute means the default again, not an immediate timeout', async () => {
    const el = await fixture<EviEventList>(html`<evi-event-list src="/test/fixtures/events.json" timeout="5000"></evi-event-list>`);
    await oneEvent(el, 'evi-load');
    el.removeAttribute('timeout');
    el.src = '/slow/events.json';
    const loaded = await oneEvent(el, 'evi-load');
    expect(loaded.detail.url).to.contain('/slow/events.json');
    expect(io.error.lines).to.deep.equal([]);
    expect(io.warn.lines.filter((line) => line.includes('timeout'))).to.deep.equal([]);
  });

  it('timeout="3000000000" (beyond what setTimeout can wait) waits instead of overflowing to 0', async () => {
    const el = await fixture<EviNetworkBadge>(
      html`<evi-network-badge src="/slow/members.json" member="kolbacks-smide" network="kanalnatet" timeout="3000000000"></evi-network-badge>`,
    );
    expect((await oneEvent(el, 'evi-verify')).detail.verified).to.equal(true);
    expect(io.error.lines).to.deep.equal([]);
  });

  it('says so once per element, not on every request', async () => {
    const el = await fixture<EviEventList>(html`<evi-event-list src="/test/fixtures/events.json" timeout="10s"></evi-event-list>`);
    await oneEvent(el, 'evi-load');
    el.src = '/slow/events.json';
    await oneEvent(el, 'evi-load');
    expect(io.warn.lines.filter((line) => line.includes('timeout "10s"'))).to.have.length(1);
  });
});

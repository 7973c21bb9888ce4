import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/evi-event-list.js';
import type { EviEventList } from '../../src/event-list/event-list.js';
import { stubbedPage } from '../helpers/network.js';

const FEED = '/test/fixtures/events.json';
const NOW = new Date('2027-01-01T12:00:00Z');

describe('event list, src changed after it has loaded', () => {
  const io = stubbedPage();

  it('shows the loading state for the new feed, not the old feed\'s events', async () => {
    const el = await fixture<EviEventList>(html`<evi-event-list src=${FEED} .now=${NOW} limit="3"></evi-event-list>`);
    await oneEvent(el, 'evi-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li.event')).to.have.length(3);

    el.src = '/feeds/hang'; // the new feed is slow
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(io.net.requests.some((r) => r.url.endsWith('/feeds/hang'))).to.equal(true);
    // while the new feed loads, the old feed's events must not be presented as the new feed's
    expect(el.shadowRoot!.querySelectorAll('li.event'), 'old events still shown').to.have.length(0);
    expect(el.shadowRoot!.querySelector('[aria-busy=true]'), 'loading status').to.not.equal(null);
  });
});

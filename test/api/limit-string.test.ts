import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/evi-event-list.js';
import type { EviEventList } from '../../src/event-list/event-list.js';
import { stubbedPage } from '../helpers/network.js';

const NOW = new Date('2027-01-01T12:00:00Z');

describe('limit set as a property the way React 19 / Vue 3 set it from markup (a string)', () => {
  stubbedPage();

  it('attribute limit="3" shows 3 (control)', async () => {
    const el = await fixture<EviEventList>(html`<evi-event-list src="/test/fixtures/events.json" .now=${NOW} limit="3"></evi-event-list>`);
    await oneEvent(el, 'evi-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li.event')).to.have.length(3);
  });

  it('el.limit = "3" (what <evi-event-list limit="3"> in React 19 JSX or a Vue template does) shows 3', async () => {
    const el = document.createElement('evi-event-list') as EviEventList;
    el.now = NOW;
    el.src = '/test/fixtures/events.json';
    // React 19 and Vue 3 set a custom element's property when `key in el`; the value from markup is a string
    expect('limit' in el).to.equal(true);
    (el as unknown as { limit: unknown }).limit = '3';
    const loaded = oneEvent(el, 'evi-load');
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.append(el);
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li.event')).to.have.length(3);
  });
});

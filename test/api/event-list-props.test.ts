import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/evi-event-list.js';
import type { EviEventList } from '../../src/event-list/event-list.js';
import { stubbedPage } from '../helpers/network.js';

const FEED = '/test/fixtures/events.json';
const NOW = new Date('2027-01-01T12:00:00Z');
const ids = (el: EviEventList) => [...el.shadowRoot!.querySelectorAll('li.event h3')].map((h) => h.textContent!.trim());

describe('event list driven by properties after load', () => {
  const io = stubbedPage();
  afterEach(() => {
    document.head.querySelectorAll('script[data-evi-event-list]').forEach((s) => s.remove());
  });

  it('category, network, limit, heading-level, structured-data by property; removal restores', async () => {
    const el = await fixture<EviEventList>(html`<evi-event-list src=${FEED} .now=${NOW} .visitorTimeZone=${'Europe/Stockholm'}></evi-event-list>`);
    await oneEvent(el, 'evi-load');
    await el.updateComplete;
    expect(ids(el)).to.have.length(10);
    el.category = 'seminarium';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['Seminarium: Marknadsföring i sociala medier']);
    expect(el.getAttribute('category')).to.equal('seminarium');
    el.removeAttribute('category');
    await el.updateComplete;
    expect(ids(el)).to.have.length(10);
    el.network = 'kanalnatet';
    el.limit = 3;
    await el.updateComplete;
    expect(ids(el)).to.have.length(3);
    expect(ids(el)[0]).to.equal('Seminarium: Marknadsföring i sociala medier');
    el.network = undefined;
    await el.updateComplete;
    expect(ids(el)[0]).to.equal('Frukostmöte för företagare');
    el.headingLevel = 4;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.getAttribute('aria-level')).to.equal('4');
    el.structuredData = true;
    await el.updateComplete;
    expect(document.head.querySelectorAll('script[data-evi-event-list]')).to.have.length(1);
    el.structuredData = false;
    await el.updateComplete;
    expect(document.head.querySelectorAll('script[data-evi-event-list]')).to.have.length(0);
  });

  it('two lists on one page, different feeds and same feed: all load, events per element', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <evi-event-list src=${FEED} .now=${NOW} limit="2"></evi-event-list>
      <evi-event-list src=${FEED} .now=${NOW} category="visionsdag"></evi-event-list>
      <evi-event-list src="/test/fixtures/events-empty.json" .now=${NOW}></evi-event-list>
    </div>`);
    const lists = [...page.querySelectorAll<EviEventList>('evi-event-list')];
    const loads = await Promise.all(lists.map((l) => oneEvent(l, 'evi-load')));
    expect(loads.map((l) => l.target)).to.deep.equal(lists);
    await Promise.all(lists.map((l) => l.updateComplete));
    expect(ids(lists[0])).to.have.length(2);
    expect(new Set(ids(lists[1]))).to.deep.equal(new Set(['Visionsdag 2027']));
    expect(ids(lists[2])).to.have.length(0);
    expect(io.net.requests.filter((r) => r.url.endsWith('/events.json'))).to.have.length(1);
  });
});

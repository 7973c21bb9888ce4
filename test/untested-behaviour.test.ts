/**
 * Behaviour a visitor sees that no other test covered: the small badge, an event's summary on its card,
 * and the link to the venue's page (`location.url`), which must be an http(s) address.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/evi-event-list.js';
import '../src/evi-network-badge.js';
import type { EviEventList } from '../src/event-list/event-list.js';
import type { EviNetworkBadge } from '../src/network-badge/network-badge.js';
import { stubbedPage } from './helpers/network.js';

const MEMBERS = '/test/fixtures/members.json';
const EVENTS = '/test/fixtures/events.json';
const NOW = new Date('2027-01-01T12:00:00Z');

const textOf = (node: Element | ShadowRoot) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** the event list's cards (one per occurrence shown) */
const cards = (el: EviEventList) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part=event]')];

function card(el: EviEventList, title: string): HTMLLIElement {
  const found = cards(el).find((li) => textOf(li.querySelector('h3')!) === title);
  expect(found, `a card titled ${title}`).not.to.equal(undefined);
  return found!;
}

async function openDetails(el: EviEventList, li: HTMLLIElement): Promise<HTMLElement> {
  const button = li.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
  button.click();
  await el.updateComplete;
  expect(button.getAttribute('aria-expanded')).to.equal('true');
  const details = li.querySelector<HTMLElement>('.details')!;
  expect(details.hidden).to.equal(false);
  return details;
}

async function eventList(template: ReturnType<typeof html>): Promise<EviEventList> {
  const el = await fixture<EviEventList>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('ol, [role=alert]'), 'the list is shown', { timeout: 3000 });
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[role=alert]'), 'an error instead of the list').to.equal(null);
  return el;
}

const visible = (node: Element) => {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
};

describe('<evi-network-badge size="small">', () => {
  stubbedPage();

  it('is really smaller than the default badge: lower, in a smaller font', async () => {
    const page = await fixture<HTMLElement>(html`<div style="font-size: 16px">
      <evi-network-badge id="default" src=${MEMBERS} member="kolbacks-smide" network="kanalnatet"></evi-network-badge>
      <evi-network-badge id="small" size="small" src=${MEMBERS} member="kolbacks-smide" network="kanalnatet"></evi-network-badge>
    </div>`);
    const [normal, small] = [...page.querySelectorAll<EviNetworkBadge>('evi-network-badge')];
    await waitUntil(() => normal.matches(':state(verified)') && small.matches(':state(verified)'), 'both badges verified', { timeout: 3000 });
    const measure = (el: EviNetworkBadge) => {
      const badge = el.shadowRoot!.querySelector('[part=badge]')!;
      expect(visible(badge), `#${el.id} is shown`).to.equal(true);
      return { height: badge.getBoundingClientRect().height, fontSize: parseFloat(getComputedStyle(badge).fontSize), label: textOf(badge) };
    };
    const a = measure(normal);
    const b = measure(small);
    // the same badge, the same words
    expect(b.label).to.equal(a.label);
    expect(a.label).to.contain('Medlem i Kanalnätet');
    // smaller font (0.8125em against 0.9375em of the page's 16 px) and a lower badge
    expect(a.fontSize).to.equal(15);
    expect(b.fontSize).to.equal(13);
    expect(b.height, 'the small badge is lower').to.be.lessThan(a.height - 2);
    // the host reserves the smaller height too
    expect(small.getBoundingClientRect().height).to.be.lessThan(normal.getBoundingClientRect().height);
  });
});

describe('<evi-event-list>: an event\'s summary and the venue link', () => {
  const INVALID_VENUES = '/feeds/venues.json';
  const venueFeed = {
    version: 1,
    events: [
      { id: 'a', title: 'Plats med http', start: '2027-02-01T10:00:00+01:00', location: { name: 'Gamla salen', url: 'http://example.org/gamla-salen' } },
      { id: 'b', title: 'Plats med javascript', start: '2027-02-02T10:00:00+01:00', location: { name: 'Salen', url: 'javascript:window.__evi_pwned=1' } },
      { id: 'c', title: 'Plats med data', start: '2027-02-03T10:00:00+01:00', location: { name: 'Salen', url: 'data:text/html,<script>parent.__evi_pwned=1</script>' } },
      { id: 'd', title: 'Plats med ftp', start: '2027-02-04T10:00:00+01:00', location: { name: 'Salen', url: 'ftp://example.org/salen' } },
      { id: 'e', title: 'Plats utan schema', start: '2027-02-05T10:00:00+01:00', location: { name: 'Salen', url: '//example.org/salen' } },
    ],
  };
  const io = stubbedPage(() => ({ [INVALID_VENUES]: () => Promise.resolve(new Response(JSON.stringify(venueFeed))) }));

  it('shows the summary on the card itself, without opening the details', async () => {
    const el = await eventList(html`<evi-event-list src=${EVENTS} limit="20" .now=${NOW}></evi-event-list>`);
    const li = card(el, 'Visionsdag 2027');
    expect(li.querySelector('button[aria-expanded]')!.getAttribute('aria-expanded')).to.equal('false');
    const summary = [...li.querySelectorAll('p')].find((p) => textOf(p) === 'Seminarier med politiker och företagare.');
    expect(summary, 'the summary is on the card').not.to.equal(undefined);
    expect(summary!.closest('.details'), 'not hidden in the details').to.equal(null);
    expect(visible(summary!), 'the summary is shown').to.equal(true);
    // only on its own event's card
    const others = cards(el).filter((other) => other !== li && textOf(other).includes('Seminarier med politiker'));
    expect(others).to.have.length(0);
  });

  for (const [lang, words] of [
    ['sv', 'Om platsen'],
    ['en', 'About the venue'],
  ] as const) {
    it(`links to the venue's page as "${words}" (lang="${lang}")`, async () => {
      const el = await eventList(html`<evi-event-list lang=${lang} src=${EVENTS} .now=${NOW}></evi-event-list>`);
      const li = card(el, 'Seminarium: Marknadsföring i sociala medier');
      const details = await openDetails(el, li);
      const venue = [...details.querySelectorAll('a')].filter((a) => textOf(a).startsWith(words));
      expect(venue, `${lang}: one "${words}" link`).to.have.length(1);
      expect(venue[0].getAttribute('href')).to.equal('https://example.org/kunskapscenter');
      expect(visible(venue[0])).to.equal(true);
      // an event whose location has no url has no such link
      const other = card(el, 'Föreläsning: Ledarskap i små företag');
      const otherDetails = await openDetails(el, other);
      expect(textOf(otherDetails)).to.contain('Folkets hus');
      expect([...otherDetails.querySelectorAll('a')].filter((a) => textOf(a).startsWith(words))).to.have.length(0);
    });
  }

  it('takes only an http(s) address as the venue link', async () => {
    const el = await eventList(html`<evi-event-list src=${INVALID_VENUES} .now=${NOW}></evi-event-list>`);
    const venueLinks = (li: HTMLLIElement) => [...li.querySelectorAll('a')].filter((a) => textOf(a).startsWith('Om platsen'));
    // http: is accepted
    const http = card(el, 'Plats med http');
    await openDetails(el, http);
    expect(venueLinks(http).map((a) => a.getAttribute('href'))).to.deep.equal(['http://example.org/gamla-salen']);
    // javascript:, data:, ftp: and a scheme-relative address are not: the event is listed, without the link
    for (const title of ['Plats med javascript', 'Plats med data', 'Plats med ftp', 'Plats utan schema']) {
      const li = card(el, title);
      const details = await openDetails(el, li);
      expect(venueLinks(li), `${title}: no venue link`).to.have.length(0);
      const protocols = [...details.querySelectorAll('a')].map((a) => a.protocol);
      expect(protocols.filter((p) => p !== 'https:' && p !== 'http:'), `${title}: only http(s) links`).to.deep.equal([]);
      expect(textOf(details)).not.to.match(/javascript:|data:|ftp:|example\.org\/salen/);
    }
    expect((window as unknown as { __evi_pwned?: unknown }).__evi_pwned).to.equal(undefined);
    // and the webmaster hears which field was dropped
    expect(io.warn.lines.join('\n')).to.contain('location.url');
  });
});

describe('<evi-event-list> with a bad venue address in its feed', () => {
  stubbedPage(() => ({ '/feeds/one-bad-venue.json': () => Promise.resolve(new Response(JSON.stringify({ version: 1, events: [{ id: 'x', title: 'X', start: '2027-02-01T10:00:00+01:00', location: { url: 'javascript:void 0' } }] }))) }));

  it('still counts the event as usable (evi-load count), and the dropped address among the skipped', async () => {
    const el = document.createElement('evi-event-list') as EviEventList;
    el.now = NOW;
    const loaded = oneEvent(el, 'evi-load');
    el.setAttribute('src', '/feeds/one-bad-venue.json');
    document.body.append(el);
    try {
      const { detail } = await loaded;
      expect(detail.count).to.equal(1);
      expect(detail.skipped).to.equal(1);
    } finally {
      el.remove();
    }
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/evi-event-list.js';
import '../../src/evi-network-badge.js';
import type { EviEventList } from '../../src/event-list/event-list.js';
import type { EviNetworkBadge } from '../../src/network-badge/network-badge.js';
import { stubbedPage } from '../helpers/network.js';

const NOW = new Date('2027-01-01T12:00:00Z');

describe('language follows the nearest ancestor lang (contract), also after the element moves', () => {
  stubbedPage();

  it('event list moved from a Swedish section into an English one speaks English', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <section lang="sv" id="sv"><evi-event-list src="/test/fixtures/events.json" .now=${NOW} limit="2"></evi-event-list></section>
      <section lang="en" id="en"></section>
    </div>`);
    const el = page.querySelector<EviEventList>('evi-event-list')!;
    await oneEvent(el, 'evi-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Januari 2027');
    page.querySelector('#en')!.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('January 2027');
  });

  it('badge moved from a Swedish section into an English one speaks English', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <section lang="sv" id="sv"><evi-network-badge src="/test/fixtures/members.json" member="kolbacks-smide" network="kanalnatet"></evi-network-badge></section>
      <section lang="en" id="en"></section>
    </div>`);
    const el = page.querySelector<EviNetworkBadge>('evi-network-badge')!;
    await oneEvent(el, 'evi-verify');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Medlem i Kanalnätet');
    page.querySelector('#en')!.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.textContent).to.contain('Member of Kanalnätet');
  });

  it('event list follows the page when the site switches <html lang> (single-page app language switch)', async () => {
    const saved = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'sv');
      const el = await fixture<EviEventList>(html`<evi-event-list src="/test/fixtures/events.json" .now=${NOW} limit="2"></evi-event-list>`);
      await oneEvent(el, 'evi-load');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Januari 2027');
      document.documentElement.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('January 2027');
    } finally {
      if (saved === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', saved);
    }
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/evi-network-badge.js';
import type { EviNetworkBadge } from '../../src/network-badge/network-badge.js';
import { stubbedPage } from '../helpers/network.js';

const FEED = '/test/fixtures/members.json';

describe('badge with empty / padded attribute values', () => {
  const io = stubbedPage();

  it('network="" (a CMS template with an empty variable): evi-verify names the network the badge shows', async () => {
    const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${FEED} member="kolbacks-smide" network=""></evi-network-badge>`);
    const d = (await oneEvent(el, 'evi-verify')).detail;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Medlem i Hallstahammar Promotion');
    expect(d).to.deep.equal({ member: 'kolbacks-smide', network: 'hallstahammar-promotion', verified: true, reason: 'verified' });
  });

  it('member / network with surrounding spaces are read like the other widgets read ids (trimmed)', async () => {
    const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src=${FEED} member=" kolbacks-smide " network="kanalnatet "></evi-network-badge>`);
    const d = (await oneEvent(el, 'evi-verify')).detail;
    expect(d.verified, JSON.stringify(d)).to.equal(true);
  });

  it('two badges on one feed, one removed while loading: the other still verifies', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <evi-network-badge src="/feeds/hang" member="kolbacks-smide"></evi-network-badge>
      <evi-network-badge src="/feeds/hang" member="kolbacks-smide"></evi-network-badge>
    </div>`);
    const [a, b] = [...page.querySelectorAll<EviNetworkBadge>('evi-network-badge')];
    const deadline = Date.now() + 2000;
    while (io.net.requests.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    a.remove();
    const verify = oneEvent(b, 'evi-verify');
    io.net.respond('/feeds/hang', await (await fetch(FEED)).json());
    expect((await verify).detail.verified).to.equal(true);
    expect(io.net.requests.filter((r) => r.url.endsWith('/feeds/hang'))).to.have.length(1);
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/evi-network-badge.js';
import type { EviNetworkBadge } from '../../src/network-badge/network-badge.js';
import { stubbedPage } from '../helpers/network.js';

const A = {
  version: 1,
  networks: [{ id: 'kanalnatet', name: 'Kanalnätet' }],
  members: [
    { id: 'alpha', name: 'Alpha AB', networks: ['kanalnatet'], domains: ['localhost', '127.0.0.1'] },
    { id: 'beta', name: 'Beta AB', networks: ['kanalnatet'], domains: ['localhost', '127.0.0.1'] },
  ],
};
// the new feed: beta has left (inactive)
const B = {
  version: 1,
  networks: [{ id: 'kanalnatet', name: 'Kanalnätet' }],
  members: [
    { id: 'alpha', name: 'Alpha AB', networks: ['kanalnatet'], domains: ['localhost', '127.0.0.1'] },
    { id: 'beta', name: 'Beta AB', status: 'inactive', networks: ['kanalnatet'], domains: ['localhost', '127.0.0.1'] },
  ],
};
const json = (body: unknown) => () => Promise.resolve(new Response(JSON.stringify(body)));

describe('badge, src and member changed together after verification', () => {
  stubbedPage(() => ({ '/p/a.json': json(A), '/p/b.json': json(B) }));

  it('never announces (or shows) a verdict for the new member computed from the OLD feed', async () => {
    const el = await fixture<EviNetworkBadge>(html`<evi-network-badge src="/p/a.json" member="alpha"></evi-network-badge>`);
    const first = await oneEvent(el, 'evi-verify');
    expect(first.detail.verified).to.equal(true);

    const verdicts: Array<{ verified: boolean; reason: string; member: string }> = [];
    const shownTexts: string[] = [];
    el.addEventListener('evi-verify', (e) => {
      verdicts.push(e.detail);
      shownTexts.push(el.shadowRoot!.textContent ?? '');
    });
    // a framework re-binding the badge to another feed and member in one go
    el.src = '/p/b.json';
    el.member = 'beta';
    await oneEvent(el, 'evi-load');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    // beta is inactive in feed B: the only decision for beta must be "inactive-member"
    expect(verdicts.map((v) => `${v.member}:${v.reason}`)).to.deep.equal(['beta:inactive-member']);
    expect(shownTexts.join('|')).not.to.contain('Beta AB');
  });
});

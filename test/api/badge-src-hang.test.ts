import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/evi-network-badge.js';
import type { EviNetworkBadge } from '../../src/network-badge/network-badge.js';
import { stubbedPage } from '../helpers/network.js';

describe('badge, src changed to a slow feed after verification', () => {
  stubbedPage();

  it('goes back to "verifying" (fallback slot) while the new feed loads', async () => {
    const el = await fixture<EviNetworkBadge>(
      html`<evi-network-badge src="/test/fixtures/members.json" member="kolbacks-smide" network="kanalnatet"></evi-network-badge>`,
    );
    expect((await oneEvent(el, 'evi-verify')).detail.verified).to.equal(true);
    const verdicts: string[] = [];
    el.addEventListener('evi-verify', (e) => verdicts.push(`${e.detail.member}:${e.detail.reason}`));
    el.src = '/feeds/hang';
    el.member = 'stromsholms-hast';
    el.network = 'hallstahammar-promotion';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    // nothing has been decided about the new feed yet
    expect(verdicts, 'evi-verify announced before the new feed answered').to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.badge'), 'verified badge shown for the new member from the old feed').to.equal(null);
  });
});

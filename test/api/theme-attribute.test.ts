import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/evi-network-badge.js';
import type { EviNetworkBadge } from '../../src/network-badge/network-badge.js';

const FEED = '/test/fixtures/members.json';

async function badgeColours(theme: string | undefined): Promise<{ color: string; background: string }> {
  const el = await fixture<EviNetworkBadge>(
    html`<evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet" theme=${theme ?? ''}></evi-network-badge>`,
  );
  if (theme === undefined) el.removeAttribute('theme');
  await oneEvent(el, 'evi-verify');
  await el.updateComplete;
  const badge = el.shadowRoot!.querySelector('[part=badge]')!;
  const { color, backgroundColor } = getComputedStyle(badge);
  return { color, background: backgroundColor };
}

describe('the theme attribute as webmasters type it', () => {
  it('reads theme="Dark" and theme="DARK" as theme="dark" (CMS fields and hand-typed attributes vary in case)', async () => {
    const light = await badgeColours(undefined);
    const dark = await badgeColours('dark');
    expect(dark).not.to.deep.equal(light);
    expect(await badgeColours('Dark')).to.deep.equal(dark);
    expect(await badgeColours('DARK')).to.deep.equal(dark);
  });
});

// A directory whose feed has no members yet says so to screen readers too, as the event list does.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/evi-member-directory.js';
import type { EviMemberDirectory } from '../src/member-directory/member-directory.js';

describe('member directory with no members yet', () => {
  it('says "Inga medlemmar ännu." in a polite live region', async () => {
    const el = await fixture<EviMemberDirectory>(
      html`<evi-member-directory src="/test/fixtures/members-directory-empty.json"></evi-member-directory>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('.empty'), 'the empty state is shown', { timeout: 3000 });
    const empty = el.shadowRoot!.querySelector('.empty')!;
    expect(empty.getAttribute('role')).to.equal('status');
    expect(empty.textContent!.trim()).to.equal('Inga medlemmar ännu.');
  });
});

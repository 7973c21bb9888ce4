import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/evi-member-directory.js';
import type { EviMemberDirectory } from '../../src/member-directory/member-directory.js';
import { stubbedPage } from '../helpers/network.js';

describe('removing page-size', () => {
  const io = stubbedPage();
  beforeEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('falls back to the default silently (removing an attribute is not a mistake)', async () => {
    const el = await fixture<EviMemberDirectory>(html`<evi-member-directory src="/test/fixtures/members-directory.json" page-size="2"></evi-member-directory>`);
    await oneEvent(el, 'evi-load');
    await el.updateComplete;
    el.removeAttribute('page-size');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li.member')).to.have.length(8);
    expect(io.warn.lines, io.warn.lines.join('\n')).to.deep.equal([]);
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/evi-member-directory.js';
import type { EviMemberDirectory } from '../../src/member-directory/member-directory.js';
import { stubbedPage } from '../helpers/network.js';

const FEED = '/test/fixtures/members-directory.json';
const names = (el: EviMemberDirectory) => [...el.shadowRoot!.querySelectorAll('li.member h3')].map((h) => h.textContent!.trim());

describe('directory driven by properties after load', () => {
  const io = stubbedPage();
  beforeEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('network / page-size / query set by property after load re-render; removal restores', async () => {
    const el = await fixture<EviMemberDirectory>(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
    await oneEvent(el, 'evi-load');
    await el.updateComplete;
    const all = names(el);
    expect(all.length).to.equal(8);
    el.network = 'kanalnatet';
    await el.updateComplete;
    expect(names(el)).to.have.length(3);
    expect(el.shadowRoot!.querySelector('[part=network] h2')!.textContent).to.equal('Kanalnätet');
    el.removeAttribute('network');
    await el.updateComplete;
    expect(names(el)).to.have.length(8);
    el.pageSize = 2;
    await el.updateComplete;
    expect(names(el)).to.have.length(2);
    (el as unknown as { pageSize: unknown }).pageSize = '3';
    await el.updateComplete;
    expect(names(el)).to.have.length(3);
    el.pageSize = 24;
    el.query = 'smide';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Kolbäcks Smide AB', 'Strömsholms Smide']);
    el.query = undefined;
    await el.updateComplete;
    expect(names(el)).to.have.length(8);
  });

  it('two directories on one page, different networks, one request, both load', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <evi-member-directory src=${FEED} network="kanalnatet"></evi-member-directory>
      <evi-member-directory src=${FEED} network="hastforetagen"></evi-member-directory>
    </div>`);
    const [a, b] = [...page.querySelectorAll<EviMemberDirectory>('evi-member-directory')];
    const [la, lb] = await Promise.all([oneEvent(a, 'evi-load'), oneEvent(b, 'evi-load')]);
    expect(la.detail.count).to.equal(3);
    expect(lb.detail.count).to.equal(3);
    expect(io.net.requests.filter((r) => r.url.endsWith('members-directory.json'))).to.have.length(1);
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/evi-member-directory.js';
import type { EviMemberDirectory } from '../../src/member-directory/member-directory.js';
import { captureConsole, stubNetwork, type NetworkStub } from '../helpers/network.js';

const FEED = '/test/fixtures/members-directory.json';
const names = (el: EviMemberDirectory) => [...el.shadowRoot!.querySelectorAll('li.member h3')].map((h) => h.textContent!.trim());

describe('two directories on one page (e.g. "Kanalnätet" and "Hästföretagen" sections)', () => {
  let net: NetworkStub;
  let warn: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    net = stubNetwork();
    warn = captureConsole('warn');
  });
  afterEach(() => {
    net.restore();
    warn.restore();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a filter chosen in one directory, then Back: the other directory is not filtered by it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <evi-member-directory src=${FEED} network="kanalnatet"></evi-member-directory>
      <evi-member-directory src=${FEED} network="hastforetagen"></evi-member-directory>
    </div>`);
    const [a, b] = [...page.querySelectorAll<EviMemberDirectory>('evi-member-directory')];
    await Promise.all([oneEvent(a, 'evi-load'), oneEvent(b, 'evi-load')]);
    await Promise.all([a.updateComplete, b.updateComplete]);
    const bBefore = names(b);
    expect(bBefore.length).to.equal(3);
    // the visitor picks an industry in A (pushes a history entry), then another one in A
    for (const value of [a.shadowRoot!.querySelectorAll<HTMLOptionElement>('select#industry option')[1].value,
                         a.shadowRoot!.querySelectorAll<HTMLOptionElement>('select#industry option')[2].value]) {
      const sel = a.shadowRoot!.querySelector<HTMLSelectElement>('select#industry')!;
      sel.value = value;
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      await a.updateComplete;
    }
    expect(names(b), 'B untouched by A\'s filter').to.deep.equal(bBefore);
    const back = oneEvent(window, 'hashchange');
    history.back();
    await back;
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(location.hash).to.contain('industry=');
    // the visitor never touched B
    expect(names(b), `B after Back (hash ${decodeURIComponent(location.hash)})`).to.deep.equal(bBefore);
  });

  it('a #member= link for a member of the second directory is followed there', async () => {
    // the badge of a Hästföretagen member links to a page with both networks' directories
    history.replaceState(null, '', '#member=ostmans-foder');
    const page = await fixture<HTMLElement>(html`<div>
      <evi-member-directory src=${FEED} network="kanalnatet"></evi-member-directory>
      <evi-member-directory src=${FEED} network="hastforetagen"></evi-member-directory>
    </div>`);
    const [a, b] = [...page.querySelectorAll<EviMemberDirectory>('evi-member-directory')];
    await Promise.all([oneEvent(a, 'evi-load'), oneEvent(b, 'evi-load')]);
    await Promise.all([a.updateComplete, b.updateComplete]);
    await b.updateComplete;
    expect(b.shadowRoot!.activeElement?.id).to.equal('member-ostmans-foder');
    expect(a.shadowRoot!.activeElement).to.equal(null);
  });

  it('the second directory keeps its filters when the first writes its view into the URL', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <evi-member-directory src=${FEED} network="kanalnatet"></evi-member-directory>
      <evi-member-directory src=${FEED} network="hastforetagen"></evi-member-directory>
    </div>`);
    const [a, b] = [...page.querySelectorAll<EviMemberDirectory>('evi-member-directory')];
    await Promise.all([oneEvent(a, 'evi-load'), oneEvent(b, 'evi-load')]);
    await Promise.all([a.updateComplete, b.updateComplete]);
    const choose = async (el: EviMemberDirectory, index: number) => {
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select#industry')!;
      select.value = select.options[index].value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    await choose(b, 1);
    const bFiltered = names(b);
    expect(bFiltered.length).to.be.lessThan(3);
    // the second directory's view is not in the URL: it is not the one the hash belongs to
    expect(location.hash).not.to.contain('industry=');
    await choose(a, 1);
    expect(location.hash).to.contain('industry=');
    expect(names(b)).to.deep.equal(bFiltered);
  });
});

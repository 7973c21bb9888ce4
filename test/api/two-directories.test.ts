import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/evi-member-directory.js';
import type { EviMemberDirectory } from '../../src/member-directory/member-directory.js';
import { stubbedPage } from '../helpers/network.js';

const FEED = '/test/fixtures/members-directory.json';
/** Kanalnätet's directory, then Hästföretagen's, both loaded and rendered. */
async function twoDirectories(): Promise<EviMemberDirectory[]> {
  // listening before they exist: a #member= link makes them load at once, maybe before fixture() returns
  const loaded: EventTarget[] = [];
  const onLoad = (event: Event) => loaded.push(event.target!);
  document.addEventListener('evi-load', onLoad);
  const page = await fixture<HTMLElement>(html`<div>
    <evi-member-directory src=${FEED} network="kanalnatet"></evi-member-directory>
    <evi-member-directory src=${FEED} network="hastforetagen"></evi-member-directory>
  </div>`);
  const both = [...page.querySelectorAll<EviMemberDirectory>('evi-member-directory')];
  await waitUntil(() => both.every((el) => loaded.includes(el)), 'both directories loaded', { timeout: 3000 }).finally(() =>
    document.removeEventListener('evi-load', onLoad),
  );
  await Promise.all(both.map((el) => el.updateComplete));
  return both;
}

/** The industry filter's option at `index` chosen, as a visitor does. */
async function chooseIndustry(el: EviMemberDirectory, index: number): Promise<void> {
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select#industry')!;
  select.value = select.options[index].value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const names = (el: EviMemberDirectory) => [...el.shadowRoot!.querySelectorAll('li.member h3')].map((h) => h.textContent!.trim());

describe('two directories on one page (e.g. "Kanalnätet" and "Hästföretagen" sections)', () => {
  const io = stubbedPage();
  beforeEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a filter chosen in one directory, then Back: the other directory is not filtered by it', async function () {
    this.timeout(6000);
    const [a, b] = await twoDirectories();
    const bBefore = names(b);
    expect(bBefore.length).to.equal(3);
    // the visitor picks an industry in A (pushes a history entry), then, a moment later, another one in A
    // (changes within a second are one run through the options, one entry: see the directory's own tests)
    await chooseIndustry(a, 1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await chooseIndustry(a, 2);
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
    const [a, b] = await twoDirectories();
    await b.updateComplete;
    expect(b.shadowRoot!.activeElement?.id).to.equal('member-ostmans-foder');
    expect(a.shadowRoot!.activeElement).to.equal(null);
  });

  it('the second directory keeps its filters when the first writes its view into the URL', async () => {
    const [a, b] = await twoDirectories();
    await chooseIndustry(b, 1);
    const bFiltered = names(b);
    expect(bFiltered.length).to.be.lessThan(3);
    // the second directory's view is not in the URL: it is not the one the hash belongs to
    expect(location.hash).not.to.contain('industry=');
    await chooseIndustry(a, 1);
    expect(location.hash).to.contain('industry=');
    expect(names(b)).to.deep.equal(bFiltered);
  });

  it('the first directory keeps the hash after a script re-attaches it (tabs, a framework re-render)', async () => {
    const [a, b] = await twoDirectories();
    a.parentElement!.prepend(a);
    await a.updateComplete;
    await chooseIndustry(b, 1);
    expect(location.hash, 'the second directory writes nothing').not.to.contain('industry=');
    await chooseIndustry(a, 1);
    expect(location.hash, 'the first still does').to.contain('industry=');
  });

  it('a #member= link only the second directory can follow: no warning from the first', async () => {
    history.replaceState(null, '', '#member=ostmans-foder');
    await twoDirectories();
    expect(io.warn.lines.filter((line) => line.includes('ostmans-foder'))).to.deep.equal([]);
  });

  it('a #member= link neither directory lists: one warning, once both have their feeds', async () => {
    history.replaceState(null, '', '#member=finns-inte');
    await twoDirectories();
    expect(io.warn.lines.filter((line) => line.includes('finns-inte'))).to.deep.equal([
      '[evi-member-directory] #member=finns-inte: no active member with this id in any directory on this page.',
    ]);
  });
});

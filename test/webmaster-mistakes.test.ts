/**
 * What a webmaster pasting the widgets gets wrong most, and what the console then says (a review played ten
 * webmasters): a category's label where its id goes, another case, a misspelt network, `limit="ten"`.
 * The visitor sees an honest empty list; the webmaster, in the console, which ids there are.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../src/all.js';
import type { EviEventList } from '../src/event-list/event-list.js';
import type { EviMemberDirectory } from '../src/member-directory/member-directory.js';
import { clearFeedCache } from '../src/internal/feed-cache.js';
import { captureConsole } from './helpers/network.js';

const EVENTS = '/test/fixtures/events.json';
const MEMBERS = '/test/fixtures/members-directory.json';
const NOW = new Date('2027-01-01T12:00:00+01:00');
const feedUrl = (path: string) => new URL(path, location.href).href;

describe("a webmaster's mistakes, said in the console", () => {
  let warnings: ReturnType<typeof captureConsole>;
  /** the webmaster's lines, not the test feed's own rule warning (event "oppet-hus") */
  const said = () => warnings.lines.filter((line) => !line.includes(': event "'));
  beforeEach(() => {
    clearFeedCache();
    warnings = captureConsole('warn');
  });
  afterEach(() => warnings.restore());

  async function eventList(attributes: string, src = EVENTS): Promise<EviEventList> {
    // one list at a time: a second one below the first would wait, lazily, off screen
    fixtureCleanup();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = `<evi-event-list src="${src}" ${attributes}></evi-event-list>`;
    const el = host.firstElementChild as EviEventList;
    el.now = NOW;
    await oneEvent(el, 'evi-load');
    await el.updateComplete;
    return el;
  }
  const shown = (el: EviEventList) => el.shadowRoot!.querySelectorAll('li.event').length;

  it('category="Seminarium" (the label shown in the filter): which id was meant, and the ids there are', async () => {
    const el = await eventList('category="Seminarium"');
    expect(shown(el)).to.equal(0);
    expect(said()).to.deep.equal([
      `[evi-event-list] category "Seminarium" is not the id of any event's category in ${feedUrl(EVENTS)}, so no event shows for it. ` +
        'Did you mean "seminarium"? (ids are written exactly) ' +
        'The ids there: forelasning, frukostmote, hastforetagare, kompetensprogram, natverkstraff, seminarium, visionsdag.',
    ]);
    // said once, not at every render
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(said()).to.have.length(1);
  });

  it('category="Frukostmöte" finds "frukostmote"; a network in another case, its id', async () => {
    await eventList('category="Frukostmöte" network="Kanalnatet"');
    expect(said()).to.have.length(2);
    expect(said()[0]).to.contain('category "Frukostmöte" is not the id of any event\'s category').and.contain('Did you mean "frukostmote"?');
    expect(said()[1]).to.contain('network "Kanalnatet" is not the id of any event\'s network').and.contain('Did you mean "kanalnatet"?');
    expect(said()[1]).to.contain('The ids there: hallstahammar-promotion, kanalnatet.');
  });

  it('a category of the contract\'s list with no event now (Vision Day in January), and ids that match, say nothing', async () => {
    const breakfasts = { version: 1, events: [{ id: 'frukost', title: 'Frukostmöte', category: 'frukostmote', start: '2027-01-07T07:30:00+01:00' }] };
    const src = URL.createObjectURL(new Blob([JSON.stringify(breakfasts)], { type: 'application/json' }));
    const el = await eventList('category="frukostmote,visionsdag"', src);
    expect(shown(el)).to.equal(1);
    expect(shown(await eventList('category="visionsdag"', src))).to.equal(0);
    const network = await eventList('network=" kanalnatet "');
    expect(shown(network)).to.be.greaterThan(0);
    expect(said()).to.deep.equal([]);
  });

  it('limit="ten": says so once, shows 10, and leaves the attribute as written', async () => {
    const el = await eventList('limit="ten"');
    expect(shown(el)).to.equal(10);
    expect(el.getAttribute('limit')).to.equal('ten');
    expect(said()).to.deep.equal(['[evi-event-list] limit "ten" is not a whole number of at least 1; showing 10.']);
    // and a list with no limit gets no limit="10" written into its markup
    const plain = await eventList('');
    expect(plain.hasAttribute('limit')).to.equal(false);
    // an unfilled CMS field (limit="") is not given, as an empty src or id is: nothing to say
    const blank = await eventList('limit=""');
    expect(shown(blank)).to.equal(10);
    expect(said()).to.have.length(1);
  });

  it('page-size="" is not given, but a page size a framework sets as a property still counts', async () => {
    const el = await fixture<EviMemberDirectory>(html`<evi-member-directory src=${MEMBERS} page-size="" .pageSize=${2}></evi-member-directory>`);
    await oneEvent(el, 'evi-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li[part~=member]')).to.have.length(2);
    expect(said()).to.deep.equal([]);
  });

  it('a directory\'s misspelt network: the ids in the feed, and the one meant', async () => {
    const el = await fixture<EviMemberDirectory>(html`<evi-member-directory src=${MEMBERS} network="LRF"></evi-member-directory>`);
    await oneEvent(el, 'evi-load');
    await el.updateComplete;
    expect(said()).to.deep.equal([
      `[evi-member-directory] network "LRF" is not in the feed ${feedUrl(MEMBERS)}; no members are listed. ` +
        'Did you mean "lrf"? (ids are written exactly) The ids there: hallstahammar-promotion, kanalnatet, hastforetagen, lrf.',
    ]);
  });

  it("the ask form's misspelt topic: the one meant, and the topic ids", async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<evi-ask-form src="/test/fixtures/ask.json" topic="Finansiering"></evi-ask-form>`);
    await oneEvent(el, 'evi-load');
    await el.updateComplete;
    expect(said()).to.have.length(1);
    expect(said()[0]).to.match(/^\[evi-ask-form\] topic "Finansiering" is not a topic id in \/test\/fixtures\/ask.json; no topic is preselected\. Did you mean "finansiering"\? \(ids are written exactly\) The ids there: finansiering, bank, /);
  });

  it('a snippet whose quotes the page\'s editor made curly (src=“…”, &quot;): read without them, and said once', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML =
      `<evi-event-list src=“${EVENTS}” category=“frukostmote,seminarium” limit=“3”></evi-event-list>` +
      `<evi-network-badge src=&quot;/test/fixtures/members.json&quot; member=”kolbacks-smide” network=‘kanalnatet’></evi-network-badge>`;
    const [list, badge] = [...host.children] as [EviEventList, HTMLElement & { updateComplete: Promise<unknown> }];
    list.now = NOW;
    const verdict = oneEvent(badge, 'evi-verify');
    await oneEvent(list, 'evi-load');
    await list.updateComplete;
    expect(list.getAttribute('src')).to.equal(`“${EVENTS}”`);
    const titles = (el: EviEventList) => [...el.shadowRoot!.querySelectorAll('li.event h3')].map((h) => h.textContent!.trim());
    const curly = titles(list);
    expect((await verdict).detail).to.deep.include({ member: 'kolbacks-smide', network: 'kanalnatet', verified: true });
    const said1 = said();
    // the same as the snippet with plain quotes
    const plain = await eventList('category="frukostmote,seminarium" limit="3"');
    expect(curly).to.have.length(3);
    expect(curly).to.deep.equal(titles(plain));
    warnings.lines.length = 0;
    warnings.lines.push(...said1);
    expect(said()).to.deep.equal([
      `[evi-event-list] src “${EVENTS}” has the page editor's quote characters round it; read as ${EVENTS}.`,
      `[evi-network-badge] src "/test/fixtures/members.json" has the page editor's quote characters round it; read as /test/fixtures/members.json.`,
    ]);
  });

  it('a widget written <evi-event-list … /> swallows the rest of the page: the console says so, and how to close it', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML =
      `<evi-event-list src="${EVENTS}" />` +
      '<h2>Kontakta oss</h2><p>Ring 0220-240 00.</p>' +
      `<evi-member-directory src="${MEMBERS}" /><footer>Hallstahammars kommun</footer>`;
    const list = host.querySelector('evi-event-list')!;
    // what the parser made of it: everything after the list is inside it, and not shown
    expect(list.querySelector('h2, footer, evi-member-directory')).not.to.equal(null);
    expect(host.querySelector('h2')!.getClientRects().length).to.equal(0);
    await new Promise((resolve) => setTimeout(resolve));
    expect(said()[0]).to.equal(
      "[evi-event-list] holds the page's <evi-member-directory>, <footer>: written <evi-event-list … />? It cannot close itself: write <evi-event-list …></evi-event-list>.",
    );
  });

  it('a badge written <evi-network-badge … /> on a member\'s site: the same line (it would show the footer as its fallback)', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = '<div><evi-network-badge src="/test/fixtures/members.json" member="kolbacks-smide" /><footer>Kolbäcks Smide AB</footer></div>';
    await new Promise((resolve) => setTimeout(resolve));
    expect(said()).to.include(
      "[evi-network-badge] holds the page's <footer>: written <evi-network-badge … />? It cannot close itself: write <evi-network-badge …></evi-network-badge>.",
    );
  });

  it('a fallback with a heading, in a widget closed properly as the last thing in its section, is not taken for swallowed content', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML =
      '<section><h2>Evenemang</h2><evi-event-list src="/test/fixtures/events.json"><h3>Kalendern</h3><p>Se <a href="/kalender">alla evenemang</a>.</p></evi-event-list></section>';
    await new Promise((resolve) => setTimeout(resolve));
    expect(said().filter((line) => line.includes('cannot close itself'))).to.deep.equal([]);
  });

  it('a fallback of the webmaster\'s own with a heading, in a widget closed properly and followed by more page, is not taken for swallowed content', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML =
      '<evi-ask-form src="/test/fixtures/ask.json"><h3>Fråga oss</h3><p><a href="mailto:fraga@envagin.example">Mejla din fråga</a></p></evi-ask-form>' +
      '<p>Mer om En Väg In.</p>';
    await new Promise((resolve) => setTimeout(resolve));
    expect(said()).to.deep.equal([]);
  });

  it("a fallback link inside a widget, as the README shows, is not taken for swallowed content", async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML =
      '<evi-ask-form src="/test/fixtures/ask.json"><p>Eller <a href="mailto:fraga@envagin.example">mejla din fråga</a>.</p></evi-ask-form>' +
      `<evi-network-badge src="/test/fixtures/members.json" member="kolbacks-smide"><a href="https://example.org">Medlem</a></evi-network-badge>`;
    await new Promise((resolve) => setTimeout(resolve));
    expect(said()).to.deep.equal([]);
  });

  describe('what a failed feed says in the console', () => {
    const realFetch = window.fetch;
    let errors: ReturnType<typeof captureConsole>;
    beforeEach(() => (errors = captureConsole('error')));
    afterEach(() => {
      window.fetch = realFetch;
      errors.restore();
    });
    /** every request answered with `body`, as if it came from `finalUrl` after a redirect when given */
    function answer(body: BodyInit, init: ResponseInit & { finalUrl?: string; type?: string }) {
      window.fetch = async () => {
        const response = new Response(body, { ...init, headers: { 'Content-Type': init.type ?? 'application/json' } });
        if (init.finalUrl) Object.defineProperties(response, { redirected: { value: true }, url: { value: init.finalUrl } });
        return response;
      };
    }

    it('a feed redirected to a login page names the address it ended on', async () => {
      answer('<!doctype html><title>Logga in</title>', { status: 200, type: 'text/html', finalUrl: 'https://cms.example/login?next=/feeds/events.json' });
      const el = await fixture<EviEventList>(html`<evi-event-list src="/feeds/events.json"></evi-event-list>`);
      await oneEvent(el, 'evi-error');
      expect(errors.lines[0]).to.match(
        /^\[evi-event-list\] http:\/\/[^ ]+\/feeds\/events\.json: the body is not JSON \(text\/html\) \(after a redirect to https:\/\/cms\.example\/login\?next=\/feeds\/events\.json\): /,
      );
    });

    it('a feed saved as Windows-1252 (å, ä, ö arrive as �): says to save it as UTF-8', async () => {
      // "Frukostmöte" in Windows-1252: ö is the single byte 0xF6, not UTF-8
      const bytes = new Uint8Array([...new TextEncoder().encode('{"version":1,"events":[{"id":"a","title":"Frukostm'), 0xf6, ...new TextEncoder().encode('te","start":"2027-01-07T07:30:00+01:00"}]}')]);
      answer(bytes, { status: 200 });
      const el = await fixture<EviEventList>(html`<evi-event-list src="/feeds/latin1.json" .now=${NOW}></evi-event-list>`);
      await oneEvent(el, 'evi-load');
      expect(said()).to.include(`[evi-event-list] ${feedUrl('/feeds/latin1.json')}: the feed is not UTF-8 (its å, ä and ö show as �); save it as UTF-8.`);
    });

    it('a UTF-8 feed that holds the character � itself is UTF-8: nothing to say', async () => {
      answer(JSON.stringify({ version: 1, events: [{ id: 'a', title: 'Tecknet � i en rubrik', start: '2027-01-07T07:30:00+01:00' }] }), { status: 200 });
      const el = await fixture<EviEventList>(html`<evi-event-list src="/feeds/fffd.json" .now=${NOW}></evi-event-list>`);
      await oneEvent(el, 'evi-load');
      expect(said().filter((line) => line.includes('not UTF-8'))).to.deep.equal([]);
    });
  });
});

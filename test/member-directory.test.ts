import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/evi-member-directory.js';
import '../src/evi-network-badge.js';
import { define } from '../src/internal/define.js';
import type { EviMemberDirectory } from '../src/member-directory/member-directory.js';
import { TYPING_DEBOUNCE_MS } from '../src/member-directory/member-directory.js';
import { captureConsole, stubNetwork, type NetworkStub } from './helpers/network.js';
import { expectDarkTheme } from './helpers/theme.js';

const FEED = '/test/fixtures/members-directory.json';
const EMPTY = '/test/fixtures/members-directory-empty.json';
const PARTLY_INVALID = '/test/fixtures/members-directory-partly-invalid.json';

/** All active members of FEED in Swedish order: Å, Ä, Ö after Z. */
const ALL_SORTED = [
  'Alfa Redovisning AB',
  'Bergs Hästskötsel',
  'Kolbäcks Smide AB',
  'Strömsholms Smide',
  'Zeta AB',
  'Åkessons Bygg',
  'Ängens Café',
  'Östmans Foder',
];

/** Renders and waits for the feed to load (or fail) and the result to render. */
async function render(template: TemplateResult): Promise<{ el: EviMemberDirectory; event: CustomEvent }> {
  const settled = new Promise<CustomEvent>((resolve) => {
    const on = (event: Event) => {
      document.removeEventListener('evi-load', on);
      document.removeEventListener('evi-error', on);
      resolve(event as CustomEvent);
    };
    document.addEventListener('evi-load', on);
    document.addEventListener('evi-error', on);
  });
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'evi-member-directory' ? root : root.querySelector('evi-member-directory')!) as EviMemberDirectory;
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

const shadow = (el: EviMemberDirectory) => el.shadowRoot!;
const names = (el: EviMemberDirectory) => [...shadow(el).querySelectorAll('li h3')].map((h) => h.textContent!.trim());
const text = (el: EviMemberDirectory) => shadow(el).textContent!.replace(/\s+/g, ' ');
const searchField = (el: EviMemberDirectory) => shadow(el).querySelector<HTMLInputElement>('input[type=search]')!;
const select = (el: EviMemberDirectory, id: string) => shadow(el).querySelector<HTMLSelectElement>(`select#${id}`);
const buttonNamed = (el: EviMemberDirectory, name: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
const summary = (el: EviMemberDirectory) => shadow(el).querySelector('[role=status]')!.textContent!.trim();
const focused = (el: EviMemberDirectory) => shadow(el).activeElement;

async function type(el: EviMemberDirectory, value: string) {
  searchField(el).focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

async function choose(el: EviMemberDirectory, id: string, value: string) {
  const field = select(el, id)!;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function resetHash() {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<evi-member-directory>', () => {
  let net: NetworkStub;
  let warnings: ReturnType<typeof captureConsole>;
  let errors: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    resetHash();
    net = stubNetwork();
    warnings = captureConsole('warn');
    errors = captureConsole('error');
  });
  afterEach(() => {
    net.restore();
    warnings.restore();
    errors.restore();
    resetHash();
  });

  describe('listing', () => {
    it('lists active members A–Ö by Swedish collation, inactive ones never', async () => {
      const { el, event } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      expect(names(el)).to.deep.equal(ALL_SORTED);
      expect(names(el).indexOf('Zeta AB')).to.be.lessThan(names(el).indexOf('Åkessons Bygg'));
      expect(text(el)).not.to.contain('Nedlagda');
      expect(event.detail.count).to.equal(8);
      expect(event.detail.skipped).to.equal(0);
      expect(summary(el)).to.equal('8 medlemmar');
    });

    it('shows name, industry, locality, networks, description and contact links as a list of headed items', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      const list = shadow(el).querySelector('ul')!;
      expect(list.children).to.have.length(8);
      const item = [...list.children].find((li) => li.querySelector('h3')!.textContent === 'Kolbäcks Smide AB')!;
      const heading = item.querySelector('h3')!;
      expect(heading.id).to.equal('member-kolbacks-smide');
      expect(heading.tabIndex).to.equal(-1);
      const itemText = item.textContent!.replace(/\s+/g, ' ');
      for (const part of ['Tillverkning', 'Kolbäck', 'Hallstahammar Promotion, Kanalnätet', 'Smide och svets sedan 1987.', 'Vi tar också emot reparationer.']) {
        expect(itemText).to.contain(part);
      }
      expect(item.querySelectorAll('p')).to.have.length(2);
      const hrefs = [...item.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
      expect(hrefs).to.deep.equal([
        ['kolbacks-smide.example', 'https://www.kolbacks-smide.example/'],
        ['0220-123 45', 'tel:022012345'],
        ['info@kolbacks-smide.example', 'mailto:info@kolbacks-smide.example'],
      ]);
      const stromsholm = shadow(el).querySelector('#member-stromsholms-smide')!.closest('li')!;
      expect(stromsholm.querySelector('a')!.getAttribute('href')).to.equal('tel:+4622012346');
    });

    it('speaks English with lang="en", and still sorts the Swedish way', async () => {
      const { el } = await render(html`<evi-member-directory lang="en" src=${FEED}></evi-member-directory>`);
      expect(names(el)).to.deep.equal(ALL_SORTED);
      expect(searchField(el).labels![0].textContent).to.contain('Search by name');
      expect(summary(el)).to.equal('8 members');
      expect(text(el)).to.contain('Industry');
    });
  });

  describe('search', () => {
    it('starts from the query attribute, and shows everyone again when the attribute is removed', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED} query="kolback"></evi-member-directory>`);
      expect(names(el)).to.deep.equal(['Kolbäcks Smide AB', 'Åkessons Bygg']);
      const all = names(el).length;
      el.removeAttribute('query');
      await el.updateComplete;
      expect(names(el).length).to.be.greaterThan(all);
      expect(searchField(el).value).to.equal('');
    });

    it('finds "Kolbäck" when typing "kolback" (case and diacritics folded)', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      await type(el, 'kolback');
      expect(names(el)).to.deep.equal(['Kolbäcks Smide AB', 'Åkessons Bygg']);
    });

    it('finds "Smide" when typing "smide", and needs every word to match', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      await type(el, 'smide');
      expect(names(el)).to.deep.equal(['Kolbäcks Smide AB', 'Strömsholms Smide']);
      await type(el, ' STRÖMSHOLM');
      expect(names(el)).to.deep.equal(['Strömsholms Smide']);
    });

    it('searches industry and description too, never inactive members', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      await type(el, 'hästar foder');
      expect(names(el)).to.deep.equal(['Östmans Foder']);
      searchField(el).value = '';
      await type(el, 'nedlagt');
      expect(names(el)).to.deep.equal([]);
    });

    it('announces the number of results politely, once typing pauses', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      // role=status is a polite live region; an explicit aria-live may only repeat that
      const region = shadow(el).querySelector('[role=status]');
      expect(region, 'a status region').not.to.equal(null);
      expect([null, 'polite']).to.include(region!.getAttribute('aria-live'));
      await type(el, 'smide');
      // the list follows every keystroke, the live region waits for a pause
      expect(names(el)).to.have.length(2);
      expect(summary(el)).to.equal('8 medlemmar');
      await waitUntil(() => summary(el) === '2 av 8 medlemmar matchar', 'count announced', { timeout: TYPING_DEBOUNCE_MS * 4 });
    });
  });

  describe('filters', () => {
    it('offers the values in the data, sorted the Swedish way, and only networks that have members', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      const labels = (id: string) => [...select(el, id)!.options].map((o) => o.textContent!.trim());
      expect(labels('industry')).to.deep.equal(['Alla branscher', 'Bygg', 'Handel', 'Hästnäring', 'Konsulttjänster', 'Restaurang', 'Tillverkning']);
      expect(labels('locality')).to.deep.equal(['Alla orter', 'Hallstahammar', 'Kolbäck', 'Strömsholm']);
      expect(labels('network')).to.deep.equal(['Alla nätverk', 'Hallstahammar Promotion', 'Hästföretagen i Strömsholm', 'Kanalnätet']);
      for (const id of ['network', 'industry', 'locality']) {
        expect(select(el, id)!.labels![0].textContent!.trim()).not.to.equal('');
      }
    });

    it('combines filters with the search, and "Rensa alla" clears everything', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      await choose(el, 'locality', 'kolback');
      expect(names(el)).to.deep.equal(['Kolbäcks Smide AB', 'Åkessons Bygg']);
      await choose(el, 'network', 'kanalnatet');
      expect(names(el)).to.deep.equal(['Kolbäcks Smide AB']);
      await choose(el, 'network', '');
      await choose(el, 'industry', 'tillverkning');
      await choose(el, 'locality', '');
      await type(el, 'smide');
      expect(names(el)).to.deep.equal(['Kolbäcks Smide AB', 'Strömsholms Smide']);
      buttonNamed(el, 'Rensa alla')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(ALL_SORTED);
      expect(searchField(el).value).to.equal('');
      expect(select(el, 'industry')!.value).to.equal('');
      expect(buttonNamed(el, 'Rensa alla')).to.equal(undefined);
      // the pressed button is gone; focus continues in the search field
      expect(focused(el)).to.equal(searchField(el));
    });
  });

  describe('URL hash and history', () => {
    it('writes the search to the hash (replacing the entry while typing)', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      const entries = history.length;
      await type(el, 'kolback smide');
      await waitUntil(() => location.hash === '#q=kolback+smide', `hash is ${location.hash}`);
      expect(history.length).to.equal(entries);
    });

    it('adds a history entry for a filter, keeps other parameters, and drops the member link', async () => {
      history.replaceState(null, '', '#tab=2&member=zeta-ab');
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      const entries = history.length;
      await choose(el, 'industry', 'handel');
      expect(location.hash).to.equal('#tab=2&industry=handel');
      expect(history.length).to.equal(entries + 1);
    });

    it('arrow keys run through a filter\'s options: one history entry for the run, not one per option passed', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      const entries = history.length;
      const industry = select(el, 'industry')!;
      industry.focus();
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
      }
      expect(industry.selectedIndex, 'three options on').to.equal(3);
      expect(location.hash).to.equal(`#industry=${industry.value}`);
      expect(history.length).to.equal(entries + 1);
      // a choice a moment later is a step of its own
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await choose(el, 'locality', 'stromsholm');
      expect(history.length).to.equal(entries + 2);
    });

    it('Back, then the same filter changed at once: a new step, the view before Back is not overwritten', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      await choose(el, 'industry', 'handel');
      const back = oneEvent(window, 'hashchange');
      history.back();
      await back;
      await el.updateComplete;
      await choose(el, 'industry', select(el, 'industry')!.options[1].value === 'handel' ? select(el, 'industry')!.options[2].value : select(el, 'industry')!.options[1].value);
      const again = oneEvent(window, 'hashchange');
      history.back();
      await again;
      expect(location.hash, 'Back returns to the view before the new choice').to.equal('');
      const forward = oneEvent(window, 'hashchange');
      history.forward();
      await forward;
      expect(location.hash).not.to.equal('#industry=handel');
    });

    it('restores search and filters from the hash', async () => {
      history.replaceState(null, '', '#q=smide&locality=Str%C3%B6msholm');
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      expect(names(el)).to.deep.equal(['Strömsholms Smide']);
      expect(searchField(el).value).to.equal('smide');
      expect(select(el, 'locality')!.value).to.equal('stromsholm');
      expect(buttonNamed(el, 'Rensa alla')).not.to.equal(undefined);
    });

    it('ignores filter values the data does not have', async () => {
      history.replaceState(null, '', '#industry=finns-inte');
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      expect(names(el)).to.deep.equal(ALL_SORTED);
    });

    it('goes back to the previous view with the back button', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      await choose(el, 'industry', 'handel');
      await choose(el, 'locality', 'stromsholm');
      expect(names(el)).to.deep.equal(['Östmans Foder']);
      const back = oneEvent(window, 'hashchange');
      history.back();
      await back;
      await el.updateComplete;
      expect(location.hash).to.equal('#industry=handel');
      expect(names(el)).to.deep.equal(['Zeta AB', 'Östmans Foder']);
      expect(select(el, 'locality')!.value).to.equal('');
      expect(select(el, 'industry')!.value).to.equal('handel');
      const backAgain = oneEvent(window, 'hashchange');
      history.back();
      await backAgain;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(ALL_SORTED);
    });

    it('follows a hash the page changes', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#q=caf%C3%A9';
      await changed;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Ängens Café']);
    });
  });

  describe('deep links #member=<id>', () => {
    it('shows, highlights and focuses the member, loading the pages it needs', async () => {
      history.replaceState(null, '', '#member=stromsholms-smide');
      const { el } = await render(html`<evi-member-directory src=${FEED} page-size="2"></evi-member-directory>`);
      await waitUntil(() => focused(el)?.id === 'member-stromsholms-smide', 'focus on the member');
      expect(names(el)).to.deep.equal(ALL_SORTED.slice(0, 4));
      const item = focused(el)!.closest('li')!;
      expect(item.getAttribute('part')).to.contain('member-target');
    });

    it('clears a search that would hide the member', async () => {
      history.replaceState(null, '', '#q=zeta&member=kolbacks-smide');
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      await waitUntil(() => focused(el)?.id === 'member-kolbacks-smide');
      expect(names(el)).to.deep.equal(ALL_SORTED);
    });

    it('follows the link of a network badge on the same page', async () => {
      const page = location.href;
      const { el } = await render(html`<div>
        <evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet" href=${page}></evi-network-badge>
        <evi-member-directory src=${FEED} page-size="2"></evi-member-directory>
      </div>`);
      const badge = el.parentElement!.querySelector('evi-network-badge')!;
      await waitUntil(() => badge.shadowRoot!.querySelector('a'));
      const link = badge.shadowRoot!.querySelector('a')!;
      expect(link.hash).to.equal('#member=kolbacks-smide');
      const changed = oneEvent(window, 'hashchange');
      link.click();
      await changed;
      await waitUntil(() => focused(el)?.id === 'member-kolbacks-smide', 'focus on the member');
      expect(net.requests.filter((r) => r.url.endsWith('/members-directory.json'))).to.have.length(1);
    });

    it('loads at once for the link, also far down the page, and brings the member into view', async () => {
      history.replaceState(null, '', '#member=zeta-ab');
      const { el } = await render(html`<div>
        <div style="height: 30000px">Sidans text</div>
        <evi-member-directory src=${FEED}></evi-member-directory>
      </div>`);
      await waitUntil(() => focused(el)?.id === 'member-zeta-ab', 'focus on the member');
      const box = focused(el)!.getBoundingClientRect();
      expect(box.top).to.be.within(0, innerHeight);
    });

    it('does not pull focus away when the visitor moved on before a slow feed answered', async () => {
      history.replaceState(null, '', '#member=zeta-ab');
      let answer: (response: Response) => void = () => {};
      net.restore();
      net = stubNetwork({ '/slow/members.json': () => new Promise<Response>((resolve) => (answer = resolve)) });
      const page = await fixture<HTMLElement>(html`<div>
        <label>Annat fält <input id="annat" /></label>
        <evi-member-directory src="/slow/members.json"></evi-member-directory>
      </div>`);
      const el = page.querySelector('evi-member-directory') as EviMemberDirectory;
      await waitUntil(() => net.requests.some((r) => r.url.endsWith('/slow/members.json')), 'the feed was asked for');
      const elsewhere = page.querySelector<HTMLInputElement>('#annat')!;
      elsewhere.focus();
      const loaded = oneEvent(el, 'evi-load');
      answer(await fetch(FEED));
      await loaded;
      await el.updateComplete;
      expect(document.activeElement === elsewhere, `focus stays where the visitor put it, not on ${document.activeElement?.localName}`).to.equal(true);
      // the member is still shown and marked, for when the visitor gets there
      const target = shadow(el).querySelector('[part~="member-target"]');
      expect(target?.querySelector('h3')?.textContent?.trim()).to.equal('Zeta AB');
    });

    it('warns about an unknown or inactive member and shows the directory', async () => {
      history.replaceState(null, '', '#member=nedlagda-verkstan');
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      expect(names(el)).to.deep.equal(ALL_SORTED);
      expect(warnings.lines.join('\n')).to.contain('nedlagda-verkstan');
    });
  });

  describe('paging', () => {
    it('shows page-size members, then "Visa fler" shows more and moves focus to the first new one', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED} page-size="3"></evi-member-directory>`);
      expect(names(el)).to.deep.equal(ALL_SORTED.slice(0, 3));
      expect(text(el)).to.contain('Visar 3 av 8');
      const more = buttonNamed(el, 'Visa fler')!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(ALL_SORTED.slice(0, 6));
      expect(text(el)).to.contain('Visar 6 av 8');
      expect(focused(el)!.textContent).to.equal(ALL_SORTED[3]);
      buttonNamed(el, 'Visa fler')!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(ALL_SORTED);
      expect(focused(el)!.textContent).to.equal(ALL_SORTED[6]);
      expect(buttonNamed(el, 'Visa fler')).to.equal(undefined);
    });

    it('starts from the first page when the search changes', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED} page-size="2"></evi-member-directory>`);
      buttonNamed(el, 'Visa fler')!.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(4);
      await type(el, 'a');
      expect(names(el)).to.have.length(2);
    });

    it('defaults to 24 per page, and to 24 with a warning for a bad page-size', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED} page-size="x"></evi-member-directory>`);
      expect(names(el)).to.have.length(8);
      expect(buttonNamed(el, 'Visa fler')).to.equal(undefined);
      expect(warnings.lines.join('\n')).to.contain('page-size');
    });
  });

  describe('network attribute', () => {
    it('lists only that network, with its name and description on top and no network filter', async () => {
      const { el, event } = await render(html`<evi-member-directory src=${FEED} network="kanalnatet"></evi-member-directory>`);
      expect(names(el)).to.deep.equal(['Kolbäcks Smide AB', 'Zeta AB', 'Ängens Café']);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Kanalnätet');
      expect(text(el)).to.contain('Nätverk för kvinnliga företagare');
      expect(shadow(el).querySelector('.network a')!.getAttribute('href')).to.equal('https://kanalnatet.example');
      expect(select(el, 'network')).to.equal(null);
      expect(event.detail.count).to.equal(3);
      await choose(el, 'industry', 'handel');
      expect(location.hash).to.equal('#industry=handel');
    });

    it('warns about a network the feed does not have', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED} network="okant"></evi-member-directory>`);
      expect(names(el)).to.deep.equal([]);
      expect(text(el)).to.contain('Inga medlemmar ännu');
      expect(warnings.lines.join('\n')).to.contain('"okant"');
    });
  });

  describe('states', () => {
    it('reserves space while loading', async () => {
      const el = await fixture<EviMemberDirectory>(html`<evi-member-directory src="/feeds/hang"></evi-member-directory>`);
      await waitUntil(() => net.requests.length === 1);
      expect(text(el)).to.contain('Laddar medlemmar');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    });

    it('says so when the feed has no members', async () => {
      const { el } = await render(html`<evi-member-directory src=${EMPTY}></evi-member-directory>`);
      expect(text(el)).to.contain('Inga medlemmar ännu.');
      expect(searchField(el)).to.equal(null);
    });

    it('says so when nothing matches, and offers to clear the search and filters', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      await type(el, 'xyzzy');
      expect(names(el)).to.deep.equal([]);
      expect(text(el)).to.contain('Inga medlemmar matchar din sökning.');
      buttonNamed(el, 'Rensa sökning och filter')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(ALL_SORTED);
      expect(focused(el)).to.equal(searchField(el));
    });

    it('shows an error with a retry that asks again', async () => {
      let calls = 0;
      net.restore();
      net = stubNetwork({
        '/feeds/flaky.json': () => {
          calls++;
          if (calls === 1) return Promise.resolve(new Response('oops', { status: 503 }));
          return fetch(FEED);
        },
      });
      const { el, event } = await render(html`<evi-member-directory src="/feeds/flaky.json"></evi-member-directory>`);
      expect(event.type).to.equal('evi-error');
      const alert = shadow(el).querySelector('[role=alert]')!;
      expect(alert.textContent).to.contain('Det gick inte att hämta uppgifterna just nu.');
      const loaded = oneEvent(el, 'evi-load');
      buttonNamed(el, 'Försök igen')!.click();
      await loaded;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(ALL_SORTED);
      expect(errors.lines.join('\n')).to.contain('503');
    });

    it('shows the valid members of a partly invalid feed and reports the rest', async () => {
      const { el, event } = await render(html`<evi-member-directory src=${PARTLY_INVALID}></evi-member-directory>`);
      expect(names(el)).to.deep.equal(['Kolbäcks Smide AB', 'Zeta AB']);
      expect(event.detail.count).to.equal(2);
      expect(event.detail.skipped).to.equal(5);
      expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
      expect(text(el)).not.to.contain('inte en adress');
      expect(warnings.lines.filter((l) => l.includes('members-directory-partly-invalid.json'))).to.have.length(5);
    });
  });

  describe('Accessibility', () => {
    it('loaded', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      await expect(el).to.be.accessible();
    });
    it('loaded, one network, paged', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED} network="hallstahammar-promotion" page-size="2"></evi-member-directory>`);
      await expect(el).to.be.accessible();
    });
    it('no results', async () => {
      const { el } = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
      await type(el, 'xyzzy');
      await expect(el).to.be.accessible();
    });
    it('empty', async () => {
      const { el } = await render(html`<evi-member-directory src=${EMPTY}></evi-member-directory>`);
      await expect(el).to.be.accessible();
    });
    it('error', async () => {
      const { el, event } = await render(html`<evi-member-directory src="/test/fixtures/finns-inte.json"></evi-member-directory>`);
      expect(event.type).to.equal('evi-error');
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'the error is shown').not.to.equal(null);
      await expect(el).to.be.accessible();
    });
    it('dark', async () => {
      const { el } = await render(html`<div style="background: #1b1d21; padding: 1em">
        <evi-member-directory theme="dark" src=${FEED}></evi-member-directory>
      </div>`);
      expectDarkTheme(el);
      await expect(el).to.be.accessible();
    });
    it('English', async () => {
      const { el } = await render(html`<evi-member-directory lang="en" src=${FEED}></evi-member-directory>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('registration', () => {
    it('does not throw when the element is registered again', () => {
      const original = customElements.get('evi-member-directory');
      expect(() => define('evi-member-directory', class extends HTMLElement {})).not.to.throw();
      expect(customElements.get('evi-member-directory')).to.equal(original);
    });
  });
});

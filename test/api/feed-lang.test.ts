import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import { stubbedPage } from '../helpers/network.js';

/**
 * WCAG 3.1.2 Language of Parts: a widget in English over a Swedish feed marks the feed's own texts
 * (titles, descriptions, industries, topics) `lang="sv"`, so a screen reader reads them with a Swedish
 * voice; the feed's optional `lang` (an extension, default Swedish) says which language they are in.
 */
const NOW = new Date('2026-12-01T12:00:00Z');

/** A fixture feed with `lang` set (or, with `undefined`, as it is: no `lang`). */
const withLang = (path: string, lang: unknown) => async () => {
  const feed = (await (await fetch(path)).json()) as Record<string, unknown>;
  if (lang !== undefined) feed.lang = lang;
  return new Response(JSON.stringify(feed), { headers: { 'content-type': 'application/json' } });
};

/** Rendered with its feed; listening from before it exists (a feed read before may load at once). */
async function loaded(template: TemplateResult): Promise<ShadowRoot> {
  const load = oneEvent(document, 'evi-load');
  const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(template);
  await load;
  await el.updateComplete;
  return el.shadowRoot!;
}

const marked = (root: ShadowRoot, lang: string) => [...root.querySelectorAll(`[lang="${lang}"]`)];

describe("feed texts carry the feed's language when the widget speaks another (WCAG 3.1.2)", () => {
  const io = stubbedPage(() => ({
    '/sv/events.json': withLang('/test/fixtures/events.json', undefined),
    '/en/events.json': withLang('/test/fixtures/events.json', 'en'),
    '/bad/events.json': withLang('/test/fixtures/events.json', 'svenska!'),
    '/sv/members.json': withLang('/test/fixtures/members-directory.json', undefined),
    '/sv/ask.json': withLang('/test/fixtures/ask.json', undefined),
    '/sv/categories.json': async () =>
      new Response(
        JSON.stringify({
          version: 1,
          events: [
            { id: 'a', title: 'Centrumdag i Hallstahammar', category: 'centrumdag', start: '2027-01-09T10:00:00+01:00' },
            { id: 'b', title: 'Seminarium om export', category: 'seminarium', start: '2027-01-12T09:00:00+01:00' },
          ],
        }),
      ),
  }));

  it('event list in English over a Swedish feed: titles, summaries and places are lang="sv"; in Swedish nothing is marked', async () => {
    const en = await loaded(html`<evi-event-list lang="en" limit="3" src="/sv/events.json" .now=${NOW}></evi-event-list>`);
    const title = en.querySelector('h3')!;
    expect(title.getAttribute('lang')).to.equal('sv');
    for (const text of en.querySelectorAll('.summary, .place')) expect(text.getAttribute('lang'), text.className).to.equal('sv');
    expect(en.querySelectorAll('.place').length, 'the fixture has places').to.be.greaterThan(0);
    // the title inside the English button name is marked too
    const hidden = en.querySelector('button.toggle .visually-hidden')!;
    expect(hidden.querySelector('[lang="sv"]')!.textContent).to.equal(title.textContent);
    expect(hidden.textContent).to.match(/^ – .+, [A-Z][a-z]+day /);
    // the list's own words are in the widget's language, marked once on its root
    expect(en.querySelector('.toggle')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(en.querySelector('.toggle')!.closest('[lang]')!.classList.contains('root')).to.equal(true);

    const sv = await loaded(html`<evi-event-list lang="sv" limit="3" src="/sv/events.json" .now=${NOW}></evi-event-list>`);
    expect(sv.querySelectorAll('.root [lang]')).to.have.length(0);
  });

  it('on a page in a third language (Finnish) the widget marks its own Swedish words, and the Swedish feed with them', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="fi"><p>Tapahtumat</p></section>`);
    const list = document.createElement('evi-event-list') as HTMLElement & { now?: Date; updateComplete: Promise<unknown> };
    list.setAttribute('src', '/sv/events.json');
    list.setAttribute('limit', '3');
    list.now = NOW;
    const load = oneEvent(list, 'evi-load');
    page.append(list);
    await load;
    await list.updateComplete;
    const root = list.shadowRoot!.querySelector('.root')!;
    expect(root.getAttribute('lang')).to.equal('sv');
    // read in the root's language, not the page's Finnish
    expect(list.shadowRoot!.querySelector('h3')!.closest('[lang]') === root, 'the title is read in the root\'s language').to.equal(true);
    // the badge too: "Medlem i Kanalnätet" is Swedish on a Finnish page
    const badge = document.createElement('evi-network-badge');
    for (const [name, value] of [['src', '/test/fixtures/members.json'], ['member', 'kolbacks-smide'], ['network', 'kanalnatet']]) badge.setAttribute(name, value);
    const verified = oneEvent(badge, 'evi-verify');
    page.append(badge);
    await verified;
    expect(badge.shadowRoot!.querySelector('[part=badge]')!.getAttribute('lang')).to.equal('sv');
  });

  it("a category the list has no word for is the feed's text: marked on its chip and in the filter's status", async () => {
    const root = await loaded(html`<evi-event-list lang="en" src="/sv/categories.json" .now=${NOW}></evi-event-list>`);
    const chips = [...root.querySelectorAll('.filter label')];
    const own = chips.find((chip) => chip.textContent!.trim() === 'Seminar')!;
    expect(own.querySelector('[lang]'), 'a built-in category is the list\'s own word').to.equal(null);
    const feeds = chips.find((chip) => chip.textContent!.trim() === 'centrumdag')!;
    expect(feeds.querySelector('[lang="sv"]')!.textContent).to.equal('centrumdag');
    feeds.querySelector('input')!.click();
    await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent!.replace(/\s+/g, ' ').trim()).to.equal('centrumdag: 1 event shown');
    expect(status.querySelector('[lang="sv"]')!.textContent).to.equal('centrumdag');
  });

  it("a feed that says it is in English: marked lang=\"en\" in a Swedish list, not at all in an English one", async () => {
    const sv = await loaded(html`<evi-event-list lang="sv" limit="3" src="/en/events.json" .now=${NOW}></evi-event-list>`);
    expect(sv.querySelector('h3')!.getAttribute('lang')).to.equal('en');
    const en = await loaded(html`<evi-event-list lang="en" limit="3" src="/en/events.json" .now=${NOW}></evi-event-list>`);
    expect(en.querySelectorAll('.root [lang]')).to.have.length(0);
  });

  it('a bad lang in the feed is dropped and reported, and the feed is read as Swedish', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<evi-event-list lang="en" src="/bad/events.json" .now=${NOW}></evi-event-list>`,
    );
    const { detail } = await oneEvent(el, 'evi-load');
    await el.updateComplete;
    expect(detail.skipped).to.equal(1);
    expect(io.warn.lines.join('\n') + io.error.lines.join('\n')).to.contain('lang: must be a language tag such as "sv" or "en" (got "svenska!")');
    expect(el.shadowRoot!.querySelector('h3')!.getAttribute('lang')).to.equal('sv');
  });

  it('member directory in English: industries, places, descriptions and the filter options are lang="sv"; names are not', async () => {
    const root = await loaded(html`<evi-member-directory lang="en" src="/sv/members.json"></evi-member-directory>`);
    const card = root.querySelector('li.member')!;
    expect(card.querySelector('h3')!.hasAttribute('lang'), 'a company name is a proper name').to.equal(false);
    const industry = [...card.querySelectorAll('dt')].find((dt) => dt.textContent === 'Industry')!;
    expect(industry.nextElementSibling!.getAttribute('lang')).to.equal('sv');
    const options = [...root.querySelectorAll<HTMLOptionElement>('select#industry option')];
    expect(options[0].hasAttribute('lang'), '"All industries" is the widget\'s own').to.equal(false);
    expect(options.slice(1).every((option) => option.lang === 'sv')).to.equal(true);
    expect(marked(root, 'sv').some((el) => el.classList.contains('description'))).to.equal(true);
  });

  it('ask form in English: topic labels and descriptions and the partner description are lang="sv"', async () => {
    const root = await loaded(html`<evi-ask-form lang="en" topic="finansiering" src="/sv/ask.json"></evi-ask-form>`);
    const label = root.querySelector('label[for="t-finansiering"]')!;
    expect(label.getAttribute('lang')).to.equal('sv');
    expect(label.textContent).to.equal('Finansiering och lån');
    // the hint: the topic's description in Swedish, then "Goes to …" in English
    const hint = root.querySelector('#td-finansiering')!;
    expect(hint.querySelector('[lang="sv"]')!.textContent).to.match(/^Lån, riskkapital/);
    expect(hint.textContent).to.contain('Goes to Almi Företagspartner');
    expect(root.querySelector('.route p[lang="sv"]')!.textContent).to.match(/^En rådgivare hos Almi/);
    expect(root.querySelector('legend')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
  });

  it("ask form in English: a topic named inside the form's own sentences (suggestion, its button, the notice) is lang=\"sv\"", async () => {
    const root = await loaded(html`<evi-ask-form lang="en" topic="ovrigt" src="/sv/ask.json"></evi-ask-form>`);
    const el = root.host as HTMLElement & { updateComplete: Promise<unknown> };
    const message = root.querySelector<HTMLTextAreaElement>('#f-message')!;
    message.value = 'We need a loan for a new machine, lånet ska täcka hälften';
    message.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const status = root.querySelector('.suggestion [role="status"]')!;
    expect(status.textContent).to.equal(
      'Your question seems to fit under “Finansiering och lån” (Almi Företagspartner). Would you like to change the topic?',
    );
    expect([...status.querySelectorAll('[lang="sv"]')].map((span) => span.textContent)).to.include('Finansiering och lån');
    const button = root.querySelector<HTMLButtonElement>('.suggestion button')!;
    expect(button.querySelector('[lang="sv"]')!.textContent).to.equal('Finansiering och lån');
    button.click();
    await el.updateComplete;
    expect(root.querySelector('.notice [lang="sv"]')!.textContent).to.equal('Finansiering och lån');
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../src/evi-event-list.js';
import type { EviEventList } from '../src/event-list/event-list.js';
import { define } from '../src/internal/define.js';
import { captureConsole, stubNetwork, type NetworkStub } from './helpers/network.js';
import { expectDarkTheme } from './helpers/theme.js';

const FEED = '/test/fixtures/events.json';
const NOW = new Date('2027-01-01T12:00:00Z');

function root(el: EviEventList): ShadowRoot {
  return el.shadowRoot!;
}

function text(node: Element | ShadowRoot): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function items(el: EviEventList): HTMLLIElement[] {
  return [...root(el).querySelectorAll<HTMLLIElement>('li[part=event]')];
}

function titles(el: EviEventList): string[] {
  return items(el).map((li) => text(li.querySelector('h3')!));
}

function item(el: EviEventList, title: string, nth = 0): HTMLLIElement {
  const found = items(el).filter((li) => text(li.querySelector('h3')!) === title)[nth];
  expect(found, `an event titled ${title}`).not.to.equal(undefined);
  return found;
}

/** Renders the template and waits for the feed (evi-load or evi-error) and the render after it. */
async function loaded(template: ReturnType<typeof html>): Promise<EviEventList> {
  const el = await fixture<EviEventList>(template);
  // a feed another test already loaded comes from the page's cache, perhaps before a listener could be added
  await waitUntil(() => {
    const shadow = el.shadowRoot;
    return !!shadow && (!!shadow.querySelector('ol, [role=alert]') || /Inga kommande|No upcoming/.test(shadow.textContent ?? ''));
  }, 'the feed is shown', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

/** The .ics files the widget hands to the browser, read from the Blobs it creates. */
function captureDownloads() {
  const files: Array<{ name: string; type: string; text: Promise<string> }> = [];
  const realCreate = URL.createObjectURL;
  const realClick = HTMLAnchorElement.prototype.click;
  let lastBlob: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    lastBlob = blob as Blob;
    return realCreate.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download && lastBlob) {
      expect(this.href.startsWith('blob:')).to.equal(true);
      files.push({ name: this.download, type: lastBlob.type, text: lastBlob.text() });
    } else realClick.call(this);
  };
  return {
    files,
    restore() {
      URL.createObjectURL = realCreate;
      HTMLAnchorElement.prototype.click = realClick;
    },
  };
}

/** ical.js, a real iCalendar parser: the start instants of the first `max` occurrences. */
function icalStarts(ics: string, max: number): number[] {
  expect(ics.endsWith('\r\n')).to.equal(true);
  expect(/[^\r]\n/.test(ics)).to.equal(false);
  const encoder = new TextEncoder();
  for (const line of ics.slice(0, -2).split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const ev = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  const starts: number[] = [];
  const iterator = ev.iterator();
  for (let next = iterator.next(); next && starts.length < max; next = iterator.next()) {
    starts.push(ev.getOccurrenceDetails(next).startDate.toJSDate().getTime());
  }
  return starts;
}

/** The instants the list shows, from each occurrence's `<time datetime>`. */
function shownStarts(list: HTMLLIElement[]): number[] {
  return list.map((li) => Date.parse(li.querySelector('time')!.getAttribute('datetime')!));
}

describe('<evi-event-list>', () => {
  let net: NetworkStub;
  let warnings: ReturnType<typeof captureConsole>;
  let errors: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    net = stubNetwork();
    warnings = captureConsole('warn');
    errors = captureConsole('error');
  });
  afterEach(() => {
    net.restore();
    warnings.restore();
    errors.restore();
  });

  describe('listing', () => {
    it('shows the next 10 occurrences in time order under Swedish month headings', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW} .visitorTimeZone=${'Europe/Stockholm'}></evi-event-list>`);
      expect([...root(el).querySelectorAll('h2')].map((h) => text(h))).to.deep.equal(['Januari 2027', 'Februari 2027', 'Mars 2027']);
      expect(titles(el)).to.deep.equal([
        'Frukostmöte för företagare',
        'Öppet hus på En Väg In',
        'Seminarium: Marknadsföring i sociala medier',
        'Kanalnätet: afterwork',
        'Frukostmöte för företagare',
        'Föreläsning: Ledarskap i små företag',
        'Kanalnätet: afterwork',
        'Frukostmöte för företagare',
        'Kompetensprogram: Digitala verktyg',
        'Kanalnätet: afterwork',
      ]);
      const breakfast = text(items(el)[0]);
      expect(breakfast).to.match(/torsdag 7 januari 07[:.]30\s?–\s?09[:.]00/);
      expect(breakfast).to.contain('Frukostmöte');
      expect(breakfast).to.contain('En Väg In, Parkgatan, Hallstahammar');
      expect(breakfast).to.contain('Första torsdagen varje månad');
      expect(text(root(el))).not.to.contain('redan har varit');
      expect(root(el).querySelectorAll('ol li h3')).to.have.length(10);
    });

    it('says the status: Fullbokat, Inställt, Uppskjutet; all-day and multi-day read naturally', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW} limit="20"></evi-event-list>`);
      expect(text(item(el, 'Seminarium: Marknadsföring i sociala medier'))).to.contain('Fullbokat');
      expect(text(item(el, 'Föreläsning: Ledarskap i små företag'))).to.contain('Inställt');
      const programme = text(item(el, 'Kompetensprogram: Digitala verktyg'));
      expect(programme).to.contain('Uppskjutet');
      expect(programme).to.match(/15.*17 mars/);
      expect(programme).to.contain('3 dagar');
      const visionsdag = text(item(el, 'Visionsdag 2027'));
      expect(visionsdag).to.contain('tisdag 4 maj');
      expect(visionsdag).to.contain('Heldag');
      expect(visionsdag).to.contain('Varje år');
      expect(text(item(el, 'Öppet hus på En Väg In'))).to.contain('hastforetagare');
    });

    it('speaks English with lang="en"', async () => {
      const el = await loaded(html`<evi-event-list lang="en" src=${FEED} .now=${NOW} limit="20"></evi-event-list>`);
      expect(text(root(el).querySelector('h2')!)).to.equal('January 2027');
      const breakfast = text(items(el)[0]);
      expect(breakfast).to.contain('Thursday 7 January');
      expect(breakfast).to.contain('Breakfast meeting');
      expect(breakfast).to.contain('First Thursday of every month');
      expect(text(item(el, 'Seminarium: Marknadsföring i sociala medier'))).to.contain('Fully booked');
      expect(text(item(el, 'Föreläsning: Ledarskap i små företag'))).to.contain('Cancelled');
      expect(text(item(el, 'Kompetensprogram: Digitala verktyg'))).to.contain('Postponed');
      expect(text(item(el, 'Kanalnätet: afterwork'))).to.contain('Last Friday of every month, 6 times');
      expect(text(item(el, 'Visionsdag 2027'))).to.contain('All day');
    });

    it('switches language when a script (or a framework binding) sets the lang property', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW} limit="3"></evi-event-list>`);
      expect(text(root(el).querySelector('h2')!)).to.equal('Januari 2027');
      el.lang = 'en';
      await el.updateComplete;
      expect(el.getAttribute('lang')).to.equal('en');
      expect(text(root(el).querySelector('h2')!)).to.equal('January 2027');
    });

    it('shows exdates as cancelled occurrences, and keeps 07:30 across both daylight-saving changes', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} category="frukostmote" limit="12" .now=${NOW}></evi-event-list>`);
      const list = items(el);
      expect(list).to.have.length(12);
      const july = list.find((li) => text(li).includes('1 juli'))!;
      expect(text(july)).to.contain('Inställt');
      expect(july.dataset.status).to.equal('cancelled');
      expect(list.filter((li) => li.dataset.status === 'cancelled')).to.have.length(1);
      for (const li of list) expect(text(li.querySelector('.when')!)).to.match(/07[:.]30\s?–\s?09[:.]00/);
      const datetimes = list.map((li) => li.querySelector('time')!.getAttribute('datetime'));
      expect(datetimes).to.include('2027-03-04T07:30:00+01:00');
      expect(datetimes).to.include('2027-04-01T07:30:00+02:00');
      expect(datetimes).to.include('2027-10-07T07:30:00+02:00');
      expect(datetimes).to.include('2027-11-04T07:30:00+01:00');
    });

    it('warns once, naming the event, about an unsupported rule part and shows only its first occurrence', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} limit="50" .now=${NOW}></evi-event-list>`);
      expect(items(el).filter((li) => text(li).includes('Öppet hus'))).to.have.length(1);
      el.limit = 40;
      await el.updateComplete;
      const lines = warnings.lines.filter((l) => l.includes('oppet-hus'));
      expect(lines).to.have.length(1);
      expect(lines[0]).to.contain('BYHOUR');
    });

    it('warns once when a series starts on a day its rule does not produce, and shows that start as calendars do', async () => {
      const feed = {
        version: 1,
        events: [
          { id: 'afterwork', title: 'Afterwork', start: '2026-12-18T17:00:00+01:00', rrule: 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=3' },
        ],
      };
      net.restore();
      net = stubNetwork({ '/feeds/osynkad.json': () => Promise.resolve(new Response(JSON.stringify(feed))) });
      const el = await loaded(html`<evi-event-list src="/feeds/osynkad.json" .now=${new Date('2026-12-01T12:00:00Z')}></evi-event-list>`);
      const days = items(el).map((li) => li.querySelector('time')!.getAttribute('datetime')!.slice(0, 10));
      expect(days).to.deep.equal(['2026-12-18', '2026-12-25', '2027-01-29']);
      const lines = warnings.lines.filter((l) => l.includes('"afterwork"'));
      expect(lines).to.have.length(1);
      expect(lines[0]).to.contain('is not a day of rrule');
    });

    it('respects limit', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} limit="3" .now=${NOW}></evi-event-list>`);
      expect(items(el)).to.have.length(3);
    });

    it('does not show what has ended', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} .now=${new Date('2027-01-07T08:30:00+01:00')} limit="2"></evi-event-list>`);
      // the breakfast at 07:30–09:00 is still going on, so it is shown; at 09:00 it is gone
      expect(titles(el)[0]).to.equal('Frukostmöte för företagare');
      el.now = new Date('2027-01-07T09:00:00+01:00');
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Öppet hus på En Väg In');
    });
  });

  describe('time zones', () => {
    it('tells a visitor in another zone that times are Swedish time', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW} .visitorTimeZone=${'America/New_York'}></evi-event-list>`);
      expect(text(root(el))).to.contain('Tiderna är svensk tid.');
      expect(text(items(el)[0])).to.match(/07[:.]30/);
      el.visitorTimeZone = 'Europe/Stockholm';
      await el.updateComplete;
      expect(text(root(el))).not.to.contain('Tiderna är');
      el.setAttribute('lang', 'en');
      el.visitorTimeZone = 'Asia/Tokyo';
      await el.updateComplete;
      expect(text(root(el))).to.contain('Times are Swedish time.');
    });

    it('shows each event in its own zone and names the zones when they differ', async () => {
      const el = await loaded(html`<evi-event-list src="/test/fixtures/events-zones.json" .now=${new Date('2027-03-01T00:00:00Z')} .visitorTimeZone=${'Europe/Stockholm'}></evi-event-list>`);
      // the list's times are the visitor's (Swedish) unless an event says otherwise, by its city, not its IANA name
      expect(text(root(el).querySelector('.notes')!)).to.equal('Tiderna är svensk tid, om inget annat anges.');
      expect(text(root(el))).not.to.contain('America/New_York');
      const webinars = items(el).filter((li) => text(li).includes('Webinar'));
      expect(webinars).to.have.length(4);
      // 10:00 in New York before and after its change on 2027-03-14
      for (const li of webinars) expect(text(li)).to.match(/10[:.]00\s?–\s?11[:.]00.*\(tid i New York\)/);
      expect(text(item(el, 'Frukost'))).to.match(/07[:.]30/);
      expect(text(item(el, 'Frukost'))).not.to.contain('(tid i');
    });

    it('an event without an end shows its start only (the hour calendar files assume is not shown as fact)', async () => {
      const feed = { version: 1, events: [{ id: 'kvall', title: 'Föreläsning', start: '2027-03-04T18:00:00+01:00' }] };
      const url = `data:application/json,${encodeURIComponent(JSON.stringify(feed))}`;
      const el = await loaded(html`<evi-event-list src=${url} .now=${new Date('2027-03-01T00:00:00Z')}></evi-event-list>`);
      expect(text(root(el).querySelector('.when')!)).to.equal('torsdag 4 mars 18:00');
    });

    it('one event in another zone among Swedish ones: only it is labelled, in Swedish words; the note is about the rest', async () => {
      const feed = {
        version: 1,
        events: [
          { id: 'frukost', title: 'Frukost', start: '2027-03-04T07:30:00+01:00' },
          { id: 'webbinarium', title: 'Webbinarium', start: '2027-03-05T09:00:00+02:00', timeZone: 'Europe/Helsinki' },
          { id: 'seminarium', title: 'Seminarium', start: '2027-03-06T13:00:00+01:00' },
        ],
      };
      const url = `data:application/json,${encodeURIComponent(JSON.stringify(feed))}`;
      const inSweden = await loaded(html`<evi-event-list src=${url} .now=${new Date('2027-03-01T00:00:00Z')} .visitorTimeZone=${'Europe/Stockholm'}></evi-event-list>`);
      expect(text(root(inSweden).querySelector('.notes')!)).to.equal('Tiderna är svensk tid, om inget annat anges.');
      expect(text(item(inSweden, 'Webbinarium'))).to.contain('(tid i Helsingfors)');
      expect(text(item(inSweden, 'Seminarium'))).not.to.contain('(tid i');
      // a first event in a zone with the same time (Copenhagen) does not become the list's zone
      const copenhagen = {
        version: 1,
        events: [
          { id: 'kph', title: 'Mässa', start: '2027-03-03T10:00:00+01:00', timeZone: 'Europe/Copenhagen' },
          ...feed.events.filter((event) => event.id !== 'webbinarium'),
        ],
      };
      const sameTime = await loaded(
        html`<evi-event-list src=${`data:application/json,${encodeURIComponent(JSON.stringify(copenhagen))}`} .now=${new Date('2027-03-01T00:00:00Z')} .visitorTimeZone=${'Europe/Stockholm'}></evi-event-list>`,
      );
      expect(text(root(sameTime).querySelector('.notes')!)).to.equal('Tiderna är svensk tid, om inget annat anges.');
      expect(text(item(sameTime, 'Mässa'))).to.contain('(tid i Köpenhamn)');
      expect(text(item(sameTime, 'Frukost'))).not.to.contain('(tid i');
      const inLondon = await loaded(html`<evi-event-list src=${url} lang="en" .now=${new Date('2027-03-01T00:00:00Z')} .visitorTimeZone=${'Europe/London'}></evi-event-list>`);
      expect(text(root(inLondon).querySelector('.notes')!)).to.equal('Times are Swedish time unless stated otherwise.');
      expect(text(item(inLondon, 'Webbinarium'))).to.contain('(Helsinki time)');
    });
  });

  describe('filtering', () => {
    it('shows only the categories and networks asked for', async () => {
      const byCategory = await loaded(html`<evi-event-list src=${FEED} category="seminarium, forelasning" .now=${NOW}></evi-event-list>`);
      expect(titles(byCategory)).to.deep.equal(['Seminarium: Marknadsföring i sociala medier', 'Föreläsning: Ledarskap i små företag']);
      net.restore();
      net = stubNetwork();
      const byNetwork = await loaded(html`<evi-event-list src=${FEED} network="kanalnatet" limit="20" .now=${NOW}></evi-event-list>`);
      expect(new Set(titles(byNetwork))).to.deep.equal(
        new Set(['Seminarium: Marknadsföring i sociala medier', 'Kanalnätet: afterwork', 'Visionsdag 2027']),
      );
    });

    it('offers a labelled category filter when more than one category shows, and announces the count', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW}></evi-event-list>`);
      const fieldset = root(el).querySelector('fieldset')!;
      expect(text(fieldset.querySelector('legend')!)).to.equal('Visa kategori');
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      expect(radios.map((r) => text(r.closest('label')!))).to.include.members(['Alla', 'Frukostmöte', 'Seminarium']);
      const status = root(el).querySelector('[role=status]')!;
      expect(text(status)).to.equal('10 evenemang visas');
      const seminar = radios.find((r) => text(r.closest('label')!) === 'Seminarium')!;
      seminar.focus();
      seminar.click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Seminarium: Marknadsföring i sociala medier']);
      expect(text(root(el).querySelector('[role=status]')!)).to.equal('Seminarium: 1 evenemang visas');
      // the chosen chip is marked by a class (not :has(), which Firefox ESR 115 lacks): its edge and weight
      const chosen = [...root(el).querySelectorAll('.filter label.chosen')];
      expect(chosen.map((label) => text(label))).to.deep.equal(['Seminarium']);
      expect(getComputedStyle(chosen[0]).fontWeight).to.equal('600');
      // another category with as many events: the status still changes, so a screen reader says it
      [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.value === 'forelasning')!.click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Föreläsning: Ledarskap i små företag']);
      expect(text(root(el).querySelector('[role=status]')!)).to.equal('Föreläsning: 1 evenemang visas');
      // the filter stays, so the visitor can go back
      const all = [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.value === '')!;
      all.click();
      await el.updateComplete;
      expect(items(el)).to.have.length(10);

      // the list is long: out of the way, or the next one is too far below the viewport to load
      el.remove();
      const single = await loaded(html`<evi-event-list src=${FEED} category="frukostmote" .now=${NOW}></evi-event-list>`);
      expect(root(single).querySelector('fieldset')).to.equal(null);
    });
  });

  describe('states', () => {
    it('reserves space while loading, with a status message', async () => {
      const el = await fixture<EviEventList>(html`<evi-event-list src="/feeds/hang" .now=${NOW}></evi-event-list>`);
      await waitUntil(() => net.requests.length === 1);
      const status = root(el).querySelector('[role=status]')!;
      expect(text(status)).to.equal('Laddar…');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(150);
      net.respond('/feeds/hang', await (await fetch(FEED)).json());
      await oneEvent(el, 'evi-load');
      await el.updateComplete;
      expect(items(el)).to.have.length(10);
    });

    it('reserves about the height of `limit` events while loading, at most a screenful', async () => {
      const fontSize = 16;
      const page = await fixture<HTMLElement>(html`<div style="font-size: ${fontSize}px">
        <evi-event-list src="/feeds/hang" limit="2" .now=${NOW}></evi-event-list>
        <evi-event-list src="/feeds/hang" .now=${NOW}></evi-event-list>
      </div>`);
      await waitUntil(() => net.requests.length === 1);
      const [two, ten] = [...page.querySelectorAll('evi-event-list')];
      const em = parseFloat(getComputedStyle(two.shadowRoot!.querySelector('[role=status]')!).fontSize);
      // 2 × 12em + 3em; 10 events would be 123em, more than the window, so the window's height
      expect(two.getBoundingClientRect().height).to.be.closeTo(27 * em, 2);
      expect(ten.getBoundingClientRect().height).to.be.closeTo(window.innerHeight, 2);
    });

    it('says when there are no upcoming events', async () => {
      const el = await loaded(html`<evi-event-list src="/test/fixtures/events-empty.json"></evi-event-list>`);
      expect(text(root(el))).to.equal('Inga kommande evenemang');
      const en = await loaded(html`<evi-event-list lang="en" src=${FEED} .now=${new Date('2040-01-01T00:00:00Z')} category="seminarium"></evi-event-list>`);
      expect(text(root(en))).to.equal('No upcoming events');
    });

    it('shows an error with a retry button that asks the server again', async () => {
      const el = await loaded(html`<evi-event-list src="/test/fixtures/no-such-events.json"></evi-event-list>`);
      const alert = root(el).querySelector('[role=alert]')!;
      expect(text(alert)).to.equal('Det gick inte att hämta uppgifterna just nu.');
      expect(errors.lines.join('\n')).to.contain('HTTP 404');
      const button = root(el).querySelector<HTMLButtonElement>('.status-error button')!;
      expect(text(button)).to.equal('Försök igen');
      button.click();
      await waitUntil(() => net.requests.length === 2);
    });

    it('treats a feed of another version as an error', async () => {
      const el = await fixture<EviEventList>(html`<evi-event-list src="/test/fixtures/events-v2.json"></evi-event-list>`);
      const error = await oneEvent(el, 'evi-error');
      expect(error.detail.message).to.contain('version');
    });

    it('shows the valid events of a partly invalid feed and counts the problems', async () => {
      const el = await fixture<EviEventList>(html`<evi-event-list src="/test/fixtures/events-partly-invalid.json" .now=${NOW}></evi-event-list>`);
      const load = await oneEvent(el, 'evi-load');
      await el.updateComplete;
      expect(load.detail.count).to.equal(2);
      expect(load.detail.skipped).to.equal(4);
      expect(titles(el)).to.deep.equal(['Giltigt seminarium', 'Giltig föreläsning']);
      expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
    });
  });

  describe('details', () => {
    it('opens and closes with Enter and Space on a real button with aria-expanded and aria-controls', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW}></evi-event-list>`);
      const button = items(el)[0].querySelector<HTMLButtonElement>('button[aria-expanded]')!;
      const details = root(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(details.hidden).to.equal(true);
      // and sighted visitors see which: the chevron turns (a visual review found open and closed alike)
      const chevron = () => getComputedStyle(button, '::after').transform;
      const closed = chevron();
      expect(getComputedStyle(button, '::after').borderRightStyle).to.equal('solid');
      // in a right-to-left page too (logical sides drew "<" there)
      el.setAttribute('dir', 'rtl');
      expect([getComputedStyle(button, '::after').borderRightStyle, getComputedStyle(button, '::after').borderLeftStyle]).to.deep.equal(['solid', 'none']);
      el.removeAttribute('dir');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(details.hidden).to.equal(false);
      expect(chevron()).not.to.equal(closed);
      expect([...details.querySelectorAll('.description p')].map((p) => text(p))).to.deep.equal([
        'Frukost, nätverkande och en kort dragning.',
        'Ingen föranmälan behövs.',
      ]);
      expect(text(details)).to.contain('Arrangör');
      const register = [...details.querySelectorAll('a')].find((a) => text(a).startsWith('Anmälan'))!;
      expect(register.getAttribute('href')).to.equal('https://example.org/anmalan');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(details.hidden).to.equal(true);
      expect(root(el).activeElement).to.equal(button);
    });

    it('renders descriptionHtml through the allow-list only', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW}></evi-event-list>`);
      const li = item(el, 'Seminarium: Marknadsföring i sociala medier');
      li.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      await el.updateComplete;
      const description = li.querySelector('.description')!;
      expect(description.querySelector('strong')!.textContent).to.equal('planera');
      expect(description.querySelector('em')!.textContent).to.equal('mäta');
      expect(description.querySelectorAll('ul li')).to.have.length(2);
      expect(description.querySelector('script, img, style, div, [style], [onclick], [onerror]')).to.equal(null);
      const links = [...description.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/program']);
      expect(text(description)).to.contain('Läs mer.');
      expect(text(description)).to.contain('Inslagen text');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      // full: no sign-up link, but more information, the venue, the cost
      const details = text(li.querySelector('.details')!);
      expect(details).not.to.contain('Anmälan');
      expect(details).to.contain('Mer information');
      expect(details).to.contain('Kostnadsfritt');
      expect(li.querySelector('a[href="https://example.org/kunskapscenter"]')).not.to.equal(null);
    });

    it('offers no add-to-calendar for a cancelled occurrence', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW}></evi-event-list>`);
      /** the calendar offers a visitor could follow in an item: .ics buttons and Google/Outlook links */
      const calendarOffers = (li: HTMLLIElement) => [
        ...li.querySelectorAll('[data-ics]'),
        ...[...li.querySelectorAll('a')].filter((a) => /calendar\.google\.com|outlook\.(live|office)\.com|\.ics\b/.test(a.href) || /Google|Outlook/.test(text(a))),
      ];
      async function openDetails(li: HTMLLIElement): Promise<HTMLElement> {
        const button = li.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
        button.click();
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded'), 'the details are open').to.equal('true');
        const details = li.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!;
        expect(details, 'the details the button controls').not.to.equal(null);
        expect(details.hidden, 'the details are shown').to.equal(false);
        expect(details.getBoundingClientRect().height, 'the details take up space').to.be.greaterThan(0);
        return details;
      }
      // a scheduled occurrence offers the calendar (so the look-up below finds offers when they are there)
      const scheduled = item(el, 'Frukostmöte för företagare');
      await openDetails(scheduled);
      expect(calendarOffers(scheduled)).to.have.length(5);
      // the cancelled one: its details really are open and show its place, but offer no calendar at all
      const li = item(el, 'Föreläsning: Ledarskap i små företag');
      expect(li.dataset.status).to.equal('cancelled');
      const details = await openDetails(li);
      expect(text(details)).to.contain('Folkets hus, Hallstahammar');
      expect(calendarOffers(li).map((node) => node.outerHTML.slice(0, 80))).to.deep.equal([]);
      expect(text(li)).not.to.contain('Lägg till i kalendern');
    });
  });

  describe('add to calendar', () => {
    let downloads: ReturnType<typeof captureDownloads>;
    beforeEach(() => {
      downloads = captureDownloads();
    });
    afterEach(() => downloads.restore());

    async function open(el: EviEventList, li: HTMLLIElement) {
      li.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      await el.updateComplete;
    }

    it('downloads one occurrence as .ics that ical.js reads as exactly that occurrence', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW}></evi-event-list>`);
      const li = item(el, 'Frukostmöte för företagare', 1);
      await open(el, li);
      li.querySelector<HTMLButtonElement>('[data-ics=occurrence]')!.click();
      expect(downloads.files).to.have.length(1);
      const file = downloads.files[0];
      expect(file.name).to.equal('frukostmote-for-foretagare-20270204.ics');
      expect(file.type).to.contain('text/calendar');
      const ics = await file.text;
      expect(icalStarts(ics, 5)).to.deep.equal(shownStarts([li]));
      expect(ics).to.contain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm');
      expect(ics).to.match(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
      expect(ics).to.match(/\r\nUID:frukostmote-20270204T063000Z@/);
    });

    it('downloads the whole series (RRULE + EXDATE) and ical.js expands the same occurrences the list shows', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} category="frukostmote" limit="24" .now=${NOW}></evi-event-list>`);
      const list = items(el);
      await open(el, list[0]);
      list[0].querySelector<HTMLButtonElement>('[data-ics=series]')!.click();
      const ics = await downloads.files[0].text;
      expect(ics).to.contain('\r\nRRULE:FREQ=MONTHLY;BYDAY=1TH\r\n');
      expect(ics).to.contain('\r\nEXDATE;TZID=Europe/Stockholm:20270701T073000\r\n');
      const shown = shownStarts(list.filter((li) => li.dataset.status !== 'cancelled'));
      expect(shown).to.have.length(23);
      expect(icalStarts(ics, shown.length)).to.deep.equal(shown);
    });

    it('downloads every .ics the list offers in a form ical.js reads, matching what is shown', async () => {
      const NO_CALENDAR = ['cancelled', 'postponed'];
      // among the first 20: Visionsdag 2027-05-04 (Kompetensprogram, also all-day, is postponed)
      const ALL_DAY_EXPECTED = 1;
      const el = await loaded(html`<evi-event-list src=${FEED} limit="20" .now=${NOW}></evi-event-list>`);
      const list = items(el);
      expect(list).to.have.length(20);
      let allDay = 0;
      for (const li of list) {
        const button = li.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
        button.click();
        await el.updateComplete;
        const occurrence = li.querySelector<HTMLButtonElement>('[data-ics=occurrence]');
        // only a cancelled or postponed occurrence (no date to put in a calendar) offers no calendar file
        if (NO_CALENDAR.includes(li.dataset.status!)) {
          expect(occurrence, `${text(li.querySelector('h3')!)}: ${li.dataset.status}, no .ics`).to.equal(null);
        } else {
          expect(occurrence, `${text(li.querySelector('h3')!)}: an .ics to download`).not.to.equal(null);
          const before = downloads.files.length;
          occurrence!.click();
          expect(downloads.files.length, 'one download per click').to.equal(before + 1);
          const ics = await downloads.files[downloads.files.length - 1].text;
          const starts = icalStarts(ics, 2);
          const shownDate = li.querySelector('time')!.getAttribute('datetime')!;
          if (shownDate.length === 10) {
            // an all-day event: the file's date is the date shown (DTSTART;VALUE=DATE:yyyymmdd)
            allDay++;
            const dtstart = /\r\nDTSTART;VALUE=DATE:(\d{8})\r\n/.exec(ics);
            expect(dtstart, 'an all-day DTSTART').not.to.equal(null);
            expect(dtstart![1]).to.equal(shownDate.replaceAll('-', ''));
          } else {
            expect(starts).to.deep.equal(shownStarts([li]));
          }
        }
        button.click();
        await el.updateComplete;
      }
      const without = list.filter((li) => NO_CALENDAR.includes(li.dataset.status!)).length;
      // the cancelled lecture, the cancelled breakfast of 1 July (an exdate) and the postponed Kompetensprogram
      expect(without, 'occurrences without a calendar file among the first 20').to.equal(3);
      expect(allDay, 'all-day occurrences downloaded').to.equal(ALL_DAY_EXPECTED);
      expect(downloads.files.length).to.equal(list.length - without);
    });

    it('links to Google Calendar, Outlook for Microsoft 365 (work) and Outlook.com over https', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW}></evi-event-list>`);
      const li = items(el)[0];
      await open(el, li);
      const google = [...li.querySelectorAll('a')].find((a) => text(a).startsWith('Google Kalender'))!;
      const work = [...li.querySelectorAll('a')].find((a) => text(a).startsWith('Outlook (Microsoft 365)'))!;
      const outlook = [...li.querySelectorAll('a')].find((a) => text(a).startsWith('Outlook.com'))!;
      const g = new URL(google.href);
      expect(g.origin).to.equal('https://calendar.google.com');
      expect(g.searchParams.get('text')).to.equal('Frukostmöte för företagare');
      expect(g.searchParams.get('dates')).to.equal('20270107T063000Z/20270107T080000Z');
      expect(g.searchParams.get('ctz')).to.equal('Europe/Stockholm');
      expect(new URL(outlook.href).origin).to.equal('https://outlook.live.com');
      expect(new URL(outlook.href).searchParams.get('startdt')).to.equal('2027-01-07T06:30:00.000Z');
      // a work account cannot use Outlook.com's page: the same event on Microsoft 365's
      const w = new URL(work.href);
      expect(w.origin).to.equal('https://outlook.office.com');
      expect(w.pathname).to.equal(new URL(outlook.href).pathname);
      expect(w.search).to.equal(new URL(outlook.href).search);
    });
  });

  describe('structured data', () => {
    it('adds schema.org Event JSON-LD to the head, escapes "<", and removes it with the element', async () => {
      net.restore();
      const feed = {
        version: 1,
        events: [
          {
            id: 'x',
            title: 'Seminarium </script><script>window.__ld = 1</script>',
            start: '2027-01-20T13:00:00+01:00',
            status: 'cancelled',
            location: { name: 'Kunskapscenter' },
          },
          { id: 'y', title: 'Visionsdag', start: '2027-05-04' },
        ],
      };
      net = stubNetwork({ '/feeds/ld.json': () => Promise.resolve(new Response(JSON.stringify(feed))) });
      const el = await loaded(html`<evi-event-list src="/feeds/ld.json" structured-data .now=${NOW}></evi-event-list>`);
      const scripts = document.head.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const json = scripts[0].textContent!;
      expect(json).not.to.contain('<');
      expect(json).to.contain('\\u003c/script>');
      const data = JSON.parse(json) as Array<Record<string, unknown>>;
      expect(data).to.have.length(2);
      expect(data[0]).to.include({ '@type': 'Event', startDate: '2027-01-20T13:00:00+01:00', eventStatus: 'https://schema.org/EventCancelled' });
      expect(data[1]).to.include({ startDate: '2027-05-04' });
      expect((window as unknown as { __ld?: number }).__ld).to.equal(undefined);
      el.remove();
      expect(document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    });

    it('adds nothing without the attribute', async () => {
      await loaded(html`<evi-event-list src=${FEED} .now=${NOW}></evi-event-list>`);
      expect(document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    });
  });

  describe('accessibility', () => {
    it('is accessible loaded, with details open', async () => {
      const el = await loaded(html`<evi-event-list src=${FEED} .now=${NOW} .visitorTimeZone=${'Asia/Tokyo'}></evi-event-list>`);
      items(el)[0].querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      items(el)[2].querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible in English and dark', async () => {
      const page = await fixture<HTMLElement>(html`<div style="background: #1b1d21; padding: 1em">
        <evi-event-list lang="en" theme="dark" src=${FEED} .now=${NOW}></evi-event-list>
      </div>`);
      const el = page.querySelector('evi-event-list')!;
      await waitUntil(() => items(el).length > 0);
      items(el)[0].querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      await el.updateComplete;
      expectDarkTheme(el);
      expect(items(el)[0].querySelector('button[aria-expanded]')!.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('is accessible empty, loading and in error', async () => {
      const empty = await loaded(html`<evi-event-list src="/test/fixtures/events-empty.json"></evi-event-list>`);
      await expect(empty).to.be.accessible();
      const error = await loaded(html`<evi-event-list src="/test/fixtures/no-such-events.json"></evi-event-list>`);
      await expect(error).to.be.accessible();
      const loading = await fixture<EviEventList>(html`<evi-event-list src="/feeds/hang"></evi-event-list>`);
      expect(loading.shadowRoot!.querySelector('[aria-busy="true"]'), 'shows loading').not.to.equal(null);
      await expect(loading).to.be.accessible();
    });
  });

  describe('registration', () => {
    it('does not throw when the element is registered again', () => {
      const original = customElements.get('evi-event-list');
      expect(() => define('evi-event-list', class extends HTMLElement {})).not.to.throw();
      expect(customElements.get('evi-event-list')).to.equal(original);
    });
  });
});

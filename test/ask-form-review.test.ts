/**
 * <evi-ask-form>: the defects a review found (coming back online, typing while sending, long page
 * addresses, the console for webmasters, receivers' codes, the fallback in a failure, drafts of a changed
 * `src`, routing, org numbers that are personnummer, the suggestion's words, the summary's role).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/evi-ask-form.js';
import type { EviAskForm } from '../src/ask-form/ask-form.js';
import { draftKey } from '../src/ask-form/draft.js';
import { suggestTopic } from '../src/ask-form/routing.js';
import { clearFeedCache } from '../src/internal/feed-cache.js';
import { parseAskConfig, type AskConfig } from '../src/schemas/ask.js';
import { captureConsole } from './helpers/network.js';
import {
  $,
  CONFIG,
  failureShown,
  field,
  GOOD,
  fillValid,
  installReceiver,
  json,
  realFetch,
  renderForm,
  submit,
  SUBMIT_URL,
  text,
  type,
  type Answer,
  type SentRequest,
} from './helpers/ask-form.js';

let answer: Answer = () => json({ reference: 'EVI-2026-000100' }, 201);
let sent: SentRequest[] = [];

/** The receiver for each test: answers 201 with a reference until a test says otherwise (`answer = …`). */
function stubReceiver() {
  answer = () => json({ reference: 'EVI-2026-000100' }, 201);
  sent = installReceiver((request, n) => answer(request, n));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A button on the page, outside the form, with focus: where a visitor reading on may be. */
function focusOutside(): HTMLButtonElement {
  const outside = document.createElement('button');
  outside.textContent = 'Elsewhere on the page';
  document.body.append(outside);
  outside.focus();
  return outside;
}

describe('<evi-ask-form> after review', () => {
  let errors: ReturnType<typeof captureConsole>;
  let warnings: ReturnType<typeof captureConsole>;
  const outsiders: HTMLElement[] = [];
  beforeEach(() => {
    sessionStorage.clear();
    clearFeedCache();
    stubReceiver();
    errors = captureConsole('error');
    warnings = captureConsole('warn');
  });
  afterEach(() => {
    window.fetch = realFetch;
    clearFeedCache();
    errors.restore();
    warnings.restore();
    sessionStorage.clear();
    for (const node of outsiders.splice(0)) node.remove();
  });

  describe('back online', () => {
    async function failedOffline(): Promise<EviAskForm> {
      const el = await renderForm();
      await fillValid(el);
      answer = () => Promise.reject(new TypeError('Failed to fetch'));
      await submit(el);
      await failureShown(el);
      answer = () => json({ reference: 'EVI-2026-000101' }, 201);
      return el;
    }

    const edits: Array<[string, string]> = [
      ['half-edited', `${GOOD.message} Och`],
      ['edited into an invalid one', 'Kort'],
    ];
    for (const [what, message] of edits) {
      it(`a question ${what} since it failed is not sent by itself; the failure says to press "Försök igen", focus stays`, async () => {
        const el = await failedOffline();
        await type(el, 'message', message);
        const outside = focusOutside();
        outsiders.push(outside);
        window.dispatchEvent(new Event('online'));
        await pause(100);
        await el.updateComplete;
        expect(sent.length, 'nothing more was sent').to.equal(1);
        expect(text(await failureShown(el))).to.contain('Anslutningen är tillbaka. Tryck på Försök igen för att skicka frågan.');
        expect(document.activeElement === outside, 'focus stays where the visitor is').to.equal(true);
        expect(field(el, 'message').value).to.equal(message);
      });
    }

    it('the question as it failed goes by itself, with its key; focus stays outside the form when it was there', async () => {
      const el = await failedOffline();
      const outside = focusOutside();
      outsiders.push(outside);
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
      await el.updateComplete;
      expect(sent[1].headers.get('Idempotency-Key')).to.equal(sent[0].headers.get('Idempotency-Key'));
      expect(document.activeElement === outside, `focus moved to ${document.activeElement?.localName}`).to.equal(true);
    });

    it('a question the receiver refused is not sent again when the connection comes back', async () => {
      const el = await renderForm();
      await fillValid(el);
      // refused for a field the visitor cannot see: the failure box, not the summary
      answer = () => json({ errors: { page: 'invalidUrl' } }, 422);
      await submit(el);
      await failureShown(el);
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
      await pause(100);
      await el.updateComplete;
      expect(sent.length, 'sent once, not again at each reconnection').to.equal(1);
      expect(text(await failureShown(el))).not.to.contain('Anslutningen är tillbaka');
    });

    it('offline, then edited: the failure no longer promises to send the question by itself', async () => {
      Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
      try {
        const el = await renderForm();
        await fillValid(el);
        await submit(el);
        expect(text(await failureShown(el))).to.contain('Frågan skickas när anslutningen är tillbaka');
        await type(el, 'message', `${GOOD.message} Och en sak till.`);
        expect(text(await failureShown(el))).to.contain('Tryck på Försök igen när anslutningen är tillbaka.');
        expect(text(await failureShown(el))).not.to.contain('Frågan skickas när');
        await type(el, 'message', GOOD.message);
        expect(text(await failureShown(el)), 'as it failed again: it will go by itself').to.contain('Frågan skickas när anslutningen är tillbaka');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).onLine;
      }
      expect(navigator.onLine).to.equal(true);
    });

    it('the question as it failed goes by itself; focus inside the form moves to the receipt', async () => {
      const el = await failedOffline();
      field(el, 'name').focus();
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('receipt-heading');
    });
  });

  describe('while sending', () => {
    it('the fields are readonly, not disabled: typing or choosing changes nothing, and the receipt is for what was sent', async () => {
      const el = await renderForm();
      await fillValid(el);
      let release!: (response: Response) => void;
      answer = () => new Promise((resolve) => (release = resolve));
      await submit(el);
      await waitUntil(() => release !== undefined);
      for (const name of ['message', 'name', 'email', 'phone', 'company', 'orgNumber']) {
        expect(field(el, name).readOnly, name).to.equal(true);
        expect(field(el, name).disabled, name).to.equal(false);
      }
      expect($(el, '#f-topic').getAttribute('aria-readonly')).to.equal('true');
      expect(field(el, 'consent').getAttribute('aria-readonly')).to.equal('true');

      field(el, 'message').focus();
      await sendKeys({ type: ' Och en sak till' });
      $<HTMLInputElement>(el, '#t-export').click();
      field(el, 'consent').click();
      await el.updateComplete;
      expect(field(el, 'message').value).to.equal(GOOD.message);
      expect($<HTMLInputElement>(el, '#t-finansiering').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#t-export').checked).to.equal(false);
      expect(field(el, 'consent').checked).to.equal(true);
      expect(el.shadowRoot!.activeElement === field(el, 'message'), 'still focusable').to.equal(true);

      release(json({ reference: 'EVI-2026-000102' }, 201));
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
      expect(sent[0].body).to.include({ topic: 'finansiering', message: GOOD.message });
      expect(text($(el, '.receipt'))).to.contain('Frågan går till Almi Företagspartner.');
      expect(sessionStorage.getItem(draftKey(CONFIG))).to.equal(null);
    });

    it('arrow keys in the topics leave focus on the chosen topic while sending', async () => {
      const el = await renderForm();
      await fillValid(el);
      answer = () => new Promise(() => {});
      await submit(el);
      $<HTMLInputElement>(el, '#t-finansiering').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('t-finansiering');
      expect($<HTMLInputElement>(el, '#t-finansiering').checked).to.equal(true);
    });

    it('after a failure the fields can be edited again', async () => {
      const el = await renderForm();
      await fillValid(el);
      answer = () => json({}, 500);
      await submit(el);
      await failureShown(el);
      expect(field(el, 'message').readOnly).to.equal(false);
      expect($(el, '#f-topic').hasAttribute('aria-readonly')).to.equal(false);
      await type(el, 'message', `${GOOD.message} Det gäller en svets.`);
      expect(field(el, 'message').value).to.contain('svets');
    });
  });

  describe('the page address', () => {
    it('on a page whose address is over 2,000 characters, the question goes with the page without its query', async () => {
      const before = location.href;
      history.replaceState(history.state, '', `${location.pathname}?utm_source=nyhetsbrev&utm_content=${'x'.repeat(2100)}#top`);
      try {
        const el = await renderForm();
        await fillValid(el);
        await submit(el);
        // within mocha's timeout: the address must be put back before the next test, also when this one fails
        await waitUntil(() => sent.length === 1, 'nothing was sent', { timeout: 1000 });
        expect(sent[0].body.page).to.equal(`${location.origin}${location.pathname}`);
        await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 1000 });
      } finally {
        history.replaceState(history.state, '', before);
      }
    });

    it('a body that fails validation at no field the visitor sees: the failure says so (never nothing at all)', async () => {
      const el = await renderForm(html`<evi-ask-form src=${CONFIG} .minFillTime=${0}><a href="mailto:info@envagin.example">Mejla din fråga</a></evi-ask-form>`);
      await fillValid(el);
      // a page address the form's own check refuses (the form reads it from URL#href while it validates)
      const href = Object.getOwnPropertyDescriptor(URL.prototype, 'href')!;
      Object.defineProperty(URL.prototype, 'href', { configurable: true, get: () => 'https://kommun.example/a page' });
      try {
        $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      } finally {
        Object.defineProperty(URL.prototype, 'href', href);
      }
      await el.updateComplete;
      await pause(50);
      expect(sent.length).to.equal(0);
      expect(text(await failureShown(el))).to.equal('Frågan kunde inte skickas härifrån. Mejla eller ring En Väg In i stället.');
      expect(el.querySelector('a')!.assignedSlot?.closest('.failure')).not.to.equal(null);
      expect(errors.lines.join('\n')).to.contain('[evi-ask-form] the question cannot be sent: {"page":"invalidUrl"}');
    });
  });

  describe('the console, for the webmaster', () => {
    it('a receiver that cannot be reached (or sends no Access-Control-Allow-Origin): names submitUrl and the likely causes', async () => {
      const el = await renderForm();
      await fillValid(el);
      answer = () => Promise.reject(new TypeError('Failed to fetch'));
      await submit(el);
      expect(text(await failureShown(el))).to.contain('Frågan kom inte fram.');
      expect(errors.lines).to.deep.equal([
        `[evi-ask-form] ${SUBMIT_URL}: the request failed before any answer (offline, wrong host name, or the server does not send Access-Control-Allow-Origin for this page).`,
      ]);
    });

    it('a redirecting submitUrl: names the address it redirects to and says to set submitUrl to it', async () => {
      const el = await renderForm();
      await fillValid(el);
      const final = 'https://www.envagin.example/api/questions/';
      answer = () => {
        // what fetch gives after a 301 turned the POST into a GET the final address refuses
        const response = new Response('', { status: 405 });
        Object.defineProperties(response, { redirected: { value: true }, url: { value: final } });
        return response;
      };
      await submit(el);
      await failureShown(el);
      expect(errors.lines).to.deep.equal([
        `[evi-ask-form] ${SUBMIT_URL} answered HTTP 405 after a redirect to ${final}; set submitUrl to ${final} (a redirect can turn the POST into a GET).`,
      ]);
    });
  });

  it('a receipt that comes while the visitor is elsewhere on the page is said in a status there before it', async () => {
    const el = await renderForm();
    await fillValid(el);
    let release: (response: Response) => void = () => {};
    answer = () => new Promise<Response>((resolve) => (release = resolve));
    const status = $(el, '.root > [role=status]');
    expect(text(status)).to.equal('');
    await submit(el);
    const outside = focusOutside();
    outsiders.push(outside);
    release(json({ reference: 'EVI-2026-000300' }, 201));
    await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'the receipt', { timeout: 3000 });
    await el.updateComplete;
    expect($(el, '.root > [role=status]') === status, 'the same live region').to.equal(true);
    expect(text(status)).to.equal('Tack! Din fråga är skickad. Ärendenummer: EVI-2026-000300.');
    expect(document.activeElement).to.equal(outside);
    // and a new question starts silent
    $(el, '.receipt button').click();
    await el.updateComplete;
    expect(text($(el, '.root > [role=status]'))).to.equal('');
  });

  describe('removed while sending (a single-page app goes to another route)', () => {
    /** the receiver's answer, held until the test releases it */
    function holdAnswer(): (response: Response) => void {
      let release: (response: Response) => void = () => {};
      answer = () => new Promise<Response>((resolve) => (release = resolve));
      return (response) => release(response);
    }
    /** a question sent, and its form taken out of the page before the answer; returns the answer's release */
    async function sentThenRemoved(): Promise<(response: Response) => void> {
      return (await sentAndKeptAside()).release;
    }
    /** the same, keeping the form and its place to put it back (a router's keep-alive) */
    async function sentAndKeptAside(): Promise<{ release: (response: Response) => void; first: EviAskForm; parent: HTMLElement }> {
      const first = await renderForm();
      const parent = first.parentElement!;
      await fillValid(first);
      const release = holdAnswer();
      await submit(first);
      first.remove();
      return { release, first, parent };
    }
    /** a new form on the same draft, once it shows the receipt with `reference` */
    async function newFormWithReceipt(reference: string): Promise<EviAskForm> {
      const form = await fixture<EviAskForm>(html`<evi-ask-form src=${CONFIG} .minFillTime=${0}></evi-ask-form>`);
      await waitUntil(() => form.shadowRoot!.querySelector('.receipt'), 'the receipt', { timeout: 3000 });
      expect(text($(form, '.receipt'))).to.contain(reference);
      return form;
    }
    const heard: string[] = [];
    const listen = (event: Event) => heard.push((event as CustomEvent<{ reference: string }>).detail.reference);
    beforeEach(() => {
      heard.length = 0;
      document.addEventListener('evi-submit', listen);
    });
    afterEach(() => document.removeEventListener('evi-submit', listen));

    it('the form that comes back shows the question as being sent, then its receipt; never the sent question as a draft', async () => {
      const release = await sentThenRemoved();
      const again = await renderForm();
      // the same question, being sent: no "Vi har sparat det du skrev", nothing to send a second time
      expect(text($(again, 'button[type="submit"]'))).to.equal('Skickar…');
      expect(field(again, 'message').value).to.equal(GOOD.message);
      expect(text($(again, '.notice'))).not.to.contain('Vi har sparat');
      release(json({ reference: 'EVI-2026-000200' }, 201));
      await waitUntil(() => again.shadowRoot!.querySelector('.receipt'), 'the receipt', { timeout: 3000 });
      expect(text($(again, '.receipt'))).to.contain('EVI-2026-000200');
      expect(heard, 'evi-submit heard once, from the form on the page').to.deep.equal(['EVI-2026-000200']);
      expect(sent).to.have.length(1);
      expect(sessionStorage.getItem(draftKey(CONFIG))).to.equal(null);
    });

    it('a form that comes after the answer shows the receipt', async () => {
      const release = await sentThenRemoved();
      release(json({ reference: 'EVI-2026-000201' }, 201));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(heard, 'nobody hears a form out of the page').to.deep.equal([]);
      await newFormWithReceipt('EVI-2026-000201');
      expect(heard).to.deep.equal(['EVI-2026-000201']);
    });

    it('a second route change while waiting: the form that comes after that shows the receipt', async () => {
      const release = await sentThenRemoved();
      const waiting = await renderForm();
      expect(text($(waiting, 'button[type="submit"]'))).to.equal('Skickar…');
      waiting.remove();
      release(json({ reference: 'EVI-2026-000203' }, 201));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await newFormWithReceipt('EVI-2026-000203');
      expect(heard).to.deep.equal(['EVI-2026-000203']);
    });

    it("a form put back after its answer came (a router's keep-alive) shows its receipt and says it once; no later form shows it again", async () => {
      const { release, first, parent } = await sentAndKeptAside();
      release(json({ reference: 'EVI-2026-000204' }, 201));
      await new Promise((resolve) => setTimeout(resolve, 50));
      parent.append(first);
      await first.updateComplete;
      expect(text($(first, '.receipt'))).to.contain('EVI-2026-000204');
      expect(heard).to.deep.equal(['EVI-2026-000204']);
      first.remove();
      const later = await renderForm();
      expect(later.shadowRoot!.querySelector('.receipt')).to.equal(null);
      expect(heard).to.have.length(1);
    });

    it('a waiting form put back after the answer came is an empty form, not the sent question to send again', async () => {
      const { release, first, parent } = await sentAndKeptAside();
      const waiting = await renderForm();
      waiting.remove();
      release(json({ reference: 'EVI-2026-000205' }, 201));
      await new Promise((resolve) => setTimeout(resolve, 50));
      parent.append(first);
      await first.updateComplete;
      expect(text($(first, '.receipt'))).to.contain('EVI-2026-000205');
      parent.append(waiting);
      await waiting.updateComplete;
      expect(waiting.shadowRoot!.querySelector('.receipt')).to.equal(null);
      expect(field(waiting, 'message').value).to.equal('');
    });

    it('the visitor in the waiting form when the answer comes: focus moves to the receipt', async () => {
      const release = await sentThenRemoved();
      const waiting = await renderForm();
      field(waiting, 'message').focus();
      release(json({ reference: 'EVI-2026-000206' }, 201));
      await waitUntil(() => waiting.shadowRoot!.querySelector('.receipt'), 'the receipt', { timeout: 3000 });
      await waiting.updateComplete;
      expect(waiting.shadowRoot!.activeElement?.id).to.equal('receipt-heading');
    });

    it("a form put back takes back only its own receipt, not one another form left there since", async function () {
      this.timeout(8000);
      const aside = await sentAndKeptAside();
      const { first, parent } = aside;
      let release = aside.release;
      release(json({ reference: 'EVI-2026-000207' }, 201));
      await new Promise((resolve) => setTimeout(resolve, 50));
      // another form shows that receipt, then sends a question of its own and leaves before its answer
      const other = await fixture<EviAskForm>(html`<evi-ask-form src=${CONFIG} .minFillTime=${0}></evi-ask-form>`);
      await waitUntil(() => other.shadowRoot!.querySelector('.receipt'), 'its receipt', { timeout: 3000 });
      $(other, '.receipt button').click();
      await other.updateComplete;
      await fillValid(other);
      release = holdAnswer();
      await submit(other);
      other.remove();
      release(json({ reference: 'EVI-2026-000208' }, 201));
      await new Promise((resolve) => setTimeout(resolve, 50));
      parent.append(first);
      await first.updateComplete;
      expect(heard).to.deep.equal(['EVI-2026-000207']);
      // the other question's receipt is still there for the next form (on that draft: the first has gone again)
      first.remove();
      await newFormWithReceipt('EVI-2026-000208');
    });

    it('when sending failed, the question comes back to be sent again, with the same key', async () => {
      const release = await sentThenRemoved();
      const again = await renderForm();
      release(new Response('', { status: 503 }));
      await waitUntil(() => text($(again, 'button[type="submit"]')) === 'Skicka frågan', 'the form back', { timeout: 3000 });
      expect(field(again, 'message').value).to.equal(GOOD.message);
      // told that it did not get through, not that a draft was kept
      expect(text($(again, '.notice [role=status]'))).to.equal('Frågan kom inte fram. Allt du skrev finns kvar, så du kan skicka den igen.');
      answer = () => json({ reference: 'EVI-2026-000202' }, 201);
      await submit(again);
      await waitUntil(() => again.shadowRoot!.querySelector('.receipt'), 'the receipt', { timeout: 3000 });
      expect(sent).to.have.length(2);
      expect(sent[1].headers.get('Idempotency-Key')).to.equal(sent[0].headers.get('Idempotency-Key'));
    });
  });

  describe('the layout a visual review measured', () => {
    it('the receipt at 320 px: the reference on one line, and "Ställ en ny fråga" as wide as its words', async () => {
      const el = await renderForm();
      el.style.width = '320px';
      await fillValid(el);
      answer = () => json({ reference: 'EVI-2026-000123' }, 201);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
      const reference = $(el, '.reference');
      expect(reference.getClientRects().length, 'one line box').to.equal(1);
      const button = $(el, '.receipt > .button');
      expect(button.getBoundingClientRect().width).to.be.lessThan($(el, '.receipt').getBoundingClientRect().width * 0.8);
    });

    it('a failed send: "Försök igen" as wide as its words', async () => {
      const el = await renderForm();
      await fillValid(el);
      answer = () => new Response('', { status: 503 });
      await submit(el);
      const failure = await failureShown(el);
      const button = $(el, '.failure > .button');
      expect(text(button)).to.equal('Försök igen');
      expect(button.getBoundingClientRect().width).to.be.lessThan(failure.getBoundingClientRect().width * 0.5);
    });

    it("a configuration that cannot be read: the page's fallback stands apart from the error box", async () => {
      const form = await fixture<EviAskForm>(
        html`<evi-ask-form src="/test/fixtures/does-not-exist.json"><a href="mailto:fraga@envagin.example">Mejla din fråga</a></evi-ask-form>`,
      );
      await waitUntil(() => form.shadowRoot!.querySelector('.status-error'), 'the error state', { timeout: 3000 });
      const gap = form.querySelector('a')!.getBoundingClientRect().top - form.shadowRoot!.querySelector('.status-error')!.getBoundingClientRect().bottom;
      expect(gap).to.be.at.least(8);
    });
  });

  describe('a refusal, in the console', () => {
    it('a 400 with an HTML page, or a 422 without messages: what the receiver said, for the webmaster', async () => {
      const el = await renderForm();
      await fillValid(el);
      answer = () => new Response('<h1>Bad Request</h1>', { status: 400, headers: { 'Content-Type': 'text/html' } });
      await submit(el);
      await failureShown(el);
      expect(warnings.lines).to.include(`[evi-ask-form] ${SUBMIT_URL} refused the question (HTTP 400): no "errors" object with messages (text/html).`);
      answer = () => json({ errors: { page: 'invalidUrl', email: 'Adressen finns inte.' } }, 422);
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await waitUntil(() => warnings.lines.some((line) => line.includes('HTTP 422')), 'the second refusal', { timeout: 3000 });
      expect(warnings.lines).to.include(`[evi-ask-form] ${SUBMIT_URL} refused the question (HTTP 422): errors for page, email.`);
    });
  });

  describe("a receiver's error codes", () => {
    it('`invalid` at a filled field asks to check it; a code at a field the visitor cannot see is never shown', async () => {
      const el = await renderForm();
      await fillValid(el);
      answer = () => json({ errors: { email: 'invalid', name: 'invalidUrl', page: 'invalidUrl', locale: 'invalid' } }, 422);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('#summary'), 'no summary', { timeout: 3000 });
      await el.updateComplete;
      expect(text($(el, '#e-email'))).to.equal('Kontrollera e-postadressen.');
      expect(text($(el, '#e-name'))).to.equal('Kontrollera namnet.');
      const summary = text($(el, '#summary'));
      expect(summary).not.to.match(/invalid/i);
      expect(summary.split('Vi kunde inte ta emot frågan.').length - 1, 'said once').to.equal(1);
      expect(text($(el, '#summary-heading'))).to.equal('Rätta 3 fel innan du skickar');
    });

    it('only codes at fields the visitor cannot see: the failure, with the generic text', async () => {
      const el = await renderForm(html`<evi-ask-form lang="en" src=${CONFIG} .minFillTime=${0}></evi-ask-form>`);
      await fillValid(el);
      answer = () => json({ errors: { page: 'invalidUrl' } }, 422);
      await submit(el);
      const failure = await failureShown(el);
      expect(text(failure)).to.contain('We could not accept the question.');
      expect(text(failure)).not.to.contain('invalidUrl');
      expect(el.shadowRoot!.querySelector('#summary')).to.equal(null);
      // a refused question would be refused again: no "Try again" (the form's own send stays, for after an edit)
      expect(failure.querySelector('button')).to.equal(null);
      expect(el.shadowRoot!.querySelector('button[type="submit"]')).not.to.equal(null);
    });
  });

  describe('as a Swedish reader found it', () => {
    it('"Ställ en ny fråga" after a question sent with Enter opens an empty form without errors', async () => {
      const el = await renderForm();
      await fillValid(el);
      field(el, 'email').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'the receipt', { timeout: 3000 });
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.receipt button')].find((b) => text(b) === 'Ställ en ny fråga')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form again', { timeout: 2000 });
      await pause(20);
      await el.updateComplete;
      expect(field(el, 'email').value).to.equal('');
      expect([...el.shadowRoot!.querySelectorAll('.error')].map((e) => text(e))).to.deep.equal([]);
    });

    it('failures speak as En Väg In ("Något gick fel hos oss"), not of a "receiver" the visitor takes for Almi', async () => {
      const el = await renderForm();
      await fillValid(el);
      answer = () => json({ error: 'boom' }, 500);
      await submit(el);
      const failure = await failureShown(el);
      expect(text(failure)).to.contain('Något gick fel hos oss.');
      expect(text(failure)).not.to.match(/mottagare/i);
    });
  });

  describe('a failure offers another way', () => {
    const failures: Array<[string, () => Response]> = [
      ['403', () => new Response('Forbidden', { status: 403 })],
      ['404', () => new Response('Not Found', { status: 404 })],
      ['400 without a JSON body', () => new Response('Bad Request', { status: 400 })],
    ];
    for (const [what, failing] of failures) {
      it(`${what}: the page's fallback ("Mejla din fråga") shows in the failure, which does not ask to check the details`, async () => {
        const el = await renderForm(html`<evi-ask-form src=${CONFIG} .minFillTime=${0}><a href="mailto:info@envagin.example">Mejla din fråga</a></evi-ask-form>`);
        await fillValid(el);
        answer = failing;
        await submit(el);
        const failure = await failureShown(el);
        const link = el.querySelector('a')!;
        expect(link.assignedSlot !== null && failure.contains(link.assignedSlot), 'the fallback is in the failure').to.equal(true);
        expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(text(failure)).not.to.contain('Kontrollera uppgifterna');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('drafts and a changed src', () => {
    it('a new src takes the question along, leaving no draft under the old configuration, nor any after sending', async () => {
      const OTHER = `${CONFIG}?ny`;
      const el = await renderForm();
      await type(el, 'name', GOOD.name);
      expect(sessionStorage.getItem(draftKey(CONFIG))).to.contain(GOOD.name);
      el.src = OTHER;
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not render', { timeout: 3000 });
      expect(sessionStorage.getItem(draftKey(CONFIG)), 'the old draft').to.equal(null);
      expect(sessionStorage.getItem(draftKey(OTHER))).to.contain(GOOD.name);
      expect(field(el, 'name').value).to.equal(GOOD.name);

      await fillValid(el);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
      expect(Object.keys(sessionStorage).filter((key) => key.startsWith('evi-ask-form:draft:'))).to.deep.equal([]);
    });
  });

  describe('routing in Swedish', () => {
    let config: AskConfig;
    before(async () => {
      const result = parseAskConfig(await (await realFetch('/test/fixtures/ask.json')).json());
      if (!result.ok) throw new Error('fixture ask.json does not parse');
      config = result.data;
    });
    const suggested = (message: string, current?: string) => suggestTopic(config, message, current)?.topic.id;

    it('a verb keyword matches by its stem ("rekrytera": "rekrytering"; "anställa": "anställda", "anställning")', () => {
      expect(suggested('Vi behöver hjälp med rekrytering av svetsare')).to.equal('rekrytering');
      expect(suggested('Hur går en anställning till?')).to.equal('rekrytering');
      expect(suggested('Vi har tre anställda i dag')).to.equal('rekrytering');
      expect(suggested('Kan vi få stöd för nyanställda?', 'rekrytering')).to.equal(undefined);
      expect(suggested('Vi startade i våras')).to.equal('starta-foretag');
      // the bare stem is another word: a start is not starting a business
      expect(suggested('Bra start på året, nu vill vi växa')).to.equal(undefined);
      // …but as the head of a compound it is: "uppstart", "nystart", "företagsstart"
      expect(suggested('Uppstart av eget företag')).to.equal('starta-foretag');
      expect(suggested('Nystart för mitt företag')).to.equal('starta-foretag');
    });

    it('a noun keyword matches its verb ("export": "exportera"), but "mark" is not "markera"', () => {
      expect(suggested('Vi vill exportera maskiner till Norge')).to.equal('export');
      expect(suggested('Vi importerar stål från Tyskland')).to.equal('export');
      expect(suggested('Hur markerar vi varorna?')).to.equal(undefined);
    });

    it('the adjective "lokala" is not the noun "lokal"', () => {
      expect(suggested('Vi vill nå lokala kunder')).to.equal(undefined);
      expect(suggested('Vi säljer lokalt')).to.equal(undefined);
      expect(suggested('Lokalen är för liten')).to.equal('lokal-mark');
    });

    it('a catch-all ("Övrigt") never outranks the chosen topic, nor a topic the message names', () => {
      const message = 'En fråga om kontakt med ett annat företag om lånet';
      expect(suggested(message, 'finansiering')).to.equal(undefined);
      expect(suggested(message, 'bank')).to.equal('finansiering');
      expect(suggested(message)).to.equal('finansiering');
      expect(suggested('En fråga om kontakt')).to.equal('ovrigt');
    });
  });

  describe('a personnummer as organisation number', () => {
    const numbers = ['800101-1234', '8001011234', '19800101-1234', '198001011234'];
    for (const number of numbers) {
      it(`"${number}": says a sole trader can leave the field empty`, async () => {
        const el = await renderForm();
        await type(el, 'orgNumber', number);
        expect(text($(el, '#e-orgNumber'))).to.equal(
          'Det här ser ut som ett personnummer. Har du enskild firma kan du lämna fältet tomt: vi behöver inte ditt personnummer.',
        );
      });
    }

    it('in English; a wrong organisation number still gets the ten-digit hint', async () => {
      const el = await renderForm(html`<evi-ask-form lang="en" src=${CONFIG} .minFillTime=${0}></evi-ask-form>`);
      await type(el, 'orgNumber', '800101-1234');
      expect(text($(el, '#e-orgNumber'))).to.equal(
        'This looks like a personal identity number. If you are a sole trader, you can leave the field empty: we do not need your personal identity number.',
      );
      await type(el, 'orgNumber', '556677-8898');
      expect(text($(el, '#e-orgNumber'))).to.equal('Check the organisation number: ten digits, for example 556677-8899.');
    });
  });

  describe('an organisation number as people write it', () => {
    // as on an invoice, pasted from Word (an en dash), with Skatteverket's "16" in front, or with spaces around
    const typed: Array<[string, string]> = [
      ['556677 8899', '5566778899'],
      ['556677 - 8899', '556677-8899'],
      ['556677–8899', '556677-8899'],
      ['16556677-8899', '556677-8899'],
      ['165566778899', '5566778899'],
      [' 556677-8899 ', '556677-8899'],
    ];
    for (const [number, as] of typed) {
      it(`"${number}" is accepted, kept in the field as typed, and sent as "${as}"`, async () => {
        const el = await renderForm();
        await fillValid(el);
        await type(el, 'orgNumber', number);
        expect(el.shadowRoot!.querySelector('#e-orgNumber'), 'no error at the field').to.equal(null);
        await submit(el);
        await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
        expect(sent[0].body.orgNumber).to.equal(as);
      });
    }

    it('a personnummer with a space still gets the personnummer message, and a wrong number the hint', async () => {
      const el = await renderForm();
      await type(el, 'orgNumber', '800101 1234');
      expect(text($(el, '#e-orgNumber'))).to.contain('Det här ser ut som ett personnummer.');
      await type(el, 'orgNumber', '556677 8898');
      expect(text($(el, '#e-orgNumber'))).to.equal('Kontrollera organisationsnumret: tio siffror, till exempel 556677-8899.');
    });
  });

  it('the receipt names the e-mail address the answer goes to, as typed but trimmed (English)', async () => {
    const el = await renderForm(html`<evi-ask-form lang="en" src=${CONFIG} .minFillTime=${0}></evi-ask-form>`);
    await fillValid(el);
    await type(el, 'email', '  anna@kolbacks-smide.example ');
    await submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
    expect(text($(el, '.receipt'))).to.contain('The answer comes by e-mail to anna@kolbacks-smide.example. Keep the reference');
    expect(text($(el, '.receipt .email'))).to.equal('anna@kolbacks-smide.example');
  });

  describe('the words of a suggestion', () => {
    it('quotes the topic as listed, and asks both questions alike', async () => {
      const el = await renderForm(html`<evi-ask-form src=${CONFIG} topic="finansiering" .minFillTime=${0}></evi-ask-form>`);
      await type(el, 'message', 'Vi vill starta ett aktiebolag');
      expect(text($(el, '.suggestion [role="status"]'))).to.equal('Frågan verkar passa under ”Starta företag” (En Väg In). Vill du byta ämne?');
      expect(text($(el, '.suggestion button'))).to.equal('Byt till ”Starta företag”');
    });

    it('with no topic chosen: the same words, "Vill du välja det ämnet?"', async () => {
      const el = await renderForm();
      await type(el, 'message', 'Vi vill starta ett aktiebolag');
      expect(text($(el, '.suggestion [role="status"]'))).to.equal('Frågan verkar passa under ”Starta företag” (En Väg In). Vill du välja det ämnet?');
      expect(text($(el, '.suggestion button'))).to.equal('Välj ”Starta företag”');
    });

    it('in English, the Swedish names from the configuration are marked Swedish (lang="sv")', async () => {
      const el = await renderForm(html`<evi-ask-form lang="en" src=${CONFIG} topic="finansiering" .minFillTime=${0}></evi-ask-form>`);
      await type(el, 'message', 'We have a question about checkkredit and leasing');
      const status = $(el, '.suggestion [role="status"]');
      expect(text(status)).to.equal(
        'Your question seems to fit under “Banklån och kredit” (Kreditgivare / banker). Would you like to change the topic?',
      );
      expect([...status.querySelectorAll('[lang="sv"]')].map(text)).to.deep.equal(['Banklån och kredit', 'Kreditgivare / banker']);

      $(el, '#t-bank').click();
      await el.updateComplete;
      expect(text($(el, '#td-bank [lang="sv"]'))).to.equal('Kreditgivare / banker');
      expect(text($(el, '.route strong [lang="sv"]'))).to.equal('Kreditgivare / banker');
      await fillValid(el, 'bank');
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
      await el.updateComplete;
      expect(text($(el, '.receipt p:nth-of-type(3) > [lang="sv"]'))).to.equal('Kreditgivare / banker');
      await expect(el).to.be.accessible();
    });
  });

  describe('the error summary', () => {
    it('is a named group (ARIA 1.2 does not allow naming a plain div)', async () => {
      const el = await renderForm();
      await submit(el);
      const summary = $(el, '#summary');
      expect(summary.getAttribute('role')).to.equal('group');
      expect(summary.getAttribute('aria-labelledby')).to.equal('summary-heading');
      expect(el.shadowRoot!.activeElement === summary).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
});

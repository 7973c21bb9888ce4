import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/evi-ask-form.js';
import type { EviAskForm } from '../src/ask-form/ask-form.js';
import { draftKey } from '../src/ask-form/draft.js';
import { clearFeedCache } from '../src/internal/feed-cache.js';
import { captureConsole } from './helpers/network.js';
import { recordEvents } from './helpers/events.js';
import { expectDarkTheme } from './helpers/theme.js';
import {
  $,
  $$,
  CONFIG,
  chooseTopic,
  expectEverythingKept,
  failureShown,
  field,
  fillValid,
  GOOD,
  hang,
  installReceiver,
  json,
  realFetch,
  renderForm,
  submit,
  text,
  type,
  type Answer,
  type SentRequest,
} from './helpers/ask-form.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let answer: Answer = () => json({ reference: 'EVI-2026-000001' }, 201);
let sent: SentRequest[] = [];

/** The receiver for each test: answers 201 with a reference until a test says otherwise (`answer = …`). */
function stubReceiver() {
  answer = () => json({ reference: 'EVI-2026-000001' }, 201);
  sent = installReceiver((request, n) => answer(request, n));
}

/** A topic's radio, its label and its hint (the radio's aria-describedby target). */
function topicParts(el: EviAskForm, id: string): { radio: HTMLInputElement; label: HTMLLabelElement; hint: HTMLElement } {
  const radio = $<HTMLInputElement>(el, `#t-${id}`);
  const label = radio.labels?.[0];
  if (!label) throw new Error(`#t-${id} has no label`);
  const describedBy = radio.getAttribute('aria-describedby') ?? '';
  expect(describedBy.split(/\s+/).filter(Boolean), `#t-${id} aria-describedby`).to.have.length(1);
  const hint = el.shadowRoot!.getElementById(describedBy);
  if (!hint) throw new Error(`#t-${id}: aria-describedby="${describedBy}" names no element`);
  return { radio, label, hint };
}

/** The forms in `wrapper`, once each has rendered its form. */
async function renderedForms(wrapper: HTMLElement): Promise<EviAskForm[]> {
  const forms = [...wrapper.querySelectorAll<EviAskForm>('evi-ask-form')];
  await waitUntil(() => forms.every((form) => form.shadowRoot?.querySelector('form')), 'forms did not render', { timeout: 3000 });
  return forms;
}

function shadowText(el: EviAskForm): string {
  return text(el.shadowRoot!);
}

function activeInShadow(el: EviAskForm): Element | null {
  return el.shadowRoot!.activeElement;
}

/** A form filled in validly whose first send the receiver answered with 500: the failure is shown. */
async function renderFailedOnce(): Promise<EviAskForm> {
  const el = await renderForm();
  await fillValid(el);
  answer = () => json({}, 500);
  await submit(el);
  await failureShown(el);
  return el;
}

describe('<evi-ask-form>', () => {
  let warnings: ReturnType<typeof captureConsole>;
  let errors: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    clearFeedCache();
    stubReceiver();
    warnings = captureConsole('warn');
    errors = captureConsole('error');
  });
  afterEach(() => {
    window.fetch = realFetch;
    clearFeedCache();
    warnings.restore();
    errors.restore();
    sessionStorage.clear();
  });

  describe('the form from the configuration', () => {
    it('offers every topic as a radio in a fieldset with a legend, each saying where it goes', async () => {
      const el = await renderForm();
      const fieldset = $(el, 'fieldset#f-topic');
      expect(text($(el, '#f-topic legend'))).to.equal('Vad gäller frågan? (obligatoriskt)');
      const radios = $$(el, 'input[type="radio"][name="topic"]');
      expect(radios.length).to.equal(11);
      expect(fieldset.contains(radios[0])).to.equal(true);
      // each radio's name is its label, which holds the topic's label only; its description (the
      // hint: the topic's description, an optional extension of the contract, then where the question
      // goes) is the aria-describedby target, outside the label, so it is read once
      const cases: Array<[string, string, string]> = [
        ['finansiering', 'Finansiering och lån', 'Lån, riskkapital och pengar för att utveckla företaget. Går till Almi Företagspartner'],
        ['bidrag', 'Bidrag och stöd', 'Går till Länsstyrelsen Västmanland'],
      ];
      for (const [id, name, description] of cases) {
        const { radio, label, hint } = topicParts(el, id);
        expect(radio.labels?.length, id).to.equal(1);
        expect(radio.hasAttribute('aria-label') || radio.hasAttribute('aria-labelledby'), id).to.equal(false);
        expect(text(label), `${id}: the accessible name`).to.equal(name);
        expect(text(hint), `${id}: the description`).to.equal(description);
        expect(label.contains(hint), `${id}: the hint is not in the label`).to.equal(false);
      }
    });

    it('lays each topic out as before at 320 px: radio, then the label with its hint under it, nothing overflowing', async () => {
      const column = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px"><evi-ask-form src=${CONFIG} .minFillTime=${0}></evi-ask-form></div>`,
      );
      const el = column.querySelector('evi-ask-form')!;
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not render', { timeout: 3000 });
      await el.updateComplete;
      const form = $(el, 'form');
      expect(form.scrollWidth, 'the form overflows').to.be.at.most(form.clientWidth);
      const lefts = new Set<number>();
      for (const choice of $$(el, '#f-topic .choice')) {
        const id = choice.querySelector('input')!.id.slice(2);
        const { radio, label, hint } = topicParts(el, id);
        const [r, l, h, c] = [radio, label, hint, choice].map((node) => node.getBoundingClientRect());
        lefts.add(Math.round(c.left));
        expect(r.right, `${id}: radio left of the label`).to.be.at.most(l.left);
        expect(Math.abs(h.left - l.left), `${id}: hint aligned with the label`).to.be.below(1);
        expect(h.top, `${id}: hint under the label`).to.be.at.least(l.bottom - 1);
        expect(Math.max(l.right, h.right), `${id}: inside its choice`).to.be.at.most(c.right + 0.5);
        expect(c.right, `${id}: inside the form`).to.be.at.most(form.getBoundingClientRect().right + 0.5);
        expect(choice.scrollWidth, `${id}: overflows`).to.be.at.most(choice.clientWidth);
      }
      expect(lefts.size, 'one column').to.equal(1);
    });

    it('has native, labelled inputs with autocomplete, required marked in text', async () => {
      const el = await renderForm();
      const expectations: Array<[string, string, string, boolean]> = [
        ['name', 'name', 'text', true],
        ['email', 'email', 'email', true],
        ['phone', 'tel', 'tel', false],
        ['company', 'organization', 'text', false],
      ];
      for (const [name, autocomplete, inputType, required] of expectations) {
        const input = field(el, name);
        expect(input.getAttribute('autocomplete'), name).to.equal(autocomplete);
        expect(input.type, name).to.equal(inputType);
        const label = $(el, `label[for="f-${name}"]`);
        expect(text(label).includes('(obligatoriskt)'), name).to.equal(required);
      }
      expect(text($(el, 'label[for="f-message"]'))).to.equal('Din fråga (obligatoriskt)');
      expect(text($(el, 'label[for="f-orgNumber"]'))).to.equal('Organisationsnummer');
      expect(text($(el, 'label[for="f-consent"]'))).to.contain('(obligatoriskt)');
      expect($<HTMLFormElement>(el, 'form').noValidate).to.equal(true);
    });

    it('links the privacy page from the consent', async () => {
      const el = await renderForm();
      const link = $<HTMLAnchorElement>(el, '.privacy a');
      expect(link.href).to.equal('https://envagin.example/personuppgifter');
      expect(text(link)).to.equal('Så hanterar vi personuppgifter');
    });

    it('shows a visible character count', async () => {
      const el = await renderForm();
      expect(text($(el, '.count'))).to.equal('0 av 5 000 tecken');
      await type(el, 'message', 'Hej hej hej', false);
      expect(text($(el, '.count'))).to.equal('11 av 5 000 tecken');
      // characters as the visitor counts them: an emoji is one, and "Smörgåsbord" eleven
      await type(el, 'message', 'Tack 👍 Smörgåsbord', false);
      expect(text($(el, '.count'))).to.equal('18 av 5 000 tecken');
    });

    it('announces the characters left, politely and only near the limit', async function () {
      this.timeout(6000);
      const el = await renderForm();
      const region = $(el, '.count + [role="status"]');
      await type(el, 'message', 'x'.repeat(100), false);
      await new Promise((resolve) => setTimeout(resolve, 1400));
      await el.updateComplete;
      expect(text(region)).to.equal('');
      await type(el, 'message', 'x'.repeat(4900), false);
      expect(text(region)).to.equal('');
      await waitUntil(() => text(region) === '100 tecken kvar', 'no announcement', { timeout: 3000 });
    });

    it('speaks English', async () => {
      const el = await renderForm(html`<evi-ask-form lang="en" src=${CONFIG} .minFillTime=${0}></evi-ask-form>`);
      expect(text($(el, '#f-topic legend'))).to.equal('What is the question about? (required)');
      expect(text($(el, 'button[type="submit"]'))).to.equal('Send the question');
      expect(text($(el, '.count'))).to.equal('0 of 5,000 characters');
    });

    it('shows the loading state, then a configuration error with retry and the fallback link', async () => {
      const el = await fixture<EviAskForm>(html`<evi-ask-form src="/test/fixtures/no-such-ask.json">
        <a href="mailto:info@envagin.example">Mejla din fråga</a>
      </evi-ask-form>`);
      expect($(el, '[role="status"]').getAttribute('aria-busy')).to.equal('true');
      const error = await oneEvent(el, 'evi-error');
      expect(error.detail.message).to.contain('HTTP 404');
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Det gick inte att hämta uppgifterna just nu.');
      expect(text($(el, 'button'))).to.equal('Försök igen');
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('routing', () => {
    it('preselects the `topic` attribute and shows where the question goes and what happens next', async () => {
      const el = await renderForm(html`<evi-ask-form src=${CONFIG} topic="rekrytering" .minFillTime=${0}></evi-ask-form>`);
      expect($<HTMLInputElement>(el, '#t-rekrytering').checked).to.equal(true);
      // the box's title is a heading, as it looks, at the form's heading level
      expect($(el, '.route-heading').getAttribute('role')).to.equal('heading');
      expect($(el, '.route-heading').getAttribute('aria-level')).to.equal('3');
      const route = text($(el, '.route'));
      expect(route).to.contain('Din fråga går till Arbetsförmedlingen.');
      expect(route).to.contain('Arbetsförmedlingens företagsrådgivare hör av sig');
      expect($<HTMLAnchorElement>(el, '.route a').href).to.equal('https://arbetsformedlingen.se/');
    });

    it("for En Väg In's own topics, says so once: not that En Väg In passes the question on to En Väg In", async () => {
      const el = await renderForm(html`<evi-ask-form src=${CONFIG} topic="starta-foretag" .minFillTime=${0}></evi-ask-form>`);
      const route = text($(el, '.route'));
      expect(route).to.contain('Din fråga går till En Väg In. Vi svarar själva, oftast inom två arbetsdagar.');
      expect(route).not.to.contain('tar emot frågan och ser till');
      await chooseTopic(el, 'tillstand');
      expect(text($(el, '.route'))).to.contain('Din fråga går till Länsstyrelsen Västmanland. En Väg In tar emot frågan och ser till att den kommer rätt.');
    });

    it('shows no preview before a topic is chosen, and follows the choice', async () => {
      const el = await renderForm();
      expect(el.shadowRoot!.querySelector('.route')).to.equal(null);
      await chooseTopic(el, 'export');
      expect(text($(el, '.route'))).to.contain('Mälardalens Handelskammare');
      // a partner without url: no link
      expect(el.shadowRoot!.querySelector('.route a')).to.equal(null);
    });

    it('warns the webmaster about an unknown `topic` and preselects nothing', async () => {
      const el = await renderForm(html`<evi-ask-form src=${CONFIG} topic="finns-inte" .minFillTime=${0}></evi-ask-form>`);
      expect($$(el, 'input[name="topic"]').some((r) => (r as HTMLInputElement).checked)).to.equal(false);
      expect(warnings.lines.join('\n')).to.contain('topic "finns-inte"');
    });

    it('suggests a topic from the message keywords but never switches by itself', async () => {
      const el = await renderForm(html`<evi-ask-form src=${CONFIG} topic="ovrigt" .minFillTime=${0}></evi-ask-form>`);
      await type(el, 'message', 'Vi behöver lånet till en ny maskin', false);
      // the status says the suggestion alone, not the names of the buttons after it
      const status = $(el, '.suggestion [role="status"]');
      expect(text(status)).to.equal('Frågan verkar passa under ”Finansiering och lån” (Almi Företagspartner). Vill du byta ämne?');
      expect(status.querySelector('button')).to.equal(null);
      expect($$(el, '.suggestion button').map(text)).to.deep.equal(['Byt till ”Finansiering och lån”', 'Nej tack']);
      expect($<HTMLInputElement>(el, '#t-ovrigt').checked).to.equal(true);
      expect(text($(el, '.route'))).to.contain('En Väg In');

      $(el, '.suggestion button').click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#t-finansiering').checked).to.equal(true);
      expect(text($(el, '.route'))).to.contain('Din fråga går till Almi Företagspartner.');
      expect(text($(el, '.notice'))).to.equal('Ämnet är nu ”Finansiering och lån”.');
      expect(activeInShadow(el)).to.equal(field(el, 'message'));
      expect(text($(el, '.suggestion'))).to.equal('');
    });

    it('offers to choose a topic when none is chosen, and "Nej tack" dismisses', async () => {
      const el = await renderForm();
      await type(el, 'message', 'Hur söker man miljötillstånd för verkstaden?', false);
      expect(text($(el, '.suggestion'))).to.contain('”Tillstånd och regler” (Länsstyrelsen Västmanland). Vill du välja det ämnet?');
      $$(el, '.suggestion button')[1].click();
      await el.updateComplete;
      expect(text($(el, '.suggestion'))).to.equal('');
      expect($$(el, 'input[name="topic"]').some((r) => (r as HTMLInputElement).checked)).to.equal(false);
    });
  });

  describe('validation', () => {
    const rules: Array<[string, string, string]> = [
      ['message', '', 'Skriv din fråga.'],
      ['message', 'För kort', 'Frågan behöver vara minst 10 tecken.'],
      ['message', 'x'.repeat(5001), 'Frågan får vara högst 5 000 tecken. Korta den lite.'],
      ['name', '   ', 'Skriv ditt namn.'],
      ['name', 'x'.repeat(201), 'Namnet får vara högst 200 tecken.'],
      ['email', '', 'Skriv din e-postadress, så att vi kan svara.'],
      ['email', 'anna@exempel', 'Skriv e-postadressen som namn@exempel.se.'],
      ['phone', 'ring mig', 'Skriv telefonnumret med siffror, till exempel 0220-123 45.'],
      ['company', 'x'.repeat(201), 'Företagsnamnet får vara högst 200 tecken.'],
      ['orgNumber', '556677-8898', 'Kontrollera organisationsnumret: tio siffror, till exempel 556677-8899.'],
      ['orgNumber', '19800101-1234', 'Det här ser ut som ett personnummer. Har du enskild firma kan du lämna fältet tomt: vi behöver inte ditt personnummer.'],
    ];
    for (const [name, value, message] of rules) {
      it(`${name} = "${value.slice(0, 20)}${value.length > 20 ? '…' : ''}": "${message}" once the field is left`, async () => {
        const el = await renderForm();
        await type(el, name, value, false);
        expect(el.shadowRoot!.querySelector(`#e-${name}`), 'not while typing').to.equal(null);
        field(el, name).dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(text($(el, `#e-${name}`))).to.equal(message);
        expect(field(el, name).getAttribute('aria-invalid')).to.equal('true');
        expect(field(el, name).getAttribute('aria-describedby')).to.contain(`e-${name}`);
      });
    }

    it('accepts empty optional fields and valid values, without errors', async () => {
      const el = await renderForm();
      await fillValid(el);
      for (const name of ['phone', 'company', 'orgNumber']) await type(el, name, '');
      expect($$(el, '.error').length).to.equal(0);
      await type(el, 'orgNumber', '5566778899');
      expect($$(el, '.error').length).to.equal(0);
    });

    it('on submit: an error summary with every problem gets focus; its links focus the fields', async () => {
      const el = await renderForm();
      await submit(el);
      const summary = $(el, '#summary');
      expect(activeInShadow(el)).to.equal(summary);
      expect(text($(el, '#summary-heading'))).to.equal('Rätta 5 fel innan du skickar');
      expect($(el, '#summary-heading').getAttribute('role')).to.equal('heading');
      const links = $$(el, '#summary a');
      expect(links.map((a) => text(a))).to.deep.equal([
        'Välj ett ämne.',
        'Skriv din fråga.',
        'Skriv ditt namn.',
        'Skriv din e-postadress, så att vi kan svara.',
        'Du behöver godkänna att vi hanterar dina uppgifter för att kunna svara.',
      ]);
      expect(sent.length).to.equal(0);

      links[1].click();
      expect(activeInShadow(el)).to.equal(field(el, 'message'));
      links[0].click();
      expect(activeInShadow(el)).to.equal($(el, '#t-finansiering'));
      links[4].click();
      expect(activeInShadow(el)).to.equal($(el, '#f-consent'));
      expect(location.hash).to.equal('');

      expect($(el, '#f-topic').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#f-topic').getAttribute('aria-describedby')).to.equal('e-topic');
      expect($(el, '#f-consent').getAttribute('aria-describedby')).to.equal('e-consent');
      expect(field(el, 'message').getAttribute('aria-describedby')).to.equal('h-message e-message');
      await expect(el).to.be.accessible();
    });

    it('updates the summary as problems are fixed, and removes it when none are left', async () => {
      const el = await renderForm();
      await submit(el);
      await fillValid(el);
      expect(el.shadowRoot!.querySelector('#summary')).to.equal(null);
      expect($$(el, '[aria-invalid="true"]').length).to.equal(0);
    });

    it('says the messages in English', async () => {
      const el = await renderForm(html`<evi-ask-form lang="en" src=${CONFIG} .minFillTime=${0}></evi-ask-form>`);
      await type(el, 'email', 'nope');
      expect(text($(el, '#e-email'))).to.equal('Enter the email address like name@example.com.');
      await submit(el);
      expect(text($(el, '#summary-heading'))).to.equal('Fix 5 problems before sending');
      await expect(el).to.be.accessible();
    });
  });

  describe('sending', () => {
    it('POSTs the question with an Idempotency-Key, page and locale, then shows the receipt', async () => {
      const el = await renderForm();
      await fillValid(el);
      const submitted = oneEvent(el, 'evi-submit');
      await submit(el);
      const event = await submitted;
      expect(event.detail).to.deep.equal({ reference: 'EVI-2026-000001', topic: 'finansiering' });
      expect(sent.length).to.equal(1);
      const [request] = sent;
      expect(request.headers.get('Content-Type')).to.equal('application/json');
      expect(request.headers.get('Idempotency-Key')).to.match(UUID);
      const page = new URL(location.href);
      page.hash = '';
      expect(request.body).to.deep.equal({
        topic: 'finansiering',
        ...GOOD,
        consent: true,
        page: page.href,
        locale: 'sv',
      });
      await el.updateComplete;
      const receipt = $(el, '.receipt');
      expect(text(receipt)).to.contain('Tack! Din fråga är skickad.');
      expect(text(receipt)).to.contain('Ärendenummer: EVI-2026-000001');
      expect(text(receipt)).to.contain('Frågan går till Almi Företagspartner.');
      expect(text(receipt)).to.contain('En rådgivare hos Almi kontaktar dig');
      // the address typed, so a typo in it can still be seen
      expect(text(receipt)).to.contain('Svaret kommer med e-post till anna@kolbacks-smide.example.');
      // the confirmation is edged in the success colour, which the page can set (--evi-color-success)
      expect(getComputedStyle(receipt).borderInlineStartColor).to.equal('rgb(29, 107, 52)');
      el.style.setProperty('--evi-color-success', 'rgb(0, 128, 0)');
      expect(getComputedStyle(receipt).borderInlineStartColor).to.equal('rgb(0, 128, 0)');
      el.style.removeProperty('--evi-color-success');
      expect(activeInShadow(el)).to.equal($(el, '#receipt-heading'));
      expect(sessionStorage.getItem(draftKey(CONFIG))).to.equal(null);
      await expect(el).to.be.accessible();
    });

    for (const [case_, set] of [
      ['timeout="10s" (a typo)', (el: EviAskForm) => el.setAttribute('timeout', '10s')],
      ['a removed timeout attribute', (el: EviAskForm) => el.removeAttribute('timeout')],
      ['timeout="3000000000" (beyond what setTimeout can wait)', (el: EviAskForm) => el.setAttribute('timeout', '3000000000')],
    ] as const) {
      it(`waits for a receiver that answers in 150 ms with ${case_}, instead of giving up at once`, async () => {
        answer = () => new Promise((resolve) => setTimeout(() => resolve(json({ reference: 'EVI-2026-000002' }, 201)), 150));
        // listening before the form exists: an evi-error while it is created counts too
        const heard = recordEvents(document, ['evi-error', 'evi-submit']);
        try {
          const el = await renderForm(html`<evi-ask-form src=${CONFIG} .minFillTime=${0} timeout="5000"></evi-ask-form>`);
          set(el);
          await el.updateComplete;
          await fillValid(el);
          await submit(el);
          // the receipt, or the failure a timeout would have shown
          await waitUntil(() => el.shadowRoot!.querySelector('.receipt, .failure'), 'neither receipt nor failure', { timeout: 3000 });
          expect(el.shadowRoot!.querySelector('.failure'), 'gave up instead of waiting').to.equal(null);
          expect(text($(el, '.receipt'))).to.contain('EVI-2026-000002');
          expect(heard.of('evi-submit')).to.deep.equal([`evi-submit: ${JSON.stringify({ reference: 'EVI-2026-000002', topic: 'finansiering' })}`]);
          expect(heard.of('evi-error')).to.deep.equal([]);
        } finally {
          heard.stop();
        }
      });
    }

    it('leaves out empty optional fields and sends the page without its #fragment', async () => {
      const before = location.hash;
      location.hash = 'member=x';
      try {
        const el = await renderForm(html`<evi-ask-form lang="en" src=${CONFIG} .minFillTime=${0}></evi-ask-form>`);
        await fillValid(el, 'export');
        for (const name of ['phone', 'company', 'orgNumber']) await type(el, name, '');
        await submit(el);
        await waitUntil(() => sent.length === 1);
        expect(Object.keys(sent[0].body).sort()).to.deep.equal(['consent', 'email', 'locale', 'message', 'name', 'page', 'topic']);
        expect(sent[0].body.page).not.to.contain('#');
        expect(sent[0].body.locale).to.equal('en');
      } finally {
        location.hash = before;
      }
    });

    it('a new question after a receipt gets a new key', async () => {
      const el = await renderForm();
      await fillValid(el);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'));
      $(el, '.receipt button').click();
      await el.updateComplete;
      expect(field(el, 'message').value).to.equal('');
      await fillValid(el);
      await submit(el);
      await waitUntil(() => sent.length === 2);
      expect(sent[1].headers.get('Idempotency-Key')).not.to.equal(sent[0].headers.get('Idempotency-Key'));
    });

    it('"Ställ en ny fråga" puts focus on the preselected topic (where Tab would land), not on the first', async () => {
      const el = await renderForm(html`<evi-ask-form src=${CONFIG} topic="export" .minFillTime=${0}></evi-ask-form>`);
      await fillValid(el, 'export');
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'));
      $(el, '.receipt button').click();
      await el.updateComplete;
      expect(activeInShadow(el)?.id).to.equal('t-export');
    });

    it('a double click sends one request', async () => {
      const el = await renderForm();
      await fillValid(el);
      let release!: (response: Response) => void;
      answer = () => new Promise((resolve) => (release = resolve));
      const button = $<HTMLButtonElement>(el, 'button[type="submit"]');
      button.click();
      button.click();
      await el.updateComplete;
      button.click();
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(text(button)).to.equal('Skickar…');
      expect(text($(el, '.notice'))).to.equal('Skickar din fråga…');
      await waitUntil(() => release !== undefined);
      release(json({ reference: 'EVI-2026-000002' }, 201));
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'));
      expect(sent.length).to.equal(1);
    });

    it('400/422: shows the receiver\'s messages at their fields and keeps everything', async () => {
      const el = await renderForm();
      await fillValid(el);
      answer = () => json({ errors: { email: 'Adressen finns inte hos oss.', orgNumber: 'invalidOrgNumber', page: 'invalidUrl' } }, 422);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('#summary'));
      await el.updateComplete;
      expect(text($(el, '#e-email'))).to.equal('Adressen finns inte hos oss.');
      expect(text($(el, '#e-orgNumber'))).to.equal('Kontrollera organisationsnumret: tio siffror, till exempel 556677-8899.');
      expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#summary'))).to.contain('Vi kunde inte ta emot frågan.');
      expect(text($(el, '#summary'))).not.to.contain('invalidUrl');
      expect(activeInShadow(el)).to.equal($(el, '#summary'));
      expectEverythingKept(el);
      // editing the field clears the receiver's message there
      await type(el, 'email', 'anna2@kolbacks-smide.example');
      expect(el.shadowRoot!.querySelector('#e-email')).to.equal(null);
    });

    it('400 without field errors: says so, keeps everything and offers retry', async () => {
      const el = await renderForm();
      await fillValid(el);
      answer = () => new Response('Bad Request', { status: 400 });
      await submit(el);
      const failure = await failureShown(el);
      expect(text(failure)).to.contain('Vi kunde inte ta emot frågan.');
      expectEverythingKept(el);
    });

    const failures: Array<[string, Answer, string]> = [
      ['429', () => json({}, 429, { 'Retry-After': '5' }), 'Många skickar frågor just nu.'],
      ['500', () => json({ error: 'boom' }, 500), 'Något gick fel hos oss.'],
      ['503', () => new Response('', { status: 503 }), 'Något gick fel hos oss.'],
      ['201 without a reference', () => json({}, 201), 'Något gick fel hos oss.'],
      ['a network error', () => Promise.reject(new TypeError('Failed to fetch')), 'Frågan kom inte fram.'],
      ['a timeout', (request) => hang(request), 'Vi fick inget svar i tid.'],
    ];
    for (const [what, failing, message] of failures) {
      it(`${what}: keeps every field, says so plainly, and retries with the same key`, async () => {
        const el = await renderForm(html`<evi-ask-form src=${CONFIG} .minFillTime=${0} .timeout=${150}></evi-ask-form>`);
        await fillValid(el);
        answer = failing;
        await submit(el);
        const failure = await failureShown(el);
        // the alert is the words: the retry button after them is not read out with them
        const alert = failure.querySelector('[role=alert]')!;
        expect(text(alert)).to.contain(message);
        expect(text(alert).endsWith('Allt du skrev finns kvar.'), text(alert)).to.equal(true);
        expect(failure.querySelector('button')!.closest('[role=alert]')).to.equal(null);
        expect(text(failure)).to.contain(message);
        expect(text(failure)).to.contain('Allt du skrev finns kvar.');
        expectEverythingKept(el);
        await expect(el).to.be.accessible();

        answer = failing;
        $(el, '.failure button').click();
        await waitUntil(() => sent.length === 2);
        await failureShown(el);
        answer = () => json({ reference: 'EVI-2026-000009' }, 200);
        $(el, '.failure button').click();
        await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
        expect(sent.length).to.equal(3);
        const keys = new Set(sent.map((request) => request.headers.get('Idempotency-Key')));
        expect(keys.size).to.equal(1);
        expect(text($(el, '.receipt'))).to.contain('EVI-2026-000009');
      });
    }

    it('offline: sends nothing, keeps everything, and sends when the browser is back online', async () => {
      const el = await renderForm();
      await fillValid(el);
      const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        await submit(el);
        const failure = await failureShown(el);
        expect(text(failure)).to.contain('Du verkar vara utan internetanslutning.');
        expect(sent.length).to.equal(0);
        expectEverythingKept(el);
      } finally {
        Object.defineProperty(navigator, 'onLine', onLine);
        delete (navigator as unknown as Record<string, unknown>).onLine;
      }
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
      expect(sent.length).to.equal(1);
    });

    it('retries by itself when the browser comes back online after a failure', async () => {
      const el = await renderForm();
      await fillValid(el);
      answer = () => Promise.reject(new TypeError('Failed to fetch'));
      await submit(el);
      await failureShown(el);
      answer = () => json({ reference: 'EVI-2026-000010' }, 201);
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
      expect(sent[0].headers.get('Idempotency-Key')).to.equal(sent[1].headers.get('Idempotency-Key'));
    });
  });

  describe('keyboard focus when sending again', () => {
    it('"Försök igen" pressed with the keyboard: focus moves to the send button, and stays there if it fails again', async () => {
      const el = await renderFailedOnce();
      const retry = $<HTMLButtonElement>(el, '.failure button');
      retry.focus();
      let release: (response: Response) => void = () => {};
      answer = () => new Promise<Response>((resolve) => (release = resolve));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const submit = $<HTMLButtonElement>(el, 'button[type="submit"]');
      expect(activeInShadow(el) === submit, `while sending, focus is on ${activeInShadow(el)?.outerHTML.slice(0, 60)}`).to.equal(true);
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      release(json({}, 500));
      await failureShown(el);
      await el.updateComplete;
      expect(activeInShadow(el) === submit, `after the second failure, focus is on ${activeInShadow(el)?.outerHTML.slice(0, 60)}`).to.equal(true);
      expectEverythingKept(el);
    });
  });

  describe('drafts', () => {
    it('keeps everything typed, and the key, in sessionStorage (never localStorage) and restores it after a reload', async () => {
      let el = await renderFailedOnce();
      const key = sent[0].headers.get('Idempotency-Key');
      expect(localStorage.length).to.equal(0);
      const stored = JSON.parse(sessionStorage.getItem(draftKey(CONFIG))!);
      expect(stored.idempotencyKey).to.equal(key);
      expect(stored.values.message).to.equal(GOOD.message);

      el.remove();
      clearFeedCache();
      el = await renderForm();
      expectEverythingKept(el);
      expect(text($(el, '.notice'))).to.equal('Vi har sparat det du skrev tidigare i den här fliken.');
      answer = () => json({ reference: 'EVI-2026-000011' }, 201);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'));
      expect(sent[1].headers.get('Idempotency-Key')).to.equal(key);
      expect(sessionStorage.getItem(draftKey(CONFIG))).to.equal(null);
    });

    it('keeps drafts of different configurations apart', async () => {
      // the same questions under another address: e.g. En Väg In's form and LRF's on one page
      const OTHER = `${CONFIG}?lrf`;
      const page = html`<div>
        <evi-ask-form id="a" src=${CONFIG} .minFillTime=${0}></evi-ask-form>
        <evi-ask-form id="b" src=${OTHER} .minFillTime=${0}></evi-ask-form>
      </div>`;
      let wrapper = await fixture<HTMLElement>(page);
      let [a, b] = await renderedForms(wrapper);
      await type(a, 'name', 'Anna Andersson');
      await type(b, 'message', 'Hur söker jag stöd för att bygga om ladugården?');
      expect(draftKey(CONFIG)).to.equal(`evi-ask-form:draft:${new URL(CONFIG, location.href).href}`);
      expect(sessionStorage.getItem(draftKey(CONFIG))).to.contain('Anna Andersson');
      expect(sessionStorage.getItem(draftKey(CONFIG))).not.to.contain('ladugården');
      expect(sessionStorage.getItem(draftKey(OTHER))).to.contain('ladugården');
      expect(sessionStorage.getItem(draftKey(OTHER))).not.to.contain('Anna Andersson');

      wrapper.remove();
      clearFeedCache();
      wrapper = await fixture<HTMLElement>(page);
      [a, b] = await renderedForms(wrapper);
      expect(field(a, 'name').value).to.equal('Anna Andersson');
      expect(field(a, 'message').value).to.equal('');
      expect(field(b, 'name').value).to.equal('');
      expect(field(b, 'message').value).to.equal('Hur söker jag stöd för att bygga om ladugården?');
    });

    it('two forms with the same configuration on one page keep their own drafts, also after a reload', async () => {
      const page = html`<div>
        <evi-ask-form id="top" src=${CONFIG} .minFillTime=${0}></evi-ask-form>
        <evi-ask-form id="bottom" src=${CONFIG} .minFillTime=${0}></evi-ask-form>
      </div>`;
      let wrapper = await fixture<HTMLElement>(page);
      let [top, bottom] = await renderedForms(wrapper);
      await type(top, 'name', 'Anna Andersson');
      await type(bottom, 'name', 'Bertil Berg');
      await type(bottom, 'message', 'En fråga om anställningsstöd för en ny svetsare.');
      expect(field(top, 'name').value).to.equal('Anna Andersson');
      expect(field(top, 'message').value).to.equal('');

      wrapper.remove();
      clearFeedCache();
      wrapper = await fixture<HTMLElement>(page);
      [top, bottom] = await renderedForms(wrapper);
      expect(field(top, 'name').value).to.equal('Anna Andersson');
      expect(field(top, 'message').value).to.equal('');
      expect(field(bottom, 'name').value).to.equal('Bertil Berg');
      expect(field(bottom, 'message').value).to.equal('En fråga om anställningsstöd för en ny svetsare.');
    });

    it('a form inserted before another with the same configuration gets a draft of its own', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><evi-ask-form src=${CONFIG} .minFillTime=${0}></evi-ask-form></div>`);
      const first = wrapper.querySelector<EviAskForm>('evi-ask-form')!;
      await waitUntil(() => first.shadowRoot!.querySelector('form'), 'form did not render', { timeout: 3000 });
      await type(first, 'name', 'Anna Andersson');
      // a script (a single-page app, a CMS block) puts a second form above it
      const inserted = document.createElement('evi-ask-form') as EviAskForm;
      inserted.src = CONFIG;
      inserted.minFillTime = 0;
      wrapper.prepend(inserted);
      await waitUntil(() => inserted.shadowRoot!.querySelector('form'), 'inserted form did not render', { timeout: 3000 });
      await inserted.updateComplete;
      expect(field(inserted, 'name').value, "the other form's words do not appear in it").to.equal('');
      await type(inserted, 'name', 'Bertil Berg');
      expect(field(first, 'name').value).to.equal('Anna Andersson');
      const names = Object.keys(sessionStorage)
        .filter((key) => key.startsWith(draftKey(CONFIG)))
        .map((key) => (JSON.parse(sessionStorage.getItem(key)!) as { values: { name: string } }).values.name)
        .sort();
      expect(names).to.deep.equal(['Anna Andersson', 'Bertil Berg']);
    });

    it('a draft whose topic the configuration no longer has keeps the rest and preselects the topic attribute', async () => {
      sessionStorage.setItem(draftKey(CONFIG), JSON.stringify({ values: { topic: 'borttaget-amne', message: GOOD.message, name: GOOD.name } }));
      const el = await renderForm(html`<evi-ask-form src=${CONFIG} topic="export" .minFillTime=${0}></evi-ask-form>`);
      expect(field(el, 'message').value).to.equal(GOOD.message);
      expect(field(el, 'name').value).to.equal(GOOD.name);
      expect($<HTMLInputElement>(el, '#t-export').checked).to.equal(true);
      expect(text($(el, '.route'))).to.contain('Din fråga går till');
    });

    it('"Rensa" empties the form and the draft; "Ångra" brings it back', async () => {
      const el = await renderForm();
      await fillValid(el);
      // nothing to say yet: the notice is out of sight, but in the accessibility tree (not display: none), so
      // its words are heard when they come (a live region shown together with its words often is not)
      expect($(el, '.notice').getBoundingClientRect().height).to.be.at.most(1);
      expect(getComputedStyle($(el, '.notice')).display).not.to.equal('none');
      const status = $(el, '.notice [role=status]');
      $(el, '.actions button.secondary').click();
      await el.updateComplete;
      expect(field(el, 'message').value).to.equal('');
      expect(field(el, 'name').value).to.equal('');
      expect($<HTMLInputElement>(el, '#f-consent').checked).to.equal(false);
      expect(sessionStorage.getItem(draftKey(CONFIG))).to.equal(null);
      expect(text($(el, '.notice'))).to.contain('Formuläret är tömt.');
      // the status says the words only; "Ångra" is a button beside it, not read out as part of it
      expect(text($(el, '.notice [role=status]'))).to.equal('Formuläret är tömt.');
      expect($(el, '.notice [role=status]') === status, 'the same live region, there before its words').to.equal(true);
      expect($(el, '.notice').getBoundingClientRect().height).to.be.greaterThan(10);
      $(el, '.notice button').click();
      await el.updateComplete;
      expectEverythingKept(el);
      expect(JSON.parse(sessionStorage.getItem(draftKey(CONFIG))!).values.name).to.equal(GOOD.name);
    });

    it('a cleared question gets a new key', async () => {
      const el = await renderFailedOnce();
      $(el, '.actions button.secondary').click();
      await el.updateComplete;
      await fillValid(el);
      await submit(el);
      await waitUntil(() => sent.length === 2);
      expect(sent[1].headers.get('Idempotency-Key')).not.to.equal(sent[0].headers.get('Idempotency-Key'));
    });
  });

  describe('the Idempotency-Key follows the body', () => {
    const EDITED = `${GOOD.message} Det gäller en svetsrobot.`;
    const keyOf = (n: number) => sent[n].headers.get('Idempotency-Key');
    const stored = () => JSON.parse(sessionStorage.getItem(draftKey(CONFIG))!) as { idempotencyKey?: string; sentFingerprint?: string };

    const failing: Array<[string, Answer]> = [
      ['500', () => json({ error: 'boom' }, 500)],
      ['429', () => json({}, 429)],
      ['422 with field errors', () => json({ errors: { message: 'Beskriv maskinen lite mer.' } }, 422)],
      ['a network error', () => Promise.reject(new TypeError('Failed to fetch'))],
      ['a timeout', (request) => hang(request)],
    ];
    for (const [what, fail] of failing) {
      it(`${what}, then an edit: the next send has a new key; a retry of the edit keeps that one`, async () => {
        const el = await renderForm(html`<evi-ask-form src=${CONFIG} .minFillTime=${0} .timeout=${150}></evi-ask-form>`);
        await fillValid(el);
        answer = fail;
        await submit(el);
        await waitUntil(() => sent.length === 1 && (el.shadowRoot!.querySelector('.failure') || el.shadowRoot!.querySelector('#summary')));
        await el.updateComplete;
        expect(stored().idempotencyKey).to.equal(keyOf(0));

        await type(el, 'message', EDITED);
        answer = () => json({ error: 'boom' }, 500);
        await submit(el);
        await waitUntil(() => sent.length === 2);
        expect(sent[1].body.message).to.equal(EDITED);
        expect(keyOf(1)).to.match(UUID);
        expect(keyOf(1)).not.to.equal(keyOf(0));
        expect(stored().idempotencyKey).to.equal(keyOf(1));

        // the edited question failed too: its retry, unchanged, keeps its (new) key
        await failureShown(el);
        await submit(el);
        await waitUntil(() => sent.length === 3);
        expect(keyOf(2)).to.equal(keyOf(1));
        await failureShown(el);
        answer = () => json({ reference: 'EVI-2026-000020' }, 201);
        $(el, '.failure button').click();
        await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
        expect(keyOf(3)).to.equal(keyOf(1));
        expect(sent[3].body.message).to.equal(EDITED);
      });
    }

    it('500, then the retry without an edit: the same key and the same body', async () => {
      const el = await renderFailedOnce();
      const fingerprint = stored().sentFingerprint;
      expect(fingerprint).to.be.a('string');
      answer = () => json({ reference: 'EVI-2026-000021' }, 201);
      $(el, '.failure button').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
      expect(keyOf(1)).to.equal(keyOf(0));
      expect(sent[1].body).to.deep.equal(sent[0].body);
    });

    it('an edit undone before the retry is no edit: the same key', async () => {
      const el = await renderFailedOnce();
      await type(el, 'name', 'Anna Berg');
      await type(el, 'name', `  ${GOOD.name} `); // trimmed before sending: the same body
      await submit(el);
      await waitUntil(() => sent.length === 2);
      expect(keyOf(1)).to.equal(keyOf(0));
    });

    it('choosing another topic is an edit: a new key', async () => {
      const el = await renderFailedOnce();
      await chooseTopic(el, 'bank');
      await submit(el);
      await waitUntil(() => sent.length === 2);
      expect(sent[1].body.topic).to.equal('bank');
      expect(keyOf(1)).not.to.equal(keyOf(0));
    });

    it('after a reload, an unchanged retry keeps the key', async () => {
      let el = await renderFailedOnce();
      const before = stored();
      expect(before.idempotencyKey).to.equal(keyOf(0));
      expect(before.sentFingerprint).to.be.a('string');

      el.remove();
      clearFeedCache();
      el = await renderForm();
      expectEverythingKept(el);
      answer = () => json({ reference: 'EVI-2026-000022' }, 201);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
      expect(keyOf(1)).to.equal(keyOf(0));
      expect(sent[1].body).to.deep.equal(sent[0].body);
    });

    it('after a reload, an edited question gets a new key', async () => {
      let el = await renderFailedOnce();
      el.remove();
      clearFeedCache();
      el = await renderForm();
      await type(el, 'message', EDITED);
      await submit(el);
      await waitUntil(() => sent.length === 2);
      expect(keyOf(1)).to.match(UUID);
      expect(keyOf(1)).not.to.equal(keyOf(0));
      expect(stored().idempotencyKey).to.equal(keyOf(1));
    });

    it('a draft key saved without a fingerprint (an older version of the form) is not reused', async () => {
      sessionStorage.setItem(
        draftKey(CONFIG),
        JSON.stringify({ values: { topic: 'finansiering', ...GOOD, consent: true }, idempotencyKey: 'old-key', startedAt: 1 }),
      );
      const el = await renderForm();
      expectEverythingKept(el);
      await submit(el);
      await waitUntil(() => sent.length === 1);
      expect(keyOf(0)).to.match(UUID);
    });

    it('"Ångra" after "Rensa" brings back the key with what it was sent for', async () => {
      const el = await renderFailedOnce();
      $(el, '.actions button.secondary').click();
      await el.updateComplete;
      $(el, '.notice button').click();
      await el.updateComplete;
      await submit(el);
      await waitUntil(() => sent.length === 2);
      expect(keyOf(1)).to.equal(keyOf(0));
    });
  });

  describe('spam', () => {
    it('has a honeypot nobody meets: hidden from screen readers, out of the tab order, off-screen', async () => {
      const el = await renderForm();
      const trap = $<HTMLInputElement>(el, 'input[name="website"]');
      expect(trap.closest('[aria-hidden="true"]')).not.to.equal(null);
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.getAttribute('autocomplete')).to.equal('off');
      expect(trap.getBoundingClientRect().right).to.be.lessThan(0);
    });

    it('does not send when the honeypot is filled, and says so neutrally', async () => {
      const el = await renderForm();
      const submitted: unknown[] = [];
      el.addEventListener('evi-submit', (event) => submitted.push(event.detail));
      await fillValid(el);
      $<HTMLInputElement>(el, 'input[name="website"]').value = 'https://spam.example';
      await submit(el);
      // the visible outcome first: the neutral message, and a form that is not (and was not) sending
      await waitUntil(() => el.shadowRoot!.querySelector('.failure, .receipt'), 'neither the message nor a receipt', { timeout: 1500 });
      expect(el.shadowRoot!.querySelector('.receipt'), 'a receipt: the question was sent').to.equal(null);
      const failure = $(el, '.failure');
      expect(text(failure)).to.equal('Frågan kunde inte skickas härifrån. Mejla eller ring En Väg In i stället.');
      await el.updateComplete;
      expect($(el, 'button[type="submit"]').getAttribute('aria-disabled'), 'not sending').not.to.equal('true');
      expect(el.shadowRoot!.querySelector('.receipt')).to.equal(null);
      // then: nothing went to the receiver
      expect(sent.length).to.equal(0);
      expect(submitted).to.deep.equal([]);
      expectEverythingKept(el);
    });

    it('does not send before the minimum fill time', async () => {
      const el = await renderForm(html`<evi-ask-form src=${CONFIG} .minFillTime=${60_000}></evi-ask-form>`);
      await fillValid(el);
      await submit(el);
      // the visible outcome first: the "one moment" notice, and a form that is not sending
      await waitUntil(
        () => el.shadowRoot!.querySelector('.receipt, .failure') || text(el.shadowRoot!.querySelector('.notice') ?? el).includes('Ett ögonblick'),
        'neither the "Ett ögonblick" notice nor a receipt',
        { timeout: 1500 },
      );
      expect(el.shadowRoot!.querySelector('.receipt'), 'a receipt: the question was sent').to.equal(null);
      expect(text($(el, '.notice'))).to.contain('Ett ögonblick');
      await el.updateComplete;
      expect($(el, 'button[type="submit"]').getAttribute('aria-disabled'), 'not sending').not.to.equal('true');
      expect(el.shadowRoot!.querySelector('.receipt, .failure')).to.equal(null);
      // then: nothing went to the receiver
      expect(sent.length).to.equal(0);
      expectEverythingKept(el);
      el.minFillTime = 0;
      await submit(el);
      await waitUntil(() => sent.length === 1);
    });
  });

  describe('keyboard only', () => {
    it('can be completed and sent with Tab, typing, Space and Enter', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      const el = await renderForm();
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(activeInShadow(el)).to.equal($(el, '#t-finansiering'));
      await sendKeys({ press: 'ArrowDown' });
      expect($<HTMLInputElement>(el, '#t-bank').checked).to.equal(true);
      await sendKeys({ press: 'ArrowUp' });
      expect($<HTMLInputElement>(el, '#t-finansiering').checked).to.equal(true);
      await sendKeys({ press: 'Tab' }); // the partner's link in the routing preview
      expect(activeInShadow(el)!.matches('.route a')).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(activeInShadow(el)).to.equal(field(el, 'message'));
      await sendKeys({ type: 'Vi funderar på en investering i en ny svets.' });
      // the suggestion agrees with the chosen topic, so it offers nothing
      await sendKeys({ press: 'Tab' });
      expect(activeInShadow(el)).to.equal(field(el, 'name'));
      await sendKeys({ type: GOOD.name });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: GOOD.email });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(activeInShadow(el)).to.equal($(el, '#f-consent'));
      await sendKeys({ press: 'Space' });
      expect($<HTMLInputElement>(el, '#f-consent').checked).to.equal(true);
      await sendKeys({ press: 'Tab' }); // the privacy link
      await sendKeys({ press: 'Tab' });
      expect(activeInShadow(el)).to.equal($(el, 'button[type="submit"]'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'no receipt', { timeout: 3000 });
      expect(sent[0].body).to.include({ topic: 'finansiering', name: GOOD.name, email: GOOD.email, consent: true });
      before.remove();
    });

    it('Enter in a text field submits and lands on the error summary', async () => {
      const el = await renderForm();
      field(el, 'name').focus();
      await sendKeys({ type: 'Anna' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(activeInShadow(el)).to.equal($(el, '#summary'));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(activeInShadow(el)).to.equal($(el, '#t-finansiering'));
    });
  });

  describe('accessibility', () => {
    it('is accessible while filling, with a routing preview and a suggestion', async () => {
      const el = await renderForm(html`<evi-ask-form src=${CONFIG} topic="ovrigt" .minFillTime=${0}></evi-ask-form>`);
      await type(el, 'message', 'Vi vill exportera till Norge och behöver ursprungsintyg', false);
      expect(text($(el, '.suggestion'))).to.contain('Mälardalens Handelskammare');
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme, while sending', async () => {
      const el = await renderForm(html`<evi-ask-form theme="dark" src=${CONFIG} .minFillTime=${0}></evi-ask-form>`);
      await fillValid(el);
      answer = (request) => hang(request);
      await submit(el);
      const button = $<HTMLButtonElement>(el, 'button[type="submit"]');
      expect(text(button)).to.equal('Skickar…');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expectDarkTheme(el);
      await expect(el).to.be.accessible();
    });
  });
});

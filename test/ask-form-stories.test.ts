/**
 * The <evi-ask-form> state stories (stories/ask-form.stories.ts) reach the state they are named for,
 * through the element's own code path, and leave `window.fetch` as they found it.
 * test/stories.a11y.test.ts checks the same stories with axe and Tab; this checks what they show.
 */
import { expect } from '@open-wc/testing';
import type { EviAskForm } from '../src/ask-form/ask-form.js';
import { draftKey } from '../src/ask-form/draft.js';
import { clearFeedCache } from '../src/internal/feed-cache.js';
import { captureConsole } from './helpers/network.js';
import { loadStories, renderStory, SETTLE_TIMEOUT_MS, type HarnessStory } from './story-harness.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const stories = (await loadStories()).filter((story) => story.title === 'Widgets/Ask form');

function story(exportName: string): HarnessStory {
  const found = stories.find((s) => s.exportName === exportName);
  if (!found) throw new Error(`no story ${exportName}`);
  return found;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

interface Rendered {
  el: EviAskForm;
  shadow: ShadowRoot;
  /** requests that reached the page's fetch (the story's own receiver answers before it) */
  posts: string[];
  submitted: CustomEvent[];
}

describe('<evi-ask-form> state stories', function () {
  this.timeout(SETTLE_TIMEOUT_MS + 3000);
  const pageFetch = window.fetch;
  let posts: string[] = [];
  let submitted: CustomEvent[] = [];
  let errors: ReturnType<typeof captureConsole>;
  const onSubmit = (event: Event) => submitted.push(event as CustomEvent);

  beforeEach(() => {
    sessionStorage.clear();
    clearFeedCache();
    posts = [];
    submitted = [];
    errors = captureConsole('error');
    // under the stories' receiver: sees what it lets through
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if ((init?.method ?? 'GET').toUpperCase() === 'POST') posts.push(String(input));
      return pageFetch(input, init);
    };
    document.addEventListener('evi-submit', onSubmit);
  });
  afterEach(() => {
    document.removeEventListener('evi-submit', onSubmit);
    window.fetch = pageFetch;
    errors.restore();
    sessionStorage.clear();
  });

  async function render(exportName: string): Promise<Rendered> {
    const before = window.fetch;
    const root = await renderStory(story(exportName));
    const el = (root.localName === 'evi-ask-form' ? root : root.querySelector('evi-ask-form')) as EviAskForm;
    expect(window.fetch, 'fetch is restored once the story is in its state').to.equal(before);
    return { el, shadow: el.shadowRoot!, posts, submitted };
  }

  function expectKept(shadow: ShadowRoot) {
    expect(shadow.querySelector<HTMLInputElement>('#t-finansiering')!.checked).to.equal(true);
    expect(shadow.querySelector<HTMLTextAreaElement>('#f-message')!.value.length).to.be.greaterThan(10);
    expect(shadow.querySelector<HTMLInputElement>('#f-name')!.value).to.equal('Anna Andersson');
    expect(shadow.querySelector<HTMLInputElement>('#f-email')!.value).to.equal('anna@kolbacks-smide.example');
    expect(shadow.querySelector<HTMLInputElement>('#f-orgNumber')!.value).to.equal('556677-8899');
    expect(shadow.querySelector<HTMLInputElement>('#f-consent')!.checked).to.equal(true);
  }

  it('every state has a story', () => {
    const names = stories.map((s) => s.exportName);
    for (const name of ['Loading', 'ConfigError', 'Filling', 'DraftRestored', 'LongMessage', 'ErrorSummary', 'ReceiverErrors', 'Sending', 'Failed', 'Receipt']) {
      expect(names, name).to.include(name);
    }
  });

  it('Loading: the configuration request is held, the form shows its loading status', async () => {
    const { shadow } = await render('Loading');
    const status = shadow.querySelector('[part~="status"]')!;
    expect(status.getAttribute('aria-busy')).to.equal('true');
    expect(text(status)).to.equal('Laddar frågeformuläret…');
    expect(shadow.querySelector('form') === null, 'no form while loading').to.equal(true);
  });

  it('Draft restored: what the visitor typed before the reload is back, and a notice says so', async () => {
    const { shadow } = await render('DraftRestored');
    expect(text(shadow.querySelector('.notice'))).to.equal('Vi har sparat det du skrev tidigare i den här fliken.');
    expect(shadow.querySelector<HTMLInputElement>('#t-finansiering')!.checked).to.equal(true);
    expect(shadow.querySelector<HTMLTextAreaElement>('#f-message')!.value).to.match(/^Vi vill bygga ut verkstaden/);
    expect(shadow.querySelector<HTMLInputElement>('#f-name')!.value).to.equal('Anna Andersson');
  });

  it('Long question: the count says how many characters too many, nothing is cut', async () => {
    const { shadow } = await render('LongMessage');
    const message = shadow.querySelector<HTMLTextAreaElement>('#f-message')!.value;
    expect(message.length).to.be.greaterThan(5000);
    expect(text(shadow.querySelector('.count.over'))).to.equal(`${message.length.toLocaleString('sv-SE').replace(/\s/g, ' ')} av 5 000 tecken`);
    expect(posts).to.deep.equal([]);
  });

  it('Error summary: nothing is sent; the summary lists every problem and has focus', async () => {
    const { shadow } = await render('ErrorSummary');
    const summary = shadow.querySelector('#summary')!;
    expect(shadow.activeElement === summary, 'the summary has focus').to.equal(true);
    expect(text(shadow.querySelector('#summary-heading'))).to.equal('Rätta 5 fel innan du skickar');
    expect(shadow.querySelectorAll('#summary a').length).to.equal(5);
    expect(shadow.querySelectorAll('[aria-invalid="true"]:not([type=radio])').length).to.equal(5);
    expect(posts).to.deep.equal([]);
  });

  it("Receiver field errors: the receiver's messages at their fields, everything kept", async () => {
    const { shadow } = await render('ReceiverErrors');
    expect(shadow.activeElement === shadow.querySelector('#summary'), 'the summary has focus').to.equal(true);
    expect(text(shadow.querySelector('#e-email'))).to.equal('Adressen tar inte emot e-post hos oss. Kontrollera stavningen.');
    expect(text(shadow.querySelector('#e-orgNumber'))).to.equal('Organisationsnumret finns inte hos Bolagsverket.');
    expect(shadow.querySelector('#f-email')!.getAttribute('aria-invalid')).to.equal('true');
    expectKept(shadow);
    expect(posts, 'the story receiver answered').to.deep.equal([]);
  });

  it('Sending: the question is on its way and the button says so', async () => {
    const { shadow } = await render('Sending');
    const button = shadow.querySelector('button[type="submit"]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text(button)).to.equal('Skickar…');
    expect(text(shadow.querySelector('.notice'))).to.equal('Skickar din fråga…');
    expectKept(shadow);
    const draft = JSON.parse(sessionStorage.getItem(draftKey('/stories/feeds/ask.json?story=sending'))!);
    expect(draft.idempotencyKey).to.match(UUID);
  });

  it('Failed: a plain alert, everything kept, the key kept with the draft', async () => {
    const { shadow } = await render('Failed');
    const failure = shadow.querySelector('.failure')!;
    expect(text(failure.querySelector('[role=alert]'))).to.contain('Något gick fel hos oss.');
    expect(text(failure)).to.contain('Något gick fel hos oss.');
    expect(text(failure)).to.contain('Allt du skrev finns kvar.');
    expectKept(shadow);
    const draft = JSON.parse(sessionStorage.getItem(draftKey('/stories/feeds/ask.json?story=failed'))!);
    expect(draft.idempotencyKey).to.match(UUID);
    expect(draft.sentFingerprint).to.be.a('string');
    expect(errors.lines.join('\n')).to.contain('answered HTTP 503');
  });

  it('Receipt: the reference and the partner, focus on the heading, evi-submit, no draft left', async () => {
    const { shadow } = await render('Receipt');
    const receipt = shadow.querySelector('.receipt')!;
    expect(text(receipt)).to.contain('Ärendenummer: EVI-2027-000123');
    expect(text(receipt)).to.contain('Frågan går till Almi Företagspartner.');
    expect(shadow.activeElement === shadow.querySelector('#receipt-heading'), 'the receipt heading has focus').to.equal(true);
    expect(submitted.map((event) => event.detail)).to.deep.equal([{ reference: 'EVI-2027-000123', topic: 'finansiering' }]);
    expect(sessionStorage.getItem(draftKey('/stories/feeds/ask.json?story=receipt'))).to.equal(null);
  });

  it('the stories do not fill the plain stories: their drafts are under their own configuration URLs', async () => {
    await render('Failed');
    expect(sessionStorage.getItem(draftKey('/stories/feeds/ask.json'))).to.equal(null);
  });
});

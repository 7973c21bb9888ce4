/**
 * The ask form's test helpers: a receiver standing where `submitUrl` is, and rendering and filling in the
 * form the way a visitor does it. Shared by test/ask-form.test.ts and test/ask-form-review.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/evi-ask-form.js';
import type { EviAskForm } from '../../src/ask-form/ask-form.js';

export const CONFIG = '/test/fixtures/ask.json';
export const SUBMIT_URL = 'https://envagin.example/api/questions';

// ---------------------------------------------------------------------------------------------------
// A receiver standing where submitUrl is: records each request (headers and body) and answers as told.

export interface SentRequest {
  headers: Headers;
  body: Record<string, unknown>;
  signal?: AbortSignal;
}
export type Answer = (request: SentRequest, n: number) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** Never answers; rejects like fetch when aborted. */
export function hang(request: SentRequest): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

export const realFetch = window.fetch;

/**
 * Replaces `fetch`: requests to SUBMIT_URL are recorded in the returned list and answered by `respond`
 * (with the request and its number, from 1); every other request goes to the test server.
 */
export function installReceiver(respond: Answer): SentRequest[] {
  const sent: SentRequest[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url === SUBMIT_URL) {
      const request: SentRequest = {
        headers: new Headers(init?.headers),
        body: JSON.parse(String(init?.body)) as Record<string, unknown>,
        signal: init?.signal ?? undefined,
      };
      sent.push(request);
      return Promise.resolve(respond(request, sent.length));
    }
    return realFetch(input, init);
  };
  return sent;
}

// ---------------------------------------------------------------------------------------------------
// Rendering and filling in, the way a visitor does it

export async function renderForm(template?: TemplateResult): Promise<EviAskForm> {
  const el = await fixture<EviAskForm>(template ?? html`<evi-ask-form src=${CONFIG} .minFillTime=${0}></evi-ask-form>`);
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not render', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

export function $<T extends HTMLElement = HTMLElement>(el: EviAskForm, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}
export function $$(el: EviAskForm, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function field(el: EviAskForm, name: string): HTMLInputElement {
  return $<HTMLInputElement>(el, `#f-${name}`);
}
export function text(el: Element | ShadowRoot): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Types `value` into a field, then (unless `leave` is false) leaves it, as a visitor tabbing on does. */
export async function type(el: EviAskForm, name: string, value: string, leave = true) {
  const input = field(el, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (leave) input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function chooseTopic(el: EviAskForm, id: string) {
  $<HTMLInputElement>(el, `#t-${id}`).click();
  await el.updateComplete;
}

export const GOOD = {
  message: 'Vi vill låna pengar till en ny maskin. Vem kan hjälpa oss?',
  name: 'Anna Andersson',
  email: 'anna@kolbacks-smide.example',
  phone: '0220-123 45',
  company: 'Kolbäcks Smide AB',
  orgNumber: '556677-8899',
};

export async function fillValid(el: EviAskForm, topic = 'finansiering') {
  await chooseTopic(el, topic);
  for (const [name, value] of Object.entries(GOOD)) await type(el, name, value);
  $<HTMLInputElement>(el, '#f-consent').click();
  await el.updateComplete;
}

export async function submit(el: EviAskForm) {
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

export function expectEverythingKept(el: EviAskForm, topic = 'finansiering') {
  for (const [name, value] of Object.entries(GOOD)) expect(field(el, name).value, name).to.equal(value);
  expect($<HTMLInputElement>(el, '#f-consent').checked).to.equal(true);
  expect($<HTMLInputElement>(el, `#t-${topic}`).checked).to.equal(true);
}

export async function failureShown(el: EviAskForm): Promise<HTMLElement> {
  await waitUntil(() => el.shadowRoot!.querySelector('.failure'), 'no failure message', { timeout: 3000 });
  await el.updateComplete;
  return $<HTMLElement>(el, '.failure');
}

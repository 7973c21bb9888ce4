import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined, live } from '../internal/directives.js';
import { feedTextLang } from '../internal/lang.js';
import { EviElement } from '../internal/evi-element.js';
import { emit } from '../internal/events.js';
import { usableTimeout } from '../internal/feed-cache.js';
import { feedStatusStyles, renderFeedError, renderLoading, RetryingFeedController } from '../internal/feed-status.js';
import { baseStyles } from '../internal/styles.js';
import { idHint } from '../internal/attribute-hints.js';
import { unquoted, warnOnce } from '../internal/warn.js';
import { characterCount, isHttpUrlString } from '../schemas/common.js';
import { MESSAGE_MAX_LENGTH, parseAskConfig, validateSubmission, type AskConfig, type Partner, type Topic } from '../schemas/ask.js';
import { askFormStyles } from './ask-form.styles.js';
import { clearDraft, draftKey, EMPTY_VALUES, hasContent, loadDraft, saveDraft, saveReceipt, takeReceipt, type DraftValues } from './draft.js';
import { partnerFor, suggestTopic } from './routing.js';
import { askStrings, errorMessage, FIELDS, type AskStrings, type FieldName } from './strings.js';
import { bodyFingerprint, currentPage, newIdempotencyKey, submitQuestion, type SubmitFailure } from './submit.js';

/** Where the form is. `failed` keeps everything typed; `sent` shows the receipt. */
type Phase =
  | { kind: 'filling' }
  | { kind: 'submitting' }
  /** `back`: the connection came back, but the question was edited since it failed, so it waits for the visitor */
  | { kind: 'failed'; failure: SubmitFailure; back?: boolean }
  | { kind: 'sent'; reference: string; topic: Topic; partner?: Partner; email: string };

/** A short message in the form's status line (polite live region). */
type Notice = 'restored' | 'notSent' | 'cleared' | 'tooFast' | 'blocked' | { switched: string };

/** The remaining characters below which the count is also announced to screen readers. */
const ANNOUNCE_BELOW = 500;
const ANNOUNCE_DELAY_MS = 1200;
/** An error code from a receiver (ours, `invalidUrl`, or its own `not_found`), not a sentence: never shown as it is. */
const CODE = /^[a-z][A-Za-z_]*$/;
const isField = (field: string): field is FieldName => (FIELDS as readonly string[]).includes(field);
/**
 * A personnummer, ten digits or twelve (with the century), which a sole trader uses for the firm: the
 * month (01–12) where an organisationsnummer has 20 or more. Such a visitor may leave the field empty.
 */
const PERSONAL_NUMBER = /^(?:19|20)?\d\d[01]\d{3}[-+]?\d{4}$/;

/** En Väg In itself, which answers its own topics: "En Väg In receives the question and…" would only repeat it. */
function isEnVagIn(partner: Partner): boolean {
  return partner.id === 'envagin' || partner.name.trim().toLowerCase() === 'en väg in';
}

/**
 * An organisation number as typed, in the contract's form: spaces out ("556677 8899", as on an invoice),
 * a dash from a word processor as "-", and the "16" Skatteverket puts before a company's number left off.
 * The field keeps what the visitor typed; this is what is checked and sent.
 */
function asOrgNumber(typed: string): string {
  const compact = typed.replace(/\s+/g, '').replace(/[\u2010-\u2015\u2212]/g, '-');
  return /^16\d{6}-?\d{4}$/.test(compact) ? compact.slice(2) : compact;
}

type Receipt = Extract<Phase, { kind: 'sent' }>;

/**
 * Questions on their way, by draft key. A form that leaves the page while sending (a single-page app's route
 * change) goes on sending; a form that comes for the same draft meanwhile waits for that outcome rather than
 * offer the question again as a saved draft, which a second send would have made a duplicate of. (A receipt
 * that came when no form was there waits in sessionStorage: saveReceipt.)
 */
const sending = new Map<string, Promise<unknown>>();

/** Connected forms, to tell two forms with the same configuration apart (`draftSlotOf`). */
const formsOnPage = new Set<EviAskForm>();

/**
 * Its draft's slot: how many forms with the same configuration come before `form` on the page (so after
 * a reload each finds its own), or, when another form already uses that slot (a form inserted before
 * an existing one), the lowest free one, so two forms never write one draft.
 */
function draftSlotOf(form: EviAskForm, src: string): number {
  const key = draftKey(src);
  const used = new Set<number>();
  let slot = 0;
  for (const other of formsOnPage) {
    const otherSrc = other !== form && other.src?.trim();
    if (!otherSrc || draftKey(otherSrc) !== key) continue;
    used.add(other.draftSlot);
    if (form.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_PRECEDING) slot++;
  }
  if (!used.has(slot)) return slot;
  slot = 0;
  while (used.has(slot)) slot++;
  return slot;
}

/**
 * "Fråga En Väg In": one way in for a business owner's question. The visitor picks a topic and sees
 * which body answers it, writes the question and their contact details, and gets a reference.
 * Nothing typed is lost: a draft is kept in `sessionStorage` (this tab only) and every failure keeps
 * the form filled and offers a retry with the same `Idempotency-Key` (a question edited since it was
 * last sent is sent with a new one).
 *
 * @tag evi-ask-form
 * @summary Question form routed to the right partner, posting to the configuration's `submitUrl`.
 *
 * @slot - No-JavaScript fallback (e.g. a mailto: link). Without JavaScript it is all that shows;
 *   with it, it shows below the message when the configuration cannot be loaded, and in the message
 *   of a failed send (another way to ask).
 *
 * @fires evi-load - The ask configuration was loaded. `detail: { url, count, skipped }` (count: topics)
 * @fires evi-error - The configuration could not be loaded or is unusable. `detail: { url, message }`
 * @fires evi-submit - A question was accepted. `detail: { reference, topic }`
 *
 * @csspart form - The form.
 * @csspart receipt - The receipt shown after sending.
 * @csspart button - Buttons.
 * @csspart status - Loading and error states of the configuration.
 *
 * @cssprop --evi-ask-form-loading-height - Height reserved while the configuration loads. Default: 90em, at most `100vh`.
 * @cssprop --evi-color-accent - Accent colour shared by all widgets (buttons, focus of choices).
 * @cssprop --evi-color-danger - Colour of error messages and invalid fields.
 * @cssprop --evi-color-surface - Background of the routing preview and the receipt.
 * @cssprop --evi-font-family - Font family. Default: inherited from the page.
 */
export class EviAskForm extends EviElement {
  static override styles = [baseStyles, feedStatusStyles, askFormStyles];

  /** The id of a topic to preselect (the visitor can change it). */
  @property({ reflect: true }) topic?: string;

  /**
   * Milliseconds a visitor needs at least between the form appearing and sending (a spam check:
   * bots submit at once). Default 3000; tests set 0.
   */
  @property({ attribute: false }) minFillTime = 3000;

  /**
   * The level of the form's own headings (error summary, receipt), to fit the page's outline
   * (extension; default 3, below the page's h2 that introduces the form).
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  @state() private values: DraftValues = { ...EMPTY_VALUES };
  @state() private touched = new Set<FieldName>();
  @state() private submitAttempted = false;
  @state() private serverErrors: Record<string, string> = {};
  @state() private phase: Phase = { kind: 'filling' };
  @state() private notice?: Notice;
  @state() private countAnnouncement = '';
  @state() private dismissed = new Set<string>();

  private idempotencyKey?: string;
  /** `bodyFingerprint()` of the body last sent with `idempotencyKey` */
  private sentFingerprint?: string;
  private startedAt?: number;
  private shownAt?: number;
  private inFlight = false;
  private undoSnapshot?: { values: DraftValues; idempotencyKey?: string; sentFingerprint?: string; startedAt?: number };
  private announceTimer?: ReturnType<typeof setTimeout>;
  /**
   * Which of the page's forms with this `src` this is (0 for the first), so each keeps its own draft.
   * @internal
   */
  draftSlot = 0;
  /** where the question on screen is kept in sessionStorage: `[src, slot]`, moved along when `src` changes */
  private savedAt?: [string, number];
  /** where focus goes after the next update: a selector, or several tried in order */
  private focusAfterUpdate?: string | string[];

  private readonly feed = new RetryingFeedController(this, {
    parse: parseAskConfig,
    count: (data) => data.topics.length,
  });

  /**
   * Back online after a failure: the question that failed goes again by itself, but only as it was sent
   * (a half-edited question is the visitor's to send); otherwise the failure says to press "Försök igen".
   */
  private readonly onOnline = () => {
    if (this.phase.kind !== 'failed') return;
    if (this.resendable()) void this.send(true);
    // a refusal is not the connection's fault: sending it again would be refused again
    else if (this.phase.failure.kind !== 'rejected') this.phase = { ...this.phase, back: true };
  };

  /**
   * Would coming back online send the question by itself? Only after a failure the connection caused, and
   * only as it was sent: a question edited since is the visitor's to send.
   */
  private resendable(): boolean {
    const config = this.config;
    if (this.phase.kind !== 'failed' || !config || !['offline', 'network', 'timeout'].includes(this.phase.failure.kind)) return false;
    const validation = this.validate(config);
    return validation.ok && bodyFingerprint(validation.data) === this.sentFingerprint;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Kept aside and attached again (a router's keep-alive) after another form took its draft slot: the
    // draft moves to a slot of its own, and the other form's (now in the old slot) is left alone.
    const src = this.src?.trim();
    const taken = (other: EviAskForm) => other.draftSlot === this.draftSlot && draftKey(other.src?.trim() ?? '') === draftKey(src ?? '');
    if (src && this.savedAt && [...formsOnPage].some(taken)) {
      this.draftSlot = draftSlotOf(this, src);
      this.savedAt = undefined;
      this.persist();
    }
    formsOnPage.add(this);
    window.addEventListener('online', this.onOnline);
    if (this.restoreOnConnect) {
      this.restoreOnConnect = false;
      this.restoreDraft();
    }
    // put back after its answer came (a router's keep-alive): it shows its own receipt, so the one it saved for
    // another form goes, and the page hears of the question now
    if (this.receiptSavedAt && this.phase.kind === 'sent') {
      const [src, slot] = this.receiptSavedAt;
      this.receiptSavedAt = undefined;
      // only its own: another form may have taken it and left a receipt of its own question there since
      const reference = this.phase.reference;
      const waiting = takeReceipt<Receipt>(src, slot);
      if (waiting?.reference === reference) emit(this, 'evi-submit', { reference, topic: this.phase.topic.id });
      else if (waiting) saveReceipt(src, slot, waiting);
    }
  }

  /** the receipt came while the visitor was elsewhere: the form's status says so (see render) */
  private announceReceipt = false;
  /** a question another form was sending came back while this one was out of the page (see restoreDraft) */
  private restoreOnConnect = false;
  /** where this form, out of the page when its question was accepted, left the receipt for the next form */
  private receiptSavedAt?: [string, number];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    formsOnPage.delete(this);
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.announceTimer);
  }

  /** While sending, the fields are readonly (not disabled: still focusable, and read with their values). */
  private get submitting(): boolean {
    return this.phase.kind === 'submitting';
  }

  private get level(): string {
    const level = Math.round(this.headingLevel);
    return String(level >= 1 && level <= 6 ? level : 3);
  }

  private get t(): AskStrings {
    return askStrings[this.language];
  }

  private get config(): AskConfig | undefined {
    const state = this.feed.state;
    return state.kind === 'loaded' ? state.feed.data : undefined;
  }

  /** The language of the configuration's texts when it differs from the form's, else undefined (WCAG 3.1.2). */
  private textLang(config: AskConfig | undefined): string | undefined {
    return config && feedTextLang(config.lang, this.language);
  }

  /** A configuration's text among the form's own words, marked with its language when that differs. */
  private configText(config: AskConfig, text: string): string | TemplateResult {
    const lang = this.textLang(config);
    return lang && text ? html`<span lang=${lang}>${text}</span>` : text;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('src')) this.restoreDraft();
    if (this.config && this.shownAt === undefined) this.shownAt = Date.now();
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    const selectors = ([] as string[]).concat(this.focusAfterUpdate);
    this.focusAfterUpdate = undefined;
    // in order: a selector list ('a, b') would match in document order instead
    for (const selector of selectors) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) return target.focus();
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Values, draft, validation

  /**
   * The chosen topic: the visitor's choice, else the `topic` attribute, each only when the configuration
   * has it (a draft from an earlier configuration, or a new `src`, may name a topic that is gone).
   */
  private topicId(config: AskConfig): string {
    const chosen = this.values.topic;
    if (chosen && config.topics.some((t) => t.id === chosen)) return chosen;
    const preset = unquoted(this.topic ?? '');
    if (!preset) return '';
    if (config.topics.some((t) => t.id === preset)) return preset;
    const ids = config.topics.map((t) => t.id);
    warnOnce(this, `topic|${preset}|${this.src}`, `topic "${preset}" is not a topic id in ${this.src}; no topic is preselected.${idHint(preset, ids)}`);
    return '';
  }

  private restoreDraft(): void {
    const src = this.src?.trim();
    if (!src) return;
    this.draftSlot = draftSlotOf(this, src);
    // a new `src` while a question is kept: it moves to the new configuration's key, none stays behind
    if (this.savedAt) return this.persist();
    const receipt = takeReceipt<Receipt>(src, this.draftSlot);
    if (receipt) {
      // sent by a form that had left the page when the answer came: this one shows the receipt, and says so;
      // focus on it if the visitor was in this form (it was showing the question being sent), else the status
      this.phase = receipt;
      if (this.shadowRoot?.activeElement) this.focusAfterUpdate = '#receipt-heading';
      else if (this.hasUpdated) this.announceReceipt = true;
      emit(this, 'evi-submit', { reference: receipt.reference, topic: receipt.topic.id });
      return;
    }
    const pending = sending.get(draftKey(src, this.draftSlot));
    const draft = loadDraft(src, this.draftSlot);
    // (while its draft is kept: the question is in it until the answer comes)
    if (pending && !this.inFlight && draft) {
      // that form's question, still on its way: shown as being sent, then its receipt or the draft to send again
      this.inFlight = true;
      this.values = draft.values;
      this.phase = { kind: 'submitting' };
      void pending.then(() => {
        this.inFlight = false;
        this.phase = { kind: 'filling' };
        // what it showed was the other form's question: the receipt or the draft (if any is left) decides now
        this.values = { ...EMPTY_VALUES };
        // no receipt: the draft that comes back is a question that did not get through, and the notice says so
        this.waitedInVain = true;
        // out of the page by then too: the receipt or the draft waits for its next connect (or another form)
        if (this.isConnected) this.restoreDraft();
        else this.restoreOnConnect = true;
      });
      return;
    }
    const waitedInVain = this.waitedInVain;
    this.waitedInVain = false;
    if (!draft) return;
    this.savedAt = [src, this.draftSlot];
    this.values = draft.values;
    this.idempotencyKey = draft.idempotencyKey;
    this.sentFingerprint = draft.sentFingerprint;
    this.startedAt = draft.startedAt;
    if (hasContent(draft.values)) this.notice = waitedInVain ? 'notSent' : 'restored';
  }

  /** this form waited for another's question, which got no receipt (see restoreDraft) */
  private waitedInVain = false;

  /** Keeps the question in this tab's draft (or removes the draft of an empty form), where `src` says. */
  private persist(): void {
    const src = this.src?.trim();
    if (this.savedAt) clearDraft(...this.savedAt);
    this.savedAt = undefined;
    if (!src) return;
    if (hasContent(this.values) || this.idempotencyKey) {
      saveDraft(src, {
        values: this.values,
        idempotencyKey: this.idempotencyKey,
        sentFingerprint: this.sentFingerprint,
        startedAt: this.startedAt,
      }, this.draftSlot);
      this.savedAt = [src, this.draftSlot];
    } else clearDraft(src, this.draftSlot);
  }

  private setValue<K extends keyof DraftValues>(field: K, value: DraftValues[K]): void {
    // while sending, what is sent stays what is shown (text fields are readonly; a radio or the checkbox
    // is put back by live())
    if (this.submitting) return this.requestUpdate();
    this.values = { ...this.values, [field]: value };
    this.startedAt ??= Date.now();
    if (field in this.serverErrors) {
      const rest = { ...this.serverErrors };
      delete rest[field];
      this.serverErrors = rest;
    }
    if (this.notice && this.notice !== 'blocked') this.notice = undefined;
    this.persist();
  }

  private leave(field: FieldName): void {
    if (this.touched.has(field)) return;
    // Leaving a field for a press on "Skicka frågan": the field's error would appear above the button and push
    // it from under the finger (53 px on a phone), so the tap missed. It shows once the press is over.
    if (this.pressed) {
      this.pressed.add(field);
      return;
    }
    this.touched = new Set(this.touched).add(field);
  }

  /** fields left while a press on one of the form's buttons was under way (see leave) */
  private pressed?: Set<FieldName>;

  private readonly onActionsPress = (): void => {
    const pressed = (this.pressed ??= new Set());
    // Over after the click (a send marks every field anyway; "Rensa" drops them), which on a touch screen comes
    // after pointerup and after the field is left; a press that ends elsewhere (no click) lets go soon after.
    let fallback: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      window.removeEventListener('click', done, true);
      window.removeEventListener('pointercancel', done);
      clearTimeout(fallback);
      setTimeout(() => {
        if (this.pressed !== pressed) return;
        this.pressed = undefined;
        for (const field of pressed) this.leave(field);
      });
    };
    window.addEventListener('click', done, true);
    window.addEventListener('pointercancel', done);
    window.addEventListener('pointerup', () => (fallback = setTimeout(done, 1000)), { once: true });
  };

  /** The question as it would be sent: short fields trimmed, `page` and `locale` added. */
  private body(config: AskConfig): Record<string, unknown> {
    const v = this.values;
    return {
      topic: this.topicId(config),
      message: v.message,
      name: v.name.trim(),
      email: v.email.trim(),
      phone: v.phone.trim(),
      company: v.company.trim(),
      orgNumber: asOrgNumber(v.orgNumber),
      consent: v.consent,
      page: currentPage(),
      locale: this.language,
    };
  }

  private validate(config: AskConfig) {
    return validateSubmission(this.body(config), config.topics.map((topic) => topic.id));
  }

  /**
   * Every problem now, per field, in the visitor's words: our checks first, then the receiver's. A
   * receiver's code is translated at a field; at a field the visitor cannot see (`page`) it stays a
   * code, which the summary does not show.
   */
  private allErrors(config: AskConfig): Record<string, string> {
    const t = this.t;
    const errors: Record<string, string> = {};
    const result = this.validate(config);
    const say = (field: FieldName, code: string) =>
      errorMessage(t, field, field === 'orgNumber' && PERSONAL_NUMBER.test(asOrgNumber(this.values.orgNumber)) ? 'personalNumber' : code);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.errors)) {
        if (isField(field)) errors[field] = say(field, code);
      }
    }
    for (const [field, message] of Object.entries(this.serverErrors)) {
      if (errors[field]) continue;
      errors[field] = isField(field) && CODE.test(message) ? say(field, message) : message;
    }
    return errors;
  }

  /** The errors the visitor is shown: a field's once it was left, all of them once sending was tried. */
  private visibleErrors(config: AskConfig): Record<string, string> {
    const all = this.allErrors(config);
    if (this.submitAttempted) return all;
    const shown: Record<string, string> = {};
    for (const [field, message] of Object.entries(all)) {
      if (this.touched.has(field as FieldName) || field in this.serverErrors) shown[field] = message;
    }
    return shown;
  }

  // ------------------------------------------------------------------------------------------------
  // Sending

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.send();
  }

  /**
   * `auto`: sent by itself (back online). Focus moves to the outcome only if the visitor is still where the
   * send left them: in the form, or (a send they started) where focus was then; not if they went on
   * elsewhere in the page while a slow receiver answered.
   */
  private async send(auto = false): Promise<void> {
    const config = this.config;
    if (!config || this.inFlight) return;
    const from = document.activeElement;
    const focus = (target: string) => {
      if (this.shadowRoot?.activeElement || (!auto && document.activeElement === from)) this.focusAfterUpdate = target;
    };
    this.submitAttempted = true;
    const validation = this.validate(config);
    if (!validation.ok) {
      this.phase = { kind: 'filling' };
      if (Object.keys(validation.errors).some(isField)) return focus('#summary');
      // nothing the visitor can fix (a field of ours went wrong): say so, rather than do nothing
      console.error(`[evi-ask-form] the question cannot be sent: ${JSON.stringify(validation.errors)}`);
      this.notice = 'blocked';
      return;
    }
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('input[name="website"]');
    if (honeypot?.value) {
      // Only bots fill a field nobody can see or reach. Nothing is sent; the message is neutral.
      this.notice = 'blocked';
      return;
    }
    const since = Math.min(this.startedAt ?? Infinity, this.shownAt ?? Infinity);
    if (Date.now() - since < this.minFillTime) {
      this.notice = 'tooFast';
      return;
    }

    this.inFlight = true;
    // A retry of the body last sent keeps its key (so a lost answer cannot make a duplicate); a
    // question edited since then is a new request and gets a new key (submit.ts, bodyFingerprint).
    const fingerprint = bodyFingerprint(validation.data);
    if (!this.idempotencyKey || this.sentFingerprint !== fingerprint) {
      this.idempotencyKey = newIdempotencyKey();
      this.sentFingerprint = fingerprint;
    }
    this.persist();
    this.notice = undefined;
    // the failure alert goes while sending, with its "Försök igen" that may have keyboard focus: focus
    // moves to the send button, which says "Skickar…" (else it would fall back to the top of the page)
    const root = this.shadowRoot;
    if (root?.activeElement && root.querySelector('.failure')?.contains(root.activeElement)) {
      this.focusAfterUpdate = 'button[type="submit"]';
    }
    this.phase = { kind: 'submitting' };
    const topic = config.topics.find((t) => t.id === validation.data.topic)!;
    const savedAt = this.savedAt;
    const key = savedAt && draftKey(...savedAt);
    let settle: () => void = () => {};
    if (key) sending.set(key, new Promise<void>((resolve) => (settle = resolve)));
    try {
      const result = await submitQuestion(config.submitUrl, validation.data, this.idempotencyKey, { timeoutMs: usableTimeout(this) });
      if (result.kind === 'accepted') {
        const receipt = this.accept(result.reference, topic, partnerFor(config, topic));
        // out of the page (a route change while sending): nobody saw it; the next form on this draft shows it
        if (savedAt && !this.isConnected) {
          saveReceipt(...savedAt, receipt);
          this.receiptSavedAt = savedAt;
        }
        focus('#receipt-heading');
        // the visitor is elsewhere: focus stays there, and the status says the question arrived
        if (this.focusAfterUpdate !== '#receipt-heading') this.announceReceipt = true;
        return;
      }
      // errors at fields the visitor sees go to the summary; only others: the failure, which offers the fallback
      const atFields = result.kind === 'rejected' && Object.keys(result.errors).some(isField);
      this.serverErrors = atFields ? result.errors : {};
      if (atFields) {
        this.phase = { kind: 'filling' };
        return focus('#summary');
      }
      this.phase = { kind: 'failed', failure: result };
    } finally {
      this.inFlight = false;
      if (key) sending.delete(key);
      settle();
    }
  }

  private accept(reference: string, topic: Topic, partner: Partner | undefined): Receipt {
    // the address the answer goes to, shown on the receipt: the last chance to see a typo in it
    const email = this.values.email.trim();
    this.pressed = undefined;
    this.values = { ...EMPTY_VALUES };
    this.idempotencyKey = undefined;
    this.sentFingerprint = undefined;
    this.startedAt = undefined;
    this.persist();
    this.touched = new Set();
    this.submitAttempted = false;
    this.serverErrors = {};
    this.dismissed = new Set();
    const receipt: Receipt = { kind: 'sent', reference, topic, partner, email };
    this.phase = receipt;
    // (a form out of the page is heard by nobody: the form that shows the receipt says it, see restoreDraft)
    if (this.isConnected) emit(this, 'evi-submit', { reference, topic: topic.id });
    return receipt;
  }

  private askAnother(): void {
    // a new, empty form: no error from the last one (a field left by the Enter that sent it marked it again)
    this.touched = new Set();
    this.submitAttempted = false;
    this.pressed = undefined;
    this.announceReceipt = false;
    this.phase = { kind: 'filling' };
    this.notice = undefined;
    this.shownAt = Date.now();
    this.focusAfterUpdate = ['#f-topic input:checked', '#f-topic input'];
  }

  private clear(): void {
    if (this.inFlight) return;
    // a field left for this press on "Rensa" is empty now: no error for it
    this.pressed = undefined;
    this.undoSnapshot = {
      values: this.values,
      idempotencyKey: this.idempotencyKey,
      sentFingerprint: this.sentFingerprint,
      startedAt: this.startedAt,
    };
    this.values = { ...EMPTY_VALUES };
    this.idempotencyKey = undefined;
    this.sentFingerprint = undefined;
    this.startedAt = undefined;
    this.touched = new Set();
    this.submitAttempted = false;
    this.serverErrors = {};
    this.dismissed = new Set();
    this.phase = { kind: 'filling' };
    this.persist();
    this.notice = 'cleared';
  }

  private undoClear(): void {
    const snapshot = this.undoSnapshot;
    if (!snapshot) return;
    this.undoSnapshot = undefined;
    this.values = snapshot.values;
    this.idempotencyKey = snapshot.idempotencyKey;
    this.sentFingerprint = snapshot.sentFingerprint;
    this.startedAt = snapshot.startedAt;
    this.notice = undefined;
    this.persist();
    this.focusAfterUpdate = '#f-message';
  }

  private focusField(field: string): void {
    const target =
      field === 'topic'
        ? (this.renderRoot.querySelector<HTMLElement>('#f-topic input:checked') ?? this.renderRoot.querySelector<HTMLElement>('#f-topic input'))
        : this.renderRoot.querySelector<HTMLElement>(`#f-${field}`);
    target?.focus();
  }

  private onMessageInput(event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.setValue('message', value);
    clearTimeout(this.announceTimer);
    const remaining = MESSAGE_MAX_LENGTH - characterCount(value);
    if (remaining > ANNOUNCE_BELOW) {
      this.countAnnouncement = '';
      return;
    }
    this.announceTimer = setTimeout(() => {
      this.countAnnouncement = this.t.remaining(MESSAGE_MAX_LENGTH - characterCount(this.values.message));
    }, ANNOUNCE_DELAY_MS);
  }

  private chooseTopic(id: string, label?: string): void {
    this.setValue('topic', id);
    if (label && !this.submitting) {
      this.notice = { switched: label };
      this.focusAfterUpdate = '#f-message';
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    const state = this.feed.state;
    if (state.kind === 'loading') return html`<div class="root" lang=${this.language}>${renderLoading(this.language, this.t.loading)}</div>`;
    if (state.kind === 'error') {
      return html`<div class="root" lang=${this.language}>${renderFeedError(this.language, () => this.feed.retry())}<slot></slot></div>`;
    }
    const config = state.feed.data;
    const sent = this.phase.kind === 'sent' ? this.phase : undefined;
    // One status for the receipt, in the page before it and kept as the form goes: a visitor who had moved on
    // (or whose question went again by itself when back online) hears that it arrived; focus is not taken.
    const t = this.t;
    const arrived = sent && this.announceReceipt ? `${t.sentHeading} ${t.reference}: ${sent.reference}.` : '';
    return html`<div class="root ask" lang=${this.language}>
      ${sent ? this.renderReceipt(sent, config) : this.renderForm(config)}<span class="visually-hidden" role="status">${arrived}</span>
    </div>`;
  }

  private renderForm(config: AskConfig): TemplateResult {
    const errors = this.visibleErrors(config);
    const t = this.t;
    const submitting = this.submitting;
    const notice = this.renderNotice();
    const undo = this.notice === 'cleared' && !submitting;
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderSummary(errors)} ${this.renderTopics(config, errors.topic)} ${this.renderRoute(config)}
        ${this.renderMessage(config, errors.message)}
        <fieldset class="group">
          <legend>${t.contact}</legend>
          ${this.textField('name', t.name, errors.name, { autocomplete: 'name', required: true, autocapitalize: 'words' })}
          ${this.textField('email', t.email, errors.email, { autocomplete: 'email', required: true, type: 'email' })}
          ${this.textField('phone', t.phone, errors.phone, { autocomplete: 'tel', type: 'tel' })}
          ${this.textField('company', t.company, errors.company, { autocomplete: 'organization' })}
          ${this.textField('orgNumber', t.orgNumber, errors.orgNumber, { autocomplete: 'off', hint: t.orgNumberHint, inputmode: 'numeric' })}
        </fieldset>
        ${this.renderConsent(config, errors.consent)} ${this.renderHoneypot()} ${this.renderFailure()}
        <div class="actions" @pointerdown=${this.onActionsPress}>
          <button part="button" class="button" type="submit" aria-disabled=${submitting ? 'true' : 'false'}>
            ${submitting ? t.submitting : t.submit}
          </button>
          <button part="button" class="button secondary" type="button" @click=${this.clear}>${t.clear}</button>
        </div>
        <!-- the status is the words only: a button inside it would be read out with them ("… Ångra"); with nothing
             to say, out of sight but in the accessibility tree, so its words are heard when they come -->
        <div class=${notice === nothing && !undo ? 'notice visually-hidden' : 'notice'}>
          <span role="status">${notice}</span>
          ${undo ? html`<button part="button" class="button small secondary" type="button" @click=${this.undoClear}>${this.t.undo}</button>` : nothing}
        </div>
      </form>`;
  }

  private renderSummary(errors: Record<string, string>): TemplateResult | typeof nothing {
    if (!this.submitAttempted) return nothing;
    const t = this.t;
    // a receiver's problem at a field the visitor cannot see: its sentence if it gave one, never a code, each once
    const said = new Set<string>();
    const entries = Object.entries(errors)
      .map(([field, message]) => [field, isField(field) || !CODE.test(message) ? message : ''] as const)
      .filter(([field, message]) => isField(field) || (!said.has(message) && said.add(message)));
    if (entries.length === 0) return nothing;
    const order = (field: string) => {
      const index = (FIELDS as readonly string[]).indexOf(field);
      return index < 0 ? FIELDS.length : index;
    };
    entries.sort(([a], [b]) => order(a) - order(b));
    return html`<div id="summary" class="summary" role="group" tabindex="-1" aria-labelledby="summary-heading">
      <p id="summary-heading" class="summary-heading" role="heading" aria-level=${this.level}>${t.summaryHeading(entries.length)}</p>
      <ul>
        ${entries.map(([field, message]) =>
          isField(field)
            ? html`<li>
                <a
                  href=${`#f-${field}`}
                  @click=${(event: Event) => {
                    event.preventDefault();
                    this.focusField(field);
                  }}
                  >${message}</a
                >
              </li>`
            : html`<li>${t.receiverError} ${message}</li>`,
        )}
      </ul>
    </div>`;
  }

  private renderError(field: FieldName, error: string | undefined): TemplateResult | typeof nothing {
    return error ? html`<p id=${`e-${field}`} class="error">${error}</p>` : nothing;
  }

  private describedBy(field: FieldName, error: string | undefined, hint: boolean): string | typeof nothing {
    const ids = [hint ? `h-${field}` : '', error ? `e-${field}` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  /** " (obligatoriskt)", the space in the span's one text node: a space of its own, between Lit's markers, is left out of the field's accessible name ("Namn(obligatoriskt)") */
  private requiredMark(): TemplateResult {
    return html`<span class="required">${` ${this.t.required}`}</span>`;
  }

  private renderTopics(config: AskConfig, error: string | undefined): TemplateResult {
    const chosen = this.topicId(config);
    return html`<fieldset
      id="f-topic"
      class="group topics"
      role="radiogroup"
      aria-required="true"
      aria-readonly=${this.submitting ? 'true' : nothing}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${this.describedBy('topic', error, false)}
      @keydown=${(event: KeyboardEvent) => {
        // while sending, arrow keys would move focus to a topic that stays unchosen
        if (this.submitting && event.key.startsWith('Arrow')) event.preventDefault();
      }}
      @focusout=${(event: FocusEvent) => {
        if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) this.leave('topic');
      }}
    >
      <legend>${this.t.topic}${this.requiredMark()}</legend>
      ${this.renderError('topic', error)}
      <div class="choices">
        ${config.topics.map((topic) => {
          const partner = partnerFor(config, topic);
          return html`<div class="choice">
            <input
              type="radio"
              name="topic"
              id=${`t-${topic.id}`}
              .value=${topic.id}
              .checked=${live(topic.id === chosen)}
              aria-invalid=${error ? 'true' : nothing}
              aria-describedby=${error ? `e-topic td-${topic.id}` : `td-${topic.id}`}
              @change=${() => this.chooseTopic(topic.id)}
            />
            <!-- only the topic's name in the label (the radio's name); the hint beside it is its
              description (aria-describedby), so a screen reader reads it once -->
            <div class="choice-text">
              <label for=${`t-${topic.id}`} lang=${ifDefined(this.textLang(config))}>${topic.label}</label>
              <span id=${`td-${topic.id}`} class="choice-hint"
                >${topic.description ? html`${this.configText(config, topic.description)} <br />` : nothing}${partner ? this.t.topicGoesTo(this.configText(config, partner.name)) : ''}</span
              >
            </div>
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderRoute(config: AskConfig): TemplateResult | typeof nothing {
    const topic = config.topics.find((t) => t.id === this.topicId(config));
    const partner = partnerFor(config, topic);
    if (!topic || !partner) return nothing;
    const t = this.t;
    return html`<div class="route">
      <p class="route-heading" role="heading" aria-level=${this.level}>${t.routeHeading}</p>
      <p><strong>${t.routeTo(this.configText(config, partner.name))}</strong> ${isEnVagIn(partner) ? nothing : t.routeVia}</p>
      ${partner.description ? html`<p lang=${ifDefined(this.textLang(config))}>${partner.description}</p>` : nothing}
      ${partner.url && isHttpUrlString(partner.url) ? html`<p><a href=${partner.url}>${t.moreAbout(this.configText(config, partner.name))}</a></p>` : nothing}
    </div>`;
  }

  private renderMessage(config: AskConfig, error: string | undefined): TemplateResult {
    const t = this.t;
    const length = characterCount(this.values.message);
    const over = length > MESSAGE_MAX_LENGTH;
    const suggestion = suggestTopic(config, this.values.message, this.topicId(config) || undefined, this.dismissed);
    const noTopic = !this.topicId(config);
    const textLang = this.textLang(config);
    return html`<div class="field">
      <label for="f-message">${t.message}${this.requiredMark()}</label>
      <p id="h-message" class="hint">${t.messageHint}</p>
      ${this.renderError('message', error)}
      <textarea
        id="f-message"
        name="message"
        rows="7"
        required
        ?readonly=${this.submitting}
        .value=${live(this.values.message)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${this.describedBy('message', error, true)}
        @input=${this.onMessageInput}
        @focusout=${() => this.leave('message')}
      ></textarea>
      <p class="count ${over ? 'over' : ''}">${t.count(length)}</p>
      <div class="visually-hidden" role="status">${this.countAnnouncement}</div>
      <div class="suggestion">
        <!-- only the suggestion is announced, not the names of the buttons after it -->
        <p class="suggestion-text" role="status">${suggestion
          ? noTopic
            ? t.suggestionNoTopic(suggestion.topic.label, this.configText(config, suggestion.partner.name), textLang)
            : t.suggestion(suggestion.topic.label, this.configText(config, suggestion.partner.name), textLang)
          : nothing}</p>
        ${suggestion
          ? html`<div class="suggestion-actions">
                <button part="button" class="button small" type="button" @click=${() => this.chooseTopic(suggestion.topic.id, suggestion.topic.label)}>
                  ${noTopic ? t.chooseTopic(suggestion.topic.label, textLang) : t.switchTo(suggestion.topic.label, textLang)}
                </button>
                <button
                  part="button"
                  class="button small secondary"
                  type="button"
                  @click=${() => {
                    this.dismissed = new Set(this.dismissed).add(suggestion.topic.id);
                    this.focusAfterUpdate = '#f-message';
                  }}
                >
                  ${t.dismiss}
                </button>
              </div>`
          : nothing}
      </div>
    </div>`;
  }

  private textField(
    field: Exclude<FieldName, 'topic' | 'message' | 'consent'>,
    label: string,
    error: string | undefined,
    options: { autocomplete: string; required?: boolean; type?: string; hint?: string; inputmode?: string; autocapitalize?: string },
  ): TemplateResult {
    return html`<div class="field">
      <label for=${`f-${field}`}>${label}${options.required ? this.requiredMark() : nothing}</label>
      ${options.hint ? html`<p id=${`h-${field}`} class="hint">${options.hint}</p>` : nothing} ${this.renderError(field, error)}
      <input
        id=${`f-${field}`}
        name=${field}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete}
        inputmode=${ifDefined(options.inputmode)}
        autocapitalize=${ifDefined(options.autocapitalize)}
        ?required=${options.required}
        ?readonly=${this.submitting}
        .value=${live(this.values[field])}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${this.describedBy(field, error, Boolean(options.hint))}
        @input=${(event: Event) => this.setValue(field, (event.target as HTMLInputElement).value)}
        @focusout=${() => this.leave(field)}
      />
    </div>`;
  }

  private renderConsent(config: AskConfig, error: string | undefined): TemplateResult {
    const t = this.t;
    const privacy = config.privacyUrl && isHttpUrlString(config.privacyUrl) ? config.privacyUrl : undefined;
    return html`<div class="field consent">
      ${this.renderError('consent', error)}
      <div class="choice">
        <input
          id="f-consent"
          name="consent"
          type="checkbox"
          required
          aria-readonly=${this.submitting ? 'true' : nothing}
          .checked=${live(this.values.consent)}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${this.describedBy('consent', error, false)}
          @change=${(event: Event) => this.setValue('consent', (event.target as HTMLInputElement).checked)}
          @focusout=${() => this.leave('consent')}
        />
        <label for="f-consent">${t.consent}${this.requiredMark()}</label>
      </div>
      ${privacy ? html`<p class="privacy"><a href=${privacy}>${t.privacy}</a></p>` : nothing}
    </div>`;
  }

  /** A field only bots fill: hidden from sight, from the keyboard and from screen readers. */
  private renderHoneypot(): TemplateResult {
    return html`<div class="honeypot" aria-hidden="true">
      <label for="f-website">${this.t.honeypot}</label>
      <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" />
    </div>`;
  }

  /** A failure, with the page's fallback (the slot: "Mejla din fråga"), another way to ask when sending keeps failing. */
  private renderFailure(): TemplateResult | typeof nothing {
    const t = this.t;
    // the alert is the words only, not the fallback link and the button after them
    if (this.notice === 'blocked') return html`<div class="failure"><p role="alert">${t.blocked}</p><slot></slot></div>`;
    const phase = this.phase;
    if (phase.kind !== 'failed') return nothing;
    const failure = phase.failure;
    // a receiver's own sentences about the question (not codes, not at a field) are worth showing
    const said = failure.kind === 'rejected' ? Object.values(failure.errors).filter((message) => !CODE.test(message)) : [];
    return html`<div class="failure">
      <p role="alert">
        ${phase.back ? t.online : failure.kind === 'offline' && !this.resendable() ? t.offlineEdited : t.failure[failure.kind]}
        ${said.join(' ')} ${t.failedKept}
      </p>
      <slot></slot>
      <!-- (a refused question would be refused again: no "Försök igen"; the form's own send stays, for after an edit) -->
      ${failure.kind === 'rejected'
        ? nothing
        : html`<button part="button" class="button" type="button" @click=${() => void this.send()}>${t.retry}</button>`}
    </div>`;
  }

  private renderNotice(): TemplateResult | string | typeof nothing {
    const t = this.t;
    if (this.phase.kind === 'submitting') return t.submittingStatus;
    const notice = this.notice;
    if (!notice || notice === 'blocked') return nothing;
    if (notice === 'restored') return t.restored;
    if (notice === 'notSent') return t.notSent;
    if (notice === 'tooFast') return t.tooFast;
    if (notice === 'cleared') return t.cleared;
    return t.switched(notice.switched, this.textLang(this.config));
  }

  private renderReceipt(phase: Extract<Phase, { kind: 'sent' }>, config: AskConfig): TemplateResult {
    const t = this.t;
    const partner = phase.partner;
    return html`<div part="receipt" class="receipt">
      <p id="receipt-heading" class="receipt-heading" role="heading" aria-level=${this.level} tabindex="-1">${t.sentHeading}</p>
      <p>${t.reference}: <strong class="reference">${phase.reference}</strong></p>
      ${partner ? html`<p>${t.sentTo(this.configText(config, partner.name))} ${this.configText(config, partner.description ?? '')}</p>` : nothing}
      <p>${t.answerTo(phase.email)} ${t.sentNext}</p>
      <button part="button" class="button secondary" type="button" @click=${this.askAnother}>${t.askAnother}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'evi-ask-form': EviAskForm;
  }
}

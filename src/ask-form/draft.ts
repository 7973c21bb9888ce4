/**
 * A question in progress, kept in `sessionStorage`: this tab only, gone when the tab closes. It holds
 * personal data (name, e-mail, the question itself), so it is never written to `localStorage`, where
 * it would outlive the visit on a shared computer.
 */
export interface DraftValues {
  topic: string;
  message: string;
  name: string;
  email: string;
  phone: string;
  company: string;
  orgNumber: string;
  consent: boolean;
}

export interface Draft {
  values: DraftValues;
  /** the key every retry of this question is sent with (feed-contract.md, "Submitting a question") */
  idempotencyKey?: string;
  /**
   * `bodyFingerprint()` of the body last sent with `idempotencyKey`: a retry of that body keeps the
   * key, an edited question gets a new one. A key without it (a draft from before it was kept) is
   * not reused, since nobody can tell whether the question changed since.
   */
  sentFingerprint?: string;
  /** when the visitor started typing (ms since the epoch); the minimum fill time counts from here */
  startedAt?: number;
}

export const EMPTY_VALUES: DraftValues = {
  topic: '',
  message: '',
  name: '',
  email: '',
  phone: '',
  company: '',
  orgNumber: '',
  consent: false,
};

const PREFIX = 'evi-ask-form:draft:';

/**
 * One draft per configuration URL, so two forms with different configurations keep theirs apart; a
 * second form with the same configuration on one page (`slot` 1, 2… by its place on the page) has its own.
 */
export function draftKey(src: string, slot = 0): string {
  let url = src;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    // keep the attribute as written
  }
  return PREFIX + url + (slot ? `#${slot}` : '');
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // blocked storage (some privacy settings) throws on access: the form works, without drafts
    return undefined;
  }
}

export function loadDraft(src: string, slot = 0): Draft | undefined {
  try {
    const raw = storage()?.getItem(draftKey(src, slot));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<Draft>;
    if (!parsed || typeof parsed !== 'object' || !parsed.values || typeof parsed.values !== 'object') return undefined;
    const values = { ...EMPTY_VALUES };
    for (const key of Object.keys(EMPTY_VALUES) as Array<keyof DraftValues>) {
      const value = (parsed.values as unknown as Record<string, unknown>)[key];
      if (typeof value === typeof EMPTY_VALUES[key]) (values as unknown as Record<string, unknown>)[key] = value;
    }
    return {
      values,
      idempotencyKey: typeof parsed.idempotencyKey === 'string' ? parsed.idempotencyKey : undefined,
      sentFingerprint: typeof parsed.sentFingerprint === 'string' ? parsed.sentFingerprint : undefined,
      startedAt: typeof parsed.startedAt === 'number' ? parsed.startedAt : undefined,
    };
  } catch {
    return undefined;
  }
}

export function saveDraft(src: string, draft: Draft, slot = 0): void {
  try {
    storage()?.setItem(draftKey(src, slot), JSON.stringify(draft));
  } catch {
    // full or blocked storage: the question stays on the page, it just will not survive a reload
  }
}

export function clearDraft(src: string, slot = 0): void {
  try {
    storage()?.removeItem(draftKey(src, slot));
  } catch {
    // nothing to clear
  }
}

/** Where a receipt waits for the next form on a draft (see ask-form.ts, `sending`). */
function receiptKey(src: string, slot: number): string {
  return draftKey(src, slot).replace(':draft:', ':receipt:');
}

/**
 * A question accepted after its form had left the page (a route change while sending): nobody saw the
 * receipt, so the next form on the same draft shows it. In `sessionStorage` beside the draft it replaces.
 */
export function saveReceipt(src: string, slot: number, receipt: { reference: string }): void {
  try {
    storage()?.setItem(receiptKey(src, slot), JSON.stringify(receipt));
  } catch {
    // full or blocked storage: the receipt is lost, the question was sent all the same
  }
}

/** The receipt waiting for this draft, once (it is removed as it is read). */
export function takeReceipt<T extends { reference: string }>(src: string, slot: number): T | undefined {
  try {
    const raw = storage()?.getItem(receiptKey(src, slot));
    if (!raw) return undefined;
    storage()!.removeItem(receiptKey(src, slot));
    const receipt = JSON.parse(raw) as T;
    return typeof receipt?.reference === 'string' ? receipt : undefined;
  } catch {
    return undefined;
  }
}

/** Has the visitor typed or chosen anything? An empty form is not worth a draft. */
export function hasContent(values: DraftValues): boolean {
  return (Object.keys(EMPTY_VALUES) as Array<keyof DraftValues>).some((key) => values[key] !== EMPTY_VALUES[key]);
}

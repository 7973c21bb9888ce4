/** The public events of every widget (feed-contract.md, "Element API"). All bubble and cross shadow roots. */

export interface EviLoadDetail {
  /** the absolute feed URL */
  url: string;
  /** items the widget could use */
  count: number;
  /** items skipped plus optional fields dropped, each also reported in the console */
  skipped: number;
}
export interface EviErrorDetail {
  url: string;
  /** what went wrong, in English, for the webmaster */
  message: string;
}
export interface EviSubmitDetail {
  reference: string;
  topic: string;
}
export type VerifyReason =
  | 'verified'
  | 'missing-member-attribute'
  | 'unknown-member'
  | 'inactive-member'
  | 'unknown-network'
  | 'not-in-network'
  | 'wrong-domain'
  | 'feed-error';
export interface EviVerifyDetail {
  member: string;
  network: string;
  verified: boolean;
  reason: VerifyReason;
}

export interface EviEventMap {
  'evi-load': CustomEvent<EviLoadDetail>;
  'evi-error': CustomEvent<EviErrorDetail>;
  'evi-submit': CustomEvent<EviSubmitDetail>;
  'evi-verify': CustomEvent<EviVerifyDetail>;
}

export function emit<K extends keyof EviEventMap>(
  target: EventTarget,
  type: K,
  detail: EviEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends EviEventMap {}
}

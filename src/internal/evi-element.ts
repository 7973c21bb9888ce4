import { LitElement } from 'lit';
import { EviBase } from './evi-base.js';

export type { Theme } from './evi-base.js';

/** The base of the three widgets that render with lit-html: `LitElement` with the shared attributes. */
export abstract class EviElement extends EviBase(LitElement) {}

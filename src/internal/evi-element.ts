import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT_MS } from './feed-cache.js';
import { resolveLang, type Lang } from './lang.js';

export type Theme = 'light' | 'dark' | 'auto';

/** What every `evi-*` element has (feed-contract.md, "Element API"): `src`, `lang`, `theme`. */
export abstract class EviElement extends LitElement {
  /** The feed URL, absolute or relative to the page. */
  @property({ reflect: true }) src?: string;

  /** `sv` or `en`. Default: the nearest ancestor's `lang`, then Swedish. */
  @property() override lang!: string;

  /** `light` (default), `dark`, or `auto` to follow the visitor's setting. */
  @property({ reflect: true }) theme?: Theme;

  /** Milliseconds before a feed request gives up and the error state shows (extension; default 10 000). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** The language the widget speaks now. */
  protected get language(): Lang {
    return resolveLang(this);
  }
}

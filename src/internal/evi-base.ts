import type { PropertyDeclarations, ReactiveElement } from '@lit/reactive-element';
import { DEFAULT_TIMEOUT_MS } from './feed-cache.js';
import { resolveLang, type Lang } from './lang.js';

export type Theme = 'light' | 'dark' | 'auto';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern's constructor type
type Constructor<T> = abstract new (...args: any[]) => T;

/** The mixin's members, named so that declaration files can describe the classes built on it (Lit's mixin pattern). */
export declare abstract class EviBaseMembers {
  src?: string;
  lang: string;
  theme?: Theme;
  timeout: number;
  protected get language(): Lang;
}

/**
 * What every `evi-*` element has (feed-contract.md, "Element API"): `src`, `lang`, `theme`, `timeout`.
 *
 * A mixin over Lit's `ReactiveElement` rather than a `LitElement` subclass, and declared with
 * `static properties` rather than decorators, so that the badge, which renders a few nodes by hand,
 * can leave out lit-html and the decorators: they are most of a badge-only page's script.
 * The three list widgets use it through `EviElement` (evi-element.ts), on `LitElement`.
 */
export function EviBase<T extends Constructor<ReactiveElement>>(Base: T) {
  abstract class EviBaseElement extends Base {
    static properties: PropertyDeclarations = {
      src: { reflect: true },
      // reflected, so that `el.lang = 'en'` also shows in the attribute (and to CSS :lang())
      lang: { reflect: true },
      theme: { reflect: true },
      timeout: { type: Number },
    };

    /** The feed URL, absolute or relative to the page. */
    src?: string;

    /** `sv` or `en`. Default: the nearest ancestor's `lang`, then Swedish. */
    override lang!: string;

    /** `light` (default), `dark`, or `auto` to follow the visitor's setting. */
    theme?: Theme;

    /** Milliseconds before a feed request gives up and the error state shows (extension; default 10 000). */
    timeout = DEFAULT_TIMEOUT_MS;

    /** The language the widget speaks now. */
    protected get language(): Lang {
      return resolveLang(this, this.lang);
    }
  }
  return EviBaseElement as unknown as Constructor<EviBaseMembers> & T;
}

import type { PropertyDeclarations, PropertyValues, ReactiveElement } from '@lit/reactive-element';
import { DEFAULT_TIMEOUT_MS } from './feed-cache.js';
import { resolveLang, type Lang } from './lang.js';
import { warnOnce } from './warn.js';

export type Theme = 'light' | 'dark' | 'auto';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern's constructor type
type Constructor<T> = abstract new (...args: any[]) => T;

/** The mixin's members, named so that declaration files can describe the classes built on it (Lit's mixin pattern). */
export declare abstract class EviBaseMembers {
  src?: string;
  lang: string;
  theme?: Theme;
  timeout: number;
  /** @internal Renders again if the page's language around the widget has changed since its last render. */
  followLanguage(): void;
  protected get language(): Lang;
}

/** What a page holds, not a widget's fallback: inside a widget, it was swallowed by a tag written `<evi-… />`. */
const PAGE_CONTENT = 'evi-event-list,evi-member-directory,evi-ask-form,evi-network-badge,main,footer,nav';

/** The page parsed: a script in <head> defines the elements before their children exist. */
const parsed = new Promise<void>((resolve) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  else resolve();
});

/**
 * `<evi-event-list src="…" />` is not closed (HTML has no self-closing custom elements): everything after it,
 * to the end of its parent, becomes the widget's content, which it does not show (the badge shows it as its
 * fallback). The page's footer or a second widget vanished without a word. Such a widget is always its
 * parent's last element, and what it holds is what a page has and a fallback never does (another widget, the
 * page's main part, navigation or footer): a fallback of the webmaster's own with a heading is not taken for one.
 */
function checkSwallowed(host: HTMLElement): void {
  if (!host.isConnected || host.nextElementSibling) return;
  const swallowed = [...new Set([...host.querySelectorAll(PAGE_CONTENT)].map((el) => `<${el.localName}>`))];
  if (!swallowed.length) return;
  warnOnce(
    host,
    'swallowed',
    `holds the page's ${swallowed.slice(0, 5).join(', ')}: written <${host.localName} … />? It cannot close itself: write <${host.localName} …></${host.localName}>.`,
  );
}

/** Connected widgets, told when a `lang` attribute changes anywhere in the page. */
const connected = new Set<EviLanguageHost>();
let langObserver: MutationObserver | undefined;

interface EviLanguageHost extends ReactiveElement {
  followLanguage(): void;
}

/**
 * One observer for the whole page (not one per widget): a site that switches `<html lang>` or a
 * section's `lang` without a reload must not leave the widgets in the old language. Changes inside
 * other components' shadow roots are not seen; such a widget follows on its next update.
 */
function watchLanguage(host: EviLanguageHost): void {
  connected.add(host);
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => connected.forEach((el) => el.followLanguage()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchLanguage(host: EviLanguageHost): void {
  connected.delete(host);
  if (connected.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
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
    /** @internal Lit's declaration of the attributes below. */
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

    /** the language of the last render, to tell when the page's language has changed under the widget */
    private rendered?: Lang;

    /** The language the widget speaks now. */
    protected get language(): Lang {
      return resolveLang(this, this.lang);
    }

    override connectedCallback(): void {
      super.connectedCallback();
      void parsed.then(() => checkSwallowed(this));
      watchLanguage(this);
      // moved into a section in another language (re-parented by a framework, or a tab)
      this.followLanguage();
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      unwatchLanguage(this);
    }

    /** @internal Renders again when the language it would speak now is not the one it rendered in. */
    followLanguage(): void {
      if (this.rendered !== undefined && this.rendered !== this.language) this.requestUpdate();
    }

    protected override update(changed: PropertyValues): void {
      this.rendered = this.language;
      super.update(changed);
    }
  }
  return EviBaseElement as unknown as Constructor<EviBaseMembers> & T;
}

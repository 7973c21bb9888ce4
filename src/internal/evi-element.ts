import { LitElement } from 'lit';
import { EviBase } from './evi-base.js';
import { warnOnce } from './warn.js';

export type { Theme } from './evi-base.js';

/** What a page holds, not a widget's fallback: inside a widget, it was swallowed by a tag written `<evi-… />`. */
const PAGE_CONTENT = 'evi-event-list,evi-member-directory,evi-ask-form,evi-network-badge,h1,h2,h3,h4,h5,h6,main,section,article,header,footer,nav,form,table';

/** The page parsed: a script in <head> defines the elements before their children exist. */
const parsed = new Promise<void>((resolve) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  else resolve();
});

/** The base of the three widgets that render with lit-html: `LitElement` with the shared attributes. */
export abstract class EviElement extends EviBase(LitElement) {
  override connectedCallback(): void {
    super.connectedCallback();
    void parsed.then(() => this.checkSwallowed());
  }

  /**
   * `<evi-event-list src="…" />` is not closed (HTML has no self-closing custom elements): everything after
   * it, to the end of its parent, becomes the widget's content, which it does not show. The page's footer
   * or a second widget vanished, without a word.
   */
  private checkSwallowed(): void {
    if (!this.isConnected) return;
    const swallowed = [...new Set([...this.querySelectorAll(PAGE_CONTENT)].map((el) => `<${el.localName}>`))];
    if (!swallowed.length) return;
    warnOnce(
      this,
      'swallowed',
      `holds page content (${swallowed.slice(0, 5).join(', ')}) that it does not show: was it written <${this.localName} … />? ` +
        `A custom element cannot close itself; write <${this.localName} …></${this.localName}>.`,
    );
  }
}

import { expect } from '@open-wc/testing';

/**
 * Asserts that a widget really shows the dark theme before a test checks it (axe on a widget whose
 * `theme="dark"` was ignored would pass on the light theme): its root's text is the dark theme's
 * light fallback (#f2f2f5 in src/internal/styles.ts), not the light theme's #1d1d1f.
 */
export function expectDarkTheme(el: HTMLElement): void {
  const root = el.shadowRoot?.querySelector('.root');
  expect(root, `${el.localName} has rendered its root`).not.to.equal(null);
  expect(getComputedStyle(root!).color, `${el.localName} shows the dark theme`).to.equal('rgb(242, 242, 245)');
}

/** The text and background colours of a widget's root (its `.root` element), as the visitor sees them. */
export function rootColours(el: HTMLElement): { color: string; background: string } {
  const root = el.shadowRoot?.querySelector('.root');
  expect(root, `${el.localName} has rendered its root`).not.to.equal(null);
  const style = getComputedStyle(root!);
  return { color: style.color, background: style.backgroundColor };
}

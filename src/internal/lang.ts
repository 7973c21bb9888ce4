export type Lang = 'sv' | 'en';

/**
 * The widget's language (feed-contract.md): its own `lang`, else the nearest ancestor's `lang`
 * (through shadow roots, so a widget inside another component follows the page), else Swedish.
 * Anything that is not English ("en", "en-GB") is shown in Swedish, the primary language.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const value = node.getAttribute('lang')!.trim().toLowerCase();
      if (value) return value === 'en' || value.startsWith('en-') ? 'en' : 'sv';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'sv';
}

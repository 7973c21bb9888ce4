export type Lang = 'sv' | 'en';

/**
 * The widget's language (feed-contract.md): its own `lang`, else the nearest ancestor's `lang`
 * (through shadow roots, so a widget inside another component follows the page), else Swedish.
 * Anything that is not English ("en", "en-GB") is shown in Swedish, the primary language.
 */
export function resolveLang(el: Element, own?: string | null): Lang {
  // the element's own `lang` property first: set by a script, it reaches the attribute only after rendering
  let value = own?.trim().toLowerCase();
  let node: Node | null = el;
  while (!value && node) {
    if (node instanceof Element) value = node.getAttribute('lang')?.trim().toLowerCase();
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  if (!value) return 'sv';
  return value === 'en' || value.startsWith('en-') ? 'en' : 'sv';
}

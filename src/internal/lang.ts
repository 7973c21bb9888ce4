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

/**
 * The `lang` to mark a feed's own texts with (titles, descriptions, topic labels): the feed's `lang`
 * (default Swedish, as the association writes its feeds), only when the widget speaks another language;
 * undefined when they agree, so nothing is added. WCAG 3.1.2: a Swedish title in an English list is
 * read with a Swedish voice.
 */
export function feedTextLang(feedLang: string | undefined, widget: Lang): string | undefined {
  const lang = feedLang ?? 'sv';
  const primary = lang.split('-')[0].toLowerCase();
  return primary === widget ? undefined : lang;
}

/**
 * Registers a custom element unless the tag is already taken. A page that loads our script twice
 * (a CMS template plus a pasted snippet, or the npm build plus the CDN bundle) must keep working,
 * so a second registration is a no-op instead of the DOMException `customElements.define` throws.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}

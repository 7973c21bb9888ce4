/**
 * The Lit directives the list widgets use, from one module. Each widget imports them from here, so
 * the CDN build puts them in the chunk with lit-html that all three share, rather than in small
 * chunks of their own for each pair of widgets: fewer files on a page with several widgets (each
 * file is compressed on its own and costs its own request), for a few hundred bytes more on a page
 * with only one.
 */
export { guard } from 'lit/directives/guard.js';
export { ifDefined } from 'lit/directives/if-defined.js';
export { live } from 'lit/directives/live.js';
export { repeat } from 'lit/directives/repeat.js';

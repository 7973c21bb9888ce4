/**
 * Registers every `evi-*` element: the CDN bundle's entry. Safe to load twice. It exports nothing,
 * so the bundle carries only what the elements use; classes and schemas are in `index.ts`.
 */
import './evi-event-list.js';
import './evi-network-badge.js';
import './evi-member-directory.js';
import './evi-ask-form.js';

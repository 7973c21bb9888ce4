/**
 * @envagin/widgets: the element classes, feed schemas and types. Importing this registers nothing;
 * import `@envagin/widgets/all.js` or `@envagin/widgets/evi-<name>.js` to register elements.
 */
export { EviNetworkBadge } from './network-badge/network-badge.js';
export { EviMemberDirectory } from './member-directory/member-directory.js';
export { EviEventList } from './event-list/event-list.js';
export { EviAskForm } from './ask-form/ask-form.js';
export { buildIcs, googleCalendarUrl, outlookCalendarUrl } from './event-list/ics.js';
export { verifyMembership, type Verdict } from './network-badge/verify.js';
export { define } from './internal/define.js';
export type * from './internal/events.js';
export type { Theme } from './internal/evi-element.js';
export * from './schemas/index.js';

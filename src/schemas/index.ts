// Feed and submission schemas: the single source of the TypeScript types, the JSON Schemas handed to feed
// producers (scripts/json-schemas.mjs) and the validation the widgets and the dev server run.
export * from './common.js';
export * from './events.js';
export * from './members.js';
export * from './ask.js';

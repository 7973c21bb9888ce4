/** Registers `<evi-event-list>`. Safe to load twice. */
import { define } from './internal/define.js';
import { EviEventList } from './event-list/event-list.js';

define('evi-event-list', EviEventList);

export { EviEventList };

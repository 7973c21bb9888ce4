/** Registers `<evi-network-badge>`. Safe to load twice. */
import { define } from './internal/define.js';
import { EviNetworkBadge } from './network-badge/network-badge.js';

define('evi-network-badge', EviNetworkBadge);

export { EviNetworkBadge };

/** Registers every `evi-*` element (the CDN bundle's entry). Safe to load twice. */
import './evi-network-badge.js';

export * from './index.js';

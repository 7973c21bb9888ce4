import type { Manifest } from '../../demo/snippet.js';

/** A made-up SRI hash of one repeated character (valid format, fake value). */
export const hash = (char: string) => `sha384-${char.repeat(64)}`;

/** A cdn/manifest.json for the embed builder's tests: version 9.8.7, fake hashes. */
export const MANIFEST: Manifest = {
  name: '@envagin/widgets',
  version: '9.8.7',
  algorithm: 'sha384',
  files: {
    'evi-loader.js': { integrity: hash('L'), size: 1 },
    'evi-widgets.js': { integrity: hash('W'), size: 1 },
    'evi-network-badge.js': { integrity: hash('B'), size: 1 },
    'chunk-ABC.js': { integrity: hash('C'), size: 1 },
  },
};

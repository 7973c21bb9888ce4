// Writes the JSON Schemas handed to feed producers, generated from the same zod schemas the widgets
// validate with (src/schemas). Usage: node scripts/json-schemas.mjs [outDir]   (default: dist/schemas)
// Rules JSON Schema cannot express (check digits, end after start, known ids, real calendar dates) are
// enforced by the widgets only; the schemas say so in their descriptions.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'dist/schemas'));

/** Bundles src/schemas with its own copy of zod, so the registry metadata and toJSONSchema agree. */
async function loadSchemas() {
  const tempDir = await mkdtemp(join(tmpdir(), 'evi-schemas-'));
  const outfile = join(tempDir, 'schemas.mjs');
  try {
    await build({
      stdin: {
        contents: "export * from './src/schemas/index.ts'; export { z } from 'zod/mini';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

const NOT_IN_SCHEMA =
  ' Also checked by the widgets but not expressible here: real calendar dates, time zones, URL parsing, e-mail' +
  ' addresses, host names, check digits and cross references. Ids here are Latin letters, digits, "_", "-" and' +
  ' "."; the widgets also take letters of other scripts.';

const schemas = await loadSchemas();
const { z } = schemas;
const files = [
  ['events-feed.schema.json', schemas.eventsFeedSchema],
  ['members-feed.schema.json', schemas.membersFeedSchema],
  ['ask-config.schema.json', schemas.askConfigSchema],
  ['ask-submission.schema.json', schemas.submissionSchema],
];

/**
 * zod's `/…/i` as a pattern every JSON Schema validator reads the same: JSON Schema patterns have no flags,
 * so each letter outside a class or an escape becomes `[Xx]` (`FREQ` → `[Ff][Rr][Ee][Qq]`).
 */
export function caseless(pattern) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      out += ch + pattern[++i];
    } else if (inClass) {
      out += ch;
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      out += ch;
      inClass = true;
    } else {
      out += /[a-z]/i.test(ch) ? `[${ch.toUpperCase()}${ch.toLowerCase()}]` : ch;
    }
  }
  return out;
}

/** The widgets' slug letters (`\p{L}\p{N}`) as ranges: Python's `re` and ajv 6 cannot read `\p{…}` at all. */
const PORTABLE_LETTERS = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

/**
 * What zod's JSON Schema says differently from the widgets, made to agree (a feed a validator passes must be
 * one the widgets read, and the other way round, as far as JSON Schema can say):
 * - `format` goes where the widgets accept more than the format: `date-time` without seconds, e-mail
 *   addresses and host names with å, ä, ö (kolbäck.se), `uri` with them; the `pattern` beside it stays;
 * - `\p{L}` / `\p{N}` become ranges of Latin letters (a schema validator then refuses an id in another
 *   script that the widgets accept: the description says so);
 * - zod's case-insensitive patterns (the rrule's FREQ) are written out caseless.
 */
function portable(node, caseInsensitive) {
  if (Array.isArray(node)) return node.forEach((item) => portable(item, caseInsensitive));
  if (!node || typeof node !== 'object') return;
  if (['date-time', 'email', 'hostname', 'uri', 'idn-email', 'idn-hostname', 'iri'].includes(node.format)) delete node.format;
  if (typeof node.pattern === 'string') {
    if (caseInsensitive.has(node.pattern)) node.pattern = caseless(node.pattern);
    node.pattern = node.pattern.replaceAll('\\p{L}\\p{N}', PORTABLE_LETTERS);
  }
  for (const value of Object.values(node)) portable(value, caseInsensitive);
}

await mkdir(outDir, { recursive: true });
// zod keeps a regex's flags to itself: the schemas' one case-insensitive pattern, by its source
const caseInsensitive = new Set([schemas.RRULE_FREQ].filter((regex) => regex.flags.includes('i')).map((regex) => regex.source));
for (const [name, schema] of files) {
  // `input` mode: what a producer writes; unknown fields are allowed (and ignored by the widgets).
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  portable(json, caseInsensitive);
  if (json.description) json.description += NOT_IN_SCHEMA;
  await writeFile(join(outDir, name), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${join(outDir, name)}`);
}

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
  ' Also checked by the widgets but not expressible here: real calendar dates, time zones, URL parsing, check digits and cross references.';

const schemas = await loadSchemas();
const { z } = schemas;
const files = [
  ['events-feed.schema.json', schemas.eventsFeedSchema],
  ['members-feed.schema.json', schemas.membersFeedSchema],
  ['ask-config.schema.json', schemas.askConfigSchema],
  ['ask-submission.schema.json', schemas.submissionSchema],
];

await mkdir(outDir, { recursive: true });
for (const [name, schema] of files) {
  // `input` mode: what a producer writes; unknown fields are allowed (and ignored by the widgets).
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  if (json.description) json.description += NOT_IN_SCHEMA;
  await writeFile(join(outDir, name), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${join(outDir, name)}`);
}

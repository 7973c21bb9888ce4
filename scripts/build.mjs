// `npm run build`: the npm package in dist/ and the CDN bundles in cdn/.
//   dist/                       ES modules from tsc (Lit stays a bare import), .d.ts, maps
//   dist/custom-elements.json   Custom Elements Manifest (also copied to ./custom-elements.json for Storybook)
//   dist/schemas/*.schema.json  JSON Schemas for feed producers (scripts/json-schemas.mjs)
//   cdn/evi-widgets.js          src/all.ts as one minified file for <script type=module>, Lit/@lit/task/zod inside,
//                               production Lit; wrapped in a function, so it leaks nothing if loaded without type=module
//   cdn/evi-widgets.classic.js  the same as a classic script (IIFE) for a plain <script src>
//   cdn/evi-loader.js           src/loader.ts: finds evi-* elements and imports only their chunks from beside itself
//   cdn/evi-<widget>.js         one ES module per widget (src/evi-*.ts), code-split: shared code in cdn/chunk-*.js
//   cdn/sizes.json              raw/gzip/brotli sizes of cdn/*.js
//   cdn/manifest.json           sha384 SRI hash of every other file in cdn/ (read by the embed builder)
//   node_modules/.cache/evi-widgets/cdn-split.metafile.json  esbuild's metafile of the split build (scripts/size-budget.mjs)
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { minify as terser } from 'terser';
import { minifyCssLiterals } from './minify-css-literals.mjs';

const root = resolve(import.meta.dirname, '..');
// Read from node_modules directly: lit and zod do not export their package.json.
const packageJson = (name) => JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const started = performance.now();

const fromRoot = (...parts) => resolve(root, ...parts);
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs a Node CLI (no shell, so paths with spaces are safe); rejects with its output on failure. */
function runNode(label, args) {
  const since = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) {
        console.log(`  ✓ ${label} (${seconds(since)})`);
        done(output);
      } else {
        fail(new Error(`${label} failed (exit ${code}):\n${output}`));
      }
    });
  });
}

/** Resolves a package's bin script, so the build does not depend on node_modules/.bin or a shell. */
function binOf(packageName, binName) {
  const { bin } = packageJson(packageName);
  return resolve(root, 'node_modules', packageName, typeof bin === 'string' ? bin : bin[binName]);
}

async function compileTypeScript() {
  await runNode('tsc -p tsconfig.build.json → dist/', [binOf('typescript', 'tsc'), '-p', 'tsconfig.build.json']);
  const schemaScript = fromRoot('scripts/json-schemas.mjs');
  if (existsSync(schemaScript)) {
    await runNode('json-schemas → dist/schemas/', [schemaScript, 'dist/schemas']);
  } else {
    console.warn('  ⚠ scripts/json-schemas.mjs does not exist yet: dist/schemas/ NOT written');
  }
}

async function analyzeCustomElements() {
  await runNode('cem analyze → dist/custom-elements.json', [
    binOf('@custom-elements-manifest/analyzer', 'cem'),
    'analyze',
    '--litelement',
    '--config',
    'custom-elements-manifest.config.mjs',
  ]);
  await copyFile(fromRoot('dist/custom-elements.json'), fromRoot('custom-elements.json'));
}

// One banner instead of esbuild's dozens of repeated per-file Lit @license comments.
const bundled = ['lit', '@lit/task', 'zod'].map((name) => `${name} ${packageJson(name).version}`).join(', ');
const banner =
  `/*! ${pkg.name} v${pkg.version} | ${pkg.license} | bundles ${bundled}; ` +
  'Lit: Copyright Google LLC, BSD-3-Clause; zod: Copyright Colin McDonnell, MIT */';

const cdnOptions = {
  absWorkingDir: root,
  entryPoints: [fromRoot('src/all.ts')],
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  target: 'es2021',
  platform: 'browser',
  // Lit's exports map serves its dev build under "development"; ask for the production build explicitly.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: fromRoot('tsconfig.build.json'),
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [minifyCssLiterals()],
};

async function bundleCdn() {
  const since = performance.now();
  if (!existsSync(fromRoot('src/all.ts'))) throw new Error('src/all.ts is missing: nothing to bundle for cdn/');
  const [esm] = await Promise.all([
    // Wrapped in a function although it is loaded as a module: pasted without type="module" (a CMS strips it),
    // its minified top-level names ($, _, e…) became the page's globals and replaced its jQuery. src/all.ts
    // exports nothing, so the wrapped file is the same module, and safe as a classic script too.
    esbuild.build({ ...cdnOptions, format: 'iife', metafile: true, outfile: fromRoot('cdn/evi-widgets.js') }),
    // src/all.ts exports nothing (it registers the elements), so the classic script sets no global either.
    esbuild.build({
      ...cdnOptions,
      format: 'iife',
      outfile: fromRoot('cdn/evi-widgets.classic.js'),
    }),
  ]);
  warnAboutZodLocales(esm.metafile);
  console.log(`  ✓ esbuild → cdn/evi-widgets.js, cdn/evi-widgets.classic.js (${seconds(since)})`);
}

/** `import { z } from 'zod/mini'` defeats tree shaking and drags in every zod locale (~400 kB). */
function warnAboutZodLocales(metafile) {
  // inputs esbuild read but shook out entirely do not count: only bytes that reach an output
  const shipped = new Set(
    Object.values(metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, use]) => use.bytesInOutput > 0)
        .map(([input]) => input),
    ),
  );
  const locales = [...shipped].filter((input) => input.includes('zod/v4/locales/'));
  if (locales.length > 1) {
    console.warn(
      `  ⚠ cdn bundle contains ${locales.length} zod locales: import zod as \`import * as z from 'zod/mini'\`, ` +
        "not `import { z } from 'zod/mini'`, so unused parts can be dropped",
    );
  }
}

/** Where the split build's metafile goes: not in cdn/ (published), but where size-budget.mjs finds it. */
const splitMetafilePath = fromRoot('node_modules/.cache/evi-widgets/cdn-split.metafile.json');

/**
 * The loader and the code-split widgets. Each `src/evi-*.ts` becomes `cdn/evi-*.js`; what two or more
 * widgets share (Lit, the feed cache, zod…) goes into `cdn/chunk-*.js`, imported statically, so the
 * browser fetches a widget's chunks in parallel. The loader is built on its own: it must stay tiny.
 */
async function bundleSplit() {
  const since = performance.now();
  const entries = (await readdir(fromRoot('src')))
    .filter((name) => /^evi-[a-z-]+\.ts$/.test(name))
    .sort()
    .map((name) => fromRoot('src', name));
  const [split] = await Promise.all([
    esbuild.build({
      ...cdnOptions,
      entryPoints: entries,
      format: 'esm',
      splitting: true,
      outdir: fromRoot('cdn'),
      entryNames: '[name]',
      chunkNames: 'chunk-[hash]',
      metafile: true,
    }),
    esbuild.build({
      ...cdnOptions,
      entryPoints: [fromRoot('src/loader.ts')],
      format: 'esm',
      banner: { js: `/*! ${pkg.name} v${pkg.version} loader | ${pkg.license} */` },
      outfile: fromRoot('cdn/evi-loader.js'),
    }),
  ]);
  await trimBanners(split.metafile);
  await mkdir(resolve(splitMetafilePath, '..'), { recursive: true });
  await writeFile(splitMetafilePath, JSON.stringify(split.metafile));
  const loader = await readFile(fromRoot('cdn/evi-loader.js'), 'utf8');
  if (/\bimport\s*[{*\w]|\bfrom\s*["']/.test(loader.replace(/import\(/g, ''))) {
    throw new Error('cdn/evi-loader.js has a static import: the loader must import nothing but the widget chunks');
  }
  const outputs = Object.keys(split.metafile.outputs).filter((file) => file.endsWith('.js'));
  console.log(`  ✓ esbuild → cdn/evi-loader.js + ${outputs.length} split files (${seconds(since)})`);
}

/** The bundled packages, what marks their code in esbuild's metafile, and the notice their licences ask for. */
const bundledPackages = [
  { name: 'lit', input: /^node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//, notice: 'Lit: Copyright Google LLC, BSD-3-Clause' },
  { name: '@lit/task', input: /^node_modules\/@lit\/task\//, notice: 'Lit: Copyright Google LLC, BSD-3-Clause' },
  { name: 'zod', input: /^node_modules\/zod\//, notice: 'zod: Copyright Colin McDonnell, MIT' },
];

/**
 * Each split file names only the packages whose code it contains (the shared banner also named zod in
 * the badge's chunks, which have none); our own chunks get a one-line header. Line 1 only, so the
 * source maps still fit.
 */
async function trimBanners(metafile) {
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    if (!output.endsWith('.js')) continue;
    const shipped = Object.entries(inputs)
      .filter(([, use]) => use.bytesInOutput > 0)
      .map(([input]) => input);
    const present = bundledPackages.filter(({ input }) => shipped.some((file) => input.test(file)));
    const notices = [...new Set(present.map(({ notice }) => notice))];
    const header = present.length
      ? `/*! ${pkg.name} v${pkg.version} | ${pkg.license} | bundles ${present
          .map(({ name }) => `${name} ${packageJson(name).version}`)
          .join(', ')}; ${notices.join('; ')} */`
      : `/*! ${pkg.name} v${pkg.version} | ${pkg.license} */`;
    const path = fromRoot(output);
    const code = await readFile(path, 'utf8');
    if (!code.startsWith(`${banner}\n`)) throw new Error(`${output} does not start with the build's banner`);
    await writeFile(path, `${header}${code.slice(banner.length)}`);
  }
}

async function checkCdnBundles() {
  const scripts = (await readdir(fromRoot('cdn'))).filter((name) => name.endsWith('.js'));
  for (const file of scripts) {
    const code = await readFile(fromRoot('cdn', file), 'utf8');
    if (/dev mode/i.test(code)) throw new Error(`cdn/${file} contains Lit's dev build ("dev mode" found)`);
  }
  for (const file of ['evi-widgets.js', 'evi-widgets.classic.js']) {
    const code = await readFile(fromRoot('cdn', file), 'utf8');
    if (!code.startsWith("\uFEFF") && /[^\t\n\r\x20-\x7e]/.test(code)) {
      throw new Error(`cdn/${file} has non-ASCII characters and no byte order mark: as a classic script on a Latin-1 page it would not parse`);
    }
  }
  // A classic <script> cannot contain import/export declarations: compiling it as a script proves there are none.
  const classic = await readFile(fromRoot('cdn/evi-widgets.classic.js'), 'utf8');
  try {
    new Script(classic, { filename: 'cdn/evi-widgets.classic.js' });
  } catch (error) {
    throw new Error(`cdn/evi-widgets.classic.js is not a valid classic script: ${error.message}`);
  }
}

/**
 * A second minification of every cdn/*.js by terser, after esbuild's: 2–4 % fewer gzip bytes on each page
 * (measured on 2026-11-27: badge-only page 13.4 → 13.0 KB, all four 63.6 → 62.1 KB), which every member
 * site pays for. esbuild still bundles, splits and names the files; terser only rewrites each file's code,
 * keeping its `/*!` header (the licences) and composing its source map with esbuild's.
 */
async function minifyAgain() {
  const since = performance.now();
  const scripts = (await readdir(fromRoot('cdn'))).filter((name) => name.endsWith('.js'));
  for (const file of scripts) {
    const path = fromRoot('cdn', file);
    const [code, map] = await Promise.all([readFile(path, 'utf8'), readFile(`${path}.map`, 'utf8')]);
    // the two single bundles may run as classic scripts (see bundleCdn): minified as scripts, not modules
    const isModule = !/^evi-widgets(\.classic)?\.js$/.test(file);
    const result = await terser(code, {
      module: isModule,
      ecma: 2020,
      // passes: 2 came out smaller than 3 on these files
      compress: { passes: 2 },
      mangle: true,
      format: { comments: /^!/ },
      sourceMap: { content: map, filename: file, url: `${file}.map`, includeSources: true },
    });
    if (typeof result.code !== 'string') throw new Error(`terser returned no code for cdn/${file}`);
    // The two single bundles start with a UTF-8 byte order mark: run as a classic script (evi-widgets.classic.js,
    // or evi-widgets.js without type="module") on a Latin-1 page from a server that names no charset, "ø" was
    // read as "Ã¸" and the whole file was a syntax error. A BOM decides a script's encoding before anything
    // else; module scripts are always read as UTF-8 (and drop the BOM). 3 bytes, where \u escapes cost 1.7 KB.
    const output = isModule ? result.code : `\uFEFF${result.code}`;
    await Promise.all([writeFile(path, output), writeFile(`${path}.map`, result.map)]);
  }
  console.log(`  ✓ terser → ${scripts.length} cdn files minified again (${seconds(since)})`);
}

/** `cdn/manifest.json`: `{ version, files: { "evi-loader.js": { integrity: "sha384-…", size } } }`. */
async function writeSriManifest() {
  const files = (await readdir(fromRoot('cdn'))).filter((name) => name !== 'manifest.json').sort();
  const manifest = { name: pkg.name, version: pkg.version, algorithm: 'sha384', files: {} };
  for (const file of files) {
    const content = await readFile(fromRoot('cdn', file));
    manifest.files[file] = {
      integrity: `sha384-${createHash('sha384').update(content).digest('base64')}`,
      size: content.length,
    };
  }
  await writeFile(fromRoot('cdn/manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`  ✓ cdn/manifest.json: sha384 of ${files.length} files`);
}

async function reportSizes() {
  const files = (await readdir(fromRoot('cdn'))).filter((name) => name.endsWith('.js')).sort();
  const sizes = {};
  for (const file of files) {
    const content = await readFile(fromRoot('cdn', file));
    sizes[file] = {
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      brotli: brotliCompressSync(content, {
        params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    };
  }
  await writeFile(fromRoot('cdn/sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log('\nCDN bundle sizes:');
  console.table(
    Object.fromEntries(
      Object.entries(sizes).map(([file, size]) => [
        `cdn/${file}`,
        { raw: kb(size.raw), gzip: kb(size.gzip), brotli: kb(size.brotli) },
      ]),
    ),
  );
}

try {
  console.log(`Building ${pkg.name} v${pkg.version}`);
  await Promise.all(['dist', 'cdn'].map((dir) => rm(fromRoot(dir), { recursive: true, force: true })));
  await Promise.all([mkdir(fromRoot('dist')), mkdir(fromRoot('cdn'))]);
  // Independent steps run side by side; every failure is reported, not just the first.
  const results = await Promise.allSettled([
    compileTypeScript(),
    analyzeCustomElements(),
    bundleSplit().then(bundleCdn),
  ]);
  const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason);
  if (failures.length > 0) throw new Error(failures.map((failure) => failure.message).join('\n\n'));
  await minifyAgain();
  await checkCdnBundles();
  await reportSizes();
  await writeSriManifest();
  console.log(`Build finished in ${seconds(started)}`);
} catch (error) {
  console.error(`\nBuild failed: ${error.message}`);
  process.exitCode = 1;
}

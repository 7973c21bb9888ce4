// `node scripts/size-budget.mjs [--strict] [--no-readme]` (run by `npm test` after the build).
// Sizes of what a page really downloads from cdn/, gzip and brotli, against the budgets of issue 6:
//   loader           cdn/evi-loader.js                                             ≤ 1.5 KB gzip  (enforced)
//   badge-only page  loader + cdn/evi-network-badge.js + the chunks it imports     ≤ 10 KB gzip   (--strict)
//   all four         loader + every widget + every shared chunk                    ≤ 24 KB gzip   (--strict)
//   one other widget loader + that widget + the chunks it imports                   no budget
//   single bundle    cdn/evi-widgets.js, for comparison                            no budget
// Until those two budgets are met, today's sizes are ceilings (CEILINGS below, enforced): a change that
// makes a page bigger fails, and lowering a ceiling is part of every change that shrinks one.
// The badge-only page must not contain zod (enforced): the badge reads its feed with the zod-free reader.
// Nor lit-html, lit-element or Lit's decorators (enforced): the badge renders on ReactiveElement by hand.
// Each file is compressed on its own (as a CDN serves it) and the sizes are added up. The chunks a widget
// imports are read from esbuild's metafile of the split build (static imports, followed transitively).
// The table goes into README.md between <!-- sizes:start --> and <!-- sizes:end -->.
// Exit 1 when an enforced budget is exceeded; --strict enforces every budget.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const strict = process.argv.includes('--strict');
const writeReadme = !process.argv.includes('--no-readme');
const KB = 1024;
const metafilePath = resolve(root, 'node_modules/.cache/evi-widgets/cdn-split.metafile.json');

if (!existsSync(metafilePath) || !existsSync(resolve(root, 'cdn/evi-loader.js'))) {
  console.error('size-budget: no split build found; run `npm run build` first');
  process.exit(1);
}
const metafile = JSON.parse(readFileSync(metafilePath, 'utf8'));

const sizeCache = new Map();
/** raw, gzip (level 9) and brotli (quality 11) bytes of one cdn/ file, the levels of cdn/sizes.json. */
function sizeOf(file) {
  if (!sizeCache.has(file)) {
    const content = readFileSync(resolve(root, 'cdn', file));
    sizeCache.set(file, {
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      brotli: brotliCompressSync(content, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizeCache.get(file);
}

/** `cdn/evi-network-badge.js` → itself and every file it imports statically, transitively (names in cdn/). */
function withStaticImports(output) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    const entry = metafile.outputs[path];
    if (!entry) throw new Error(`size-budget: ${path} is not in the split build's metafile`);
    seen.add(path);
    for (const imported of entry.imports) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(output);
  return [...seen].map((path) => path.replace(/^cdn\//, ''));
}

const splitFiles = Object.keys(metafile.outputs)
  .filter((path) => path.endsWith('.js'))
  .map((path) => path.replace(/^cdn\//, ''));

/**
 * Gzip ceilings (enforced) while the issue's budgets are not met: measured sizes plus 0.3 KB. Raised on
 * 2026-11-27 for the review fixes, each a visitor-facing defect: 15.8 → 16.2 and 57.7 → 58.4 for evi-load
 * after render, focus kept after "Försök igen", the missing-src error, the dark theme's own background and
 * the body-bound Idempotency-Key; 58.4 → 60.0 for series described correctly in sv and en (+3.5 KB raw),
 * mended lists in descriptionHtml and the directory card's address, org no. and member year.
 * Lowered on 2026-11-27 (session 3), 16.2 → 12.8 and 60.0 → 59.9: the badge renders on Lit's
 * ReactiveElement without lit-html or decorators, and the CDN build minifies the CSS in css`…` literals.
 * All four raised 59.9 → 60.2 the same day for fixes a second-opinion review found: the loading state
 * when src changes (not the old feed), the language following the page, two directories sharing the
 * hash, a bad or removed `timeout` no longer timing out at once, and the receipt's success colour
 * (the badge stayed under 12.8: the retry-focus code moved out of its page).
 */
// Lowered 60.2 → 59.5 the same day: the list widgets' Lit directives moved into the lit-html chunk (11 files → 9).
// Badge raised 12.8 → 13.0 for two fixes a second review found: the badge link keeps keyboard focus when the
// page's language or href changes (updated in place), and a bad, removed or too large `timeout` is handled in
// one place for feeds and the ask form's question (it timed out at once).
// All four raised 59.5 → 60.1 on 2026-11-27 (session 4, measured 59.8) for fixes two reviews found, each a
// visitor-facing defect: descriptionHtml keeps the text of elements outside the allow-list and makes
// blocks paragraphs, lengths counted in characters (emoji), the spring-gap occurrence's end, focus kept
// after a failed send's retry and a badge's verification, a #member= link loading at once without
// pulling focus, the retry's focus on the first heading, the filter's status naming the category,
// one draft per form, and one-column grids that fit a 10em sidebar with text spacing.
// Raised again the same session for WCAG 3.1.2 (Language of Parts, AA): the feeds' optional `lang` (read and
// checked in all three feeds, so also on the badge's page, which shares the members reader) and the `lang`
// marks on the feed's texts when a widget speaks another language: badge 13.0 → 13.2 (measured 13.0),
// all four 60.1 → 60.6 (measured 60.3). All four 60.6 → 60.9 (measured 60.6) for the fixes a review of the
// session's change found: the widget's own `lang` on its root (pages in a third language), a free draft
// slot for a form inserted above another, focus on the checked topic and on a badge without a link.
// All four 60.9 → 61.2 (measured 60.9) for what a review of search and calendar export found: punctuation and
// compounds in directory search and org numbers found, numeric sorting, an evening ending at midnight, the
// last day of an UNTIL in words, the .ics file name and Outlook link, the filter status's category language.
// All four 61.2 → 63.6 (measured 63.3 at the end) in session 5, for what three visitor reviews found, each a defect a
// visitor or webmaster would notice: the event list's loading and error boxes no longer collapse to 16 px, a
// page left open drops ended events, midnight-to-midnight is "Heldag", every upcoming category can be chosen,
// ties in Swedish order, no calendar export of a postponed date, exdates that cancel nothing are warned about,
// the date read after the heading; the directory's Unicode website names and a count that matches the list;
// the ask form resends only the question that failed when back online, keeps edits made while sending
// (readonly), sends from a page with a long address, names CORS and redirect mistakes in the console, never
// shows a receiver's raw code, offers the page's fallback when sending keeps failing, moves its draft with
// `src`, routes Swedish word forms, explains a personnummer, and quotes topic names in its sentences.
// Badge 13.2 → 13.6 (measured 13.3) the same session, for what a review on members' own sites found: the
// badge works in browsers without custom states (Safari before 17.4, Firefox before 126: it showed nothing,
// not even the fallback link), verifies in a CMS preview's srcdoc frame, says why when every `domains` entry
// was invalid, keeps a 3:1 focus ring on a page of the other theme, takes no
// room when unverified whatever the page's CSS, warns about a bad href once, and reads size="Small".
// Badge 13.6 → 13.7 and all four 63.6 → 63.8 (measured 13.4 and 63.5) at the end of session 5, for what a
// review in single-page apps found (a widget moved in the page keeps its feed request, the directory its
// search and focus, a form kept aside its own draft slot; a slow answer no longer pulls focus) and a bilingual
// review's wording (plurals, "every third month", time zones by their city).
// Lowered on 2026-11-27 (session 6), badge 13.7 → 13.4 and all four 63.8 → 62.5 (measured 13.1 and 62.2): the
// build minifies every cdn/ file a second time with terser, after esbuild (scripts/build.mjs, minifyAgain).
// All four 62.5 → 63.0 (measured 62.7) the same session, for what a screen-reader review and a review of hostile
// feeds found: required fields named with their space, the topic error on each radio, landmarks named after
// the network, alerts without their buttons; no stack overflow on an item with 150,000 entries, a reader that
// throws made a feed error, at most 100 console lines per feed, past days of an old series skipped, "Hela
// serien" capped at a decade, and the second 02:30 of the October change kept.
// All four 63.0 → 63.8 (measured 63.5): the event list under Trusted Types (a README review found that
// `structured-data` threw there, and an open descriptionHtml did too): its own policy evi-widgets, and plain
// text and a console line where the page refuses it; timeZone checked as an IANA name; emails without
// invisible characters; COUNT/INTERVAL caps and rules with no day named in the console.
// Badge 13.4 → 13.7 and all four 63.8 → 64.1 (measured 13.4 and 63.8) for what a print review and a
// screen-reader review found: on paper the light theme's colours (a dark widget printed grey on white, 2.6:1),
// no buttons, no cut cards and the sign-up links' addresses; the badge's fallback link keeps keyboard focus
// when the claim is disproved; the calendar links say which event they are for.
// All four 64.1 → 64.7 (measured 64.4) for printing an event list's details, and what a review of the session's
// change found: descriptionHtml's words kept ("style=" in a sentence), rule warnings capped at 100 lines, valid
// zone names without a slash (CET, GMT) accepted again, a page that lists Trusted Types policies without
// requiring them keeps the formatting, the plain-text fallback's entities and tags, "Hela serien" listing the
// zone's changes to the series' real end.
// All four 64.7 → 65.3 (measured 65.0) for what reviews on phones and of the lists' words found: the send button
// no longer moves from under a finger, 16 px fields on touch screens, the number keyboard for the org. number,
// the search key on a phone; one event in another zone no longer mislabels the list ("Tiderna är lokal tid i
// Helsinki" above Swedish breakfasts), Swedish city names, an event without an end shows its start only,
// month headings with a capital, a network's page naming members' other networks only, no count above "no results".
// All four 65.3 → 65.6 (measured 65.3) for "Pågår nu", "I dag" and "I morgon" on the event list, its layout
// in flex rows and table cells (the container query moved), and --evi-font-size on the badge.
// All four 65.6 → 65.9 (measured 65.6; session 7) for an organisation number written with a space, an en dash or
// "16" first, the receipt naming the address the answer goes to, and an Outlook link for Microsoft 365 work
// accounts beside Outlook.com's (a work account cannot use Outlook.com's page).
// All four 65.9 → 66.5 (measured 66.2) for what a visual review and a review as ten webmasters found: readable
// filled buttons in forced colours, the dark theme's colour scheme on the widget's ground (fallback links at
// 2:1), no capital after "I dag, "; a category, network or topic that is the id of nothing said in the console
// with the id meant and the ids there are, limit="ten" warned about and no longer reflected.
// All four 66.5 → 67.1 (measured 66.8) for a snippet's curly quotes read away (src, ids, numbers) and a widget
// written <evi-… /> that swallows the rest of the page said in the console.
// Badge 13.7 → 14.0 (measured 13.7) the same session, for src and member read without a CMS editor's curly
// quotes (the src said once in the console), a decision made out of the page announced when the badge is back
// (a framework kept it aside: nobody heard it), and href="www.…" refused as a link with the reason said.
// All four 67.1 → 67.4 (measured 67.1) for console lines on redirected and non-UTF-8 feeds and on a receiver's
// refusals, and the ask form's receipt and failure laid out as a visual review measured them.
// All four 67.4 → 67.8 (measured 67.5) for "Detaljer" showing whether it is open, a feed cache that keeps
// the last 16 feeds, and an ask form removed while sending that hands the question to the next form on the
// same draft (shown as being sent, then its receipt) rather than offer it again as a draft.
// Badge 14.0 → 14.3 (measured 14.0) for older browsers and feed producers: no attachInternals (iOS 15: the
// badge never upgraded), an unverified host hidden where CSS has no :state(), a members feed without networks.
// All four 67.8 → 68.1 (measured 67.8) for the classes that replace :has() and the container-query fallback
// (older browsers), rules written with spaces, and a start with a winter offset on a summer date warned about.
// Badge 14.3 → 14.7 (measured 14.4) for what a review of the session's change found: a badge written <evi-network-badge
// … /> said in the console (it showed the rest of the page as its fallback), href read without curly quotes, a
// reused badge's verdict from an update (not the old decision), a page's inline display kept on old browsers.
// All four 68.1 → 68.4 (measured 68.1) for what a WCAG 2.1 AA audit found in the ask form (a status in place
// before its words, a receipt said where focus is not moved to it, the route box's title a heading) and the
// handover of a question in flight across two route changes and a keep-alive.
const CEILINGS = { 'badge-only page': 14.7 * KB, 'all four widgets': 68.4 * KB };

const rows = [
  { name: 'loader', files: ['evi-loader.js'], budget: 1.5 * KB, enforced: true },
  {
    name: 'badge-only page',
    files: ['evi-loader.js', ...withStaticImports('cdn/evi-network-badge.js')],
    budget: 10 * KB,
    enforced: strict,
  },
  { name: 'all four widgets', files: ['evi-loader.js', ...splitFiles], budget: 24 * KB, enforced: strict },
  ...['event-list', 'member-directory', 'ask-form'].map((widget) => ({
    name: `${widget.replace('-', ' ')} only`,
    files: ['evi-loader.js', ...withStaticImports(`cdn/evi-${widget}.js`)],
    budget: undefined,
    enforced: false,
  })),
  { name: 'single bundle (evi-widgets.js)', files: ['evi-widgets.js'], budget: undefined, enforced: false },
];

for (const row of rows) {
  row.files = [...new Set(row.files)];
  row.raw = row.gzip = row.brotli = 0;
  for (const file of row.files) {
    const size = sizeOf(file);
    row.raw += size.raw;
    row.gzip += size.gzip;
    row.brotli += size.brotli;
  }
  row.over = row.budget !== undefined && row.gzip > row.budget;
  row.ceiling = CEILINGS[row.name];
  row.aboveCeiling = row.ceiling !== undefined && row.gzip > row.ceiling;
}

/** Inputs (source files) of the split build that reach one of `files`. */
function inputsOf(files) {
  return files.flatMap((file) =>
    Object.entries(metafile.outputs[`cdn/${file}`]?.inputs ?? {})
      .filter(([, use]) => use.bytesInOutput > 0)
      .map(([input]) => input),
  );
}
const badgeRow = rows.find((row) => row.name === 'badge-only page');
const zodInBadge = inputsOf(badgeRow.files).filter((input) => input.includes('node_modules/zod/'));
// lit-html and the decorators are a third of what the badge would otherwise load (network-badge.ts)
const templatingInBadge = inputsOf(badgeRow.files).filter((input) =>
  /node_modules\/(lit-html|lit-element)\/|node_modules\/@lit\/reactive-element\/decorators\//.test(input),
);

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const verdict = (row) => {
  if (row.budget === undefined) return '–';
  if (!row.over) return 'ok';
  if (row.enforced) return 'OVER BUDGET (enforced)';
  return `OVER BUDGET (not met; \`--strict\`); ceiling ${kb(row.ceiling)} ${row.aboveCeiling ? 'EXCEEDED' : 'kept'}`;
};

const header = '| what a page loads | files | raw | gzip | brotli | budget (gzip) | status |';
const lines = [
  header,
  '|---|---:|---:|---:|---:|---:|---|',
  ...rows.map(
    (row) =>
      `| ${row.name} | ${row.files.length} | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ` +
      `${row.budget === undefined ? '–' : `≤ ${kb(row.budget)}`} | ${verdict(row)} |`,
  ),
];
const table = lines.join('\n');

console.log('\nSize budgets (each file compressed on its own, then added up; 1 KB = 1024 bytes):\n');
console.log(table);
for (const row of rows.filter((r) => r.name !== 'loader' && r.budget !== undefined)) {
  console.log(`  ${row.name}: ${row.files.join(' + ')}`);
}

if (writeReadme) {
  const readmePath = resolve(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const pattern = /(<!-- sizes:start -->)[\s\S]*?(<!-- sizes:end -->)/;
  if (pattern.test(readme)) {
    const note =
      '_Written by `node scripts/size-budget.mjs` (part of `npm test`): gzip level 9, brotli quality 11, ' +
      'each file compressed on its own and added up; 1 KB = 1024 bytes._';
    const updated = readme.replace(pattern, (_, start, end) => `${start}\n${table}\n\n${note}\n${end}`);
    if (updated !== readme) {
      writeFileSync(readmePath, updated);
      console.log('\n  README.md size table updated');
    }
  } else {
    console.warn('\n  ⚠ README.md has no <!-- sizes:start --> … <!-- sizes:end --> markers: table not written');
  }
}

const failed = rows.filter((row) => row.over && row.enforced);
const grown = rows.filter((row) => row.aboveCeiling);
if (grown.length > 0) {
  console.error(
    `\nSize ceiling exceeded (a page got bigger): ${grown.map((row) => `${row.name} ${kb(row.gzip)} gzip > ${kb(row.ceiling)}`).join('; ')}`,
  );
  process.exitCode = 1;
}
if (zodInBadge.length > 0) {
  console.error(`\nThe badge-only page loads zod (${zodInBadge.length} zod modules): the badge must read its feed with src/schemas/members-read.ts`);
  process.exitCode = 1;
}
if (templatingInBadge.length > 0) {
  console.error(
    `\nThe badge-only page loads ${templatingInBadge.join(', ')}: the badge renders on ReactiveElement, without lit-html or decorators`,
  );
  process.exitCode = 1;
}
const notMet = rows.filter((row) => row.over && !row.enforced);
if (notMet.length > 0) {
  console.warn(
    `\n  ⚠ NOT MET (issue 6 stays open): ${notMet
      .map((row) => `${row.name} ${kb(row.gzip)} gzip > ${kb(row.budget)}`)
      .join('; ')}. Enforce with --strict.`,
  );
}
if (failed.length > 0) {
  console.error(
    `\nSize budget exceeded: ${failed.map((row) => `${row.name} ${kb(row.gzip)} gzip > ${kb(row.budget)}`).join('; ')}`,
  );
  process.exitCode = 1;
}

#!/usr/bin/env node
// evi-validate: checks a feed with the widgets' own schemas (dist/schemas/index.js, built by `npm run build`)
// and prints every problem with its JSON path, in the words the widgets write to the browser console.
//
//   npx evi-validate <file-or-url> [--type events|members|ask] [--strict] [--quiet] [--timeout ms]
//
// Exit status: 0 the feed is usable and no item is lost (dropped optional fields and the event list's
// rule warnings are warnings); 1 the feed is unusable (fatal) or an item is skipped, or with --strict
// any problem at all;
// 2 wrong usage, or the schemas are not built.
/* global AbortSignal, TextDecoder, URL, console, fetch, process */ // Node globals (eslint.config.js gives them to scripts/ only)
import { readFile } from 'node:fs/promises';

const USAGE = `Usage: evi-validate <file-or-url> [--type events|members|ask] [--strict] [--quiet] [--timeout ms]

Checks an En Väg In feed (contract version 1) with the same schemas as the widgets.
  --type     which feed; default: guessed from its keys (events / networks+members / partners+topics)
  --strict   exit 1 on dropped fields, rule warnings and a missing CORS header too (default: warnings, exit 0)
  --quiet    print only the summary line
  --timeout  milliseconds to wait for a URL to answer; default 10000, as the widgets wait
Exit status: 0 usable, no item skipped; 1 unusable feed or skipped items; 2 usage error.`;

const TYPES = ['events', 'members', 'ask'];

function parseArgs(argv) {
  const options = { strict: false, quiet: false, type: undefined, source: undefined, timeout: 10_000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--quiet' || arg === '-q') options.quiet = true;
    else if (arg === '--type' || arg.startsWith('--type=')) {
      options.type = arg.includes('=') ? arg.slice('--type='.length) : argv[++i];
      if (!TYPES.includes(options.type)) return { error: `--type must be one of ${TYPES.join(', ')} (got ${options.type})` };
    } else if (arg === '--timeout' || arg.startsWith('--timeout=')) {
      const value = arg.includes('=') ? arg.slice('--timeout='.length) : argv[++i];
      options.timeout = Number(value);
      if (!Number.isInteger(options.timeout) || options.timeout < 1) return { error: `--timeout must be a whole number of milliseconds (got ${value})` };
    } else if (arg.startsWith('-')) return { error: `unknown option ${arg}` };
    else if (options.source === undefined) options.source = arg;
    else return { error: `one feed at a time (got ${options.source} and ${arg})` };
  }
  if (options.source === undefined) return { error: 'which feed? Give a file or an http(s) URL' };
  return options;
}

/**
 * The feed's text, from a file or with a plain GET like the widgets (no credentials, no custom headers;
 * an `Origin`, as the browser adds),
 * giving up after `timeoutMs` as they do. Redirects are followed one by one, because a browser needs
 * `Access-Control-Allow-Origin` on each of them: `note` says when one lacks it.
 */
async function readSource(source, timeoutMs) {
  if (!/^https?:\/\//i.test(source)) {
    let bytes;
    try {
      bytes = await readFile(source);
    } catch (error) {
      throw new Error(`${source}: could not be read (${error.code ?? error.message})`);
    }
    return utf8(bytes, source);
  }
  const signal = AbortSignal.timeout(timeoutMs);
  let url = source;
  let note;
  for (let redirects = 0; ; redirects++) {
    let response;
    try {
      // with an Origin, as a browser sends it: many servers (S3, CORS middleware) answer with
      // Access-Control-Allow-Origin only then
      response = await fetch(url, { redirect: 'manual', signal, headers: { Origin: 'https://evi-validate.invalid', Accept: 'application/json' } });
    } catch (error) {
      if (signal.aborted) throw new Error(`${url}: no answer within ${timeoutMs} ms (the widgets give up then too)`);
      throw new Error(`${url}: could not be fetched (${error.cause?.message ?? error.message})`);
    }
    const location = response.headers.get('location');
    const redirect = response.status >= 300 && response.status < 400 && location;
    if (!note && !response.headers.get('access-control-allow-origin')) {
      note = redirect
        ? `the redirect from ${url} has no Access-Control-Allow-Origin header: widgets on other sites cannot follow it`
        : 'no Access-Control-Allow-Origin header: widgets on other sites cannot read this feed';
    }
    if (redirect) {
      // as browsers: they follow 20
      if (redirects === 20) throw new Error(`${source}: more than 20 redirects`);
      url = new URL(location, url).href;
      continue;
    }
    const after = url === source ? '' : ` (after a redirect to ${url})`;
    if (!response.ok) throw new Error(`${`${url}: HTTP ${response.status} ${response.statusText}`.trim()}.`);
    let bytes;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch {
      throw new Error(`${url}: no answer within ${timeoutMs} ms (the widgets give up then too)`);
    }
    return { ...utf8(bytes, source), note, type: `${response.headers.get('content-type') ?? 'no content-type'}${after}` };
  }
}

/**
 * The feed's bytes as the widgets read them: UTF-8 (a BOM is fine). A feed saved as Windows-1252 or Latin-1
 * shows its å, ä and ö as � in every widget, and one saved as UTF-16 (Excel's "Unicode text") is not JSON
 * to them at all: both are unusable, whatever their JSON says.
 */
function utf8(bytes, source) {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Error(`${source}: the file is UTF-16 (Excel's "Unicode text"), which the widgets cannot read; save it as UTF-8`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8: true };
  } catch {
    // read on, as the widgets do, but failed: every visitor would read "Frukostm�te"
    return { text: new TextDecoder().decode(bytes), utf8: false };
  }
}

/** The lists each kind of feed must have: a document is of a kind when it has them all. */
const REQUIRED_KEYS = { members: ['members'], events: ['events'], ask: ['submitUrl', 'partners', 'topics'] };

/**
 * events / members / ask from the keys: the kinds whose required lists are all there (unknown fields are
 * ignored, as the widgets ignore them: `networks` beside `events` makes no members feed); failing that,
 * the kinds any of whose keys are there.
 */
function detectType(json) {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { type: undefined, candidates: [] };
  const kinds = Object.keys(REQUIRED_KEYS);
  let candidates = kinds.filter((kind) => REQUIRED_KEYS[kind].every((key) => key in json));
  if (!candidates.length) {
    const hints = { members: ['members', 'networks'], events: ['events'], ask: ['topics', 'partners', 'submitUrl'] };
    candidates = kinds.filter((kind) => hints[kind].some((key) => key in json));
  }
  return { type: candidates[0], candidates };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (options.error) {
    console.error(`evi-validate: ${options.error}\n\n${USAGE}`);
    return 2;
  }
  let schemas;
  try {
    schemas = await import('../dist/schemas/index.js');
  } catch (error) {
    console.error(`evi-validate: the schemas are not built (${error.message}). Run \`npm run build\` first.`);
    return 2;
  }
  const label = options.source;

  let source;
  try {
    source = await readSource(options.source, options.timeout);
  } catch (error) {
    console.log(`✗ ${error.message} — feed unusable`);
    return 1;
  }
  let json;
  try {
    // (TextDecoder has read away a byte order mark)
    json = JSON.parse(source.text);
  } catch (error) {
    console.log(`✗ ${label}: the body is not JSON${source.type ? ` (${source.type})` : ''}: ${error.message} — feed unusable`);
    return 1;
  }

  if (!source.utf8) console.log(`✗ ${label}: the feed is not UTF-8 (saved as Windows-1252 or Latin-1?): its å, ä and ö show as � in the widgets; save it as UTF-8`);
  if (options.type !== undefined) return check(options.type, json, source, label, options, schemas);
  const detected = detectType(json);
  if (detected.type === undefined) {
    if (!options.quiet) console.log('  note: no events, members or topics key; checked as events (choose with --type)');
    return check('events', json, source, label, options, schemas);
  }
  // a document that is two kinds at once (members and events in one file): each is checked, none left out
  let status = 0;
  for (const type of detected.candidates) status = Math.max(status, await check(type, json, source, label, options, schemas));
  return status;
}

/** Checks `json` as one kind of feed, prints its problems and a summary line; 0 or 1. */
async function check(type, json, source, label, options, schemas) {
  const { formatProblem, parseAskConfig, parseEventsFeed, parseMembersFeed } = schemas;
  const parsers = { events: parseEventsFeed, members: parseMembersFeed, ask: parseAskConfig };
  const result = parsers[type](json);
  const counts = { fatal: 0, skipped: 0, dropped: 0, warnings: 0 };
  for (const problem of result.problems) {
    counts[problem.action]++;
    if (!options.quiet) console.log(`${problem.action === 'dropped' ? '⚠' : '✗'} ${formatProblem(problem)}`);
  }
  // what the event list warns about once the feed is read: rules it cannot expand, starts off the rule
  if (type === 'events' && result.ok) {
    const { ruleWarnings, toSeries } = await import('../dist/event-list/recurrence.js');
    for (const event of result.data.events) {
      for (const warning of ruleWarnings(toSeries(event))) {
        counts.warnings++;
        if (!options.quiet) console.log(`⚠ ${label}: event "${event.id}": ${warning}`);
      }
    }
  }
  if (source.note && !options.quiet) console.log(`⚠ ${label}: ${source.note}`);
  const encoding = !source.utf8;

  const kept = result.ok
    ? type === 'members'
      ? `${result.data.members.length} members, ${result.data.networks.length} networks`
      : type === 'events'
        ? `${result.data.events.length} events`
        : `${result.data.topics.length} topics, ${result.data.partners.length} partners`
    : 'not usable';
  const failed =
    encoding || !result.ok || counts.fatal > 0 || counts.skipped > 0 || (options.strict && (counts.dropped + counts.warnings > 0 || source.note !== undefined));
  console.log(
    `${failed ? '✗' : '✓'} ${label} (${type} feed): ${kept}; ` +
      `${counts.skipped} item${counts.skipped === 1 ? '' : 's'} skipped, ` +
      `${counts.dropped} field${counts.dropped === 1 ? '' : 's'} dropped` +
      (counts.warnings > 0 ? `, ${counts.warnings} rule warning${counts.warnings === 1 ? '' : 's'}` : '') +
      (source.note ? ', no CORS header' : '') +
      (counts.fatal > 0 ? `, ${counts.fatal} fatal` : '') +
      (encoding ? ', not UTF-8' : ''),
  );
  return failed ? 1 : 0;
}

process.exitCode = await main();

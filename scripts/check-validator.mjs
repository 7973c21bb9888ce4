// `node scripts/check-validator.mjs` (run by `npm test` after the build): bin/evi-validate.mjs against the
// demo's fixture feeds. The good feeds pass with no problem; every problem of the broken feeds is printed
// (the same lines as `formatProblem` gives the browser console) and the exit status follows the rules.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import assert from 'node:assert/strict';

const root = resolve(import.meta.dirname, '..');
const bin = resolve(root, 'bin/evi-validate.mjs');
const feeds = resolve(root, 'demo/feeds');
const { formatProblem, parseEventsFeed, parseMembersFeed } = await import('../dist/schemas/index.js');

function run(...args) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const checks = [];
function check(name, fn) {
  checks.push({ name, fn });
}

for (const file of ['events.json', 'members.json', 'ask.json']) {
  check(`${file} passes with no problem`, async () => {
    const { status, stdout } = await run(resolve(feeds, file));
    assert.equal(status, 0, stdout);
    assert.match(stdout, /^✓ .*0 items skipped, 0 fields dropped\n$/);
  });
}

for (const [file, parse, expected] of [
  [
    'events-broken.json',
    parseEventsFeed,
    ['events[3] (id "saknar-start").start: is required — item skipped', 'events[14]: must be an object (got 42) — item skipped'],
  ],
  [
    'members-broken.json',
    parseMembersFeed,
    [
      'members[5] (id "farlig-lank").website: must be an absolute http: or https: URL (got "javascript:alert(1)") — field dropped',
      'members[9] (id "okant-natverk").networks[1]: unknown network id "finns-inte"',
      'members[8] (id "namnlos").name: is required — item skipped',
    ],
  ],
]) {
  check(`${file}: every problem reported, exit 1`, async () => {
    const { status, stdout } = await run(resolve(feeds, file));
    assert.equal(status, 1, stdout);
    const problems = parse(JSON.parse(readFileSync(resolve(feeds, file), 'utf8'))).problems;
    assert.ok(problems.length >= 5, `${file} should have several problems`);
    const lines = stdout.trimEnd().split('\n');
    assert.deepEqual(
      lines.slice(0, -1),
      problems.map((p) => `${p.action === 'dropped' ? '⚠' : '✗'} ${formatProblem(p)}`),
    );
    for (const text of expected) assert.ok(stdout.includes(text), `${file}: missing "${text}"`);
    assert.match(lines.at(-1), /^✗ .* \d+ items skipped, \d+ fields dropped$/);
  });
}

check('dropped fields only: exit 0, or 1 with --strict', async () => {
  // members-broken.json without its skipped items: only dropped fields remain
  const json = JSON.parse(readFileSync(resolve(feeds, 'members-broken.json'), 'utf8'));
  const result = parseMembersFeed(json);
  for (const list of ['networks', 'members']) {
    const skipped = new Set(
      result.problems.filter((p) => p.action === 'skipped' && p.path.startsWith(`${list}[`)).map((p) => p.index),
    );
    json[list] = json[list].filter((_, index) => !skipped.has(index));
  }
  await withServer({ '/members.json': JSON.stringify(json) }, async (base) => {
    const lenient = await run(`${base}/members.json`);
    assert.equal(lenient.status, 0, lenient.stdout);
    assert.match(lenient.stdout, /— field dropped/);
    assert.doesNotMatch(lenient.stdout, /item skipped/);
    const strict = await run(`${base}/members.json`, '--strict');
    assert.equal(strict.status, 1, strict.stdout);
  });
});

check("the event list's rule warnings, in its console words: exit 0, or 1 with --strict", async () => {
  const json = {
    version: 1,
    events: [
      { id: 'timvis', title: 'Varje timme', start: '2027-01-07T07:30:00+01:00', rrule: 'FREQ=WEEKLY;BYHOUR=9' },
      { id: 'afterwork', title: 'Afterwork', start: '2026-12-18T17:00:00+01:00', rrule: 'FREQ=MONTHLY;BYDAY=-1FR' },
      { id: 'frukost', title: 'Frukostmöte', start: '2027-01-07T07:30:00+01:00', rrule: 'FREQ=MONTHLY;BYDAY=1TH' },
    ],
  };
  const dir = await mkdtemp(resolve(tmpdir(), 'evi-validate-'));
  const url = resolve(dir, 'events.json');
  await writeFile(url, JSON.stringify(json));
  try {
    const lenient = await run(url);
    assert.equal(lenient.status, 0, lenient.stdout);
    assert.deepEqual(lenient.stdout.trimEnd().split('\n'), [
      `⚠ ${url}: event "timvis": rrule "FREQ=WEEKLY;BYHOUR=9" is not supported (BYHOUR is not supported); only the first occurrence is shown.`,
      `⚠ ${url}: event "afterwork": start 2026-12-18T17:00:00+01:00 is not a day of rrule "FREQ=MONTHLY;BYDAY=-1FR"; it is shown as an extra first occurrence, as calendar programs do. Start the series on its first real day.`,
      `✓ ${url} (events feed): 3 events; 0 items skipped, 0 fields dropped, 2 rule warnings`,
    ]);
    const strict = await run(url, '--strict');
    assert.equal(strict.status, 1, strict.stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

check('wrong version and not JSON: fatal, exit 1', async () => {
  const wrong = await run(resolve(feeds, 'wrong-version.json'));
  assert.equal(wrong.status, 1);
  assert.match(wrong.stdout, /✗ version: expected 1, got 2 — feed unusable/);
  const notJson = await run(resolve(feeds, 'not-json.txt'));
  assert.equal(notJson.status, 1);
  assert.match(notJson.stdout, /is not JSON/);
});

check('a URL: fetched with a plain GET, a missing CORS header noted, a 404 is fatal', async () => {
  const events = readFileSync(resolve(feeds, 'events.json'), 'utf8');
  await withServer({ '/events.json': events }, async (base) => {
    const ok = await run(`${base}/events.json`, '--type', 'events');
    assert.equal(ok.status, 0, ok.stdout);
    assert.match(ok.stdout, /no Access-Control-Allow-Origin header/);
    const missing = await run(`${base}/missing.json`);
    assert.equal(missing.status, 1);
    assert.match(missing.stdout, /HTTP 404/);
  });
});

check('a URL: a redirect without CORS is noted, --strict fails on a missing CORS header, --timeout gives up', async () => {
  const events = readFileSync(resolve(feeds, 'events.json'), 'utf8');
  const server = createServer((request, response) => {
    if (request.url === '/moved.json') {
      // the redirect itself lacks the header, so a browser stops here, whatever the target sends
      response.writeHead(302, { location: '/cors/events.json' });
      response.end();
    } else if (request.url === '/cors/events.json') {
      response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.end(events);
    } else if (request.url === '/cors-moved.json') {
      response.writeHead(301, { location: '/cors/events.json', 'access-control-allow-origin': '*' });
      response.end();
    } else if (request.url === '/origin-only.json') {
      // like S3 and most CORS middleware: the header only for a request that has an Origin
      response.writeHead(200, { 'content-type': 'application/json', ...(request.headers.origin ? { 'access-control-allow-origin': '*' } : {}) });
      response.end(events);
    } else if (request.url !== '/never.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(events);
    } // /never.json: accepted, never answered
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const moved = await run(`${base}/moved.json`);
    assert.equal(moved.status, 0, moved.stdout);
    assert.match(moved.stdout, new RegExp(`⚠ ${base}/moved.json: the redirect from ${base}/moved.json has no Access-Control-Allow-Origin header`));
    const fine = await run(`${base}/cors-moved.json`);
    assert.equal(fine.status, 0, fine.stdout);
    assert.doesNotMatch(fine.stdout, /Access-Control-Allow-Origin/);
    const strict = await run(`${base}/plain.json`, '--strict', '--quiet');
    assert.equal(strict.status, 1, strict.stdout);
    assert.match(strict.stdout, /, no CORS header$/m, 'the summary line says why');
    const originOnly = await run(`${base}/origin-only.json`, '--strict');
    assert.equal(originOnly.status, 0, originOnly.stdout);
    const started = Date.now();
    const never = await run(`${base}/never.json`, '--timeout', '300');
    assert.equal(never.status, 1, never.stdout);
    assert.match(never.stdout, /no answer within 300 ms/);
    assert.ok(Date.now() - started < 5000, 'gave up in time');
    assert.equal((await run(`${base}/plain.json`, '--timeout', 'soon')).status, 2);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

check('a feed not saved as UTF-8: Windows-1252 fails (its å, ä, ö show as �), UTF-16 is unusable', async () => {
  const dir = await mkdtemp(resolve(tmpdir(), 'evi-validate-'));
  try {
    const latin1 = resolve(dir, 'latin1.json');
    // "Kanalnätet" with ä as the single byte 0xE4
    await writeFile(latin1, Buffer.concat([Buffer.from('{"version":1,"networks":[{"id":"k","name":"Kanaln'), Buffer.from([0xe4]), Buffer.from('tet"}],"members":[]}')]));
    const cp1252 = await run(latin1);
    assert.equal(cp1252.status, 1, cp1252.stdout);
    assert.match(cp1252.stdout, /✗ .*latin1\.json: the feed is not UTF-8 .*save it as UTF-8/);
    assert.match(cp1252.stdout, /, not UTF-8$/m);
    // UTF-8 that holds "�" itself is UTF-8
    const fffd = resolve(dir, 'fffd.json');
    await writeFile(fffd, JSON.stringify({ version: 1, events: [{ id: 'a', title: 'Tecknet \uFFFD', start: '2027-01-07T07:30:00+01:00' }] }));
    assert.equal((await run(fffd)).status, 0);
    const utf16 = resolve(dir, 'utf16.json');
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"version":1,"events":[]}', 'utf16le')]));
    const excel = await run(utf16);
    assert.equal(excel.status, 1, excel.stdout);
    assert.match(excel.stdout, /the file is UTF-16 .* save it as UTF-8 — feed unusable/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

check('the kind of feed from its required lists: an extra key is ignored, a file of two kinds is checked as both', async () => {
  const dir = await mkdtemp(resolve(tmpdir(), 'evi-validate-'));
  try {
    const start = '2027-01-07T07:30:00+01:00';
    const withNetworks = resolve(dir, 'events-with-networks.json');
    await writeFile(withNetworks, JSON.stringify({ version: 1, networks: [{ id: 'kanalnatet', name: 'Kanalnätet' }], events: [{ id: 'a', title: 'A', start }] }));
    const events = await run(withNetworks);
    assert.equal(events.status, 0, events.stdout);
    assert.match(events.stdout, /^✓ .* \(events feed\): 1 events;/m);
    const both = resolve(dir, 'both.json');
    await writeFile(both, JSON.stringify({ version: 1, networks: [], members: [{ id: 'm', name: 'M AB' }], events: [{ id: 'b', title: 'B', start: '2027-01-07 07:30' }] }));
    const two = await run(both, '--quiet');
    assert.equal(two.status, 1, two.stdout);
    assert.match(two.stdout, /^✓ .* \(members feed\)/m);
    assert.match(two.stdout, /^✗ .* \(events feed\): 0 events; 1 item skipped/m);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

check("the JSON Schemas agree with the widgets, and any validator can read them (ajv 8, and no \\p{…} that Python's re cannot)", async () => {
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const schemaDir = resolve(root, 'dist/schemas');
  const load = (name) => JSON.parse(readFileSync(resolve(schemaDir, name), 'utf8'));
  // (formats off: "date" is also a pattern there, and the widgets check real calendar dates themselves)
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const validators = {
    events: ajv.compile(load('events-feed.schema.json')),
    members: ajv.compile(load('members-feed.schema.json')),
    ask: ajv.compile(load('ask-config.schema.json')),
  };
  for (const name of ['events-feed', 'members-feed', 'ask-config', 'ask-submission']) {
    assert.doesNotMatch(readFileSync(resolve(schemaDir, `${name}.schema.json`), 'utf8'), /\\\\p\{/, `${name}: a \\p{…} pattern`);
  }
  for (const [kind, file] of [['events', 'events.json'], ['members', 'members.json'], ['ask', 'ask.json']]) {
    const validate = validators[kind];
    assert.ok(validate(JSON.parse(readFileSync(resolve(feeds, file), 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`);
  }
  // what the widgets read and the schemas once refused: no seconds, a lower-case rule with spaces, å in addresses
  const events = { version: 1, events: [{ id: 'a', title: 'A', start: '2027-01-07T07:30+01:00', rrule: 'freq=monthly; byday=1th' }] };
  assert.equal(parseEventsFeed(events).problems.length, 0, JSON.stringify(parseEventsFeed(events).problems));
  assert.ok(validators.events(events), JSON.stringify(validators.events.errors));
  const members = { version: 1, networks: [], members: [{ id: 'kolbacks-smide', name: 'Kolbäcks Smide AB', email: 'info@kolbäck.se', domains: ['kolbäcks-smide.se'] }] };
  assert.equal(parseMembersFeed(members).problems.length, 0, JSON.stringify(parseMembersFeed(members).problems));
  assert.ok(validators.members(members), JSON.stringify(validators.members.errors));
  // and what both refuse
  const broken = { version: 1, events: [{ id: 'a', title: 'A' }] };
  assert.equal(validators.events(broken), false);
  assert.equal(parseEventsFeed(broken).problems[0].action, 'skipped');
});

check('usage errors: exit 2', async () => {
  assert.equal((await run()).status, 2);
  assert.equal((await run(resolve(feeds, 'events.json'), '--type', 'calendar')).status, 2);
});

async function withServer(files, fn) {
  const server = createServer((request, response) => {
    const body = files[new URL(request.url, 'http://localhost').pathname];
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    response.end(body ?? '{}');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  try {
    await fn(`http://127.0.0.1:${server.address().port}`);
  } finally {
    server.close();
  }
}

let failures = 0;
for (const { name, fn } of checks) {
  try {
    await fn();
    console.log(`  ✓ evi-validate: ${name}`);
  } catch (error) {
    failures++;
    console.error(`  ✗ evi-validate: ${name}\n${error.message}`);
  }
}
if (failures > 0) {
  console.error(`\n${failures} evi-validate check(s) failed`);
  process.exitCode = 1;
}

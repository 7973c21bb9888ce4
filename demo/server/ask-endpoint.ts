/**
 * The demo's receiver for `<evi-ask-form>`: a Vite plugin that implements `submitUrl` on the dev
 * server (and `vite preview`), exactly as feed-contract.md "Submitting a question" describes, so the
 * whole path can be tried on demo/kommun.html. A reference for whoever builds the real receiver.
 *
 * - `POST /api/questions`: validates with the same `validateSubmission` the form runs, honours
 *   `Idempotency-Key` (the same key answers the same reference and stores one record), appends each
 *   accepted question as one JSON line to demo/data/questions.jsonl (git-ignored: personal data),
 *   answers 201 `{ reference }` or 422 `{ errors: { field: code } }`.
 * - `POST /api/questions/failure-mode` `{ "mode": "none" | "500" | "429" | "timeout" }`: makes the
 *   endpoint fail, so the form's failure handling can be seen (control on demo/kommun.html).
 * - `GET /feeds/ask-local.json`: demo/feeds/ask.json with `submitUrl` pointing at this server,
 *   whatever host and port it runs on.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { validateSubmission } from '../../src/schemas/ask.js';

export type FailureMode = 'none' | '500' | '429' | 'timeout';
const FAILURE_MODES: readonly FailureMode[] = ['none', '500', '429', 'timeout'];

/** Bodies larger than this are refused (413): a question is at most 5000 characters. */
const MAX_BODY_BYTES = 64 * 1024;
/** How long the `timeout` failure mode holds a request before giving up with 504. */
const HOLD_MS = 60_000;

interface StoredQuestion {
  reference: string;
  idempotencyKey: string;
  receivedAt: string;
  question: unknown;
}

export interface AskEndpointOptions {
  /** the demo folder: topics come from `feeds/ask.json`, questions go to `data/questions.jsonl` */
  demo: string;
}

export function askEndpoint({ demo }: AskEndpointOptions): Plugin {
  const configFile = resolve(demo, 'feeds', 'ask.json');
  const dataFile = resolve(demo, 'data', 'questions.jsonl');
  let mode: FailureMode = 'none';
  /** idempotency key → reference, rebuilt from the data file so a restart keeps its promises */
  const references = new Map<string, string>();
  let count = 0;

  function loadStored(): void {
    if (!existsSync(dataFile)) return;
    for (const line of readFileSync(dataFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const record = JSON.parse(line) as StoredQuestion;
        references.set(record.idempotencyKey, record.reference);
        count++;
      } catch {
        // a damaged line is skipped, the rest still counts
      }
    }
  }

  function readConfig(): { topics: string[]; raw: Record<string, unknown> } {
    const raw = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>;
    const topics = Array.isArray(raw.topics) ? raw.topics.map((t) => (t as { id?: unknown }).id).filter((id): id is string => typeof id === 'string') : [];
    return { topics, raw };
  }

  function nextReference(): string {
    count++;
    return `EVI-${new Date().getFullYear()}-${String(count).padStart(6, '0')}`;
  }

  async function handleQuestion(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (mode === '500') return send(res, 500, { error: 'Simulated server error (demo failure mode "500").' });
    if (mode === '429') return send(res, 429, { error: 'Simulated rate limit (demo failure mode "429").' }, { 'Retry-After': '10' });
    if (mode === 'timeout') {
      const timer = setTimeout(() => send(res, 504, { error: 'Simulated timeout.' }), HOLD_MS);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (!String(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      return send(res, 400, { errors: { body: 'Content-Type must be application/json' } });
    }
    const key = String(req.headers['idempotency-key'] ?? '').trim();
    if (!key || key.length > 200) return send(res, 400, { errors: { 'Idempotency-Key': 'required (a random UUID per question)' } });

    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch (error) {
      if (error instanceof BodyTooLarge) return send(res, 413, { errors: { body: 'too large' } });
      return send(res, 400, { errors: { body: 'not JSON' } });
    }

    const known = references.get(key);
    if (known) return send(res, 200, { reference: known });

    const result = validateSubmission(body, readConfig().topics);
    if (!result.ok) return send(res, 422, { errors: result.errors });

    // From here on synchronous: two requests with one key cannot both get past the check above.
    const again = references.get(key);
    if (again) return send(res, 200, { reference: again });
    const reference = nextReference();
    const record: StoredQuestion = { reference, idempotencyKey: key, receivedAt: new Date().toISOString(), question: result.data };
    mkdirSync(dirname(dataFile), { recursive: true });
    appendFileSync(dataFile, JSON.stringify(record) + '\n');
    references.set(key, reference);
    send(res, 201, { reference });
  }

  async function handleFailureMode(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'GET') return send(res, 200, { mode });
    let wanted: unknown;
    try {
      wanted = (JSON.parse(await readBody(req)) as { mode?: unknown }).mode;
    } catch {
      wanted = undefined;
    }
    if (!FAILURE_MODES.includes(wanted as FailureMode)) {
      return send(res, 400, { errors: { mode: `one of ${FAILURE_MODES.join(', ')}` } });
    }
    mode = wanted as FailureMode;
    console.info(`[ask-endpoint] failure mode: ${mode}`);
    send(res, 200, { mode });
  }

  function handleLocalConfig(req: IncomingMessage, res: ServerResponse): void {
    const { raw } = readConfig();
    const host = req.headers.host ?? '127.0.0.1:5173';
    send(res, 200, { ...raw, submitUrl: `http://${host}/api/questions` });
  }

  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const path = (req.url ?? '').split('?')[0];
    const route =
      path === '/api/questions' && req.method === 'POST'
        ? handleQuestion
        : path === '/api/questions/failure-mode' && (req.method === 'POST' || req.method === 'GET')
          ? handleFailureMode
          : path === '/feeds/ask-local.json' && req.method === 'GET'
            ? handleLocalConfig
            : undefined;
    if (path.startsWith('/api/questions') && req.method === 'OPTIONS') {
      res.writeHead(204, corsHeaders());
      res.end();
      return;
    }
    if (!route) return next();
    Promise.resolve(route(req, res)).catch((error: unknown) => {
      console.error('[ask-endpoint]', error);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    });
  };

  return {
    name: 'evi-ask-endpoint',
    configureServer(server) {
      loadStored();
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      loadStored();
      server.middlewares.use(middleware);
    },
  };
}

/** A receiver on another origin than the form's page must allow the form's headers. */
function corsHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
    'Access-Control-Max-Age': '600',
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.writableEnded) return;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...corsHeaders(), ...headers });
  res.end(JSON.stringify(body));
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // keep reading (and dropping) the rest, so the 413 answer reaches the client
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new BodyTooLarge()) : resolveBody(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/**
 * Test helpers that stand where the network is: they record every feed request the widgets make
 * and let a test decide when (and whether) each one answers.
 */
import { clearFeedCache } from '../../src/internal/feed-cache.js';

export interface RecordedRequest {
  url: string;
  signal: AbortSignal | undefined;
}

export interface NetworkStub {
  requests: RecordedRequest[];
  /** answer the next pending request for `url` (or every pending one when `all`) */
  respond(url: string, body: unknown, init?: ResponseInit): void;
  restore(): void;
}

type Route = (url: string, signal?: AbortSignal) => Promise<Response> | undefined;

/**
 * Replace `fetch`: requests to URLs in `routes` get that answer, URLs ending in `/hang` never
 * answer until aborted or `respond` is called, everything else goes to the real network (the
 * test server, which serves test/fixtures/).
 */
export function stubNetwork(routes: Record<string, Route> = {}): NetworkStub {
  const realFetch = window.fetch;
  const requests: RecordedRequest[] = [];
  const pending = new Map<string, Array<(response: Response) => void>>();
  clearFeedCache();

  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const signal = init?.signal ?? undefined;
    requests.push({ url, signal });
    const path = new URL(url, location.href).pathname;
    const route = routes[path];
    const routed = route?.(url, signal);
    if (routed) return routed;
    if (path.endsWith('/hang')) {
      return new Promise<Response>((resolve, reject) => {
        const list = pending.get(path) ?? [];
        list.push(resolve);
        pending.set(path, list);
        signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')));
      });
    }
    return realFetch(input, init);
  };

  return {
    requests,
    respond(url, body, init) {
      const path = new URL(url, location.href).pathname;
      const list = pending.get(path) ?? [];
      for (const resolve of list) {
        resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200, ...init }));
      }
      pending.delete(path);
    },
    restore() {
      window.fetch = realFetch;
      clearFeedCache();
    },
  };
}

/** Collects console output of one kind while a test runs. */
export function captureConsole(kind: 'warn' | 'error' | 'info' = 'warn') {
  const original = console[kind];
  const lines: string[] = [];
  console[kind] = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
  return {
    lines,
    restore() {
      console[kind] = original;
    },
  };
}

type ConsoleCapture = ReturnType<typeof captureConsole>;

/**
 * For a `describe` block: around each test, a stubbed network (`stubNetwork(routes)`) and the console's
 * warnings and errors captured; all restored after it. `routes` runs before each test and may be async
 * (to read a fixture first). Use the returned object's fields inside the tests.
 */
export function stubbedPage(routes?: () => Record<string, Route> | Promise<Record<string, Route>>) {
  const page = {} as { net: NetworkStub; warn: ConsoleCapture; error: ConsoleCapture };
  beforeEach(async () => {
    page.net = stubNetwork(await routes?.());
    page.warn = captureConsole('warn');
    page.error = captureConsole('error');
  });
  afterEach(() => {
    page.net.restore();
    page.warn.restore();
    page.error.restore();
  });
  return page;
}

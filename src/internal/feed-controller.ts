import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { FeedResult } from '../schemas/checks.js';
import { emit } from './events.js';
import { FeedError, loadFeed, usableTimeout } from './feed-cache.js';
import { unquoted, warnOnce } from './warn.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** the feed URL attribute, as the webmaster wrote it */
  src?: string;
  /** milliseconds before a feed request gives up */
  timeout: number;
}

export interface LoadedFeed<T> {
  url: string;
  data: T;
  /** items skipped and fields dropped (reported in the console) */
  skipped: number;
}

/** What a widget renders: one of these, and nothing else (STYLE.md: rendering is a function of state). */
export type FeedState<T> =
  | { kind: 'loading' }
  | { kind: 'error'; error: FeedError }
  | { kind: 'loaded'; feed: LoadedFeed<T> };

/** Widgets further than this below (or above) the viewport wait before fetching. */
const NEAR_VIEWPORT = '800px 0px';

/**
 * The one feed-loading layer of every widget, on @lit/task: it fetches `host.src` once the widget is
 * near the viewport, aborts when `src` changes or the element leaves the page, shares requests
 * between elements (feed-cache.ts), reports problems in the console, and fires `evi-load` /
 * `evi-error`. `count` tells how many items `evi-load` announces.
 */
export class FeedController<T> implements ReactiveController {
  private near = false;
  private observer?: IntersectionObserver;
  private abortedByDisconnect = false;
  /** a request that was due while the element was out of the page */
  private skippedWhileAway = false;
  /** evi-load or evi-error, fired once the state it announces has been rendered */
  private due?: { status: TaskStatus; fire: () => void };
  /** the arguments of the latest request, to tell when a new one is due (see `state`) */
  private started?: string;
  private readonly task: Task<[string | undefined, boolean], LoadedFeed<T>>;

  constructor(
    protected readonly host: FeedHost,
    private readonly options: {
      parse: (json: unknown) => FeedResult<T>;
      count: (data: T) => number;
    },
  ) {
    host.addController(this);
    this.task = new Task(host, {
      // Without src, nearness does not matter: the error state must not flip back to loading on scroll.
      args: () => this.args(),
      task: async ([src, near], { signal }) => {
        this.started = `${src}|${near}`;
        // A missing src is the webmaster's mistake (often `scr=`): say so, rather than load for ever.
        if (!src) {
          throw new FeedError('', 'no-src', `no feed: the src attribute is ${this.host.hasAttribute('src') ? 'empty' : 'missing'}; set it to the feed's URL.`);
        }
        if (!near) return initialState;
        // out of the page (a framework changed src on an element it keeps aside): fetch once it is back
        if (!this.host.isConnected) {
          this.skippedWhileAway = true;
          return initialState;
        }
        const url = absoluteUrl(src);
        const result = await loadFeed(url, this.options.parse, {
          signal,
          timeoutMs: usableTimeout(this.host),
          reporter: this.host.localName,
        });
        return { url, data: result.data, skipped: result.problems.length };
      },
      // The contract's evi-load means "loaded and rendered", so the events wait for the host's next
      // update (hostUpdated); the console hears of an error at once.
      onComplete: (feed) => {
        this.due = {
          status: TaskStatus.COMPLETE,
          fire: () => emit(this.host, 'evi-load', { url: feed.url, count: this.options.count(feed.data), skipped: feed.skipped }),
        };
      },
      onError: (error) => {
        if (isAbort(error)) return;
        const feedError = toFeedError(error, this.host.src ?? '');
        console.error(`[${this.host.localName}] ${feedError.message}`);
        this.due = {
          status: TaskStatus.ERROR,
          fire: () => emit(this.host, 'evi-error', { url: feedError.url, message: feedError.message }),
        };
      },
    });
  }

  private args(): [string | undefined, boolean] {
    const given = this.host.src?.trim() ?? '';
    // src=“https://…” (a CMS editor's curly quotes, or &quot;) asked the CMS's own host for a page named so
    const src = unquoted(given) || undefined;
    if (src && src !== given) {
      warnOnce(this.host, `src|${given}`, `src ${given} has the page editor's quote characters round it; read as ${src}.`);
    }
    return [src, src ? this.near : false];
  }

  /**
   * What the widget shows. A widget reads this in `willUpdate`, which Lit runs before the task starts
   * the request for a changed `src` (controllers update after willUpdate): the previous feed's state
   * must not be shown (or a badge verified) as the new feed's, so a due request counts as loading.
   */
  get state(): FeedState<T> {
    if (this.started !== undefined) {
      const [src, near] = this.args();
      if (`${src}|${near}` !== this.started) return { kind: 'loading' };
    }
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return { kind: 'loaded', feed: this.task.value! };
      case TaskStatus.ERROR:
        return isAbort(this.task.error)
          ? { kind: 'loading' }
          : { kind: 'error', error: toFeedError(this.task.error, this.host.src ?? '') };
      default:
        return { kind: 'loading' };
    }
  }

  /** Fetch now, wherever the widget is on the page (a deep link into it is being followed). */
  loadNow(): void {
    if (this.near) return;
    this.near = true;
    this.observer?.disconnect();
    this.observer = undefined;
    this.host.requestUpdate();
  }

  /** The visitor's "try again": a new request (failed requests are not cached). */
  retry(): void {
    void this.task.run();
  }

  /** A request is on its way. */
  protected get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  hostConnected(): void {
    // moved in the page (disconnected and connected again in one task): the request goes on
    clearTimeout(this.leaving);
    this.leaving = undefined;
    if (this.abortedByDisconnect || this.skippedWhileAway) {
      this.abortedByDisconnect = this.skippedWhileAway = false;
      void this.task.run();
    }
    if (this.near) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.near = true;
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.near = true;
          this.observer?.disconnect();
          this.observer = undefined;
          this.host.requestUpdate();
        }
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    this.observer.observe(this.host);
  }

  hostUpdated(): void {
    const due = this.due;
    if (!due) return;
    this.due = undefined;
    // Only for the state it belongs to: a newer request (src changed, retry) makes it stale.
    if (this.task.status === due.status) due.fire();
  }

  /** the abort of a request whose element left the page, held back a task in case it is only being moved */
  private leaving?: ReturnType<typeof setTimeout>;

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.task.status !== TaskStatus.PENDING) return;
    clearTimeout(this.leaving);
    this.leaving = setTimeout(() => {
      this.leaving = undefined;
      if (this.host.isConnected || this.task.status !== TaskStatus.PENDING) return;
      this.abortedByDisconnect = true;
      this.task.abort(new DOMException('The element left the page.', 'AbortError'));
    });
  }
}

function absoluteUrl(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function toFeedError(error: unknown, src: string): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError(src, 'network', `${src}: ${error instanceof Error ? error.message : String(error)}`);
}

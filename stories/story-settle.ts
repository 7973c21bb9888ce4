/**
 * When a story shows the state it is named for: one definition for Storybook and for the tests.
 *
 * - Storybook: every meta has `play` (below), and Storybook's a11y addon runs its axe check after `play`
 *   (in its `afterEach`), so the panel checks the settled state, not the loading state before it.
 * - web-test-runner: test/story-harness.ts renders the same story and awaits `settleStory` the same way.
 *
 * A story is settled when every widget in it with a `src` has fired `evi-load`, `evi-error` or
 * `evi-verify` for that `src` (each event is composed and bubbles, so it is heard on the document), and
 * the updates that event caused have landed. Widgets without `src` never fetch and are not waited for.
 * A story that never settles by itself (a deliberate loading state) or has more to do (the ask form's
 * visitor, the embed builder's manifest) sets `parameters.settle`, which replaces that wait.
 * Either way, after SETTLE_TIMEOUT_MS it fails: in the test, and in Storybook's interactions panel.
 *
 * Nothing here uses the Storybook runtime.
 */

/** How long a story may take to settle before it fails. */
export const SETTLE_TIMEOUT_MS = 3000;

/** The events after which a widget has rendered its final state for its feed. */
export const SETTLING_EVENTS = ['evi-load', 'evi-error', 'evi-verify'] as const;

/** What `settleStory` reads from a story's parameters. */
export interface SettleParameters {
  /**
   * Replaces the default wait for stories that never settle by themselves, e.g. a story that shows
   * the loading state on purpose. Resolve when the story shows what should be checked. `root` is the
   * story's element in the tests and Storybook's canvas (the element the story is rendered into) in `play`.
   */
  settle?: (root: Element) => Promise<void>;
}

/**
 * Each widget that has answered, with the `src` it answered for. Listening starts when this module is
 * loaded (every stories file imports it), so an answer that comes before `play` or the harness looks
 * (a cached feed answers at once) is not missed.
 */
const answered = new WeakMap<EventTarget, string>();
if (typeof document !== 'undefined') {
  const listener = (event: Event) => {
    for (const target of event.composedPath()) {
      if (target instanceof Element && target.localName.startsWith('evi-')) answered.set(target, target.getAttribute('src') ?? '');
    }
  };
  for (const type of SETTLING_EVENTS) document.addEventListener(type, listener, { capture: true });
}

/** `widget` has fired `evi-load`, `evi-error` or `evi-verify` for the `src` it has now. */
export function hasAnswered(widget: Element): boolean {
  return answered.get(widget) === (widget.getAttribute('src') ?? '');
}

/** The `evi-*` widgets in a rendered story, `root` included (light DOM only: the story's own widgets). */
export function widgetsIn(root: Element): Element[] {
  const all = [root, ...root.querySelectorAll('*')];
  return all.filter((el) => el.localName.startsWith('evi-'));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

async function updatesComplete(widgets: Element[]): Promise<void> {
  await Promise.all(widgets.map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
}

/** Every widget with a `src` has answered for that `src`. */
async function widgetsAnswered(widgets: Element[]): Promise<void> {
  const fetching = widgets.filter((el) => el.getAttribute('src')?.trim());
  while (!fetching.every(hasAnswered)) await sleep(20);
}

/**
 * Waits until the story in `root` shows its state (see the top of this file); rejects after
 * SETTLE_TIMEOUT_MS. `label` names the story in the error.
 */
/** The first element matching `selector` in `root`'s composed tree: its light DOM and every open shadow root in it. */
export function deepQuery<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T | undefined {
  const found = root.querySelector<T>(selector) ?? (root instanceof Element && root.shadowRoot ? deepQuery<T>(root.shadowRoot, selector) : undefined);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    const inside = el.shadowRoot && deepQuery<T>(el.shadowRoot, selector);
    if (inside) return inside;
  }
  return undefined;
}

/**
 * For `parameters.settle`: the story's widgets answer as usual, then the visitor does `act` (opens an event's
 * details, say), and the updates it causes land: the story is checked in the state the visitor brought about.
 */
export function settledThen(act: (root: Element) => void | Promise<void>): (root: Element) => Promise<void> {
  return async (root) => {
    const widgets = widgetsIn(root);
    await widgetsAnswered(widgets);
    await updatesComplete(widgets);
    await act(root);
    await updatesComplete(widgets);
  };
}

export async function settleStory(root: Element, parameters: SettleParameters, label = 'the story'): Promise<void> {
  const widgets = widgetsIn(root);
  const settle = parameters.settle ? parameters.settle(root) : widgetsAnswered(widgets);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `${label} did not settle within ${SETTLE_TIMEOUT_MS} ms ` +
              `(no ${SETTLING_EVENTS.join('/')} from every widget with a src); give it parameters.settle`,
          ),
        ),
      SETTLE_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([settle, timeout]);
  } finally {
    clearTimeout(timer);
  }
  // the event may come before the render it causes: let those updates land and paint
  await updatesComplete(widgets);
  await nextFrame();
  await updatesComplete(widgets);
}

/**
 * Every meta's `play`: Storybook runs it after rendering, and its a11y addon checks after it, so axe
 * sees the state the story is named for. (A story-level `play` would replace this one: do not add one.)
 */
export function play({ canvasElement, parameters, title, name }: { canvasElement: Element; parameters: SettleParameters; title?: string; name?: string }): Promise<void> {
  return settleStory(canvasElement, parameters, title && name ? `${title} › ${name}` : undefined);
}

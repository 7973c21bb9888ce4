/**
 * Runs Storybook stories outside Storybook, so tests check exactly what designers see
 * (STYLE.md: "every story is checked for accessibility").
 *
 * A stories module is CSF: a default export (the meta) and named exports (the stories). A story is
 * rendered with `story.render ?? meta.render` and `{ ...meta.args, ...story.args }`; nothing from
 * the Storybook runtime is needed, which is why stories must not use it at render time.
 *
 * To check a new stories file, add ONE line to `storyModules` below.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/all.js';

export const storyModules: Array<() => Promise<StoriesModule>> = [
  () => import('../stories/network-badge.stories.js'),
  () => import('../stories/member-directory.stories.js'),
  () => import('../stories/event-list.stories.js'),
  () => import('../stories/ask-form.stories.js'),
  () => import('../stories/embed-builder.stories.js'),
];

/** How long a story may take to settle before the test fails. */
export const SETTLE_TIMEOUT_MS = 3000;

/** The events after which a widget has rendered its final state for its feed. */
const SETTLING_EVENTS = ['evi-load', 'evi-error', 'evi-verify'] as const;

type Args = Record<string, unknown>;
type RenderFn = (args: Args, context: unknown) => TemplateResult | Node | string;

export interface HarnessParameters {
  /**
   * Replaces the default wait (below) for stories that never settle by themselves, e.g. a story
   * that shows the loading state on purpose. Resolve when the story shows what should be checked.
   */
  settle?: (root: Element) => Promise<void>;
  [key: string]: unknown;
}

export interface StoryAnnotations {
  name?: string;
  args?: Args;
  render?: RenderFn;
  parameters?: HarnessParameters;
  tags?: string[];
}

export interface MetaAnnotations extends StoryAnnotations {
  title?: string;
  component?: string;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}

export interface StoriesModule {
  default: MetaAnnotations;
  [exportName: string]: unknown;
}

export interface HarnessStory {
  /** "Widgets/Network badge" */
  title: string;
  /** "Verified English" */
  name: string;
  exportName: string;
  args: Args;
  parameters: HarnessParameters;
  /** the rendered result, ready for `fixture()` */
  render: () => TemplateResult | Node | string;
}

/** Storybook's own rule for a story's display name: `VerifiedEnglish` → "Verified English". */
function nameFromExport(exportName: string): string {
  return exportName
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .trim();
}

function matches(filter: string[] | RegExp | undefined, exportName: string): boolean | undefined {
  if (!filter) return undefined;
  return Array.isArray(filter) ? filter.includes(exportName) : filter.test(exportName);
}

function isStory(value: unknown): value is StoryAnnotations | RenderFn {
  if (typeof value === 'function') return true;
  return typeof value === 'object' && value !== null && ('render' in value || 'args' in value || 'name' in value);
}

/** Every story of every module in `storyModules`, in export order. */
export async function loadStories(): Promise<HarnessStory[]> {
  const modules = await Promise.all(storyModules.map((load) => load()));
  const stories: HarnessStory[] = [];
  for (const module of modules) {
    const meta = module.default ?? {};
    const title = meta.title ?? meta.component ?? 'Untitled';
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName === 'default' || exportName === '__namedExportsOrder') continue;
      if (matches(meta.includeStories, exportName) === false || matches(meta.excludeStories, exportName)) continue;
      if (!isStory(value)) continue;
      const story: StoryAnnotations = typeof value === 'function' ? { render: value } : value;
      const tags = [...(meta.tags ?? []), ...(story.tags ?? [])];
      if (tags.includes('!test')) continue;
      const render = story.render ?? meta.render;
      if (!render) throw new Error(`${title} › ${exportName}: neither the story nor the meta has a render function`);
      const args = { ...meta.args, ...story.args };
      const parameters = { ...meta.parameters, ...story.parameters };
      const name = story.name ?? nameFromExport(exportName);
      // A minimal stand-in for Storybook's StoryContext; stories must not depend on it.
      const context = { args, parameters, name, title, id: `${title}--${exportName}`, argTypes: {}, globals: {} };
      stories.push({ title, name, exportName, args, parameters, render: () => render(args, context) });
    }
  }
  return stories;
}

/** The `evi-*` widgets in a rendered story, the root included. */
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

/**
 * Renders a story into a fixture and waits until it settles: every widget with a `src` has fired
 * `evi-load`, `evi-error` or `evi-verify` (each composed and bubbling, so they are heard on the
 * document — listening starts before the render, because a cached feed can answer at once), then
 * its pending updates are done. Widgets without `src` never fetch, so they are not waited for.
 * `parameters.settle` replaces this wait. Either way, after SETTLE_TIMEOUT_MS the test fails.
 */
export async function renderStory(story: HarnessStory): Promise<Element> {
  const heard = new Set<EventTarget>();
  const listener = (event: Event) => {
    for (const target of event.composedPath()) heard.add(target);
  };
  for (const type of SETTLING_EVENTS) document.addEventListener(type, listener);
  try {
    const root = await fixture<Element>(story.render());
    const widgets = widgetsIn(root);
    const settle = story.parameters.settle
      ? story.parameters.settle(root)
      : (async () => {
          const fetching = widgets.filter((el) => el.getAttribute('src')?.trim());
          while (!fetching.every((el) => heard.has(el))) await sleep(20);
        })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `${story.title} › ${story.name} did not settle within ${SETTLE_TIMEOUT_MS} ms ` +
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
    return root;
  } finally {
    for (const type of SETTLING_EVENTS) document.removeEventListener(type, listener);
  }
}

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  'iframe',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

/** Children in the composed (rendered) tree: into shadow roots, through slots to what they show. */
function composedChildren(node: Element): Element[] {
  if (node.shadowRoot) return [...node.shadowRoot.children];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedElements({ flatten: true });
    return assigned.length ? assigned : [...node.children];
  }
  return [...node.children];
}

function isTabbable(el: Element): boolean {
  if (!el.matches(FOCUSABLE)) return false;
  if (el instanceof HTMLElement && el.tabIndex < 0) return false;
  return el.checkVisibility({ checkVisibilityCSS: true });
}

/** The first element Tab should reach in a rendered story, in composed-tree order, if any. */
export function firstTabbable(root: Element): Element | undefined {
  const stack = [root];
  while (stack.length) {
    const el = stack.shift()!;
    if (isTabbable(el)) return el;
    stack.unshift(...composedChildren(el));
  }
  return undefined;
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Describes an element for failure messages: `a "Medlem i Kanalnätet" in <evi-network-badge>`. */
export function describeElement(el: Element | null): string {
  if (!el) return 'nothing';
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? ` in <${root.host.localName}>` : '';
  const text = el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60);
  return `<${el.localName}>${text ? ` "${text}"` : ''}${host}`;
}

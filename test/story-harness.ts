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
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/all.js';
import type { StoryExpectations } from '../stories/story-helpers.js';
import { settleStory, type SettleParameters } from '../stories/story-settle.js';

export { SETTLE_TIMEOUT_MS, widgetsIn } from '../stories/story-settle.js';

export const storyModules: Array<() => Promise<StoriesModule>> = [
  () => import('../stories/network-badge.stories.js'),
  () => import('../stories/member-directory.stories.js'),
  () => import('../stories/event-list.stories.js'),
  () => import('../stories/ask-form.stories.js'),
  () => import('../stories/embed-builder.stories.js'),
];

type Args = Record<string, unknown>;
type RenderFn = (args: Args, context: unknown) => TemplateResult | Node | string;

export interface HarnessParameters extends SettleParameters, Partial<StoryExpectations> {
  /** With the tag '!test': why the story is not checked (required). */
  notTested?: string;
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
  tags: string[];
  /** tagged '!test': left out of the generated tests */
  skipped: boolean;
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

/**
 * The named exports of a stories module that are stories, by CSF's rule: every named export except
 * `__namedExportsOrder` (which only orders them, and is followed here) and those that the meta's
 * `includeStories`/`excludeStories` leave out. Whatever its shape: an object with only `parameters`
 * is a story (it renders with the meta's `render` and `args`).
 */
export function storyExportNames(module: StoriesModule): string[] {
  const meta = module.default ?? {};
  const order = Array.isArray(module.__namedExportsOrder) ? (module.__namedExportsOrder as string[]) : undefined;
  const names = Object.keys(module).filter((name) => name !== 'default' && name !== '__namedExportsOrder');
  if (order) names.sort((a, b) => (order.indexOf(a) + 1 || Infinity) - (order.indexOf(b) + 1 || Infinity));
  return names.filter((name) => matches(meta.includeStories, name) !== false && !matches(meta.excludeStories, name));
}

/** Every stories module in `storyModules`. */
export async function loadModules(): Promise<StoriesModule[]> {
  return Promise.all(storyModules.map((load) => load()));
}

/**
 * Every story of every module in `storyModules`, in export order, those tagged '!test' included
 * (`skipped`). A named export that is neither an object nor a function is an error, not skipped:
 * CSF would take it for a story too (list it in `excludeStories`).
 */
export async function loadStories(): Promise<HarnessStory[]> {
  const modules = await loadModules();
  const stories: HarnessStory[] = [];
  for (const module of modules) {
    const meta = module.default ?? {};
    const title = meta.title ?? meta.component ?? 'Untitled';
    for (const exportName of storyExportNames(module)) {
      const value = module[exportName];
      if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) {
        throw new Error(`${title}: the named export ${exportName} is not a story (list it in the meta's excludeStories)`);
      }
      const story: StoryAnnotations = typeof value === 'function' ? { render: value as RenderFn } : (value as StoryAnnotations);
      const tags = [...(meta.tags ?? []), ...(story.tags ?? [])];
      const render = story.render ?? meta.render;
      if (!render) throw new Error(`${title} › ${exportName}: neither the story nor the meta has a render function`);
      const args = { ...meta.args, ...story.args };
      const parameters = { ...meta.parameters, ...story.parameters };
      const name = story.name ?? nameFromExport(exportName);
      // A minimal stand-in for Storybook's StoryContext; stories must not depend on it.
      const context = { args, parameters, name, title, id: `${title}--${exportName}`, argTypes: {}, globals: {} };
      stories.push({
        title,
        name,
        exportName,
        args,
        parameters,
        tags,
        skipped: tags.includes('!test'),
        render: () => render(args, context),
      });
    }
  }
  return stories;
}

/** The page's media features for a story: its `parameters.media`, or none emulated (a reset). */
async function emulateMedia(story: HarnessStory): Promise<void> {
  await executeServerCommand('emulate-media-features', { features: story.parameters.media ?? [] });
}

/**
 * Renders a story into a fixture, with its `parameters.media` emulated (and any earlier story's
 * emulation reset), and waits until it settles (stories/story-settle.ts, the same wait as the
 * `play` of every meta in Storybook). After SETTLE_TIMEOUT_MS the test fails.
 */
export async function renderStory(story: HarnessStory): Promise<Element> {
  await emulateMedia(story);
  const root = await fixture<Element>(story.render());
  await settleStory(root, story.parameters, `${story.title} › ${story.name}`);
  return root;
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
  if (el.matches(':disabled')) return false;
  return el.checkVisibility({ checkVisibilityCSS: true });
}

/** Elements in the composed tree of `root`, in order, leaving out inert and hidden subtrees. */
function composedElements(root: Element): Element[] {
  const found: Element[] = [];
  const stack = [root];
  while (stack.length) {
    const el = stack.shift()!;
    if (el.hasAttribute('inert') || (el instanceof HTMLElement && el.hidden)) continue;
    found.push(el);
    stack.unshift(...composedChildren(el));
  }
  return found;
}

/**
 * Where Tab should stop in a rendered story, in composed-tree order: every focusable control with no
 * negative tabindex that is not disabled, hidden or inert, and one stop per radio group (its checked
 * radio, else its first, as Tab reaches it going forward).
 */
export function tabStops(root: Element): Element[] {
  const stops: Element[] = [];
  /** radio groups met so far: by form (or tree, for radios outside a form), then by name */
  const groups = new Map<Node, Set<string>>();
  for (const el of composedElements(root)) {
    if (!isTabbable(el)) continue;
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
      const scope: Node = el.form ?? el.getRootNode();
      const met = groups.get(scope) ?? groups.set(scope, new Set()).get(scope)!;
      if (met.has(el.name)) continue;
      met.add(el.name);
      const group = [...(scope as ParentNode).querySelectorAll<HTMLInputElement>('input[type=radio]')].filter(
        (radio) => radio.name === el.name && radio.form === el.form && isTabbable(radio),
      );
      stops.push(group.find((radio) => radio.checked) ?? el);
      continue;
    }
    stops.push(el);
  }
  return stops;
}

/** The first element Tab should reach in a rendered story, in composed-tree order, if any. */
export function firstTabbable(root: Element): Element | undefined {
  return tabStops(root)[0];
}

/** Every element in the composed tree of `root` (its light DOM and every shadow root in it) matching `selector`. */
export function deepQueryAll(root: Element, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (scope: Element | ShadowRoot) => {
    if (scope instanceof Element && scope.matches(selector)) found.push(scope);
    found.push(...scope.querySelectorAll(selector));
    for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    if (scope instanceof Element && scope.shadowRoot) visit(scope.shadowRoot);
  };
  visit(root);
  return found;
}

/**
 * What of `parameters.shows` the rendered story does not show: each selector matches somewhere in its
 * composed tree, or, written `:host(X)`, a widget of the story matches X.
 */
export function missingShows(root: Element, shows: string | string[], widgets: Element[]): string[] {
  return [shows].flat().filter((selector) => {
    const host = /^:host\((.*)\)$/.exec(selector.trim());
    if (host) return !widgets.some((widget) => widget.matches(host[1]!));
    return deepQueryAll(root, selector).length === 0;
  });
}

function text(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A live region in a story: what role it has for this check (status: polite, alert: assertive) and what it says. */
export interface LiveRegion {
  el: Element;
  role: 'status' | 'alert' | 'other';
  text: string;
}

/** The live regions of the composed tree: role=status/alert/log/timer/marquee or aria-live, rendered ones only. */
export function liveRegions(root: Element): LiveRegion[] {
  return deepQueryAll(root, '[role=status], [role=alert], [role=log], [role=timer], [role=marquee], [aria-live]')
    .filter((el) => el.checkVisibility({ checkVisibilityCSS: true }) && el.getAttribute('aria-live') !== 'off')
    .map((el) => {
      const role = el.getAttribute('role');
      const live = el.getAttribute('aria-live');
      const kind = role === 'alert' || live === 'assertive' ? 'alert' : role === 'status' || role === 'log' || live === 'polite' ? 'status' : 'other';
      return { el, role: kind, text: text(el) };
    });
}

/**
 * Anything inside a `[part~=status]` box (the loading, error and empty states) that is wider than the box's
 * content area or sticks out of it sideways: an element, or a line of text. A box squeezed to a strip, with
 * its words (or their letters, one per line) running down the page, fails.
 */
export function statusBoxOverflow(root: Element): string[] {
  const problems: string[] = [];
  for (const box of deepQueryAll(root, '[part~=status]')) {
    if (!box.checkVisibility()) continue;
    const found: string[] = [];
    const rect = box.getBoundingClientRect();
    const style = getComputedStyle(box);
    const left = rect.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const right = rect.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    const width = Math.max(0, right - left);
    const outside = (what: string, r: DOMRect) => {
      if (r.width === 0 && r.height === 0) return;
      if (r.width > width + 1 || r.left < left - 1 || r.right > right + 1) {
        found.push(
          `${what} (${r.width.toFixed(1)} px wide, from ${(r.left - left).toFixed(1)} px) does not fit in ${describeElement(box)}, ` +
            `whose content is ${width.toFixed(1)} px wide`,
        );
      }
    };
    for (const el of box.querySelectorAll('*')) outside(describeElement(el), el.getBoundingClientRect());
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) outside(`a line of "${text(node).slice(0, 40)}"`, line);
    }
    if (box.scrollWidth > box.clientWidth + 1) found.push(`${describeElement(box)} scrolls sideways (${box.scrollWidth} > ${box.clientWidth} px)`);
    problems.push(...found.slice(0, 3), ...(found.length > 3 ? [`… and ${found.length - 3} more in that box`] : []));
  }
  return problems;
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

/**
 * Every story in stories/*.stories.ts, rendered as in Storybook and settled as Storybook's `play` settles it
 * (stories/story-settle.ts), must:
 * - be in the state it is named for: `parameters.shows` matches, and nothing in a `[part~=status]` box is
 *   wider than the box;
 * - say so to screen readers: `parameters.announces` names the live region that speaks, with its text, or is
 *   `false` and every live region is empty;
 * - pass axe (no rules ignored);
 * - work with the keyboard: Tab reaches exactly the story's focusable controls (one stop per radio group;
 *   hidden, inert and disabled ones left out), or passes through when it shows none; each stop shows focus
 *   with a visible outline or box-shadow that it does not have without focus; Tab leaves at the end (no trap)
 *   and Shift+Tab comes back.
 * Every named export of every stories file is checked, unless tagged '!test' with `parameters.notTested`
 * saying why. Stories are listed in test/story-harness.ts; `parameters.media` is emulated there.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  deepActiveElement,
  describeElement,
  liveRegions,
  loadModules,
  loadStories,
  missingShows,
  renderStory,
  SETTLE_TIMEOUT_MS,
  statusBoxOverflow,
  storyExportNames,
  tabStops,
  widgetsIn,
  type HarnessStory,
} from './story-harness.js';

const stories = await loadStories();
const modules = await loadModules();

/** How long an announcement may take after the story settles (the ask form's count waits before it speaks). */
const ANNOUNCE_WITHIN_MS = 2000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('stories', function () {
  this.timeout(SETTLE_TIMEOUT_MS + ANNOUNCE_WITHIN_MS + 6000);

  it('every named export of every stories file is checked, or tagged !test with a reason', () => {
    let exports = 0;
    for (const module of modules) {
      const title = module.default.title ?? module.default.component;
      for (const exportName of storyExportNames(module)) {
        exports += 1;
        const story = stories.find((s) => s.title === title && s.exportName === exportName);
        expect(story, `${title} › ${exportName} is not loaded by the harness`).to.not.equal(undefined);
        if (story!.skipped) {
          expect(story!.parameters.notTested, `${title} › ${exportName} is tagged !test without parameters.notTested`).to.be.a('string').and.not.equal('');
        }
      }
    }
    expect(stories.length).to.equal(exports);
    expect(exports).to.be.greaterThan(0);
  });

  it('every checked story declares what it shows and what it announces', () => {
    const undeclared = stories
      .filter((story) => !story.skipped)
      .filter((story) => !story.parameters.shows || [story.parameters.shows].flat().length === 0 || story.parameters.announces === undefined)
      .map((story) => `${story.title} › ${story.exportName}`);
    expect(undeclared, 'stories without parameters.shows or parameters.announces').to.deep.equal([]);
  });

  for (const story of stories.filter((s) => !s.skipped)) {
    describe(`${story.title} › ${story.name}`, () => {
      it('is in the state it is named for, says so to screen readers, and has no accessibility violations', async () => {
        const root = await renderStory(story);
        expectState(root, story);
        await expectAnnouncement(root, story);
        await expect(root).to.be.accessible();
      });

      // A story that shows something focusable is reached with Tab; one that shows nothing
      // focusable (a hidden badge) must let Tab pass straight through to what follows it.
      it('works with Tab', async () => {
        const root = await renderStory(story);
        const start = document.createElement('button');
        start.textContent = 'before the story';
        const after = document.createElement('button');
        after.textContent = 'after the story';
        root.before(start);
        root.after(after);
        const expected = tabStops(root);
        const target = expected[0] ?? after;
        start.focus();
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement();
        expect(active === target, `Tab went to ${describeElement(active)}, not ${describeElement(target)}`).to.equal(true);
        // On through every stop: each one is inside the story and shows where focus is (and did not
        // before), and Tab leaves the story at its end (no trap); Shift+Tab from after it comes back.
        const stops: Element[] = [];
        let previous: { el: Element; focused: FocusStyle } | undefined;
        for (let focused = active; focused !== after; focused = deepActiveElement()) {
          if (previous) expectIndicatorGoes(previous.el, previous.focused);
          expect(Boolean(focused && root.contains(composedHost(focused))), `Tab left the story for ${describeElement(focused)}`).to.equal(true);
          const style = focusStyle(focused!);
          expectIndicator(focused!, style);
          stops.push(focused!);
          previous = { el: focused!, focused: style };
          expect(stops.length, 'more than 150 Tab stops: a trap?').to.be.at.most(150);
          await sendKeys({ press: 'Tab' });
        }
        if (previous) expectIndicatorGoes(previous.el, previous.focused);
        // exactly the story's controls: none skipped, none extra
        const missed = expected.filter((el) => !stops.includes(el)).map(describeElement);
        const extra = stops.filter((el) => !expected.includes(el)).map(describeElement);
        expect(missed, 'tabbable controls Tab never reached').to.deep.equal([]);
        expect(extra, 'Tab stops that are not tabbable controls of the story').to.deep.equal([]);
        if (stops.length > 0) {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
          const back = deepActiveElement();
          expect(back === stops[stops.length - 1], `Shift+Tab back into the story went to ${describeElement(back)}`).to.equal(true);
        }
        start.remove();
        after.remove();
      });
    });
  }
});

/** `parameters.shows` matches, the emulated media took, and no status box is narrower than what is in it. */
function expectState(root: Element, story: HarnessStory): void {
  const widgets = widgetsIn(root);
  expect(missingShows(root, story.parameters.shows!, widgets), `${story.name}: parameters.shows not found`).to.deep.equal([]);
  for (const { name, value } of story.parameters.media ?? []) {
    expect(matchMedia(`(${name}: ${value})`).matches, `(${name}: ${value}) is emulated`).to.equal(true);
    // a widget following the visitor's setting has the scheme the visitor chose, on its own ground (.root)
    if (name === 'prefers-color-scheme') {
      for (const widget of widgets.filter((el) => el.getAttribute('theme') === 'auto')) {
        const ground = widget.shadowRoot?.querySelector('.root');
        if (!ground) continue;
        const scheme = getComputedStyle(ground).colorScheme;
        expect(scheme === 'dark' ? 'dark' : 'light', `<${widget.localName} theme="auto"> under (${name}: ${value}): ${scheme}`).to.equal(value);
      }
    }
  }
  expect(statusBoxOverflow(root), 'wider than their [part~=status] box').to.deep.equal([]);
}

/** `parameters.announces`: that live region says something (matching), or, when false, every live region is silent. */
async function expectAnnouncement(root: Element, story: HarnessStory): Promise<void> {
  const announces = story.parameters.announces!;
  if (announces === false) {
    const speaking = liveRegions(root).filter((region) => region.text !== '');
    expect(
      speaking.map((region) => `${region.role}: ${describeElement(region.el)}`),
      'announces: false, but these live regions say something',
    ).to.deep.equal([]);
    return;
  }
  const says = () =>
    liveRegions(root).filter((region) => region.role === announces.role && region.text !== '' && (!announces.text || announces.text.test(region.text)));
  const startedAt = Date.now();
  while (says().length === 0 && Date.now() - startedAt < ANNOUNCE_WITHIN_MS) await sleep(50);
  const heard = liveRegions(root).map((region) => `${region.role}: "${region.text}"`);
  expect(says().length, `no ${announces.role} live region saying ${announces.text ?? 'anything'}; live regions: ${heard.join(', ') || 'none'}`).to.be.greaterThan(0);
}

/** The outermost host of an element inside shadow roots (the element itself when in the document). */
function composedHost(el: Element): Element {
  let node: Element = el;
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
}

interface FocusStyle {
  outline: string;
  outlineColor: string;
  boxShadow: string;
  /** how focus is shown: 'outline', 'box-shadow', or 'none' */
  indicator: 'outline' | 'box-shadow' | 'none';
}

function focusStyle(el: Element): FocusStyle {
  const style = getComputedStyle(el);
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
  return {
    outline: outlined ? `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : 'none',
    outlineColor: style.outlineColor,
    boxShadow: style.boxShadow,
    indicator: outlined ? 'outline' : shadowed ? 'box-shadow' : 'none',
  };
}

/** A colour that is drawn: not `transparent`, not alpha 0. */
function visibleColour(colour: string): boolean {
  if (colour === 'transparent') return false;
  const alpha = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\)$/.exec(colour) ?? /\/\s*([\d.]+%?)\s*\)$/.exec(colour);
  return !alpha || parseFloat(alpha[1]!) > 0;
}

function expectIndicator(el: Element, style: FocusStyle): void {
  expect(style.indicator, `no visible focus indicator on ${describeElement(el)}`).to.not.equal('none');
  if (style.indicator === 'outline') {
    expect(visibleColour(style.outlineColor), `the focus outline of ${describeElement(el)} is ${style.outlineColor}`).to.equal(true);
  } else {
    const colours = style.boxShadow.match(/(rgba?|hsla?|color)\([^)]*\)/g) ?? [];
    expect(colours.some(visibleColour), `the focus box-shadow of ${describeElement(el)} (${style.boxShadow}) has no visible colour`).to.equal(true);
  }
}

/** Once focus has moved on, the element no longer looks focused: the indicator was focus's, not always there. */
function expectIndicatorGoes(el: Element, focused: FocusStyle): void {
  if (!el.isConnected) return; // replaced as focus left (re-rendered): nothing to compare
  const blurred = focusStyle(el);
  const same = focused.indicator === 'outline' ? blurred.outline === focused.outline : blurred.boxShadow === focused.boxShadow;
  expect(same, `${describeElement(el)} looks the same with and without focus (${focused.indicator === 'outline' ? focused.outline : focused.boxShadow})`).to.equal(false);
}

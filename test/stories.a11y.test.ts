/**
 * Every story in stories/*.stories.ts, rendered as in Storybook, must pass axe (no rules ignored)
 * and work with the keyboard: Tab reaches what it shows, or passes through when it shows nothing; Tab then
 * goes through every stop, each with a visible focus indicator, and out at the end (no trap), and Shift+Tab
 * comes back. Stories are listed in test/story-harness.ts.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, describeElement, firstTabbable, loadStories, renderStory, SETTLE_TIMEOUT_MS } from './story-harness.js';

const stories = await loadStories();

describe('stories', function () {
  this.timeout(SETTLE_TIMEOUT_MS + 5000);

  it('are found', () => {
    expect(stories.length).to.be.greaterThan(0);
  });

  for (const story of stories) {
    describe(`${story.title} › ${story.name}`, () => {
      it('has no accessibility violations', async () => {
        const root = await renderStory(story);
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
        const target = firstTabbable(root) ?? after;
        start.focus();
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement();
        expect(active, `Tab went to ${describeElement(active)}, not ${describeElement(target)}`).to.equal(target);
        // On through every stop: each one is inside the story and shows where focus is, and Tab
        // leaves the story at its end (no trap); Shift+Tab from after it comes back to the last stop.
        const stops: Element[] = [];
        for (let focused = active; focused !== after; focused = deepActiveElement()) {
          expect(focused && root.contains(composedHost(focused)), `Tab left the story for ${describeElement(focused)}`).to.equal(true);
          expect(focusIndicator(focused!), `no visible focus indicator on ${describeElement(focused)}`).to.not.equal('none');
          stops.push(focused!);
          expect(stops.length, 'more than 150 Tab stops: a trap?').to.be.at.most(150);
          await sendKeys({ press: 'Tab' });
        }
        if (stops.length > 0) {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
          expect(deepActiveElement(), 'Shift+Tab back into the story').to.equal(stops[stops.length - 1]);
        }
        start.remove();
        after.remove();
      });
    });
  }
});

/** The outermost host of an element inside shadow roots (the element itself when in the document). */
function composedHost(el: Element): Element {
  let node: Element = el;
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
}

/** How the focused element shows focus: its outline, or its box-shadow; 'none' when neither is drawn. */
function focusIndicator(el: Element): string {
  const style = getComputedStyle(el);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineWidth} ${style.outlineStyle}`;
  if (style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
  return 'none';
}

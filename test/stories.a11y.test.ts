/**
 * Every story in stories/*.stories.ts, rendered as in Storybook, must pass axe (no rules ignored)
 * and work with the keyboard: Tab reaches what it shows, or passes through when it shows nothing. Stories are listed in
 * test/story-harness.ts.
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
        start.remove();
        after.remove();
      });
    });
  }
});

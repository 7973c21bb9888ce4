import { expect } from '@open-wc/testing';

// test/helpers/clonable-results.ts runs before every test file: a failed assertion about an element reaches
// the terminal with its message (the runner's structuredClone of the result would otherwise throw and hang)
describe('the test page', () => {
  it('sends what structuredClone cannot clone as a short description', () => {
    const button = document.createElement('button');
    button.id = 'retry';
    button.className = 'button small';
    function onClick(): void {}
    const sent = structuredClone({ actual: button, expected: document.body, showDiff: true, fn: onClick }) as Record<string, unknown>;
    expect(sent).to.deep.equal({ actual: '<button#retry.button.small>', expected: '<body>', showDiff: true, fn: '[function onClick]' });
    // what can be cloned is cloned as before
    const date = new Date(0);
    expect(structuredClone({ date, list: [1, 'a'] })).to.deep.equal({ date, list: [1, 'a'] });
  });
});

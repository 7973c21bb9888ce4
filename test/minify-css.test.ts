import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss } from '../scripts/minify-css.mjs';
import { askFormStyles } from '../src/ask-form/ask-form.styles.js';
import { eventListStyles } from '../src/event-list/event-list.styles.js';
import { feedStatusStyles } from '../src/internal/feed-status.js';
import { baseStyles } from '../src/internal/styles.js';
import { directoryStyles } from '../src/member-directory/member-directory.styles.js';
import { badgeStyles } from '../src/network-badge/network-badge.styles.js';

/**
 * The rules as the browser understands them: its own serialisation, whatever the source's spacing.
 * The browser keeps values with var() and @supports conditions as written (token streams), so the
 * spacing inside those is evened out: space at a comma, a bracket or after a colon separates no tokens.
 * Space before a colon is left alone: `.a :focus` and `.a:focus` must still differ.
 */
function parsed(cssText: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  return [...sheet.cssRules].map((rule) =>
    rule.cssText
      .replace(/\s+/g, ' ')
      .replace(/\s*,\s*/g, ',')
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')')
      .replace(/:\s*/g, ': '),
  );
}

// The CDN build ships the widgets' styles through this minifier (scripts/minify-css-literals.mjs), while
// every other test runs the styles as written: the two must be the same CSS to the browser.
describe('CSS minifier of the CDN build', () => {
  const stylesheets: Record<string, CSSResult> = {
    baseStyles,
    feedStatusStyles,
    badgeStyles,
    directoryStyles,
    eventListStyles,
    askFormStyles,
  };

  for (const [name, styles] of Object.entries(stylesheets)) {
    it(`leaves ${name} the same to the browser, and at most four fifths as long`, () => {
      const minified = minifyCss(styles.cssText);
      const rules = parsed(styles.cssText);
      expect(rules.length).to.be.greaterThan(3);
      expect(parsed(minified)).to.deep.equal(rules);
      expect(minified).not.to.include('/*');
      expect(minified).not.to.match(/\n/);
      expect(minified.length).to.be.lessThan((styles.cssText.length * 4) / 5);
    });
  }

  it('keeps the space before a colon, which makes a descendant selector', () => {
    // the comparison above would notice: the browser reads these two differently
    expect(parsed('.a :focus { color: red }')).not.to.deep.equal(parsed('.a:focus { color: red }'));
    expect(minifyCss('.a :focus {\n  color: red;\n}')).to.equal('.a :focus{color:red}');
  });

  it('keeps quoted strings and ${…} interpolations byte for byte', () => {
    expect(minifyCss("dt::after {\n  content: ' :  ; ';\n}")).to.equal("dt::after{content:' :  ; '}");
    expect(minifyCss(':host {\n  ${darkTokens}\n}\n/* a comment, it\'s gone */')).to.equal(':host{${darkTokens}}');
  });

  it('keeps the spaces calc() needs around + and -', () => {
    expect(minifyCss('a {\n  width: calc(100% - 2em + 1px);\n}')).to.equal('a{width:calc(100% - 2em + 1px)}');
  });
});

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
// every other test runs the styles as written: the two must be the same CSS to the browser. Checked on
// what the CDN bundle really contains, so a literal the build failed to minify is noticed too.
describe('CSS minifier of the CDN build', () => {
  const source: Record<string, CSSResult> = {
    baseStyles,
    feedStatusStyles,
    badgeStyles,
    directoryStyles,
    eventListStyles,
    askFormStyles,
  };
  const sourceRules = Object.entries(source).map(([name, styles]) => ({ name, rules: parsed(styles.cssText) }));

  before(async () => {
    await import(/* @vite-ignore */ '/raw/cdn/evi-widgets.js' as string);
  });

  it('ships every widget stylesheet minified (no comment, no line break) and equal to its source', () => {
    const found = new Set<string>();
    for (const tag of ['evi-network-badge', 'evi-event-list', 'evi-member-directory', 'evi-ask-form']) {
      const element = customElements.get(tag) as unknown as { elementStyles: CSSResult[] };
      expect(element.elementStyles.length, tag).to.be.greaterThan(1);
      for (const shipped of element.elementStyles) {
        const text = shipped.cssText;
        const rules = parsed(text);
        const match = sourceRules.find((s) => JSON.stringify(s.rules) === JSON.stringify(rules));
        expect(match, `${tag}: a stylesheet that matches no source stylesheet: ${text.slice(0, 120)}`).not.to.equal(undefined);
        found.add(match!.name);
        expect(text, `${match!.name} in ${tag}`).not.to.include('/*');
        expect(text, `${match!.name} in ${tag}`).not.to.match(/\n/);
        const written = source[match!.name].cssText.length;
        expect(text.length, `${match!.name} at most four fifths of the source`).to.be.lessThan((written * 4) / 5);
      }
    }
    expect([...found].sort()).to.deep.equal(Object.keys(source).sort());
  });

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

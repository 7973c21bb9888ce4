// Whitespace and comment minifier for the CSS in Lit's css`…` literals (used by minify-css-literals.mjs).
// No Node APIs: test/minify-css.test.ts runs it in the browser and checks that every widget stylesheet
// parses to the same rules before and after.

/** Minifies one CSS text (the raw source between the backticks, interpolations included). */
export function minifyCss(source) {
  const kept = [];
  const keep = (text) => `\uE000${kept.push(text) - 1}\uE000`;
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    // ${…} interpolations (no nested braces in our styles) and quoted strings are set aside, untouched
    .replace(/\$\{[^}]*\}|'[^'\n]*'|"[^"\n]*"/g, keep)
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim()
    .replace(/\uE000(\d+)\uE000/g, (_, index) => kept[Number(index)]);
}

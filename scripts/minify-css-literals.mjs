// esbuild plugin for the CDN build: minifies the CSS inside Lit's css`…` tagged templates.
// esbuild minifies JavaScript but leaves template literals as they are, so every widget's styles
// shipped with their indentation and comments (a third of each stylesheet's bytes).
//
// Deliberately conservative (comments and whitespace only; no rewriting of values or selectors),
// so that what ships is the same CSS the browser tests ran against, less the spaces:
//   - quoted strings ('…', "…") and ${…} interpolations are kept byte for byte;
//   - whitespace is dropped next to { } ; , > and after a colon, and collapsed elsewhere;
//     never before a colon (".a :focus" and ".a:focus" differ) nor around + - * / (calc()).
import { readFile } from 'node:fs/promises';
import { minifyCss } from './minify-css.mjs';

// the whole literal: escaped characters (a \` in a comment) and ${…} interpolations do not end it
const CSS_LITERAL = /\bcss`((?:\\[\s\S]|\$\{[^}]*\}|[^`\\])*)`/g;

/** Rewrites css`…` literals in our own TypeScript sources (not in node_modules). */
export function minifyCssLiterals() {
  return {
    name: 'envagin-minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        if (args.path.includes('node_modules')) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('css`')) return undefined;
        return { contents: source.replace(CSS_LITERAL, (_, body) => `css\`${minifyCss(body)}\``), loader: 'ts' };
      });
    },
  };
}

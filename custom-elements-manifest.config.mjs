// Custom Elements Manifest for dist/ (IDE hints, Storybook's controls and docs).
// The analyzer reads src/*.ts, but the package ships dist/*.js only, so module paths are rewritten.
const sourcePath = /^(?:\.\/|\/)?src\/(.+)\.[jt]s$/;

function toDistPath(value) {
  const match = typeof value === 'string' ? sourcePath.exec(value) : null;
  return match ? `dist/${match[1]}.js` : value;
}

function rewritePaths(node) {
  if (Array.isArray(node)) {
    node.forEach(rewritePaths);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'path' || key === 'module') node[key] = toDistPath(value);
      else rewritePaths(value);
    }
  }
}

/**
 * Our entry points register through the guarded `define(tag, Class)` helper (src/internal/define.ts),
 * not `customElements.define` directly. The analyzer only sees the latter, so it would record a bogus
 * definition named `tag` inside define.ts and none in src/evi-*.ts. This records `define('evi-x', X)`
 * calls as the definitions they are and drops the bogus one.
 */
function guardedDefinePlugin() {
  return {
    name: 'envagin-guarded-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: ctor.text },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const moduleOfClass = new Map();
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) moduleOfClass.set(declaration.name, mod.path);
      }
      for (const mod of modules) {
        if (!mod.exports) continue;
        mod.exports = mod.exports.filter(
          (entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'),
        );
        for (const entry of mod.exports) {
          if (entry.kind === 'custom-element-definition' && !entry.declaration.module) {
            entry.declaration.module = moduleOfClass.get(entry.declaration.name) ?? mod.path;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  // package.json's "customElements" is kept by hand: Storybook's run (outdir .) must not rewrite it
  packagejson: false,
  litelement: true,
  plugins: [
    guardedDefinePlugin(),
    {
      name: 'envagin-dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        rewritePaths(customElementsManifest.modules);
      },
    },
  ],
};

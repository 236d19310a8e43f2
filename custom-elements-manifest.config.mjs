// Custom Elements Manifest: the public API of every element, read from JSDoc, for editors, linters,
// Storybook and the API pages (docs/api/). The plugin below makes it describe the package as shipped.
import { readFileSync } from 'node:fs';
import { libraryEntries } from './scripts/entries.mjs';

/** Every `--cx-*` design token with its light and dark default, from the token sheet. */
function designTokens() {
  const source = readFileSync('src/core/tokens.ts', 'utf8');
  const [light, dark = ''] = source.split(':host(:state(dark))');
  const defaults = (text) =>
    new Map([...text.matchAll(/var\((--cx-[\w-]+),\s*([^;]+?)\);/g)].map(([, name, value]) => [name, value]));
  const darkDefaults = defaults(dark);
  return [...defaults(light)].map(([name, value]) => ({
    name,
    default: value,
    description:
      `Design token, shared by every widget.` +
      (darkDefaults.has(name) && darkDefaults.get(name) !== value
        ? ` Dark theme: \`${darkDefaults.get(name)}\`.`
        : ''),
  }));
}

/** `src/…/x.ts` → `dist/…/x.js` for each public entry module; other source files are not shipped. */
function shippedPaths() {
  return new Map(Object.entries(libraryEntries()).map(([name, source]) => [source, `dist/${name}.js`]));
}

const isPublicMember = (member) =>
  !member.privacy && !member.static && !member.name.startsWith('_') && !member.name.startsWith('#');

/**
 * - each `defineElement('cx-…', Class)` call becomes the tag's definition (the analyzer only sees
 *   `customElements.define`, and mistook the helper's own `define(tagName, …)` for one);
 * - private, protected and static members leave (they are no API);
 * - every widget lists the design tokens among its CSS properties (they are the theming API);
 * - paths name the shipped modules in dist/, not the TypeScript sources, which are not shipped;
 *   references to a module that is not shipped name the package's index, which exports the type.
 */
const cxkitPlugin = {
  name: 'cxkit',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
    const [tag, element] = node.arguments;
    if (!tag || !ts.isStringLiteral(tag) || !element) return;
    moduleDoc.exports ??= [];
    moduleDoc.exports.push({
      kind: 'custom-element-definition',
      name: tag.text,
      declaration: { name: element.getText() },
    });
  },
  packageLinkPhase({ customElementsManifest: manifest }) {
    // Element classes by name (a React wrapper of the same name is a variable, not the class).
    const declarations = new Map(
      manifest.modules.flatMap((module) =>
        (module.declarations ?? [])
          .filter((item) => item.customElement)
          .map((item) => [item.name, module.path]),
      ),
    );
    const tokens = designTokens();
    for (const module of manifest.modules) {
      module.exports = (module.exports ?? []).filter(
        (item) => item.kind !== 'custom-element-definition' || item.name.startsWith('cx-'),
      );
      for (const item of module.exports)
        if (item.kind === 'custom-element-definition')
          item.declaration.module = declarations.get(item.declaration.name);
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement) continue;
        declaration.members = (declaration.members ?? []).filter(isPublicMember);
        if (declaration.superclass?.name === 'CxElement') {
          const own = declaration.cssProperties ?? [];
          declaration.cssProperties = [
            ...own,
            ...tokens.filter((token) => !own.some((item) => item.name === token.name)),
          ];
        }
      }
    }
    const shipped = shippedPaths();
    manifest.modules = manifest.modules.filter((module) => shipped.has(module.path));
    // The analyzer writes references as `src/x.ts`, `/src/x.js` (superclasses) or, for re-exports,
    // relative to the module (`./core/format.js`).
    const rewrite = (value, from) => {
      if (Array.isArray(value)) return value.forEach((item) => rewrite(item, from));
      if (!value || typeof value !== 'object') return;
      if (typeof value.module === 'string' && !value.package) {
        const path = value.module.startsWith('.')
          ? new URL(value.module, `file:///${from}`).pathname.slice(1)
          : value.module.replace(/^\//, '');
        value.module = shipped.get(path.replace(/\.js$/, '.ts')) ?? 'dist/index.js';
      }
      Object.values(value).forEach((item) => rewrite(item, from));
    };
    for (const module of manifest.modules) {
      rewrite(module.declarations, module.path);
      rewrite(module.exports, module.path);
      module.path = shipped.get(module.path);
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  // package.json's `customElements` points at the shipped manifest; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [cxkitPlugin],
};

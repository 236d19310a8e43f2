// The library's public entry points, found from the source tree so a new component needs no
// build edits: the index, the define-everything module, the React wrappers, and per component its class module and
// its define module.
import { existsSync, readdirSync } from 'node:fs';

export function libraryEntries() {
  // `cdn` is the CDN file's API for Node and bundlers (the browser gets dist/cdn/cxkit.js itself).
  const entries = {
    index: 'src/index.ts',
    define: 'src/define.ts',
    react: 'src/react.ts',
    cdn: 'src/cdn.ts',
  };
  for (const name of readdirSync('src/components')) {
    const classModule = `src/components/${name}/${name}.ts`;
    const defineModule = `src/components/${name}/define.ts`;
    const reactModule = `src/components/${name}/react.ts`;
    if (existsSync(classModule)) entries[`components/${name}/${name}`] = classModule;
    if (existsSync(defineModule)) entries[`components/${name}/define`] = defineModule;
    if (existsSync(reactModule)) entries[`components/${name}/react`] = reactModule;
  }
  return entries;
}

/** Entries whose size matters to users: what a page imports to get widgets on screen. */
export function publicSizeEntries() {
  const entries = { 'define.js': 'src/define.ts' };
  for (const name of readdirSync('src/components')) {
    const defineModule = `src/components/${name}/define.ts`;
    if (existsSync(defineModule)) entries[`components/${name}/define.js`] = defineModule;
  }
  return entries;
}

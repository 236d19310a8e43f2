// Bundles a TypeScript module of ours for Node with esbuild (dependencies stay external) and
// imports it: how the Node-side scripts use code written for the browser build.
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function loadTypeScript(entry, name) {
  const outfile = `node_modules/.cache/cxkit/${name}.mjs`;
  mkdirSync('node_modules/.cache/cxkit', { recursive: true });
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

// Builds the library into dist/: ESM entries with dependencies as bare imports, .d.ts types, and a
// single-file CDN bundle with everything inlined. Fails if any emitted .js file does not parse
// (Vite 8's Oxc leaves TC39 decorators untransformed: a silent, broken build otherwise).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

await build({ logLevel: 'warn' });

await build({
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: true,
    minify: true,
    lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'cxkit.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });
}
const files = jsFiles('dist');
for (const file of files) execFileSync(process.execPath, ['--check', file], { stdio: 'inherit' });
const cdnFiles = readdirSync('dist/cdn').filter((name) => name.endsWith('.js'));
if (cdnFiles.length !== 1)
  throw new Error(`dist/cdn should hold one .js file, found: ${cdnFiles.join(', ')}`);
console.log(`build: ${files.length} .js files in dist/ parse; CDN bundle dist/cdn/cxkit.js`);

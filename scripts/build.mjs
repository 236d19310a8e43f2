// Builds the library into dist/: ESM entries with dependencies as bare imports, .d.ts types, and the
// CDN route with everything inlined: a loader with a chunk per widget, and a single file. Fails if any emitted .js file does not parse
// (Vite 8's Oxc leaves TC39 decorators untransformed: a silent, broken build otherwise).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

await build({ logLevel: 'warn' });

/** The CDN builds: every dependency inlined, minified (library mode leaves `es` output whitespace-unminified otherwise). */
const cdnBuild = (build_, output = {}) => ({
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
    ...build_,
    rolldownOptions: { output: { minify: true, ...output } },
  },
});

// dist/cdn/loader.js: defines every tag, fetches each widget's code when its tag first appears.
await build(
  cdnBuild(
    { lib: { entry: { loader: 'src/cdn-loader.ts' }, formats: ['es'], fileName: (_, name) => `${name}.js` } },
    // Named after the widget they define (every define module is called define.ts).
    {
      chunkFileNames: (chunk) => {
        const widget = chunk.facadeModuleId?.match(/components\/([\w-]+)\/define\.ts$/)?.[1];
        return `chunks/${widget ? `${widget}-` : ''}[name]-[hash].js`;
      },
    },
  ),
);

// dist/cdn/cxkit.js: the same in one file, for those who want exactly one.
await build(
  cdnBuild(
    { lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'cxkit.js' } },
    { codeSplitting: false },
  ),
);

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
if (cdnFiles.sort().join() !== 'cxkit.js,loader.js')
  throw new Error(`dist/cdn should hold cxkit.js and loader.js (and chunks/), found: ${cdnFiles.join(', ')}`);
// Unminified output is tab-indented (CSS in template literals keeps its own line breaks, with spaces).
if (/\n\t+[\w$]/.test(readFileSync('dist/cdn/cxkit.js', 'utf8')))
  throw new Error('dist/cdn/cxkit.js is not minified');
console.log(
  `build: ${files.length} .js files in dist/ parse; CDN: dist/cdn/loader.js (+ chunks) and dist/cdn/cxkit.js`,
);

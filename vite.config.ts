import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
// @ts-expect-error: a plain .mjs helper shared with the build scripts
import { libraryEntries } from './scripts/entries.mjs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
// Runtime and peer dependencies (React, for cxkit/react) stay bare imports in the library build, for
// the consumer's bundler to dedupe.
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)].map(
  (name) => new RegExp(`^${name}(/|$)`),
);

// `npm start` serves the demo sandbox from this config (MSW's worker from public/);
// `vite build` (run by scripts/build.mjs) builds the library.
export default defineConfig({
  server: { port: 5173, host: '127.0.0.1' },
  // The Vue page of the sandbox compiles its template in the browser (no Vue plugin needed).
  resolve: { alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }] },
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  // Dependencies the sandbox only imports lazily (the flyout's editor, drafts, positioning): found
  // up front, so the dev server does not reload the page when an evaluator first opens a flyout.
  optimizeDeps: {
    include: [
      ...Object.keys(pkg.dependencies).filter((name) =>
        /^(prosemirror-|idb-keyval|dompurify|valibot|@floating-ui)/.test(name),
      ),
      '@lit-labs/virtualizer/layouts/flow.js',
    ],
  },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: true,
    copyPublicDir: false, // public/ holds MSW's worker, which is not part of the library
    emptyOutDir: true,
    lib: {
      entry: libraryEntries() as Record<string, string>,
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
// @ts-expect-error: a plain .mjs helper shared with the build scripts
import { libraryEntries } from './scripts/entries.mjs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
// Runtime and peer dependencies (React, for cxkit/react) stay bare imports in the library build, for
// the consumer's bundler to dedupe. Except @tanstack/query-core: it reads `process.env.NODE_ENV`,
// which only a bundler replaces, so a buildless page (an import map) would throw on it. It is
// bundled, with that replaced (a page with its own copy keeps a cache of its own anyway).
const BUNDLED = ['@tanstack/query-core'];
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})]
  .filter((name) => !BUNDLED.includes(name))
  .map((name) => new RegExp(`^${name}(/|$)`));

/**
 * The strictest policy a host might set, on the sandbox's strict-CSP pages (secure.html and
 * hostile-input.html, as `content="%CX_STRICT_CSP%"` in their <meta>): nothing inline, nothing
 * evaluated, and Trusted Types enforced for every script sink. Only the widgets' own policies
 * (lit-html, dompurify) may create trusted values; "default" lets the sandbox register its mock
 * service worker (see demo/trusted-mocks.ts), which a real host page does not have.
 */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify default',
].join('; ');

// `npm start` serves the demo sandbox from this config (MSW's worker from public/);
// `vite build` (run by scripts/build.mjs) builds the library.
export default defineConfig({
  server: { port: 5173, host: '127.0.0.1' },
  plugins: [
    {
      name: 'cx-strict-csp',
      transformIndexHtml: (page: string) => page.replaceAll('%CX_STRICT_CSP%', STRICT_CSP),
    },
  ],
  // The Vue page of the sandbox compiles its template in the browser (no Vue plugin needed).
  resolve: { alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }] },
  define: {
    // For the library's bundled query-core (see BUNDLED); cxkit's own code reads no environment.
    'process.env.NODE_ENV': JSON.stringify('production'),
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

// @ts-check
import commonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { loadMockServer } from './scripts/mock-server.mjs';

/** The mock backend over real HTTP, for the tests of the REST data source across a network. */
export const MOCK_HTTP_PORT = Number(process.env.CX_MOCK_HTTP_PORT ?? 4011);
let mockServer;
const mockHttpServer = {
  name: 'cx-mock-http-server',
  async serverStart() {
    const { startMockServer } = await loadMockServer();
    mockServer = await startMockServer({ port: MOCK_HTTP_PORT });
  },
  async serverStop() {
    mockServer?.closeAllConnections?.();
    await new Promise((resolve) => mockServer?.close(resolve) ?? resolve());
  },
};

/** A DevTools protocol session on the page of a test-runner `session`. */
function cdpSession(session) {
  return /** @type {any} */ (session.browser).getPage(session.id).createCDPSession();
}

/**
 * `executeServerCommand('ime-type', { composition: [...], commit })`: types through an input method
 * as a Thai or Japanese keyboard does (composition updates, then the committed text), over CDP.
 */
const imeCommands = {
  name: 'cx-ime',
  async executeCommand({ command, payload, session }) {
    if (command !== 'ime-type') return undefined;
    const cdp = await cdpSession(session);
    const { composition, commit } = /** @type {{ composition: string[]; commit: string }} */ (payload);
    for (const text of composition) {
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    }
    await cdp.send('Input.insertText', { text: commit });
    await cdp.detach();
    return true;
  },
};

/**
 * `executeServerCommand('dom-nodes')`: how many DOM nodes the page holds after garbage collection,
 * for tests that nothing a widget has stopped showing stays alive.
 */
const memoryCommands = {
  name: 'cx-memory',
  async executeCommand({ command, session }) {
    if (command !== 'dom-nodes') return undefined;
    const cdp = await cdpSession(session);
    for (let pass = 0; pass < 3; pass += 1) await cdp.send('HeapProfiler.collectGarbage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    await cdp.detach();
    return nodes;
  },
};

/**
 * React ships CommonJS only, and its index files pick a build at run time (`module.exports =
 * require(…)`), which hides the named exports from any CommonJS conversion. Each of these modules is
 * served as a small ES module that re-exports, by name, what Node's `require` finds in it.
 */
const require = createRequire(import.meta.url);
const REACT_MODULES = ['react', 'react-dom', 'react-dom/client', 'scheduler'];
// Read once, as the config loads (inside a request, React's development warnings would meet the
// test runner's own console).
const REACT_EXPORTS = Object.fromEntries(
  REACT_MODULES.map((name) => [
    name,
    {
      file: relative(process.cwd(), require.resolve(name)).split(sep).join('/'),
      names: Object.keys(require(name)).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key)),
    },
  ]),
);
const reactModules = {
  name: 'cx-react-modules',
  resolveImport: ({ source }) => (REACT_MODULES.includes(source) ? `/__react/${source}.js` : undefined),
  serve(context) {
    const name = context.path.match(/^\/__react\/(.+)\.js$/)?.[1];
    if (!name || !REACT_EXPORTS[name]) return undefined;
    const { file, names } = REACT_EXPORTS[name];
    return {
      type: 'js',
      body: `import module from '/${file}';\nexport default module;\nexport const { ${names.join(', ')} } = module;\n`,
    };
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'docs/**/*.test.ts'],
  // The "browser" export condition: without it @mswjs/interceptors resolves to its Node build.
  nodeResolve: { browser: true },
  // esbuild reads tsconfig.json raw (no `extends`): the decorator flags live in that very file.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    // cxkit/react is tested in React itself: React's CommonJS converted on the fly (see above).
    reactModules,
    fromRollup(commonjs)({
      include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'],
      // Unwrapped modules get a default export (the wrapped form, for conditional requires, has none).
      strictRequires: false,
    }),
    mockHttpServer,
    imeCommands,
    memoryCommands,
  ],
  middleware: [
    // MSW's worker must be served from the root so that its scope covers the test page.
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  // Dependencies read process.env.NODE_ENV (a bundler replaces it; the test runner serves them as they are).
  testRunnerHtml: (testFramework) =>
    `<html><body><script>globalThis.process = { env: { NODE_ENV: 'development' } };
    // A benign browser notice (a resize handled in the same frame), not an error of ours.
    addEventListener('error', (event) => { if (/ResizeObserver loop/.test(event.message)) event.stopImmediatePropagation(); }, true);</script><script type="module" src="${testFramework}"></script></body></html>`,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // One page at a time: parallel pages in one headless Chromium get no animation frames and no real
  // focus when in the background (modernweb-dev/web#2588, #2403), and our tests need both.
  concurrency: 1,
  // CX_GREP="part of a test name" runs only the matching tests (while developing).
  testFramework: {
    config: { timeout: 10000, ...(process.env.CX_GREP ? { grep: process.env.CX_GREP } : {}) },
  },
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/test-support/**', 'node_modules/**'],
    threshold: { statements: 90, branches: 80, functions: 85, lines: 90 },
    reporters: ['text-summary', 'lcov'],
  },
  coverage: !process.env.CX_NO_COVERAGE,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
      // A fresh context per test file: own service-worker registration, storage and cookies.
      createBrowserContext: ({ browser }) => browser.createBrowserContext(),
    }),
  ],
};

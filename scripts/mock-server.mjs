// `npm run mock-server [-- --port 4010]`: the mock backend over HTTP (CORS open), for trying the
// REST data source against a real network. The TypeScript sources are bundled with esbuild first.
import { pathToFileURL } from 'node:url';
import { loadTypeScript } from './load-ts.mjs';

/** Builds mocks/node-server.ts for Node and returns its module. */
export function loadMockServer() {
  return loadTypeScript('mocks/node-server.ts', 'mock-server');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const portFlag = process.argv.indexOf('--port');
  const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 4010));
  const { startMockServer } = await loadMockServer();
  await startMockServer({ port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(
    `cxkit mock API on http://${process.env.HOST ?? '127.0.0.1'}:${port}/api (try /api/customers/c_1)`,
  );
}

// A plain static file server for the built sandbox (demo-dist/ at the root), the library build
// (/dist/) and the end-to-end fixtures (/fixtures/): what the end-to-end tests and the screenshots use.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
/** URL prefixes and the folders they are served from; the built sandbox at the root. */
const MOUNTS = [
  ['/dist/', join(ROOT, 'dist')],
  // For the buildless page (an import map pointing bare specifiers at the packages' own files).
  ['/node_modules/', join(ROOT, 'node_modules')],
  ['/fixtures/', join(ROOT, 'e2e/fixtures')],
  ['/', join(ROOT, 'demo-dist')],
];

/**
 * Serves the built sandbox as any static file server would (no rewrites). A page whose `<meta>`
 * carries a Content-Security-Policy is also sent with it as an HTTP header, as a real host sends it
 * (a header can say more than a meta tag, and some browsers weigh the two differently). Fixture pages
 * may hold `{{NAME}}` placeholders, filled from `replacements`; `headers(path)` adds headers of a
 * test's own (a strict policy for one fixture, say).
 */
export function startStaticServer(replacements = {}, { headers = () => ({}) } = {}) {
  if (!existsSync(join(ROOT, 'demo-dist/demo/index.html')))
    throw new Error('demo-dist/ is missing: run `npm run build:demo` first (npm run test:e2e does).');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const [prefix, folder] = MOUNTS.find(([mount]) => path.startsWith(mount));
    const file = normalize(join(folder, path.slice(prefix.length)));
    if (!file.startsWith(folder) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const policy =
      extname(file) === '.html' &&
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      ...(policy ? { 'Content-Security-Policy': policy.replaceAll('&#39;', "'") } : {}),
      ...headers(path),
    });
    if (file.includes('/e2e/fixtures/')) {
      const text = readFileSync(file, 'utf8').replace(
        /\{\{(\w+)\}\}/g,
        (_, name) => replacements[name] ?? '',
      );
      response.end(text);
    } else createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

/** The base URL of a listening server. */
export const baseUrl = (server) => `http://127.0.0.1:${server.address().port}`;

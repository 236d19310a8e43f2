import { createServer, type IncomingMessage, type Server } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { getResponse } from 'msw';
import { db, handlers, problem } from './handlers.js';
import { getScenario, resetScenario, setScenario, type MockScenario } from './scenario.js';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Accept, Accept-Language, Authorization, Content-Type, If-Match, Idempotency-Key, Last-Event-ID, X-Requested-With',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, Idempotency-Replayed',
  'Access-Control-Max-Age': '600',
};

/**
 * File URLs (attachments, recordings) made absolute: a page on another origin resolves a relative
 * `/api/files/…` against itself, not against this server.
 */
function absoluteFileUrls(body: Buffer, origin: string): Buffer {
  const text = body.toString('utf8');
  const absolute = text.replace(/"(\/api\/(?:files|recordings)\/)/g, `"${origin}$1`);
  return absolute === text ? body : Buffer.from(absolute, 'utf8');
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
}

/**
 * The mock backend over real HTTP: the same handlers MSW serves in the browser, so the REST data
 * source can be tested across a real network. `/__mock/scenario` (GET, PUT) and `/__mock/reset`
 * (POST) control it at run time.
 */
export function startMockServer(options: { port?: number; host?: string } = {}): Promise<Server> {
  const { port = 4010, host = '127.0.0.1' } = options;
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', `http://${request.headers.host ?? `${host}:${port}`}`);
      if (request.method === 'OPTIONS') {
        response.writeHead(204, CORS_HEADERS).end();
        return;
      }
      if (url.pathname === '/__mock/reset' && request.method === 'POST') {
        db.reset();
        resetScenario();
        response.writeHead(204, CORS_HEADERS).end();
        return;
      }
      if (url.pathname === '/__mock/scenario') {
        if (request.method === 'PUT' || request.method === 'POST')
          setScenario((await readJson(request)) as Partial<MockScenario>);
        response
          .writeHead(200, { ...CORS_HEADERS, 'Content-Type': 'application/json' })
          .end(JSON.stringify(getScenario()));
        return;
      }
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      const fetchRequest = new Request(url, {
        method: request.method,
        headers: Object.entries(request.headers).flatMap(([name, value]) =>
          value === undefined
            ? []
            : (Array.isArray(value) ? value : [value]).map((item): [string, string] => [name, item]),
        ),
        body: hasBody ? (Readable.toWeb(request) as ReadableStream) : undefined,
        duplex: 'half',
      } as RequestInit);
      const mocked =
        (await getResponse(handlers, fetchRequest)) ??
        problem(404, 'No such endpoint', { detail: url.pathname });
      if (mocked.type === 'error') {
        request.socket.destroy(); // what a dropped connection looks like to the client
        return;
      }
      const headers: Record<string, string> = { ...CORS_HEADERS };
      mocked.headers.forEach((value, name) => (headers[name] = value));
      if (mocked.body && headers['content-type']?.includes('text/event-stream')) {
        // A live stream goes out as it is written, never buffered; the client leaving ends it.
        response.writeHead(mocked.status, headers);
        response.flushHeaders();
        const stream = Readable.fromWeb(mocked.body as WebReadableStream);
        request.on('close', () => stream.destroy());
        stream.pipe(response);
        return;
      }
      // The length of what is sent, whatever a handler or scenario said.
      let body: Buffer = Buffer.from(await mocked.arrayBuffer());
      if (headers['content-type']?.includes('json')) body = absoluteFileUrls(body, url.origin);
      delete headers['content-length'];
      headers['Content-Length'] = String(body.length);
      response.writeHead(mocked.status, headers).end(body);
    } catch (error) {
      response.writeHead(500, { ...CORS_HEADERS, 'Content-Type': 'application/problem+json' });
      response.end(
        JSON.stringify({
          type: 'about:blank',
          title: 'Mock server error',
          status: 500,
          detail: String(error),
        }),
      );
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

// The participant's HTTP endpoint (node:http, no framework): POST routes by path (/webhook for
// DIP deliveries, /statusmessage for status messages, /test-hooks/… for the suite's triggers,
// /back-office/… for the back office's forms), GET /health for a parent process, and GET pages
// of the back office. It only moves bytes; deciding the answer and recording it belong to the
// handlers. Given TLS files it serves HTTPS and requires a client
// certificate from a trusted authority, as a DIP webhook does (mTLS).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TlsConfig } from './config.ts';
import type { HttpAnswer } from './records.ts';

/** Bodies above this are refused with 413 rather than buffered. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** A request as received: the raw bytes (signatures cover them), the headers, and the URL it was sent to. */
export interface ReceivedHttp {
  readonly bytes: Buffer;
  readonly text: string;
  readonly headers: IncomingHttpHeaders;
  /** Path and query, as in the request line. */
  readonly target: string;
}

export type BodyHandler = (request: ReceivedHttp) => Promise<HttpAnswer> | HttpAnswer;

/** POST handlers by path. */
export type Routes = Readonly<Record<string, BodyHandler>>;

class TooLarge extends Error {}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new TooLarge());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: HttpAnswer): void {
  if (answer.html !== undefined) {
    response.writeHead(answer.status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(answer.html) });
    response.end(answer.html);
    return;
  }
  if (answer.body === null || answer.body === undefined) {
    response.writeHead(answer.status, { 'Content-Length': '0' });
    response.end();
    return;
  }
  const text = JSON.stringify(answer.body);
  response.writeHead(answer.status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Pages served on GET (the back office): each answers with HTML. */
export type Pages = Readonly<Record<string, () => HttpAnswer>>;

export async function startServer(host: string, port: number, routes: Routes, onError: (error: unknown) => void, tls?: TlsConfig, pages: Pages = {}): Promise<RunningServer> {
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const handler = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (request.method === 'GET' && path === '/health') return send(response, { status: 200, body: { status: 'ok' } });
    if (request.method === 'GET' && Object.hasOwn(pages, path)) return send(response, pages[path]!());
    if (!handler) return send(response, { status: 404, body: { error: `no route ${path}` } });
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      return send(response, { status: 405, body: { error: 'POST only' } });
    }
    readBody(request)
      .then((bytes) => handler({ bytes, text: bytes.toString('utf8'), headers: request.headers, target: request.url ?? '/' }))
      .then((answer) => send(response, answer))
      .catch((error: unknown) => {
        if (error instanceof TooLarge) return send(response, { status: 413, body: { error: `body over ${MAX_BODY_BYTES} bytes` } });
        onError(error);
        // 500 makes the DIP retry; the message is not lost.
        if (!response.headersSent) send(response, { status: 500, body: { error: 'internal error' } });
      });
  };
  const server: Server = tls
    ? createTlsServer(
        {
          cert: readFileSync(tls.certFile),
          key: readFileSync(tls.keyFile),
          ca: readFileSync(tls.caFile),
          requestCert: true,
          rejectUnauthorized: true,
        },
        listener,
      )
    : createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `${tls ? 'https' : 'http'}://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

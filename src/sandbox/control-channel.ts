// The sandbox's control endpoint: plain HTTP on 127.0.0.1 only, on a port the system picks,
// taking `POST /push` from `dip push` when it carries the sandbox's random token. It is not the
// DIP (the participant never calls it) and nothing it receives is journaled, so the token
// stays out of the evidence.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The largest control request read: a push request is a few hundred bytes. */
const MAX_REQUEST_BYTES = 64 * 1024;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** A request the sandbox cannot act on as asked (unknown interface, role not in the profile …): `dip push` exits 2 with it. */
export class SandboxRequestError extends Error {
  override readonly name = 'SandboxRequestError';
}

export interface ControlServer {
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

export const newControlToken = (): string => randomBytes(32).toString('base64url');

function sameToken(given: string | undefined, token: string): boolean {
  const expected = Buffer.from(`Bearer ${token}`);
  const actual = Buffer.from(given ?? '');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function readJson(incoming: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) incoming.destroy(new SandboxRequestError(`control request over ${MAX_REQUEST_BYTES} bytes`));
      else chunks.push(chunk);
    });
    incoming.once('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new SandboxRequestError('control request body is not JSON'));
      }
    });
    incoming.once('error', reject);
  });
}

/** Serves `POST /push` with `onPush`; its answer goes back as JSON, a SandboxRequestError as 422. */
export async function startControlServer(onPush: (request: unknown) => Promise<unknown>, token = newControlToken()): Promise<ControlServer> {
  const server: Server = createServer((incoming, outgoing) => {
    const answer = (status: number, body: unknown) => outgoing.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    // Bound to loopback already; checked again so a mistaken bind can never open it wider.
    if (!LOOPBACK.has(incoming.socket.remoteAddress ?? '')) return answer(403, { message: 'the sandbox control endpoint takes requests from this machine only' });
    if (!sameToken(incoming.headers.authorization, token)) return answer(401, { message: 'wrong or missing sandbox token' });
    if (incoming.method !== 'POST' || incoming.url !== '/push') return answer(404, { message: 'the sandbox control endpoint serves POST /push only' });
    readJson(incoming)
      .then(onPush)
      .then(
        (result) => answer(200, result),
        (error: Error) => answer(error instanceof SandboxRequestError ? 422 : 500, { message: error.message }),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type ControlAnswer = { readonly status: number; readonly body: unknown } | { readonly unreachable: string };

/** Posts one control request; `unreachable` when nothing answers (the sandbox stopped without removing its file). */
export function postControl(control: { readonly url: string; readonly token: string }, path: string, body: unknown, timeoutMs: number): Promise<ControlAnswer> {
  const text = JSON.stringify(body);
  return new Promise((resolve) => {
    const outgoing = httpRequest(
      `${control.url}${path}`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), authorization: `Bearer ${control.token}` }, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = raw;
          try {
            parsed = JSON.parse(raw);
          } catch {
            // Kept as text: the caller shows it.
          }
          resolve({ status: response.statusCode ?? 0, body: parsed });
        });
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)));
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve({ unreachable: error.code ?? error.message }));
    outgoing.end(text);
  });
}

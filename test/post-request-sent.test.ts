// A push is timed from when it went on the wire (src/transport/post-request.ts `sentAt`): after
// connecting and any TLS handshake, before the answer. One that never got out has no such time.
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostAgent, postRequest } from '../src/transport/post-request.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listening<T extends Server>(server: T): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('postRequest sentAt', () => {
  it('is when the request went out, not when its answer came back', async () => {
    let receivedAt = 0;
    const server = createHttpServer((request, response) => {
      request.resume();
      request.on('end', () => {
        receivedAt = performance.now();
        setTimeout(() => response.end('{}'), 150);
      });
    });
    const port = await listening(server);
    const outcome = await postRequest({ url: `http://127.0.0.1:${port}/webhook`, headers: {}, body: Buffer.from('[]'), timeoutMs: 2_000, agent: createPostAgent() });
    const answeredAt = performance.now();
    expect(outcome.kind).toBe('answered');
    expect(outcome.sentAt).toBeDefined();
    expect(outcome.sentAt!).toBeLessThanOrEqual(receivedAt);
    expect(answeredAt - outcome.sentAt!).toBeGreaterThanOrEqual(140);
  });

  it('reads the clock it is given', async () => {
    const port = await listening(createHttpServer((request, response) => request.resume().on('end', () => response.end('{}'))));
    const outcome = await postRequest({ url: `http://127.0.0.1:${port}/`, headers: {}, body: Buffer.from('[]'), timeoutMs: 2_000, agent: createPostAgent(), clock: () => 42 });
    expect(outcome.sentAt).toBe(42);
  });

  it('is absent when the TLS handshake never completes', async () => {
    // A TCP server that reads the ClientHello and never answers it.
    const port = await listening(createTcpServer((socket) => socket.resume()));
    const outcome = await postRequest({ url: `https://127.0.0.1:${port}/webhook`, headers: {}, body: Buffer.from('[]'), timeoutMs: 200, agent: createPostAgent({ trustedCaPems: [] }) });
    expect(outcome).toMatchObject({ kind: 'transport-error', code: 'TIMEOUT' });
    expect(outcome.sentAt).toBeUndefined();
  });

  it('is absent when the connection is refused', async () => {
    const port = await listening(createTcpServer());
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const outcome = await postRequest({ url: `http://127.0.0.1:${port}/`, headers: {}, body: Buffer.from('[]'), timeoutMs: 1_000, agent: createPostAgent() });
    expect(outcome).toMatchObject({ kind: 'transport-error', code: 'ECONNREFUSED' });
    expect(outcome.sentAt).toBeUndefined();
  });
});

// Serves MSW request handlers over a real HTTP server, so that a participant running as its
// own process can call them (MSW's setupServer only intercepts the test process's own
// requests). Each request goes through MSW's public getResponse; the exchange is appended to
// the journal before the answer leaves.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import type { Finding } from '../../src/rules/rule.ts';
import { type Exchange, redactHeaders } from '../../src/evidence/exchange.ts';
import type { ExchangeJournal } from '../../src/evidence/exchange-journal.ts';
import { formatGbTimestamp } from '../../src/time/gb-time.ts';

/** Header carrying the exchange ID from the adapter to the handlers (never sent to the participant). */
export const EXCHANGE_ID_HEADER = 'x-mhhs-exchange-id';

/** Far above any DIP batch; a bigger body is answered 413 and still journaled (truncated). */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** What handlers add to the exchange being recorded: findings and the scenario it belongs to. */
export interface ExchangeNotes {
  findings: Finding[];
  scenario?: string;
}

export interface MswHttpServerOptions {
  readonly handlers: readonly RequestHandler[];
  readonly journal: ExchangeJournal;
  readonly host?: string;
  readonly port?: number;
  /** Market time, UTC millis, for the journal. */
  readonly now: () => number;
}

export interface MswHttpServer {
  readonly url: string;
  /** Handlers call this with the request's exchange ID to attach findings before answering. */
  notesFor(exchangeId: string): ExchangeNotes;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<{ bytes: Buffer; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) tooLarge = true;
    else chunks.push(chunk as Buffer);
  }
  return { bytes: Buffer.concat(chunks), tooLarge };
}

function flatHeaders(request: IncomingMessage): Array<[string, string]> {
  return Object.entries(request.headers).flatMap(([name, value]) =>
    value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as [string, string]],
  );
}

export async function startMswHttpServer(options: MswHttpServerOptions): Promise<MswHttpServer> {
  const notes = new Map<string, ExchangeNotes>();
  let baseUrl = '';

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const startedAt = new Date().toISOString();
    const marketMillis = options.now();
    const id = randomUUID();
    const exchangeNotes: ExchangeNotes = { findings: [] };
    notes.set(id, exchangeNotes);
    const { bytes, tooLarge } = await readBody(incoming);
    const url = new URL(incoming.url ?? '/', baseUrl);
    const headers = flatHeaders(incoming);
    let response: Response;
    if (tooLarge) {
      response = new Response(null, { status: 413 });
    } else {
      const request = new Request(url, {
        method: incoming.method,
        headers: [...headers, [EXCHANGE_ID_HEADER, id]],
        body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : new Uint8Array(bytes),
      });
      try {
        response = (await getResponse([...options.handlers], request)) ?? Response.json({ message: `no DIP endpoint ${incoming.method} ${url.pathname}` }, { status: 404 });
      } catch (error) {
        // A fault of the suite, not of the participant: answer 500 and say so in the journal.
        response = Response.json({ message: `suite error: ${(error as Error).message}` }, { status: 500 });
      }
    }
    const responseBody = Buffer.from(await response.arrayBuffer());
    const exchange: Exchange = {
      id,
      direction: 'participant-to-dip',
      channel: url.pathname,
      request: { method: incoming.method ?? 'GET', url: url.toString(), headers: redactHeaders(headers), body: bytes.toString('utf8') },
      response: { status: response.status, headers: redactHeaders(response.headers), body: responseBody.toString('utf8') },
      startedAt,
      finishedAt: new Date().toISOString(),
      marketTime: formatGbTimestamp(marketMillis),
      marketMillis,
      findings: exchangeNotes.findings,
      ...(exchangeNotes.scenario ? { scenario: exchangeNotes.scenario } : {}),
    };
    notes.delete(id);
    await options.journal.append(exchange);
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(responseBody);
  };

  const server: Server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: Error) => {
      // The journal could not be written: refuse rather than answer without evidence.
      if (!outgoing.headersSent) outgoing.writeHead(503, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ message: `suite could not record the exchange: ${error.message}` }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://${address.address}:${address.port}`;
  return {
    url: baseUrl,
    notesFor: (exchangeId) => notes.get(exchangeId) ?? { findings: [] },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

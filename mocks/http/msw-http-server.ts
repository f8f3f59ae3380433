// Serves MSW request handlers over a real HTTP server, so that a participant running as its
// own process can call them (MSW's setupServer only intercepts the test process's own
// requests). Each request goes through MSW's public getResponse, or straight to the resolver
// when every handler is a RouteHandler (route-handler.ts says why); the exchange is appended to
// the journal before the answer leaves. Given TLS material it serves HTTPS and requires a
// client certificate from one of the trusted authorities (the DIP's mTLS); a client refused
// at the handshake is journaled too. Each request's URL is recorded as the client called it
// (its Host header and request line), which is what a DIP message signature covers.
import { createHash, type Hash, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { Duplex } from 'node:stream';
import { getResponse, type RequestHandler } from 'msw';
import type { Finding } from '../../src/rules/rule.ts';
import { type Exchange, redactHeaders } from '../../src/evidence/exchange.ts';
import { mpansNamedIn } from '../../src/evidence/exchange-mpans.ts';
import { calledUrl } from '../../src/transport/called-url.ts';
import type { ExchangeJournal } from '../../src/evidence/exchange-journal.ts';
import { formatGbTimestamp } from '../../src/time/gb-time.ts';
import type { TlsIdentity } from '../../src/transport/post-request.ts';
import { answerByRoute, answerOfResponse, jsonAnswer, RouteHandler, type RouteAnswer, routeRequest } from './route-handler.ts';
import { DIP_CHECKS } from '../dip/dip-checks.ts';

/** Header carrying the exchange ID from the adapter to the handlers (never sent to the participant). */
export const EXCHANGE_ID_HEADER = 'x-mhhs-exchange-id';

/**
 * The largest body the emulator reads (413 above it). The DIP's real limit is not public
 * (DIP-REFERENCE §2.4: 413 is defined, the number is NOT FOUND); 10 MiB is provisional and
 * far above a DIP batch. A bigger body is still evidence: it is kept whole in a file beside the
 * journal, up to KEPT_BODY_BYTES, and always counted and hashed.
 */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
export const KEPT_BODY_BYTES = 64 * 1024 * 1024;
/** How much of an oversized body the journal line itself shows. */
const JOURNALED_PREFIX_BYTES = 4 * 1024;

/** What handlers add to the exchange being recorded (findings, the scenario it belongs to), and when it arrived. */
export interface ExchangeNotes {
  findings: Finding[];
  scenario?: string;
  /** The MPANs the exchange is about, when a handler knows better than the body says (a status message's transactions). */
  mpans?: readonly string[];
  /**
   * Market time the request arrived (its headers read), UTC millis: what the exchange is
   * recorded at, and what the DIP judges it at, however long checking its signature takes.
   */
  readonly arrivedAt: number;
  /**
   * The URL the client called, rebuilt from the request as received (called-url.ts): DIP
   * message signatures are checked over it, and the journal records it.
   */
  readonly calledUrl: string;
  /**
   * What a handler does once the exchange is evidence: called with true after the journal has
   * the exchange and the answer has been written to the client, with false when the journal
   * write failed (the client then gets 503, and nothing may follow from the request). The DIP
   * emulator routes accepted messages to the simulators here.
   */
  readonly afterRecorded: Array<(recorded: boolean) => void>;
}

export interface MswHttpServerOptions {
  readonly handlers: readonly RequestHandler[];
  readonly journal: ExchangeJournal;
  readonly host?: string;
  readonly port?: number;
  /**
   * scheme://host[:port] clients call this server at when a proxy or NAT stands between them:
   * the called URL is rebuilt on it instead of on the listener's scheme and the Host header.
   */
  readonly publicUrl?: string;
  /** Market time, UTC millis, for the journal. */
  readonly now: () => number;
  /** Bodies over this are answered 413 (default DEFAULT_MAX_BODY_BYTES). */
  readonly maxBodyBytes?: number;
  /** Serve HTTPS with this certificate and require client certificates issued by these authorities. */
  readonly tls?: { readonly identity: TlsIdentity; readonly clientCaPems: readonly string[] };
  /** The scenario an exchange about these MPANs belongs to, when one has them: recorded with it. */
  readonly scenarioOf?: (mpans: readonly string[]) => string | undefined;
}

export interface MswHttpServer {
  /** Where the server listens. */
  readonly url: string;
  /** Handlers call this with the request's exchange ID to attach findings before answering; undefined once the exchange is journaled. */
  notesFor(exchangeId: string): ExchangeNotes | undefined;
  close(): Promise<void>;
}

interface ReceivedBody {
  readonly bytes: Buffer;
  readonly size: number;
  /** SHA-256 (hex) of every byte received, kept or not; only an oversized body's record needs it. */
  sha256(): string;
  /** Beyond KEPT_BODY_BYTES the rest is counted and hashed, not kept. */
  readonly complete: boolean;
}

/**
 * The body, read by events rather than an async iterator (a stream iterator per request cost
 * the emulator about 3 % of its time). Bytes past KEPT_BODY_BYTES are hashed as they pass and
 * dropped; a body kept whole is hashed only if asked.
 */
function readBody(request: IncomingMessage): Promise<ReceivedBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let streamed: Hash | undefined;
    let size = 0;
    request.on('data', (bytes: Buffer) => {
      if (!streamed && size + bytes.length > KEPT_BODY_BYTES) {
        streamed = createHash('sha256');
        for (const kept of chunks) streamed.update(kept);
      }
      streamed?.update(bytes);
      if (size + bytes.length <= KEPT_BODY_BYTES) chunks.push(bytes);
      size += bytes.length;
    });
    request.once('end', () => {
      const bytes = Buffer.concat(chunks);
      const digest = streamed?.digest('hex');
      resolve({ bytes, size, sha256: () => digest ?? createHash('sha256').update(bytes).digest('hex'), complete: size <= KEPT_BODY_BYTES });
    });
    request.once('error', reject);
    // A client gone before the end: as the stream iterator did, the read fails.
    request.once('close', () => {
      if (!request.complete) reject(new Error('the request was aborted before its body ended'));
    });
  });
}

/**
 * A host this machine's clients can call the listener at. A wildcard bind (0.0.0.0, ::) is no
 * address to call, and its URL is what the bundled participant is configured with: the IPv4
 * loopback for 0.0.0.0 (the test certificates name 127.0.0.1), localhost for :: (dual-stack).
 */
function callableHost(address: AddressInfo): string {
  if (address.address === '0.0.0.0') return '127.0.0.1';
  if (address.address === '::') return 'localhost';
  return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}

function parseTarget(raw: string | undefined, baseUrl: string): URL | undefined {
  try {
    return new URL(raw ?? '/', baseUrl);
  } catch {
    return undefined;
  }
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Methods the Fetch standard forbids; node:http parses them, a Fetch Request refuses them. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** The request's headers as name–value pairs (node:http lower-cases names; repeats are joined), without the exchange ID a participant cannot set. */
function flatHeaders(request: IncomingMessage): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const name in request.headers) {
    const value = request.headers[name];
    if (value === undefined || name === EXCHANGE_ID_HEADER) continue;
    pairs.push([name, Array.isArray(value) ? value.join(', ') : value]);
  }
  return pairs;
}

export async function startMswHttpServer(options: MswHttpServerOptions): Promise<MswHttpServer> {
  const notes = new Map<string, ExchangeNotes>();
  let baseUrl = '';
  const routes = options.handlers.every((handler) => handler instanceof RouteHandler) ? (options.handlers as RouteHandler[]) : undefined;

  /** The answer to a request, never a throw: bad targets and methods are the participant's 4xx. */
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const answer = async (incoming: IncomingMessage, target: URL | undefined, headers: Array<[string, string]>, bytes: Buffer, tooLarge: boolean, id: string): Promise<RouteAnswer> => {
    if (tooLarge) return jsonAnswer({ message: `request body of ${bytes.length} bytes or more is over the ${maxBodyBytes}-byte limit` }, 413);
    if (!target) return jsonAnswer({ message: `request target '${incoming.url}' is not a path the DIP serves` }, 400);
    if (!decodable(target.pathname)) return jsonAnswer({ message: `request path '${target.pathname}' has malformed percent-encoding` }, 400);
    const notFound = () => jsonAnswer({ message: `no DIP endpoint ${incoming.method} ${target.pathname}` }, 404);
    // The Fetch API refuses these methods (a Request cannot be made with them): the DIP serves none.
    if (FORBIDDEN_METHODS.has(String(incoming.method).toUpperCase())) return jsonAnswer({ message: `method ${incoming.method} is not allowed` }, 405);
    const withId: Array<[string, string]> = [...headers, [EXCHANGE_ID_HEADER, id]];
    try {
      if (routes) return (await answerByRoute(routes, routeRequest(String(incoming.method), target.href, withId), bytes)) ?? notFound();
      let request: Request;
      try {
        // For MSW's getResponse the body goes in the request (undici copies a typed array's
        // bytes, so the Buffer goes in as it is).
        const body = incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : (bytes as Uint8Array<ArrayBuffer>);
        request = new Request(target, { method: incoming.method, headers: withId, body });
      } catch {
        // Any other method the Fetch API refuses: the DIP serves none of them either.
        return jsonAnswer({ message: `method ${incoming.method} is not allowed` }, 405);
      }
      const response = await getResponse([...options.handlers], request);
      return response ? await answerOfResponse(response) : notFound();
    } catch (error) {
      // A fault of the suite, not of the participant: answer 500 and say so in the journal.
      return jsonAnswer({ message: `suite error: ${(error as Error).message}` }, 500);
    }
  };

  /**
   * Who the client proved to be at the TLS handshake, for the evidence. Read once per connection:
   * a keep-alive connection keeps its certificate, and getPeerCertificate builds a large object
   * each time (measured under `mhhs-qualify load`: 0.3 ms of every MPAN's chain).
   */
  const certificateBySocket = new WeakMap<object, string | undefined>();
  const clientCertificateOf = (incoming: IncomingMessage): string | undefined => {
    const socket = incoming.socket as TLSSocket;
    if (typeof socket.getPeerCertificate !== 'function') return undefined;
    if (certificateBySocket.has(socket)) return certificateBySocket.get(socket);
    const peer = socket.getPeerCertificate();
    const described = peer?.subject ? `${peer.subject.CN ?? '?'} (serial ${peer.serialNumber}, issued by ${peer.issuer?.CN ?? '?'})` : undefined;
    certificateBySocket.set(socket, described);
    return described;
  };

  /** A body goes into the journal line; an oversized one into a file beside it, the line keeping its start. */
  const recordedBody = (id: string, body: ReceivedBody, tooLarge: boolean) => {
    if (!tooLarge) return { body: body.bytes.toString('utf8') };
    const dir = path.join(path.dirname(options.journal.file), 'oversized-bodies');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${id}.body`);
    writeFileSync(file, body.bytes);
    return {
      body: body.bytes.subarray(0, JOURNALED_PREFIX_BYTES).toString('utf8'),
      bodyFile: path.relative(path.dirname(options.journal.file), file),
      bodyBytes: body.size,
      bodySha256: body.sha256(),
      ...(body.complete ? {} : { bodyKept: `first ${KEPT_BODY_BYTES} bytes of ${body.size}; the SHA-256 covers all of them` }),
    };
  };

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    // Stamped before the body is read, the signature checked or the message judged: the
    // participant is timed by when its request arrived, not by how long the suite took over it.
    const startedAt = new Date().toISOString();
    const marketMillis = options.now();
    const id = randomUUID();
    const called = calledUrl({ scheme: options.tls ? 'https' : 'http', host: incoming.headers.host, target: incoming.url ?? '/', listenerOrigin: baseUrl, ...(options.publicUrl ? { publicOrigin: options.publicUrl } : {}) });
    const exchangeNotes: ExchangeNotes = { findings: [], arrivedAt: marketMillis, calledUrl: called, afterRecorded: [] };
    notes.set(id, exchangeNotes);
    const body = await readBody(incoming);
    const tooLarge = body.size > maxBodyBytes;
    const target = parseTarget(incoming.url, baseUrl);
    // A participant cannot choose the exchange ID its findings are filed under.
    const headers = flatHeaders(incoming);
    const response = await answer(incoming, target, headers, body.bytes, tooLarge, id);
    if (tooLarge) {
      exchangeNotes.findings.push({
        rule: DIP_CHECKS.bodySize.id,
        severity: DIP_CHECKS.bodySize.severity,
        pointer: '',
        message: `request body of ${body.size} bytes is over the DIP emulator's ${maxBodyBytes}-byte limit (provisional: the DIP's own figure is not public); the DIP answers 413`,
        requirement: DIP_CHECKS.bodySize.requirement,
      });
    }
    const responseBody = Buffer.from(response.body, 'utf8');
    const recorded = recordedBody(id, body, tooLarge);
    const mpans = exchangeNotes.mpans ?? mpansNamedIn(recorded.body);
    const scenario = exchangeNotes.scenario ?? options.scenarioOf?.(mpans);
    const exchange: Exchange = {
      id,
      direction: 'participant-to-dip',
      channel: target?.pathname ?? String(incoming.url),
      request: { method: incoming.method ?? 'GET', url: called, headers: redactHeaders(headers), ...recorded },
      response: { status: response.status, headers: redactHeaders(Object.entries(response.headers)), body: response.body },
      startedAt,
      finishedAt: new Date().toISOString(),
      marketTime: formatGbTimestamp(marketMillis),
      marketMillis,
      findings: exchangeNotes.findings,
      ...(mpans.length ? { mpans } : {}),
      ...(scenario ? { scenario } : {}),
      ...(clientCertificateOf(incoming) ? { clientCertificate: clientCertificateOf(incoming) } : {}),
    };
    notes.delete(id);
    const settle = (recorded: boolean) => {
      for (const then of exchangeNotes.afterRecorded) then(recorded);
    };
    try {
      await options.journal.append(exchange);
    } catch (error) {
      settle(false);
      throw error;
    }
    outgoing.writeHead(response.status, response.headers);
    // The exchange is recorded and answered: only now may what follows from it happen.
    outgoing.end(responseBody, () => settle(true));
  };

  /** Journals a request node:http answers without reaching the handlers (CONNECT, bad Expect, unparsable); status 0: refused before HTTP. */
  const journalRefusal = (method: string, target: string, status: number, why: string, headers: Array<[string, string]> = []): Promise<void> => {
    const marketMillis = options.now();
    const at = new Date().toISOString();
    return options.journal.append({
      id: randomUUID(),
      direction: 'participant-to-dip',
      channel: target,
      request: { method, url: target, headers: redactHeaders(headers), body: '' },
      ...(status === 0 ? { transportError: why } : { response: { status, headers: {}, body: why } }),
      startedAt: at,
      finishedAt: at,
      marketTime: formatGbTimestamp(marketMillis),
      marketMillis,
      findings: [],
    });
  };

  const listener = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    handle(incoming, outgoing).catch((error: Error) => {
      // The journal could not be written: refuse rather than answer without evidence.
      if (!outgoing.headersSent) outgoing.writeHead(503, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ message: `suite could not record the exchange: ${error.message}` }));
    });
  };
  const tls = options.tls;
  const server: Server = tls
    ? createTlsServer({ cert: tls.identity.certificatePem, key: tls.identity.privateKeyPem, ca: [...tls.clientCaPems], requestCert: true, rejectUnauthorized: true }, listener)
    : createServer(listener);
  // A client may half-close after sending (shutdown of its writing side, as raw HTTP/1.0-style
  // clients do). node:http then aborts the pending request unless half-open is allowed, and the
  // answer that waits for the journal would never leave. The flag is public but undocumented.
  (server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  if (tls) {
    server.on('tlsClientError', (error: NodeJS.ErrnoException, socket: TLSSocket) => {
      // A client refused at the handshake (no certificate, or one no trusted authority issued) sent nothing
      // the DIP would read; the attempt is still evidence.
      const from = (socket as unknown as Socket).remoteAddress ?? 'unknown address';
      void journalRefusal('(tls handshake)', '(tls)', 0, `TLS handshake refused from ${from}: ${error.code ?? ''} ${error.message}`.trim());
    });
  }
  server.on('connect', (incoming: IncomingMessage, socket: Duplex) => {
    void journalRefusal('CONNECT', String(incoming.url), 405, 'the DIP is not a proxy', flatHeaders(incoming)).finally(() =>
      socket.end('HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'),
    );
  });
  server.on('checkExpectation', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    void journalRefusal(String(incoming.method), String(incoming.url), 417, `Expect: ${String(incoming.headers.expect)} is not supported`, flatHeaders(incoming)).finally(() => outgoing.writeHead(417).end());
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Requests node:http cannot parse (oversized head, unknown method …) are answered and journaled;
    // a client that merely went away sent nothing to record.
    if (!error.code?.startsWith('HPE_') || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const reason = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
    void journalRefusal('(unparsable)', '(unparsable)', status, `${error.code}: ${error.message}`).finally(() =>
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  baseUrl = `${tls ? 'https' : 'http'}://${callableHost(server.address() as AddressInfo)}:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    notesFor: (exchangeId) => notes.get(exchangeId),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// One HTTP(S) POST with the exact bytes given, as the DIP makes its pushes: optionally presenting
// a TLS client certificate and trusting only the configured certificate authorities. The global
// fetch cannot present a client certificate on Node 20 without an extra package, so this speaks
// node:http / node:https directly. It never throws: what went wrong on the wire is an outcome
// the caller judges (refused, reset, timed out, certificate refused …).
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface TlsIdentity {
  readonly certificatePem: string;
  readonly privateKeyPem: string;
}

export interface TlsClientOptions {
  /** Presented when the server asks for a client certificate (mTLS). */
  readonly identity?: TlsIdentity;
  /** PEMs of the authorities the server's certificate must chain to. */
  readonly trustedCaPems: readonly string[];
}

/**
 * When the request went on the wire (its last byte handed to the socket, after any connection
 * and TLS handshake), as read from the request's `clock`; absent when it never got that far
 * (refused, unreachable, a handshake that failed).
 */
interface Sent {
  readonly sentAt?: number;
}

export type PostOutcome =
  | ({ readonly kind: 'answered'; readonly status: number; readonly headers: Array<[string, string]>; readonly body: Buffer } & Sent)
  | ({ readonly kind: 'transport-error'; readonly code: string; readonly message: string } & Sent);

/** Error codes of a server that could not be reached at all, as opposed to one that failed mid-exchange. */
export const UNREACHABLE_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

export const TIMEOUT_CODE = 'TIMEOUT';

/**
 * A connection pool for one caller. Keep-alive spares a TLS handshake per push; idle sockets
 * are dropped before a typical server's 5-second keep-alive ends, so a reused socket is not
 * one the server is closing.
 */
export function createPostAgent(tls?: TlsClientOptions): HttpAgent | HttpsAgent {
  const common = { keepAlive: true, maxSockets: 32, timeout: 4_000 };
  if (!tls) return new HttpAgent(common);
  return new HttpsAgent({
    ...common,
    ca: [...tls.trustedCaPems],
    ...(tls.identity ? { cert: tls.identity.certificatePem, key: tls.identity.privateKeyPem } : {}),
  });
}

function headerPairs(response: IncomingMessage): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let index = 0; index < response.rawHeaders.length; index += 2) pairs.push([response.rawHeaders[index]!.toLowerCase(), response.rawHeaders[index + 1]!]);
  return pairs;
}

export interface PostRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  readonly timeoutMs: number;
  readonly agent: HttpAgent | HttpsAgent;
  /** Read when the request has gone on the wire, for the outcome's `sentAt` (default performance.now). */
  readonly clock?: () => number;
}

export function postRequest(request: PostRequest): Promise<PostOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    let sentAt: number | undefined;
    const settle = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(sentAt === undefined ? outcome : { ...outcome, sentAt });
    };
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      settle({ kind: 'transport-error', code: 'EINVALIDURL', message: `'${request.url}' is not a URL` });
      return;
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing = send(url, {
      method: 'POST',
      agent: request.agent,
      headers: { ...request.headers, 'content-length': String(request.body.byteLength) },
    });
    // One deadline for the whole exchange, connection to last byte of the answer.
    const timer = setTimeout(() => {
      settle({ kind: 'transport-error', code: TIMEOUT_CODE, message: `no answer within ${request.timeoutMs} ms` });
      outgoing.destroy();
    }, request.timeoutMs);
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => settle({ kind: 'answered', status: response.statusCode ?? 0, headers: headerPairs(response), body: Buffer.concat(chunks) }));
      response.on('error', (error: NodeJS.ErrnoException) => settle({ kind: 'transport-error', code: error.code ?? 'ERESPONSE', message: `answer cut off: ${error.message}` }));
      response.on('aborted', () => settle({ kind: 'transport-error', code: 'ECONNRESET', message: 'answer cut off: the connection closed mid-body' }));
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => settle({ kind: 'transport-error', code: error.code ?? error.name, message: error.message }));
    // 'finish': the last byte is with the socket, so connecting, the TLS handshake and a wait for
    // a free socket are behind it. A trigger is timed from here, not from when it was built.
    const clock = request.clock ?? (() => performance.now());
    outgoing.once('finish', () => {
      sentAt ??= clock();
    });
    outgoing.end(request.body);
  });
}

// The URL a client called, rebuilt from its request as received: what a DIP message signature
// covers, since the client signs the URL it calls (DIP-REFERENCE §2.2). The listener's own
// address is no substitute: bound to 0.0.0.0, or reached through a proxy or NAT, it is not an
// address anyone called. Host and port come from the Host header as sent, path and query from
// the request line as sent, both verbatim: a URL parsed and written out again can differ from
// what was signed (percent-encoding, a default port, the host's case).

export interface ReceivedRequest {
  /** The listener's scheme: https when it serves TLS. */
  readonly scheme: 'http' | 'https';
  /** The Host header as sent, if there was one. */
  readonly host: string | undefined;
  /** The request target as in the request line (node:http's `IncomingMessage.url`). */
  readonly target: string;
  /** Where the listener listens (scheme://address:port), for a request without a Host header. */
  readonly listenerOrigin: string;
  /**
   * scheme://host[:port] clients call this listener at when a proxy or NAT stands between them
   * (the profile's emulator.publicUrl): it replaces the scheme and the Host header.
   */
  readonly publicOrigin?: string;
}

/** scheme://authority of an absolute URL as written; what follows it is the path and query. */
const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** The path and query of a URL exactly as written: everything after scheme://authority. */
export function pathAndQueryOf(url: string): string {
  const origin = ORIGIN.exec(url);
  return origin ? url.slice(origin[0].length) : url;
}

/**
 * The authority of a URL as written, without any user name: the Host header a client sends to
 * call that URL unchanged (Node's own would drop a default port and lower-case the host).
 */
export function authorityOf(url: string): string | undefined {
  const origin = ORIGIN.exec(url);
  return origin ? origin[0].replace(/^[^:]*:\/\//, '').replace(/^.*@/, '') : undefined;
}

export function calledUrl(request: ReceivedRequest): string {
  // A request to a proxy names the whole URL in its request line (absolute form), and the
  // authority there wins over the Host header (RFC 9112 §3.2.2).
  const pathAndQuery = pathAndQueryOf(request.target);
  if (request.publicOrigin) return request.publicOrigin + pathAndQuery;
  const authority = authorityOf(request.target) ?? request.host;
  // An HTTP/1.0 client may send no Host header: the listener's own address is all there is to go on.
  if (!authority) return request.listenerOrigin + pathAndQuery;
  return `${request.scheme}://${authority}${pathAndQuery}`;
}

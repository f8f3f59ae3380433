// Who answers at a URL's port, when the run's TLS handshake with it failed: `doctor` uses it to
// tell "another program holds this port" apart from a certificate problem of the participant's
// own server. It connects once more without judging the server's certificate, reads what the
// server presents and hangs up before any HTTP request; only when the server does not speak TLS
// at all does it POST the same empty body as the reachability probe over plain HTTP, to name
// what answers.
import { X509Certificate } from 'node:crypto';
import type { Agent as HttpAgent } from 'node:http';
import { connect, type DetailedPeerCertificate } from 'node:tls';
import { postRequest, type TlsClientOptions } from '../transport/post-request.ts';

/** How the presented certificate relates to the participant's CA file. */
export type IssuedBy =
  /** A certificate of the chain the server presents was signed by a CA of the file. */
  | 'participant-ca'
  /** It names a CA of the file as issuer, but that CA's key did not sign it: another PKI of the same name. */
  | 'same-name'
  /** Neither: a certificate of another authority altogether. */
  | 'another-ca';

export type ServerSeen =
  | { readonly kind: 'not-tls'; readonly plainHttpStatus?: number }
  | { readonly kind: 'tls'; readonly certificate: X509Certificate; readonly issuedBy: IssuedBy; readonly caNames: readonly string[] }
  | { readonly kind: 'unknown'; readonly why: string };

/**
 * OpenSSL's words for a peer that answered the ClientHello with something other than TLS: an
 * HTTP server sends back "HTTP/1.1 400", which OpenSSL reads as a record of a wrong version.
 */
const NOT_TLS = /wrong version number|packet length too long|unknown protocol|record layer failure|http request|ERR_SSL_WRONG_VERSION_NUMBER/i;

/** True when a TLS error says the server does not speak TLS at all. */
export const saysNotTls = (code: string, message: string): boolean => NOT_TLS.test(code) || (code === 'EPROTO' && NOT_TLS.test(message));

export const commonName = (distinguishedName: string): string => /CN=([^\n]+)/.exec(distinguishedName)?.[1] ?? distinguishedName.replace(/\n/g, ', ');

/** The certificates of the participant's CA file (a bundle may hold several). */
export function certificatesOf(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.flatMap((block) => {
    try {
      return [new X509Certificate(block)];
    } catch {
      return [];
    }
  });
}

export function issuedBy(presented: readonly X509Certificate[], cas: readonly X509Certificate[]): IssuedBy {
  const signs = (ca: X509Certificate, certificate: X509Certificate) => certificate.issuer === ca.subject && certificate.verify(ca.publicKey);
  if (presented.some((certificate) => cas.some((ca) => ca.fingerprint256 === certificate.fingerprint256 || signs(ca, certificate)))) return 'participant-ca';
  if (presented.some((certificate) => cas.some((ca) => certificate.issuer === ca.subject))) return 'same-name';
  return 'another-ca';
}

/**
 * The leaf and the issuers above it, as far as each one really signed the one below: Node
 * fills in an issuer by name from the certificates it knows when the server sent none, and a
 * certificate of another PKI with the same issuer name must not pass for one the CA issued.
 */
function presentedChain(peer: DetailedPeerCertificate): X509Certificate[] {
  const chain = [new X509Certificate(peer.raw)];
  const seen = new Set([peer.fingerprint256]);
  for (let at = peer.issuerCertificate; at?.raw && !seen.has(at.fingerprint256); at = at.issuerCertificate) {
    const issuer = new X509Certificate(at.raw);
    const below = chain.at(-1)!;
    if (below.issuer !== issuer.subject || !below.verify(issuer.publicKey)) break;
    seen.add(at.fingerprint256);
    chain.push(issuer);
  }
  return chain;
}

/** One TLS handshake that accepts any server certificate, to read it; no HTTP request is sent. */
function handshake(url: URL, tls: TlsClientOptions, timeoutMs: number): Promise<{ peer?: DetailedPeerCertificate; code?: string; message?: string }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const isIp = /^[\d.]+$/.test(host) || host.includes(':');
  return new Promise((resolve) => {
    const socket = connect({
      host,
      port: Number(url.port || 443),
      ...(isIp ? {} : { servername: host }),
      rejectUnauthorized: false,
      ...(tls.identity ? { cert: tls.identity.certificatePem, key: tls.identity.privateKeyPem } : {}),
    });
    const done = (outcome: { peer?: DetailedPeerCertificate; code?: string; message?: string }) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => done({ code: 'TIMEOUT', message: `no TLS handshake within ${timeoutMs} ms` }), timeoutMs);
    socket.once('secureConnect', () => done({ peer: socket.getPeerCertificate(true) }));
    socket.once('error', (error: NodeJS.ErrnoException) => done({ code: error.code ?? error.name, message: error.message }));
  });
}

/**
 * What answers at `url` (an https URL whose probe failed with `code` and `message`), given the
 * participant's CA file as PEM. Never throws: what it cannot tell is `unknown`, with why.
 */
export async function seeServer(url: string, failure: { code: string; message: string }, tls: TlsClientOptions, timeoutMs: number, plainAgent: HttpAgent): Promise<ServerSeen> {
  const target = new URL(url);
  if (saysNotTls(failure.code, failure.message)) {
    const plain = new URL(url);
    plain.protocol = 'http:';
    const answer = await postRequest({ url: plain.href, headers: { 'content-type': 'application/json' }, body: new Uint8Array(), timeoutMs, agent: plainAgent });
    return answer.kind === 'answered' ? { kind: 'not-tls', plainHttpStatus: answer.status } : { kind: 'not-tls' };
  }
  const { peer, code, message } = await handshake(target, tls, timeoutMs);
  if (!peer?.raw) {
    if (code && message && saysNotTls(code, message)) return { kind: 'not-tls' };
    return { kind: 'unknown', why: code ? `${code}: ${message}` : 'the server presented no certificate' };
  }
  const cas = tls.trustedCaPems.flatMap(certificatesOf);
  const chain = presentedChain(peer);
  return { kind: 'tls', certificate: chain[0]!, issuedBy: issuedBy(chain, cas), caNames: cas.map((ca) => commonName(ca.subject)) };
}

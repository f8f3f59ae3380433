// Network checks of `mhhs-qualify doctor`: the webhook and the HTTP test hooks answer over the
// transport the run will use (mutual TLS with the suite's DIP client certificate, trusting only
// the participant's CA), and the webhook's clock agrees with this one. Each probe is one POST of
// an empty body, the way the DIP's pushes travel: any HTTP answer, even 400 or 401, shows the
// endpoint is reachable, except 404, 405 and 501, by which a server says it has no such
// endpoint; an empty body names no MPAN, so no hook can act on it. When the handshake fails,
// what the server presented tells another program on the port from a certificate problem.
import type { X509Certificate } from 'node:crypto';
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { postRequest, type PostOutcome, TIMEOUT_CODE, UNREACHABLE_CODES } from '../transport/post-request.ts';
import { type CheckResult, fail, ok, warn } from './doctor-checks.ts';
import { commonName, saysNotTls, type ServerSeen } from './server-identity.ts';

export const SKEW_WARN_SECONDS = 60;
/** The DIP refuses a message signature dated further than this from its own clock. */
export const SKEW_FAIL_SECONDS = 300;

export interface Probe {
  readonly url: string;
  readonly outcome: PostOutcome;
  readonly sentAt: number;
  readonly answeredAt: number;
}

export async function probe(url: string, agent: HttpAgent | HttpsAgent, timeoutMs: number): Promise<Probe> {
  const sentAt = Date.now();
  const outcome = await postRequest({ url, headers: { 'content-type': 'application/json' }, body: new Uint8Array(), timeoutMs, agent });
  return { url, outcome, sentAt, answeredAt: Date.now() };
}

/** What the probe needs to know to say which file or setting is at fault. */
export interface TransportContext {
  readonly security: 'mtls' | 'plain';
  readonly participantCa?: string | undefined;
  readonly suiteCa?: string | undefined;
  /** The profile setting holding the URL, e.g. participant.webhookUrl. */
  readonly setting: string;
}

const UNTRUSTED = /^(UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_SIGNATURE_FAILURE|CERT_UNTRUSTED)$/;
const CERTIFICATE = /^(CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|ERR_TLS_CERT_ALTNAME_INVALID)$/;
const HANDSHAKE_CLOSED = (code: string) => code === 'ECONNRESET' || code === 'EPIPE' || code === 'EPROTO' || /ALERT/.test(code);

/** Codes after which it is worth looking at who answers: the connection was made, the TLS handshake went wrong. */
export const needsALook = (code: string): boolean => UNTRUSTED.test(code) || CERTIFICATE.test(code) || HANDSHAKE_CLOSED(code) || /^ERR_SSL_/.test(code);

/** Statuses by which a server says there is no such endpoint: the host and port are right, the path or the program is not. */
const NO_SUCH_ENDPOINT: Readonly<Record<number, string>> = { 404: 'Not Found', 405: 'Method Not Allowed', 501: 'Not Implemented' };

const day = (time: string): string => new Date(Date.parse(time)).toISOString().slice(0, 10);
const hostNames = (certificate: X509Certificate): string => certificate.subjectAltName?.replace(/DNS:|IP Address:/g, '') ?? 'no subjectAltName';

/** OpenSSL's reason ("wrong version number") out of its long error line; the message itself when it has none. */
const opensslReason = (message: string): string => /SSL routines:[^:]*:([^:]+):/.exec(message)?.[1] ?? message.trim();

function where(url: string): { host: string; port: string } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: parsed.port || (parsed.protocol === 'https:' ? '443' : '80') };
}

/** What to do when something other than the participant's server may hold the port. */
const lookAtPort = (host: string, port: string, setting: string): string =>
  `see what listens on port ${port} of ${host} (on that machine: ss -ltnp 'sport = :${port}', or lsof -nP -iTCP:${port} -sTCP:LISTEN) and correct the port in ${setting}`;

/** The server presented a certificate no CA of the profile issued: most likely not the participant's server at all. */
function anotherProgram(code: string, url: string, seen: Extract<ServerSeen, { kind: 'tls' }>, context: TransportContext): { detail: string; fix: string } {
  const { host, port } = where(url);
  const { certificate } = seen;
  const issuer = commonName(certificate.issuer);
  return {
    detail:
      `${HANDSHAKE_CLOSED(code) ? 'the TLS handshake failed' : `its TLS server certificate does not chain to the participant CA ${context.participantCa ?? ''}`} (${code}): ${host}:${port} presents '${commonName(certificate.subject)}', ` +
      `issued by '${issuer}', not by ${seen.caNames.map((name) => `'${name}'`).join(' or ') || 'the participant CA'}, so most likely another program answers on port ${port}, not your server`,
    fix: `${lookAtPort(host, port, context.setting)}; if it is your server, have it serve a certificate issued by your CA, or point transport.participantCa at the CA that issued it ('${issuer}')`,
  };
}

/** A certificate problem of the TLS handshake, said with what the server presented when it is known. */
function certificateProblem(code: string, url: string, context: TransportContext, seen: ServerSeen | undefined): { detail: string; fix: string } {
  const { host } = where(url);
  if (seen?.kind === 'tls' && seen.issuedBy === 'another-ca') return anotherProgram(code, url, seen, context);
  const certificate = seen?.kind === 'tls' ? seen.certificate : undefined;
  const named = certificate ? ` '${commonName(certificate.subject)}'` : '';
  const ours = seen?.kind === 'tls' && seen.issuedBy === 'participant-ca' ? ', issued by the participant CA,' : '';
  if (code === 'CERT_HAS_EXPIRED') {
    return { detail: `its TLS server certificate${named}${ours} has expired (${code})${certificate ? `: it ended on ${day(certificate.validTo)}` : ''}`, fix: `renew the server certificate of ${host}` };
  }
  if (code === 'CERT_NOT_YET_VALID') {
    return { detail: `its TLS server certificate${named}${ours} is not valid yet (${code})${certificate ? `: it starts on ${day(certificate.validFrom)}` : ''}`, fix: `check the clocks, or reissue the server certificate of ${host}` };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return {
      detail: `its TLS server certificate${named}${ours} does not name ${host} (${code})${certificate ? `: it names ${hostNames(certificate)}` : ''}`,
      fix: `serve a certificate whose subjectAltName includes ${host}, or use a host name it names in ${context.setting}`,
    };
  }
  if (seen?.kind === 'tls' && seen.issuedBy === 'same-name') {
    return {
      detail: `its TLS server certificate does not chain to the participant CA ${context.participantCa ?? ''} (${code}): '${commonName(seen.certificate.subject)}' names '${commonName(seen.certificate.issuer)}' as its issuer, but the CA of that name in the file did not sign it: the file and the server's certificate are of different PKIs (one made afresh?)`,
      fix: `point transport.participantCa at the CA that issued the server certificate of ${host} now, or serve a certificate issued by the CA in that file`,
    };
  }
  return {
    detail: `its TLS server certificate does not chain to the participant CA ${context.participantCa ?? ''} (${code})`,
    fix: `serve a certificate issued by that CA (with any intermediate certificates), or point transport.participantCa at the CA that issued the server certificate of ${host}`,
  };
}

/** A transport error as a sentence naming the certificate, setting or program at fault, and what to do. */
function explain(code: string, message: string, url: string, context: TransportContext, seen: ServerSeen | undefined): { detail: string; fix: string } {
  const host = URL.canParse(url) ? new URL(url).hostname : url;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { detail: `host ${host} of ${url} is not found (${code})`, fix: `correct the host name in ${context.setting}, or this machine's DNS` };
  if (UNREACHABLE_CODES.has(code)) return { detail: `nothing answers at ${url} (${code})`, fix: `start it, or correct ${context.setting} (host and port) and any firewall between this machine and it` };
  if (code === TIMEOUT_CODE) return { detail: `${url} gave no answer in time (${message})`, fix: `check ${context.setting} and any firewall or proxy that swallows the connection` };
  if (code === 'EINVALIDURL') return { detail: message, fix: `correct ${context.setting}` };
  if (seen?.kind === 'not-tls' || saysNotTls(code, message)) {
    const { port } = where(url);
    const plain = seen?.kind === 'not-tls' && seen.plainHttpStatus !== undefined ? `; over plain HTTP it answers HTTP ${seen.plainHttpStatus}` : '';
    return {
      detail: `${host}:${port} answers, but not with TLS (${code}: ${opensslReason(message)})${plain}: most likely another program listens on port ${port}, not your server, or your server speaks plain HTTP there`,
      fix: `${lookAtPort(host, port, context.setting)}; if it is your server, have it serve HTTPS with mutual TLS there (for a first try over plain HTTP: transport.security: plain and an http:// URL)`,
    };
  }
  if (UNTRUSTED.test(code) || CERTIFICATE.test(code)) return certificateProblem(code, url, context, seen);
  if (HANDSHAKE_CLOSED(code)) {
    if (seen?.kind === 'tls' && seen.issuedBy === 'another-ca') return anotherProgram(code, url, seen, context);
    return {
      detail: `the connection was closed during the TLS handshake (${code}: ${message}): it most likely refused the suite's client certificate`,
      fix: `have it accept client certificates issued by the suite's CA ${context.suiteCa ?? ''} (see transport.suitePki)`,
    };
  }
  return { detail: `${url}: ${code}: ${message}`, fix: `check ${context.setting} and the TLS set-up of ${host}` };
}

/** A URL the run's transport cannot speak to fails before any probe: it would fail every push. */
export function schemeMismatch(check: string, url: string, context: TransportContext): CheckResult | undefined {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return fail(check, `'${url}' is not a URL`, `correct ${context.setting}`);
  }
  if (context.security === 'mtls' && protocol !== 'https:') return fail(check, `${url} is not https:// but transport.security is mtls`, `give an https:// URL in ${context.setting}, or set transport.security: plain for a first try`);
  if (context.security === 'plain' && protocol !== 'http:') return fail(check, `${url} is https:// but transport.security is plain, so the suite speaks plain HTTP`, `set transport.security: mtls, or give an http:// URL in ${context.setting}`);
  return undefined;
}

/**
 * Any HTTP answer but "no such endpoint" shows a real endpoint: doctor's empty body earns a
 * 400, 401 or 422 from one. `seen` says who answered when the TLS handshake failed.
 */
export function judgeReachable(check: string, result: Probe, context: TransportContext, seen?: ServerSeen): CheckResult {
  const { outcome } = result;
  const over = context.security === 'mtls' ? 'over mutual TLS' : 'over plain HTTP';
  if (outcome.kind === 'answered') {
    const none = NO_SUCH_ENDPOINT[outcome.status];
    if (none) {
      const { pathname } = new URL(result.url);
      return fail(
        check,
        `${result.url} answered HTTP ${outcome.status} ${none} ${over}: a server answers there, but the path is wrong (it has no endpoint ${pathname} taking a POST)`,
        `correct the path in ${context.setting} to the one your server serves`,
      );
    }
    return ok(check, `${result.url} answered HTTP ${outcome.status} ${over} in ${result.answeredAt - result.sentAt} ms`);
  }
  const { detail, fix } = explain(outcome.code, outcome.message, result.url, context, seen);
  return fail(check, detail, fix);
}

/** Compares the webhook's HTTP Date header with this machine's clock at the middle of the exchange. */
export function checkClockSkew(result: Probe): CheckResult | undefined {
  if (result.outcome.kind !== 'answered') return undefined;
  const check = 'webhook clock';
  const fix = `synchronise the clocks of the webhook's machine and this one (NTP): the DIP refuses message signatures dated more than ${SKEW_FAIL_SECONDS / 60} minutes off`;
  const date = result.outcome.headers.find(([name]) => name === 'date')?.[1];
  const theirs = date === undefined ? Number.NaN : Date.parse(date);
  if (Number.isNaN(theirs)) return warn(check, date === undefined ? 'the webhook sent no Date header, so its clock could not be compared' : `the webhook's Date header '${date}' is not an HTTP date`, fix);
  // The Date header has whole seconds: half a second of the difference can be its rounding.
  const skewSeconds = Math.round((theirs + 500 - (result.sentAt + result.answeredAt) / 2) / 1000);
  const how = `${Math.abs(skewSeconds)} s ${skewSeconds >= 0 ? 'ahead of' : 'behind'} this machine`;
  if (Math.abs(skewSeconds) > SKEW_FAIL_SECONDS) return fail(check, `the webhook's clock is ${how} (Date: ${date})`, fix);
  if (Math.abs(skewSeconds) > SKEW_WARN_SECONDS) return warn(check, `the webhook's clock is ${how} (Date: ${date})`, fix);
  return ok(check, `${how}, within ${SKEW_WARN_SECONDS} s (Date: ${date})`);
}

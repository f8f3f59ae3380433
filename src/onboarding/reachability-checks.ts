// Network checks of `mhhs-qualify doctor`: the webhook and the HTTP test hooks answer over the
// transport the run will use (mutual TLS with the suite's DIP client certificate, trusting only
// the participant's CA), and the webhook's clock agrees with this one. Each probe is one POST of
// an empty body, the way the DIP's pushes travel: any HTTP answer, even 400 or 401, shows the
// endpoint is reachable; an empty body names no MPAN, so no hook can act on it.
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { postRequest, type PostOutcome, TIMEOUT_CODE, UNREACHABLE_CODES } from '../transport/post-request.ts';
import { type CheckResult, fail, ok, warn } from './doctor-checks.ts';

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

/** A transport error as a sentence naming the certificate or setting at fault, and what to do. */
function explain(code: string, message: string, url: string, context: TransportContext): { detail: string; fix: string } {
  const host = URL.canParse(url) ? new URL(url).hostname : url;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { detail: `host ${host} of ${url} is not found (${code})`, fix: `correct the host name in ${context.setting}, or this machine's DNS` };
  if (UNREACHABLE_CODES.has(code)) return { detail: `nothing answers at ${url} (${code})`, fix: `start it, or correct ${context.setting} (host and port) and any firewall between this machine and it` };
  if (code === TIMEOUT_CODE) return { detail: `${url} gave no answer in time (${message})`, fix: `check ${context.setting} and any firewall or proxy that swallows the connection` };
  if (UNTRUSTED.test(code)) {
    return {
      detail: `its TLS server certificate does not chain to the participant CA ${context.participantCa ?? ''} (${code})`,
      fix: `serve a certificate issued by that CA, or point transport.participantCa at the CA that issued the server certificate of ${host}`,
    };
  }
  if (code === 'CERT_HAS_EXPIRED') return { detail: `its TLS server certificate has expired (${code})`, fix: `renew the server certificate of ${host}` };
  if (code === 'CERT_NOT_YET_VALID') return { detail: `its TLS server certificate is not valid yet (${code})`, fix: `check the clocks, or reissue the server certificate of ${host}` };
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return { detail: `its TLS server certificate does not name ${host} (${code})`, fix: `serve a certificate whose subjectAltName includes ${host}, or use a host name it names in ${context.setting}` };
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'EPROTO' || /ALERT/.test(code)) {
    return {
      detail: `the connection was closed during the TLS handshake (${code}: ${message}): it most likely refused the suite's client certificate`,
      fix: `have it accept client certificates issued by the suite's CA ${context.suiteCa ?? ''} (see transport.suitePki)`,
    };
  }
  if (code === 'EINVALIDURL') return { detail: message, fix: `correct ${context.setting}` };
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

export function judgeReachable(check: string, result: Probe, context: TransportContext): CheckResult {
  const { outcome } = result;
  const over = context.security === 'mtls' ? 'over mutual TLS' : 'over plain HTTP';
  if (outcome.kind === 'answered') return ok(check, `${result.url} answered HTTP ${outcome.status} ${over} in ${result.answeredAt - result.sentAt} ms`);
  const { detail, fix } = explain(outcome.code, outcome.message, result.url, context);
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

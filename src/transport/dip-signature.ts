// DIP message signatures (DIP-REFERENCE §2.2): X-DIP-Content-Hash (base64 SHA-256 of the raw
// body), X-DIP-Signature-Date, X-DIP-Signature (RSA PKCS#1 v1.5 with SHA-256 over a canonical
// string) and X-DIP-Signature-Certificate (base64 of the signing certificate's PEM).
//
// Elexon's signing guidance is not public. The canonical string is reconstructed from public
// code (sureserve mhhs-simulator, Postman pre-request script and Go client, commit 12d8017):
// `METHOD;lower-cased full URL;date;content hash`, the URL being the one the client called. It
// is therefore a named, selectable profile, and a run reports which one it used. A verifier
// rebuilds that URL from the request as received (called-url.ts), never from its own address.
import { createPrivateKey, type KeyObject, sign, X509Certificate } from 'node:crypto';
import { SIGNATURE_CHECKS } from '../findings/check-registry.ts';
import { type Finding, findingOf, type RuleIdentity } from '../rules/rule.ts';
import { pathAndQueryOf } from './called-url.ts';
import { hashMistake } from './hash-mistakes.ts';
import { contentHash, doSignatureWork, type SignatureWork, type SignatureWorkResult } from './signature-work.mjs';

export const SIGNATURE_HEADERS = {
  contentHash: 'x-dip-content-hash',
  date: 'x-dip-signature-date',
  signature: 'x-dip-signature',
  certificate: 'x-dip-signature-certificate',
} as const;

export interface CanonicalisationProfile {
  readonly name: string;
  readonly evidence: string;
  /**
   * `url`: the URL called, scheme://host[:port] as in the Host header, then the path and query
   * exactly as sent (called-url.ts); a signer passes the URL it calls.
   */
  stringToSign(method: string, url: string, date: string, contentHash: string): string;
}

export const SIGNING_PROFILES: Readonly<Record<string, CanonicalisationProfile>> = {
  'full-url-lowercase': {
    name: 'full-url-lowercase',
    evidence:
      'sureserve-energy-services/mhhs-simulator @12d8017 (2025-06-27): the Postman pre-request script and the Go request service sign the whole URL they call, lower-cased; the DIP rebuilds it from the request as received (scheme, Host header, path and query as sent; emulator.publicUrl in place of scheme and host when set)',
    stringToSign: (method, url, date, hash) => `${method.toUpperCase()};${url.toLowerCase()};${date};${hash}`,
  },
  'path-only': {
    name: 'path-only',
    evidence:
      'the path and query exactly as sent, not lower-cased: earlier revisions of the same public code (Go request service, February 2025, e.g. 5bbd853) signed the request destination as written, without lower-casing, and with no base URL given that destination is the path alone',
    stringToSign: (method, url, date, hash) => `${method.toUpperCase()};${pathAndQueryOf(url)};${date};${hash}`,
  },
};

export const DEFAULT_SIGNING_PROFILE = 'full-url-lowercase';

export function signingProfile(name: string = DEFAULT_SIGNING_PROFILE): CanonicalisationProfile {
  const profile = SIGNING_PROFILES[name];
  if (!profile) throw new Error(`no signing profile '${name}'; choose one of ${Object.keys(SIGNING_PROFILES).join(', ')}`);
  return profile;
}

export { contentHash };

/**
 * Parsed keys and certificates by their PEM text. Parsing costs more than the RSA operation
 * itself (about 0.6 ms for a key), and a run signs and checks every request with the same
 * few: measured under `mhhs-qualify load`, parsing was more than half of the emulator's signing
 * and checking time. Bounded, so a process that meets many throw-away PKIs (the tests) stays small.
 */
const PARSED_LIMIT = 64;
const parsedKeys = new Map<string, KeyObject>();
const parsedCertificates = new Map<string, X509Certificate>();

function parsedOnce<T>(cache: Map<string, T>, pem: string, parse: (pem: string) => T): T {
  let parsed = cache.get(pem);
  if (parsed === undefined) {
    parsed = parse(pem);
    if (cache.size >= PARSED_LIMIT) cache.clear();
    cache.set(pem, parsed);
  }
  return parsed;
}

const privateKeyOf = (pem: string): KeyObject => parsedOnce(parsedKeys, pem, createPrivateKey);
const certificateOf = (pem: string): X509Certificate => parsedOnce(parsedCertificates, pem, (text) => new X509Certificate(text));
/** Signing certificates by the header that carries them (base64 of the PEM), which a participant repeats on every request. */
const certificatesByHeader = new Map<string, X509Certificate>();
const certificateOfHeader = (header: string): X509Certificate =>
  parsedOnce(certificatesByHeader, header, (text) => certificateOf(Buffer.from(text, 'base64').toString('utf8')));

export interface SignRequest {
  readonly method: string;
  /** The URL the request is sent to, as written: the Host header and request line must carry it unchanged. */
  readonly url: string;
  readonly body: Uint8Array;
  readonly privateKeyPem: string;
  readonly certificatePem: string;
  readonly date: Date;
  readonly profile?: string;
}

export function signRequest(request: SignRequest): Record<string, string> {
  const hash = contentHash(request.body);
  const date = request.date.toISOString();
  const toSign = signingProfile(request.profile).stringToSign(request.method, request.url, date, hash);
  const signature = sign('sha256', Buffer.from(toSign, 'utf8'), privateKeyOf(request.privateKeyPem)).toString('base64');
  return {
    [SIGNATURE_HEADERS.contentHash]: hash,
    [SIGNATURE_HEADERS.date]: date,
    [SIGNATURE_HEADERS.signature]: signature,
    [SIGNATURE_HEADERS.certificate]: Buffer.from(request.certificatePem, 'utf8').toString('base64'),
  };
}

export interface VerifyRequest {
  readonly method: string;
  /** The URL the client called, rebuilt from the request as received (calledUrl). */
  readonly url: string;
  readonly body: Uint8Array;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** PEMs of the certificate authorities whose signing certificates are trusted. */
  readonly trustedCaPems: readonly string[];
  readonly now: number;
  /** How far the signature date may be from now (default 5 minutes). */
  readonly maxSkewMs?: number;
  readonly profile?: string;
}

const finding = (check: RuleIdentity, message: string): Finding => findingOf(check, '', message);

/**
 * Issuer checks already passed. A participant signs every request with the same certificate;
 * checking its issuer's signature again each time doubled the RSA work of every verification.
 * Failures are not remembered: they are rare and each one is reported.
 */
const verifiedIssuers = new WeakMap<X509Certificate, WeakSet<X509Certificate>>();
/** A certificate's public key, made once: the X509Certificate getter builds a new KeyObject each time. */
const publicKeys = new WeakMap<X509Certificate, KeyObject>();
const publicKeyOf = (certificate: X509Certificate): KeyObject => {
  let key = publicKeys.get(certificate);
  if (!key) publicKeys.set(certificate, (key = certificate.publicKey));
  return key;
};

function isIssuedBy(certificate: X509Certificate, ca: X509Certificate): boolean {
  if (verifiedIssuers.get(certificate)?.has(ca)) return true;
  if (!certificate.checkIssued(ca) || !certificate.verify(publicKeyOf(ca))) return false;
  if (!verifiedIssuers.has(certificate)) verifiedIssuers.set(certificate, new WeakSet());
  verifiedIssuers.get(certificate)!.add(ca);
  return true;
}

/** A certificate's validity period in epoch millis, read once: each getter call goes to OpenSSL for a new string. */
const validityPeriods = new WeakMap<X509Certificate, { readonly from: number; readonly to: number }>();
function validityOf(certificate: X509Certificate): { readonly from: number; readonly to: number } {
  let period = validityPeriods.get(certificate);
  if (!period) validityPeriods.set(certificate, (period = { from: Date.parse(certificate.validFrom), to: Date.parse(certificate.validTo) }));
  return period;
}

function untrusted(certificate: X509Certificate, cas: readonly X509Certificate[], now: number): string | undefined {
  const validity = validityOf(certificate);
  if (validity.from > now || validity.to < now) {
    return `signing certificate ${certificate.subject.replace(/\n/g, ', ')} is not valid now (${certificate.validFrom} – ${certificate.validTo})`;
  }
  const issuer = cas.find((ca) => isIssuedBy(certificate, ca));
  return issuer ? undefined : `signing certificate ${certificate.subject.replace(/\n/g, ', ')} is not issued by a trusted certificate authority`;
}

/**
 * A request's signature checks split around their CPU work (hashing the body, the RSA check),
 * so that work can run on another thread (signature-verifier.ts): `work` is what to compute,
 * `conclude` turns its result into the findings. A request missing signature headers has no work.
 */
export type PreparedVerification =
  | { readonly findings: Finding[]; readonly work?: undefined }
  | { readonly work: SignatureWork; conclude(result: SignatureWorkResult): Finding[] };

export function prepareVerification(request: VerifyRequest): PreparedVerification {
  const header = (name: string) => request.headers[name];
  const missing = Object.values(SIGNATURE_HEADERS).filter((name) => !header(name));
  if (missing.length) return { findings: [finding(SIGNATURE_CHECKS.signatureHeaders, `missing ${missing.join(', ')}; every DIP request is signed`)] };
  const claimedHash = header(SIGNATURE_HEADERS.contentHash)!;
  // Findings come out in the order the checks read: content hash, date, certificate, signature.
  const dateAndCertificate: Finding[] = [];
  const date = header(SIGNATURE_HEADERS.date)!;
  const signedAt = Date.parse(date);
  const skew = request.maxSkewMs ?? 5 * 60_000;
  if (Number.isNaN(signedAt)) dateAndCertificate.push(finding(SIGNATURE_CHECKS.signatureDate, `X-DIP-Signature-Date '${date}' is not an ISO 8601 time`));
  else if (Math.abs(request.now - signedAt) > skew) dateAndCertificate.push(finding(SIGNATURE_CHECKS.signatureDate, `X-DIP-Signature-Date ${date} is more than ${Math.round(skew / 1000)} s from now (${new Date(request.now).toISOString()})`));
  const hashFindings = (result: SignatureWorkResult): Finding[] =>
    claimedHash === result.contentHash
      ? []
      : [finding(SIGNATURE_CHECKS.signatureContentHash, `X-DIP-Content-Hash ${claimedHash} is not the SHA-256 of the body as received (${result.contentHash})${hashMistake(claimedHash, request.body)}`)];
  const certificateHeader = header(SIGNATURE_HEADERS.certificate)!;
  let certificate: X509Certificate;
  try {
    certificate = certificateOfHeader(certificateHeader);
  } catch {
    const unreadable = finding(SIGNATURE_CHECKS.signatureCertificate, 'X-DIP-Signature-Certificate is not base64 of a PEM certificate');
    return { work: { body: request.body }, conclude: (result) => [...hashFindings(result), ...dateAndCertificate, unreadable] };
  }
  const trust = untrusted(certificate, request.trustedCaPems.map(certificateOf), request.now);
  if (trust) dateAndCertificate.push(finding(SIGNATURE_CHECKS.signatureCertificate, trust));
  const profile = signingProfile(request.profile);
  const toSign = profile.stringToSign(request.method, request.url, date, claimedHash);
  return {
    work: { body: request.body, rsa: { toSign, signature: header(SIGNATURE_HEADERS.signature)!, certificateHeader } },
    conclude: (result) => [
      ...hashFindings(result),
      ...dateAndCertificate,
      ...(result.valid ? [] : [finding(SIGNATURE_CHECKS.signatureValue, `X-DIP-Signature does not verify with the certificate's key over '${toSign}' (profile ${profile.name})`)]),
    ],
  };
}

/** Every finding about a request's signature, worked out on this thread. */
export function verifyRequest(request: VerifyRequest): Finding[] {
  const prepared = prepareVerification(request);
  return prepared.work ? prepared.conclude(doSignatureWork(prepared.work)) : prepared.findings;
}

// DIP message signatures as a participant implements them (DIP-REFERENCE §2.2), written apart
// from the suite's own verifier on purpose: two implementations that agree are evidence the
// reading of the description is right. Sign what we send; check what the DIP pushes.
//   X-DIP-Content-Hash          base64 SHA-256 of the raw body bytes
//   X-DIP-Signature-Date        ISO 8601 UTC, toISOString form
//   X-DIP-Signature             base64 RSA PKCS#1 v1.5 / SHA-256 over the canonical string
//   X-DIP-Signature-Certificate base64 of the signing certificate's PEM
// The canonical string is `METHOD;URL;date;hash` with the URL the sender called: lower-cased
// whole (full-url-lowercase), or its path and query exactly as written (path-only). A push is
// checked over the URL the DIP called us at: our scheme, the Host header it sent, and the path
// and query of its request line, all as received; signing.publicUrl replaces scheme and host
// when a proxy in front of us rewrites the Host header.
import { createHash, createPrivateKey, createSign, createVerify, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { SigningConfig, SigningProfileName } from './config.ts';

export interface Signer {
  /** `url`: the URL the request goes to, written as it is sent (host and port, path and query). */
  headers(method: string, url: string, body: Buffer, date?: Date): Record<string, string>;
  /**
   * Why a received request's signature is not acceptable, or undefined when it is. `url` is
   * where it arrived: signing.publicUrl, or else our listening URL, followed by the request
   * target as received. Without publicUrl its host and port are replaced by the Host header
   * the sender wrote, since the sender signed the URL it called.
   */
  problem(method: string, url: string, body: Buffer, headers: Readonly<Record<string, string | string[] | undefined>>, now: number): string | undefined;
}

/** scheme://authority as written; the path and query follow it. */
const ORIGIN = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i;

function canonical(profile: SigningProfileName, method: string, url: string, date: string, hash: string): string {
  const signedUrl = profile === 'path-only' ? url.replace(ORIGIN, '') : url.toLowerCase();
  return [method.toUpperCase(), signedUrl, date, hash].join(';');
}

/**
 * The URL the sender called: `url` with the Host header as its host and port. A request with no
 * Host header (HTTP/1.0) leaves `url` as it is, on the address we listen at.
 */
function calledAt(url: string, host: string | undefined): string {
  return host ? url.replace(ORIGIN, (_origin, scheme: string) => scheme + host) : url;
}

const sha256Base64 = (body: Buffer) => createHash('sha256').update(body).digest('base64');

function pemCertificates(text: string): X509Certificate[] {
  return (text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map((pem) => new X509Certificate(pem));
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function createSigner(config: SigningConfig): Signer {
  const certificatePem = readFileSync(config.certFile, 'utf8');
  const key = createPrivateKey(readFileSync(config.keyFile, 'utf8'));
  const trusted = pemCertificates(readFileSync(config.trustedCaFile, 'utf8'));
  if (trusted.length === 0) throw new Error(`signing.trustedCaFile ${config.trustedCaFile} holds no PEM certificate`);
  const certificateHeader = Buffer.from(certificatePem, 'utf8').toString('base64');

  return {
    headers(method, url, body, date = new Date()) {
      const hash = sha256Base64(body);
      const signedAt = date.toISOString();
      const signature = createSign('RSA-SHA256').update(canonical(config.profile, method, url, signedAt, hash), 'utf8').sign(key, 'base64');
      return { 'X-DIP-Content-Hash': hash, 'X-DIP-Signature-Date': signedAt, 'X-DIP-Signature': signature, 'X-DIP-Signature-Certificate': certificateHeader };
    },

    problem(method, url, body, headers, now) {
      const hash = single(headers['x-dip-content-hash']);
      const date = single(headers['x-dip-signature-date']);
      const signature = single(headers['x-dip-signature']);
      const certificateText = single(headers['x-dip-signature-certificate']);
      if (!hash || !date || !signature || !certificateText) return 'the request is not signed (X-DIP-Signature headers missing)';
      if (hash !== sha256Base64(body)) return 'X-DIP-Content-Hash is not the SHA-256 of the body received';
      const signedAt = Date.parse(date);
      if (Number.isNaN(signedAt) || Math.abs(now - signedAt) > config.maxSkewMillis) return `X-DIP-Signature-Date ${date} is not within ${config.maxSkewMillis / 1000} s of now`;
      let certificate: X509Certificate;
      try {
        certificate = new X509Certificate(Buffer.from(certificateText, 'base64').toString('utf8'));
      } catch {
        return 'X-DIP-Signature-Certificate is not a certificate';
      }
      if (Date.parse(certificate.validFrom) > now || Date.parse(certificate.validTo) < now) return 'the signing certificate is outside its validity';
      if (!trusted.some((ca) => certificate.checkIssued(ca) && certificate.verify(ca.publicKey))) return 'the signing certificate is not issued by an authority we trust';
      const called = config.publicUrl === undefined ? calledAt(url, single(headers.host)) : url;
      const verifier = createVerify('RSA-SHA256').update(canonical(config.profile, method, called, date, hash), 'utf8');
      let valid = false;
      try {
        valid = verifier.verify(certificate.publicKey, signature, 'base64');
      } catch {
        valid = false;
      }
      return valid ? undefined : `X-DIP-Signature does not verify over ${method.toUpperCase()} ${called} (profile ${config.profile})`;
    },
  };
}

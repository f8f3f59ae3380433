// DIP message signatures checked against an independent implementation: node-forge, as the
// public Postman signing scripts use, written from DIP-REFERENCE §2.2 alone. Forge also makes
// the test PKI (a CA, a signing certificate it issued, and one from nobody we trust).
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { contentHash, signRequest, verifyRequest } from '../src/transport/dip-signature.ts';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);

function rsaKeys() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    forgePrivate: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    forgePublic: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

function certificate(subject: string, keys: ReturnType<typeof rsaKeys>, issuer: { name: string; keys: ReturnType<typeof rsaKeys> } | 'self', ca = false): string {
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.forgePublic;
  cert.serialNumber = String(Math.floor(Math.random() * 1e9));
  cert.validity.notBefore = new Date(NOW - 86_400_000);
  cert.validity.notAfter = new Date(NOW + 365 * 86_400_000);
  cert.setSubject([{ name: 'commonName', value: subject }]);
  cert.setIssuer([{ name: 'commonName', value: issuer === 'self' ? subject : issuer.name }]);
  if (ca) cert.setExtensions([{ name: 'basicConstraints', cA: true }, { name: 'keyUsage', keyCertSign: true, digitalSignature: true }]);
  cert.sign(issuer === 'self' ? keys.forgePrivate : issuer.keys.forgePrivate, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

const caKeys = rsaKeys();
const caPem = certificate('Test DIP CA', caKeys, 'self', true);
const signerKeys = rsaKeys();
const signerPem = certificate('participant signing', signerKeys, { name: 'Test DIP CA', keys: caKeys });
const strangerKeys = rsaKeys();
const strangerPem = certificate('stranger', strangerKeys, 'self');

/** The independent signer: forge only, following DIP-REFERENCE §2.2 step by step. */
function forgeSign(method: string, url: string, body: string, date: string, keys = signerKeys, certPem = signerPem, claimedHash?: string): Record<string, string> {
  const bodyDigest = forge.md.sha256.create();
  bodyDigest.update(forge.util.encodeUtf8(body));
  const hash = claimedHash ?? forge.util.encode64(bodyDigest.digest().getBytes());
  const toSign = `${method};${url.toLowerCase()};${date};${hash}`;
  const md = forge.md.sha256.create();
  md.update(toSign, 'utf8');
  return {
    'x-dip-content-hash': hash,
    'x-dip-signature-date': date,
    'x-dip-signature': forge.util.encode64(keys.forgePrivate.sign(md)),
    'x-dip-signature-certificate': forge.util.encode64(certPem),
  };
}

const URL_ = 'https://DIP.Example:7443/dip-channel/IF-031';
const BODY = JSON.stringify([{ payload: { CommonBlock: { note: 'Llanfair — Cymraeg' } } }]);
const DATE = new Date(NOW).toISOString();

const check = (headers: Record<string, string>, body = BODY, extra: Partial<Parameters<typeof verifyRequest>[0]> = {}) =>
  verifyRequest({ method: 'POST', url: URL_, body: Buffer.from(body, 'utf8'), headers, trustedCaPems: [caPem], now: NOW, ...extra }).map((finding) => finding.rule);

describe('DIP message signatures', () => {
  it('accepts a request signed by the independent implementation', () => {
    expect(check(forgeSign('POST', URL_, BODY, DATE))).toEqual([]);
  });

  it('signs requests the independent implementation verifies, and agrees on the content hash', () => {
    const headers = signRequest({ method: 'POST', url: URL_, body: Buffer.from(BODY), privateKeyPem: signerKeys.privatePem, certificatePem: signerPem, date: new Date(NOW) });
    expect(headers['x-dip-content-hash']).toBe(forgeSign('POST', URL_, BODY, DATE)['x-dip-content-hash']);
    const md = forge.md.sha256.create();
    md.update(`POST;${URL_.toLowerCase()};${DATE};${contentHash(Buffer.from(BODY))}`, 'utf8');
    expect(signerKeys.forgePublic.verify(md.digest().bytes(), forge.util.decode64(headers['x-dip-signature']!))).toBe(true);
    expect(headers['x-dip-signature']).toBe(forgeSign('POST', URL_, BODY, DATE)['x-dip-signature']);
  });

  it('rejects a body changed by one byte after signing', () => {
    const changed = `${BODY.slice(0, 20)}X${BODY.slice(21)}`;
    expect(check(forgeSign('POST', URL_, BODY, DATE), changed)).toEqual(['SIGNATURE-CONTENT-HASH']);
  });

  it('rejects a stale signature date, a stranger’s certificate, a signature by another key, and missing headers', () => {
    expect(check(forgeSign('POST', URL_, BODY, new Date(NOW - 10 * 60_000).toISOString()))).toEqual(['SIGNATURE-DATE']);
    expect(check(forgeSign('POST', URL_, BODY, DATE, strangerKeys, strangerPem))).toEqual(['SIGNATURE-CERTIFICATE']);
    expect(check(forgeSign('POST', URL_, BODY, DATE, strangerKeys, signerPem))).toEqual(['SIGNATURE-VALUE']);
    expect(check({})).toEqual(['SIGNATURE-HEADERS']);
  });

  it('names the known faulty ways of hashing', () => {
    const headers = forgeSign('POST', URL_, '{}', DATE);
    const findings = verifyRequest({ method: 'POST', url: URL_, body: Buffer.alloc(0), headers, trustedCaPems: [caPem], now: NOW });
    expect(findings[0]!.message).toMatch(/the hash of "\{\}" was sent for an empty body/);
  });

  /** The finding's message for a body whose content hash was made by `hash` over the body's text. */
  const hashedAs = (body: string, hash: (text: string) => string) => {
    // A client hashing wrongly signs its own wrong hash: only the hash check fails.
    const headers = forgeSign('POST', URL_, body, DATE, signerKeys, signerPem, hash(body));
    const findings = verifyRequest({ method: 'POST', url: URL_, body: Buffer.from(body, 'utf8'), headers, trustedCaPems: [caPem], now: NOW });
    expect(findings.map((finding) => finding.rule)).toEqual(['SIGNATURE-CONTENT-HASH']);
    return findings[0]!.message;
  };
  /** The public Postman script's hash: node-forge's md.update over the string, no 'utf8'. */
  const forgeOverText = (text: string) => forge.util.encode64(forge.md.sha256.create().update(text).digest().getBytes());
  /** CryptoJS Latin1.parse's bytes: each UTF-16 code unit's low byte. */
  const lowBytes = (text: string) => {
    const md = forge.md.sha256.create();
    md.update(text.split('').map((unit) => String.fromCharCode(unit.charCodeAt(0) & 0xff)).join(''));
    return forge.util.encode64(md.digest().getBytes());
  };
  const CAFE = JSON.stringify([{ payload: { CommonBlock: { note: "Caffi'r Café" } } }]);
  // ŵ (U+0175) sits where node-forge's 32-bit words spill its high bits into the byte before it.
  const WELSH = JSON.stringify([{ payload: { CommonBlock: { note: 'Tŵr' } } }]);

  it('names an é hashed as one byte, as both per-character hashers do', () => {
    expect(forgeOverText(CAFE)).toBe(lowBytes(CAFE));
    expect(hashedAs(CAFE, forgeOverText)).toMatch(/hashed one byte per character, not as UTF-8: 'é' \(U\+00E9\) went in as E9 instead of its UTF-8 bytes C3 A9/);
  });

  it('names a Welsh ŵ hashed by node-forge over the string, as the public Postman script does', () => {
    expect(forgeOverText(WELSH)).not.toBe(lowBytes(WELSH));
    expect(hashedAs(WELSH, forgeOverText)).toMatch(/node-forge's md.update\(text\) without 'utf8'.*'ŵ' \(U\+0175\)/);
  });

  it('names a Welsh ŵ cut to its low byte, as CryptoJS Latin1.parse does', () => {
    expect(hashedAs(WELSH, lowBytes)).toMatch(/its low byte only.*'ŵ' \(U\+0175\) went in as 75 instead of its UTF-8 bytes C5 B5/);
  });

  it('gives no hint for a hash no known mistake makes', () => {
    // The message ends with the body's own hash: nothing follows it.
    expect(hashedAs(WELSH, () => contentHash(Buffer.from('something else')))).toMatch(/as received \([^)]*\)$/);
    expect(hashedAs(CAFE, () => contentHash(Buffer.from('something else')))).toMatch(/as received \([^)]*\)$/);
  });

  it('checks under the path-only profile only when asked', () => {
    const pathOnly = signRequest({ method: 'POST', url: URL_, body: Buffer.from(BODY), privateKeyPem: signerKeys.privatePem, certificatePem: signerPem, date: new Date(NOW), profile: 'path-only' });
    expect(check(pathOnly)).toEqual(['SIGNATURE-VALUE']);
    expect(check(pathOnly, BODY, { profile: 'path-only' })).toEqual([]);
  });
});

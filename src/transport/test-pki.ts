// A throw-away test PKI for local runs (`mhhs-qualify certs init`): a certificate authority,
// the DIP emulator's TLS server and client certificates and signing certificate, and the same
// three for the participant. Real runs take the participant's own files from its profile.
// Certificates are made with node-forge; keys with Node's crypto. Nothing here is a secret
// worth keeping: the folder is git-ignored and re-made at will.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';

export interface IssuedCertificate {
  readonly name: string;
  readonly certificatePem: string;
  readonly privateKeyPem: string;
}

export interface TestPki {
  readonly ca: IssuedCertificate;
  readonly issued: readonly IssuedCertificate[];
}

export type Purpose = 'server' | 'client' | 'signing';

interface Request {
  readonly name: string;
  readonly commonName: string;
  readonly purpose: Purpose;
}

export const PKI_MEMBERS: readonly Request[] = [
  { name: 'dip-server', commonName: 'DIP emulator (TLS server)', purpose: 'server' },
  { name: 'dip-client', commonName: 'DIP emulator (TLS client for pushes)', purpose: 'client' },
  { name: 'dip-signing', commonName: 'DIP emulator (message signing)', purpose: 'signing' },
  { name: 'participant-server', commonName: 'Participant webhook (TLS server)', purpose: 'server' },
  { name: 'participant-client', commonName: 'Participant (TLS client)', purpose: 'client' },
  { name: 'participant-signing', commonName: 'Participant (message signing)', purpose: 'signing' },
];

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    forgePrivate: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    forgePublic: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

function extensionsFor(purpose: Purpose | 'ca'): object[] {
  switch (purpose) {
    case 'ca':
      return [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }];
    case 'server':
      return [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
      ];
    case 'client':
      return [{ name: 'basicConstraints', cA: false }, { name: 'keyUsage', digitalSignature: true, keyEncipherment: true }, { name: 'extKeyUsage', clientAuth: true }];
    case 'signing':
      return [{ name: 'basicConstraints', cA: false }, { name: 'keyUsage', digitalSignature: true, nonRepudiation: true }];
  }
}

function issue(commonName: string, purpose: Purpose | 'ca', days: number, issuer?: { name: string; key: forge.pki.rsa.PrivateKey }, validity?: { notBefore: Date; notAfter: Date }) {
  const keys = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.forgePublic;
  // A positive random serial, as X.509 asks.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = validity?.notBefore ?? new Date(Date.now() - 60_000);
  cert.validity.notAfter = validity?.notAfter ?? new Date(Date.now() + days * 86_400_000);
  cert.setSubject([{ name: 'commonName', value: commonName }, { name: 'organizationName', value: 'mhhs-qualify test PKI' }]);
  cert.setIssuer([{ name: 'commonName', value: issuer?.name ?? commonName }, { name: 'organizationName', value: 'mhhs-qualify test PKI' }]);
  cert.setExtensions(extensionsFor(purpose));
  cert.sign(issuer?.key ?? keys.forgePrivate, forge.md.sha256.create());
  return { certificatePem: forge.pki.certificateToPem(cert), privateKeyPem: keys.privateKeyPem, forgePrivate: keys.forgePrivate };
}

export function createTestPki(days = 30): TestPki {
  const caName = 'mhhs-qualify test CA';
  const ca = issue(caName, 'ca', days);
  const issued = PKI_MEMBERS.map((member) => {
    const made = issue(member.commonName, member.purpose, days, { name: caName, key: ca.forgePrivate });
    return { name: member.name, certificatePem: made.certificatePem, privateKeyPem: made.privateKeyPem };
  });
  return { ca: { name: 'ca', certificatePem: ca.certificatePem, privateKeyPem: ca.privateKeyPem }, issued };
}

/**
 * One certificate with the validity window given, issued by `issuer` (a CA of a test PKI) or
 * self-signed without one: tests make certificates that have expired or are about to.
 */
export function issueCertificate(request: {
  readonly name: string;
  readonly commonName: string;
  readonly purpose: Purpose | 'ca';
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly issuer?: IssuedCertificate;
}): IssuedCertificate {
  const issuer = request.issuer && {
    name: String(forge.pki.certificateFromPem(request.issuer.certificatePem).subject.getField('CN').value),
    key: forge.pki.privateKeyFromPem(request.issuer.privateKeyPem) as forge.pki.rsa.PrivateKey,
  };
  const made = issue(request.commonName, request.purpose, 0, issuer, { notBefore: request.notBefore, notAfter: request.notAfter });
  return { name: request.name, certificatePem: made.certificatePem, privateKeyPem: made.privateKeyPem };
}

/**
 * A signing certificate from a certificate authority of its own that nobody trusts: what an
 * impostor would sign with. Scenarios check the participant refuses what it signs.
 */
export function createStrangerSigningIdentity(): { certificatePem: string; privateKeyPem: string } {
  const caName = 'mhhs-qualify stranger CA (trusted by nobody)';
  const ca = issue(caName, 'ca', 2);
  const signing = issue('Impostor (message signing)', 'signing', 2, { name: caName, key: ca.forgePrivate });
  return { certificatePem: signing.certificatePem, privateKeyPem: signing.privateKeyPem };
}

/** Writes `<name>.pem` and `<name>.key.pem` (mode 0600) for the CA and every member. */
export function writeTestPki(pki: TestPki, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return [pki.ca, ...pki.issued].flatMap((member) => {
    const certificate = path.join(dir, `${member.name}.pem`);
    const key = path.join(dir, `${member.name}.key.pem`);
    writeFileSync(certificate, member.certificatePem);
    writeFileSync(key, member.privateKeyPem, { mode: 0o600 });
    chmodSync(key, 0o600);
    return [certificate, key];
  });
}

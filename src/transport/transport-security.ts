// What the DIP emulator needs to speak to a participant as the real DIP does (DIP-REFERENCE
// §2.2): its HTTPS server certificate, the client certificate its pushes present, the
// certificate that signs its pushes, and the authorities that issue the participant's own
// certificates. A bundled run makes all of it fresh (a throw-away test PKI); a run against
// an external participant reads the suite's certificates made by `mhhs-qualify certs init`
// and the participant's CA from the profile.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TlsIdentity } from './post-request.ts';
import { createStrangerSigningIdentity, createTestPki, type IssuedCertificate, type TestPki } from './test-pki.ts';

export interface DipTransportSecurity {
  /** The emulator's HTTPS server certificate. */
  readonly server: TlsIdentity;
  /** Presented by the emulator's pushes to the participant's webhook (mTLS). */
  readonly client: TlsIdentity;
  /** Signs the emulator's pushes. */
  readonly signing: TlsIdentity;
  /** Authorities that issue the participant's certificates: TLS client, webhook server, signing. */
  readonly participantCaPems: readonly string[];
  /** The authority of the suite's own certificates: what the participant must trust. */
  readonly suiteCaPem: string;
  /** Canonicalisation profile of the signatures (see dip-signature.ts). */
  readonly signingProfile: string;
  /** A signing certificate from an authority nobody trusts: the untrusted-certificate scenario signs with it. */
  readonly stranger: TlsIdentity;
}

/** The participant's side of a bundled run's throw-away PKI. */
export interface ParticipantCertificates {
  readonly server: TlsIdentity;
  readonly client: TlsIdentity;
  readonly signing: TlsIdentity;
  readonly caPem: string;
}

const member = (pki: TestPki, name: string): IssuedCertificate => {
  const found = pki.issued.find((issued) => issued.name === name);
  if (!found) throw new Error(`test PKI has no '${name}' certificate`);
  return found;
};

const identity = (issued: IssuedCertificate): TlsIdentity => ({ certificatePem: issued.certificatePem, privateKeyPem: issued.privateKeyPem });

/** A fresh PKI for both sides of a bundled run: one CA issues the suite's and the participant's certificates. */
export function bundledTransportSecurity(signingProfile: string): { suite: DipTransportSecurity; participant: ParticipantCertificates } {
  const pki = createTestPki(2);
  return {
    suite: {
      server: identity(member(pki, 'dip-server')),
      client: identity(member(pki, 'dip-client')),
      signing: identity(member(pki, 'dip-signing')),
      participantCaPems: [pki.ca.certificatePem],
      suiteCaPem: pki.ca.certificatePem,
      signingProfile,
      stranger: createStrangerSigningIdentity(),
    },
    participant: {
      server: identity(member(pki, 'participant-server')),
      client: identity(member(pki, 'participant-client')),
      signing: identity(member(pki, 'participant-signing')),
      caPem: pki.ca.certificatePem,
    },
  };
}

function readPem(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${what} ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); make the suite's certificates with 'mhhs-qualify certs init'`);
  }
}

/** The suite's certificates from a `certs init` folder, trusting the participant's CA file. */
export function externalTransportSecurity(options: { suitePkiDir: string; participantCaFile: string; signingProfile: string }): DipTransportSecurity {
  const load = (name: string, what: string): TlsIdentity => ({
    certificatePem: readPem(path.join(options.suitePkiDir, `${name}.pem`), `${what} certificate`),
    privateKeyPem: readPem(path.join(options.suitePkiDir, `${name}.key.pem`), `${what} key`),
  });
  return {
    server: load('dip-server', 'DIP emulator TLS server'),
    client: load('dip-client', 'DIP emulator TLS client'),
    signing: load('dip-signing', 'DIP emulator signing'),
    participantCaPems: [readPem(options.participantCaFile, "participant's certificate authority")],
    suiteCaPem: readPem(path.join(options.suitePkiDir, 'ca.pem'), 'suite CA'),
    signingProfile: options.signingProfile,
    stranger: createStrangerSigningIdentity(),
  };
}

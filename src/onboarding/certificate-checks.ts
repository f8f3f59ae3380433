// Certificate checks of `mhhs-qualify doctor`: each certificate parses and is valid now (a
// warning within 30 days of its end, so a run is not cut off half-way through a qualification
// window); the suite's certificates were issued by its own ca.pem and each key belongs to its
// certificate; the participant's CA file really holds authorities, not a leaf certificate.
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CheckResult, fail, ok, warn } from './doctor-checks.ts';

export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

/** Every certificate of a PEM file (a CA file may be a bundle); throws a sentence when there is none. */
export function readCertificates(file: string): X509Certificate[] {
  const blocks = readFileSync(file, 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error(`${file} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
  return blocks.map((block, index) => {
    try {
      return new X509Certificate(block);
    } catch (error) {
      throw new Error(`certificate ${index + 1} of ${file} does not parse (${(error as Error).message})`);
    }
  });
}

const commonName = (certificate: X509Certificate): string => /CN=([^\n]+)/.exec(certificate.subject)?.[1] ?? certificate.subject.replace(/\n/g, ', ');
const day = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** `renew` says how to get a new certificate, which differs for the suite's and the participant's. */
export function checkCertificateValidity(check: string, file: string, renew: string, now: Date = new Date()): CheckResult {
  let certificates: X509Certificate[];
  try {
    certificates = readCertificates(file);
  } catch (error) {
    return fail(check, (error as Error).message, renew);
  }
  let soonest: { name: string; end: number } | undefined;
  for (const certificate of certificates) {
    const start = Date.parse(certificate.validFrom);
    const end = Date.parse(certificate.validTo);
    const name = `'${commonName(certificate)}'`;
    if (now.getTime() > end) return fail(check, `${name} in ${file} expired on ${day(end)}`, renew);
    if (now.getTime() < start) return fail(check, `${name} in ${file} is not valid until ${day(start)}`, `${renew}, or correct this machine's clock`);
    if (!soonest || end < soonest.end) soonest = { name, end };
  }
  // Whole days, rounded up: a certificate `certs init` has just made for 30 days is not yet a warning.
  const daysLeft = Math.ceil((soonest!.end - now.getTime()) / DAY_MS);
  if (daysLeft < EXPIRY_WARNING_DAYS) return warn(check, `${soonest!.name} in ${file} expires on ${day(soonest!.end)}, in ${daysLeft} day(s)`, `before a qualification run, ${renew}`);
  return ok(check, `valid until ${day(soonest!.end)} (${daysLeft} days)`);
}

/** The suite presents and signs with these; the participant trusts only what its ca.pem issued. */
export function checkSuiteChain(dir: string): CheckResult {
  const fix = `the folder mixes files of different PKIs: make them afresh with mhhs-qualify certs init --dir ${dir}, then have your systems trust the new ca.pem`;
  try {
    const [ca] = readCertificates(path.join(dir, 'ca.pem'));
    if (!ca!.ca) return fail('suite certificates chain', `${path.join(dir, 'ca.pem')} is not a CA certificate`, fix);
    const problems: string[] = [];
    for (const name of ['dip-server', 'dip-client', 'dip-signing']) {
      const [certificate] = readCertificates(path.join(dir, `${name}.pem`));
      if (!certificate!.checkIssued(ca!) || !certificate!.verify(ca!.publicKey)) problems.push(`${name}.pem was not issued by ca.pem`);
      if (!certificate!.checkPrivateKey(createPrivateKey(readFileSync(path.join(dir, `${name}.key.pem`))))) problems.push(`${name}.key.pem is not the key of ${name}.pem`);
    }
    if (problems.length) return fail('suite certificates chain', `${problems.join('; ')} (in ${dir})`, fix);
    return ok('suite certificates chain', `dip-server, dip-client and dip-signing were issued by ca.pem and match their keys`);
  } catch (error) {
    return fail('suite certificates chain', (error as Error).message, fix);
  }
}

/** The suite trusts this file to vouch for the participant: it must hold authorities. */
export function checkParticipantCa(file: string): CheckResult {
  const fix = 'point transport.participantCa at the certificate of the authority that issued your TLS and signing certificates, not at a certificate it issued';
  try {
    const leaves = readCertificates(file).filter((certificate) => !certificate.ca);
    if (leaves.length) return fail('participant CA is a CA', `${file} holds ${leaves.map((leaf) => `'${commonName(leaf)}'`).join(', ')}, which is not a CA certificate (basicConstraints CA:FALSE)`, fix);
    return ok('participant CA is a CA', `${file} holds CA certificates only`);
  } catch (error) {
    return fail('participant CA is a CA', (error as Error).message, fix);
  }
}

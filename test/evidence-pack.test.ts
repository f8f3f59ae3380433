// The evidence pack: verify passes on an untouched pack and names the file when one byte is
// flipped, a file removed or one added; the signature binds the signatory's key.
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../src/evidence/pack/build-pack.ts';
import { verifyPack } from '../src/evidence/pack/verify-pack.ts';
import { loadProfile } from '../src/profile/participant-profile.ts';
import { specUnderTest } from './spec-under-test.ts';

function reportsFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-pack-'));
  const files: Record<string, string> = {
    'allure-report/index.html': '<html>report</html>',
    'allure-results/a-result.json': '{"name":"scenario"}',
    'run/journal-worker-0.jsonl': '{"id":"1"}\n',
    'summary.json': '{"scenarios":[],"startedAt":"2026-11-23T10:00:00Z","finishedAt":"2026-11-23T10:01:00Z"}',
    'junit.xml': '<testsuite/>',
    'run/worker-0/reference-participant.yaml': 'not evidence',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const ed25519 = generateKeyPairSync('ed25519');
const privatePem = ed25519.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicPem = ed25519.publicKey.export({ type: 'spki', format: 'pem' }).toString();

async function pack(signingKeyPem?: string, certification = false, rttm?: string): Promise<Uint8Array> {
  const reportsDir = reportsFolder();
  if (rttm) writeFileSync(path.join(reportsDir, 'rttm.csv'), rttm);
  const out = path.join(reportsDir, 'pack.zip');
  await buildPack({ reportsDir, out, profile: loadProfile('profiles/reference-participant.yaml'), spec: specUnderTest(), run: { seed: 1, timeScale: 600, faults: [], certification }, signingKeyPem, signatory: 'A. Director' });
  return readFileSync(out);
}

const rezip = (bytes: Uint8Array, change: (entries: Record<string, Uint8Array>) => void) => {
  const entries = unzipSync(bytes);
  change(entries);
  return zipSync(entries);
};

const signed = await pack(privatePem);
const entries = unzipSync(signed);

describe('evidence pack', () => {

  it('holds the evidence and leaves out the bundled participant’s own state', () => {
    expect(Object.keys(entries).sort()).toEqual([
      'allure-report/index.html', 'allure-results/a-result.json', 'capability-declaration.yaml', 'junit.xml', 'manifest.json', 'manifest.sig',
      'metadata.json', 'run/journal-worker-0.jsonl', 'signing-public-key.pem', 'sla-table.csv', 'summary.json',
    ]);
    expect(JSON.parse(Buffer.from(entries['metadata.json']!).toString())).toMatchObject({ signatory: 'A. Director', certification: false, spec: { version: 'v2.1.0', digests: 'verified' } });
  });

  it('verifies with the signatory’s public key, and not with another', () => {
    expect(verifyPack(signed, publicPem)).toMatchObject({ ok: true, problems: [] });
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(verifyPack(signed, other).problems).toEqual(['manifest.sig does not match manifest.json for the given public key']);
  });

  it('signs with RSA keys too', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const bytes = await pack(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    expect(verifyPack(bytes, rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString()).ok).toBe(true);
  });

  it.each(Object.keys(entries).filter((name) => !['manifest.sig', 'signing-public-key.pem'].includes(name)))('fails when one byte of %s changes, naming it', (name) => {
    const tampered = rezip(signed, (files) => {
      const bytes = Uint8Array.from(files[name]!);
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = bytes[middle]! ^ 0x01;
      files[name] = bytes;
    });
    const result = verifyPack(tampered, publicPem);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toContain(name === 'manifest.json' ? 'manifest.sig does not match manifest.json' : `${name}: content differs`);
  });

  it('requires, on request, a certification run whose mandatory requirements all passed', async () => {
    expect(verifyPack(signed, publicPem, { requireCertification: true }).problems).toEqual([
      'metadata.json: not a certification run (NOT FOR SUBMISSION: development run)',
      'rttm.csv is missing: the requirements tested cannot be shown',
    ]);
    const header = 'Requirement ID,Requirement,Source,Status,Roles,Segments,Coverage,Scenario,Verdict,Evidence\r\n';
    const passed = await pack(privatePem, true, `${header}REQ-A,"text, with comma",s,mandatory,SUP,S,passed,Scenario,pass,e\r\nREQ-B,t,s,optional,SUP,S,not run,,,\r\n`);
    expect(verifyPack(passed, publicPem, { requireCertification: true })).toMatchObject({ ok: true, problems: [] });
    const untested = await pack(privatePem, true, `${header}REQ-A,t,s,mandatory,SUP,S,not passed,Scenario,fail,e\r\n`);
    expect(verifyPack(untested, publicPem, { requireCertification: true }).problems).toEqual(['rttm.csv: mandatory requirement REQ-A was not shown to pass']);
    // The first page a reviewer reads counts each requirement once, from the pack's own RTTM.
    expect(verifyPack(passed, publicPem).digest).toMatchObject({ requirements: '2 requirements: 1 passed, 1 not run', verdicts: '0 scenarios: 0 passed, 0 failed, 0 inconclusive, 0 errors', waivers: 'none' });
    expect(verifyPack(untested, publicPem).digest?.requirements).toBe('1 requirements: 1 not passed');
  });

  it('fails when a file is removed or added, naming it', () => {
    const removed = verifyPack(rezip(signed, (files) => delete files['junit.xml']), publicPem);
    expect(removed.problems).toEqual(['junit.xml: listed in the manifest but missing from the pack']);
    const added = verifyPack(rezip(signed, (files) => (files['extra.txt'] = Buffer.from('x'))), publicPem);
    expect(added.problems).toEqual(['extra.txt: in the pack but not in the manifest']);
    expect(verifyPack(Buffer.from('not a zip'), publicPem).ok).toBe(false);
  });
});

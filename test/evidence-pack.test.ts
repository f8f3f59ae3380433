// The evidence pack: verify passes on an untouched pack and names the file when one byte is
// flipped, a file removed or one added; the signature binds the signatory's key. A figure read
// from a file that failed is never shown as if it held, and none at all when the manifest fails.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { verifyCommand } from '../src/cli/commands/pack-command.ts';
import { memoryIO } from '../src/cli/output/console-io.ts';
import { buildPack, foldSignatureHeaders } from '../src/evidence/pack/build-pack.ts';
import { digestRows, packDigest } from '../src/evidence/pack/pack-digest.ts';
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

/** What `mhhs-qualify verify FILE --public-key KEY` prints for these bytes, and its exit code. */
function verifyOutput(bytes: Uint8Array, options: { requireCertification?: boolean } = {}): { code: number; lines: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-verify-'));
  writeFileSync(path.join(dir, 'key.pem'), publicPem);
  writeFileSync(path.join(dir, 'pack.zip'), bytes);
  const io = memoryIO();
  const code = verifyCommand(path.join(dir, 'pack.zip'), { publicKey: path.join(dir, 'key.pem'), ...options }, io);
  return { code, lines: io.stdout.join('\n').split('\n').map((line) => line.replace(dir, 'DIR')) };
}

const json = (bytes: Uint8Array | undefined) => JSON.parse(Buffer.from(bytes!).toString('utf8')) as Record<string, unknown>;

describe('evidence pack', () => {

  it('holds the evidence and leaves out the bundled participant’s own state', () => {
    expect(Object.keys(entries).sort()).toEqual([
      'allure-report/index.html', 'capability-declaration.yaml', 'junit.xml', 'manifest.json', 'manifest.sig',
      'metadata.json', 'run/journal-worker-0.jsonl', 'signing-public-key.pem', 'sla-table.csv', 'summary.html', 'summary.json', 'summary.pdf',
    ]);
    expect(JSON.parse(Buffer.from(entries['metadata.json']!).toString())).toMatchObject({ signatory: 'A. Director', certification: false, spec: { version: 'v2.1.0', digests: 'verified' } });
  });

  it('shows each exchange’s signing certificate in the pack’s report by its fingerprint and its signature by its length, and nothing else changed', () => {
    const certificate = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').toString('base64');
    const exchange = JSON.stringify({ request: { headers: { 'x-dip-signature': 'c2ln', 'x-dip-signature-certificate': certificate }, body: { mpan: '10*********18' } } }, null, 2);
    const folded = JSON.parse(Buffer.from(foldSignatureHeaders(Buffer.from(exchange))).toString('utf8')) as { request: { headers: Record<string, string>; body: unknown } };
    expect(folded.request.headers['x-dip-signature-certificate']).toBe(`certificate SHA-256 ${createHash('sha256').update(certificate).digest('hex')} (whole in the journal)`);
    expect(folded.request.headers['x-dip-signature']).toBe('4 characters of base64 (whole in the journal)');
    expect(folded.request.body).toEqual({ mpan: '10*********18' });
  });

  it('keeps the raw Allure results only when asked (--pack-raw): the report inside holds them', async () => {
    const reportsDir = reportsFolder();
    const out = path.join(reportsDir, 'raw.zip');
    await buildPack({ reportsDir, out, profile: loadProfile('profiles/reference-participant.yaml'), spec: specUnderTest(), run: { seed: 1, timeScale: 600, faults: [] }, raw: true });
    expect(Object.keys(unzipSync(readFileSync(out)))).toContain('allure-results/a-result.json');
    expect(Object.keys(entries).filter((name) => name.startsWith('allure-results/'))).toEqual([]);
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
    const untested = await pack(privatePem, true, `${header}REQ-A,t,s,mandatory,SUP,S,failed,Scenario,fail,e\r\n`);
    expect(verifyPack(untested, publicPem, { requireCertification: true }).problems).toEqual(['rttm.csv: mandatory requirement REQ-A was not shown to pass']);
    // The first page a reviewer reads counts each requirement once, from the pack's own RTTM.
    expect(verifyPack(passed, publicPem).digest).toMatchObject({ requirements: '2 requirements: 1 passed, 1 not run', verdicts: '0 scenarios: 0 passed, 0 failed, 0 inconclusive, 0 errors', waivers: 'none' });
    expect(verifyPack(untested, publicPem).digest?.requirements).toBe('1 requirements: 1 failed');
  });

  it('fails when a file is removed or added, naming it', () => {
    const removed = verifyPack(rezip(signed, (files) => delete files['junit.xml']), publicPem);
    expect(removed.problems).toEqual(['junit.xml: listed in the manifest but missing from the pack']);
    const added = verifyPack(rezip(signed, (files) => (files['extra.txt'] = Buffer.from('x'))), publicPem);
    expect(added.problems).toEqual(['extra.txt: in the pack but not in the manifest']);
    expect(verifyPack(Buffer.from('not a zip'), publicPem).ok).toBe(false);
  });

  it('prints the page of a good pack as it always has: verdict, the checks, then every figure', () => {
    const { code, lines } = verifyOutput(signed);
    expect(code).toBe(0);
    expect(lines).toEqual([
      'DIR/pack.zip: VERIFIED',
      `  files          ${(json(entries['manifest.json']).files as unknown[]).length} in the manifest, every one checked against its SHA-256`,
      '  signature      checked with the given public key',
      ...digestRows(packDigest(entries)).map(([label, value]) => `  ${label.padEnd(15)}${value}`),
    ]);
    expect(lines).toContain('  signatory      A. Director');
  });

  it('withholds the figures of a summary.json that differs from its digest, and shows the problem first', () => {
    const forged = rezip(signed, (files) => {
      files['summary.json'] = Buffer.from(JSON.stringify({ ...json(files['summary.json']), scenarios: [{}], totals: { pass: 99 }, waivers: [{ waiver: { id: 'REQ-FORGED', reference: 'QAD-FORGED' } }] }));
    });
    const { code, lines } = verifyOutput(forged);
    expect(code).toBe(1);
    expect(lines.slice(0, 2)).toEqual(['DIR/pack.zip: NOT VERIFIED', expect.stringMatching(/^ {2}PROBLEM {8}summary\.json: content differs from the manifest/)]);
    expect(lines).toContain('  verdicts       (untrusted: summary.json differs from its digest)');
    expect(lines).toContain('  waivers        (untrusted: summary.json differs from its digest)');
    expect(lines.join('\n')).not.toMatch(/99 passed|FORGED/);
    // Figures from files that did verify, under a signed manifest, still show.
    expect(lines).toContain('  signatory      A. Director');
    const result = verifyPack(forged, publicPem);
    expect(result.digest?.verdicts).toBe('(untrusted: summary.json differs from its digest)');
    expect(JSON.stringify(result)).not.toMatch(/FORGED/);
  });

  it('trusts no figure when the manifest or its signature fails, and says so once', () => {
    const forgedMetadata = (files: Record<string, Uint8Array>) => (files['metadata.json'] = Buffer.from(JSON.stringify({ ...json(files['metadata.json']), signatory: 'M. Allory' })));
    const resigned = rezip(signed, (files) => {
      forgedMetadata(files);
      const manifest = json(files['manifest.json']) as { files: Array<{ path: string; sha256: string; bytes: number }> };
      const entry = manifest.files.find((file) => file.path === 'metadata.json')!;
      entry.sha256 = createHash('sha256').update(files['metadata.json']!).digest('hex');
      entry.bytes = files['metadata.json']!.length;
      files['manifest.json'] = Buffer.from(JSON.stringify(manifest));
    });
    const otherKey = generateKeyPairSync('ed25519').privateKey;
    const wrongSignature = rezip(signed, (files) => {
      forgedMetadata(files);
      files['manifest.sig'] = sign(null, files['manifest.json']!, otherKey);
    });
    const notAManifest = rezip(signed, (files) => (files['manifest.json'] = Buffer.from('{"format":"mhhs-qualify-evidence-pack/1"}')));
    for (const [bytes, problem] of [
      [resigned, 'manifest.sig does not match manifest.json for the given public key'],
      [wrongSignature, 'manifest.sig does not match manifest.json for the given public key'],
      [notAManifest, 'manifest.json is not a manifest: it needs a list of files, each with its path, SHA-256 and size'],
    ] as const) {
      const { code, lines } = verifyOutput(bytes, { requireCertification: true });
      expect(code).toBe(1);
      expect(lines.slice(1, lines.findIndex((line) => line.startsWith('  files')))).toContain(`  PROBLEM        ${problem}`);
      expect(lines).toContain('  PROBLEM        certification not checked: no file can be trusted without a manifest whose signature verifies');
      expect(lines.filter((line) => line.includes('can be trusted'))).toHaveLength(2);
      expect(lines.at(-1)).toBe('  figures        none shown: no file can be trusted without a manifest whose signature verifies');
      expect(lines.join('\n')).not.toMatch(/participant|verdicts|M\. Allory|A\. Director/);
      const result = verifyPack(bytes, publicPem);
      expect([result.ok, result.digest, result.metadata]).toEqual([false, undefined, undefined]);
    }
  });

  it('withholds the figures of a file removed from the pack or added to it', () => {
    const rttm = 'Requirement ID,Requirement,Source,Status,Roles,Segments,Coverage,Scenario,Verdict,Evidence\r\nREQ-A,t,s,mandatory,SUP,S,passed,Scenario,pass,e\r\n';
    const changed = rezip(signed, (files) => {
      delete files['sla-table.csv'];
      files['rttm.csv'] = Buffer.from(rttm);
    });
    const { code, lines } = verifyOutput(changed);
    expect(code).toBe(1);
    expect(lines.slice(0, 3)).toEqual([
      'DIR/pack.zip: NOT VERIFIED',
      '  PROBLEM        sla-table.csv: listed in the manifest but missing from the pack',
      '  PROBLEM        rttm.csv: in the pack but not in the manifest',
    ]);
    expect(lines).toContain('  requirements   (untrusted: rttm.csv is not in the manifest)');
    expect(lines).toContain('  SLAs           (untrusted: sla-table.csv is missing from the pack)');
    expect(lines).toContain(`  verdicts       ${packDigest(entries).verdicts}`);
    expect(lines.join('\n')).not.toContain('1 passed');
  });
});

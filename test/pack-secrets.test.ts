// No secret from a profile reaches the evidence pack: a participant run as an *external* system
// (the reference participant, started here with keys the test knows) is qualified with a
// signing key, and not one byte of any API key or of the private key's PEM appears in any file
// of the pack, the Allure report included.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPack } from '../src/evidence/pack/verify-pack.ts';
import { launchReferenceParticipant, type LaunchedParticipant } from '../src/stage/participant-launcher.ts';
import { SIMULATED } from '../src/stage/simulated-parties.ts';
import { createTestPki, writeTestPki } from '../src/transport/test-pki.ts';
import { specDirOf } from './spec-under-test.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('secrets and the evidence pack', () => {
  let participant: LaunchedParticipant | undefined;
  afterAll(async () => participant?.stop());

  it('keeps every API key and the signing key out of the pack', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'mhhs-secrets-'));
    const port = await freePort();
    const keys = { EXT_KEY_SUP: `sup-${randomBytes(18).toString('hex')}`, EXT_KEY_MSS: `mss-${randomBytes(18).toString('hex')}` };
    // The suite's and the participant's certificates, as `mhhs-qualify certs init` makes them.
    const pkiDir = path.join(work, 'pki');
    const pki = createTestPki(2);
    writeTestPki(pki, pkiDir);
    const pem = (name: string) => path.join(pkiDir, `${name}.pem`);
    participant = await launchReferenceParticipant({
      workDir: path.join(work, 'participant'),
      keys,
      config: {
        dipBaseUrl: `https://127.0.0.1:${port}`,
        listen: { host: '127.0.0.1', port: 0 },
        stateDir: path.join(work, 'participant', 'state'),
        supplier: { dipId: '1200000001', mpid: 'EXTS', role: 'SUP', apiKeyEnv: 'EXT_KEY_SUP' },
        meteringService: { dipId: '1200000002', mpid: 'EXTM', role: 'MSS', apiKeyEnv: 'EXT_KEY_MSS' },
        serves: { segments: ['S'] },
        appointMeteringService: { dipId: SIMULATED.smartMeteringService.dipId, mpid: SIMULATED.smartMeteringService.mpid },
        appointDataService: { dipId: SIMULATED.smartDataService.dipId, mpid: SIMULATED.smartDataService.mpid, consentGranularity: 'H', domesticIndicator: true, fallBackReadFrequency: null },
        spec: { version: 'v2.1.0', dir: specDirOf('v2.1.0') },
        fsync: false,
        tls: { certFile: pem('participant-server'), keyFile: pem('participant-server.key'), clientCertFile: pem('participant-client'), clientKeyFile: pem('participant-client.key'), caFile: pem('ca') },
        signing: { certFile: pem('participant-signing'), keyFile: pem('participant-signing.key'), trustedCaFile: pem('ca') },
      },
    });
    const profile = path.join(work, 'external.yaml');
    writeFileSync(
      profile,
      yaml.dump({
        participant: {
          name: 'External participant (test)',
          launch: 'external',
          webhookUrl: `${participant.url}/webhook`,
          roles: [
            { role: 'SUP', dipId: '1200000001', mpid: 'EXTS', apiKey: { env: 'EXT_KEY_SUP' } },
            { role: 'MSS', dipId: '1200000002', mpid: 'EXTM', apiKey: { env: 'EXT_KEY_MSS' } },
          ],
        },
        emulator: { host: '127.0.0.1', port },
        transport: { security: 'mtls', suitePki: pkiDir, participantCa: pem('ca') },
        capabilities: { segments: ['S'], processes: ['BP001'] },
        triggers: { 'css-registration': { http: { url: `${participant.url}/test-hooks/css-registration` } } },
      }),
    );
    const signing = generateKeyPairSync('ed25519');
    const privatePem = signing.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const keyFile = path.join(work, 'signing-key.pem');
    writeFileSync(keyFile, privatePem);
    const reports = path.join(work, 'reports');
    const run = spawnSync(
      process.execPath,
      ['bin/mhhs-qualify.js', 'run', '--profile', profile, '--tags', '@COS-02 and @segment:smart', '--time-scale', '3600', '--reports', reports, '--signing-key', keyFile, '--signatory', 'Test Signatory'],
      { env: { ...process.env, ...keys, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0') }, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);

    const packBytes = readFileSync(path.join(reports, 'evidence-pack.zip'));
    const publicPem = signing.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(verifyPack(packBytes, publicPem)).toMatchObject({ ok: true });
    const entries = unzipSync(packBytes);
    expect(Object.keys(entries)).toContain('allure-report/index.html');
    // The PEM's base64 body, line by line: no line of the private key may appear anywhere.
    const pemLines = [privatePem, ...[pki.ca, ...pki.issued].map((member) => member.privateKeyPem)].flatMap((text) => text.split('\n').filter((line) => line && !line.startsWith('-----')));
    const secrets = [...Object.values(keys), ...pemLines];
    const leaks = Object.entries(entries).flatMap(([name, bytes]) => {
      const text = Buffer.from(bytes).toString('latin1');
      return secrets.filter((secret) => text.includes(secret)).map((secret) => `${name} contains ${secret.slice(0, 8)}…`);
    });
    expect(leaks).toEqual([]);
    // The keys were really used: the journal shows redacted X-API-Key headers on the participant's submissions.
    const journal = Buffer.from(entries['run/journal-worker-0.jsonl']!).toString('utf8');
    expect(journal).toContain('"x-api-key":"[redacted]"');
    // … and the run was over mTLS with signatures both ways.
    expect(journal).toContain('https://127.0.0.1');
    expect(journal).toContain('Participant (TLS client)');
    expect(journal).toContain('"x-dip-signature"');

    // MPANs and addresses of the run are masked everywhere in the pack (the run's own journal still has them).
    const rawJournal = readFileSync(path.join(reports, 'run', 'journal-worker-0.jsonl'), 'utf8');
    const mpans = [...new Set([...rawJournal.matchAll(/MPANCore\\":\\"(\d{13})/g)].map((match) => match[1]!))];
    const addresses = [...new Set([...rawJournal.matchAll(/addressLine1\\":\\"([^"\\]+)/g)].map((match) => match[1]!))];
    expect(mpans.length).toBeGreaterThan(0);
    expect(addresses.length).toBeGreaterThan(0);
    const unmasked = Object.entries(entries).flatMap(([name, bytes]) => {
      const text = Buffer.from(bytes).toString('latin1');
      return [...mpans, ...addresses].filter((value) => text.includes(value)).map((value) => `${name} contains ${value}`);
    });
    expect(unmasked, unmasked.join("\n")).toEqual([]);
    expect(JSON.parse(Buffer.from(entries['metadata.json']!).toString()).redaction).toMatch(/MPANs masked/);
  });
});

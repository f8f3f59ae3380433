import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.ts';
import { memoryIO } from '../src/cli/output/console-io.ts';
import { specDirOf } from './spec-under-test.ts';

const GOOD = 'examples/messages/if-031-ms-appointment.json';
const DEFECTS = 'examples/messages/if-031-with-defects.json';
const workDir = mkdtempSync(path.join(tmpdir(), 'mhhs-validate-'));
const SPEC = ['--spec-dir', specDirOf('v2.1.0')];

function fileWith(name: string, content: string | Buffer): string {
  const file = path.join(workDir, name);
  writeFileSync(file, content);
  return file;
}

async function validate(...args: string[]) {
  const io = memoryIO();
  const code = await runCli(['validate', ...SPEC, ...args], io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

const NO_STACK = /\n\s+at\s|Error:\s.*\n\s+at/;

describe('mhhs-qualify validate', () => {
  it('exits 0 and prints PASS for a valid IF-031', async () => {
    const result = await validate(GOOD);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('message 0  IF-031 [MSApp]  PASS');
    expect(result.stdout).toContain('1 message(s) in 1 file(s): 1 passed, 0 failed');
  });

  it('prints exactly the documented JSON shape, with pointers from the file root', async () => {
    const result = await validate('--format', 'json', DEFECTS);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['files']);
    expect(Object.keys(json.files[0])).toEqual(['file', 'messages']);
    const message = json.files[0].messages[0];
    expect(Object.keys(message)).toEqual(['index', 'interfaceID', 'eventCode', 'verdict', 'findings']);
    expect(message).toMatchObject({ index: 0, interfaceID: 'IF-031', eventCode: '[MSApp]', verdict: 'fail' });
    for (const finding of message.findings) expect(Object.keys(finding)).toEqual(['rule', 'severity', 'pointer', 'message', 'requirement']);
    const rules = message.findings.map((finding: { rule: string; pointer: string }) => `${finding.rule} ${finding.pointer}`);
    expect(rules).toEqual([
      'SCHEMA /0/payload/CommonBlock/S1/senderTimestamp',
      'SUR-GRAMMAR /0/payload/CommonBlock/S1/senderUniqueReference',
      'TIMESTAMP-GB-LOCAL /0/payload/CommonBlock/S1/senderTimestamp',
      'MPAN-CHECK-DIGIT /0/payload/CommonBlock/M0/MPANCore',
      'EFD-LOCAL-MIDNIGHT /0/payload/CustomBlock/B070/proposedMeteringServiceDIPEffectiveFromDate',
    ]);
  });

  it('judges dates against --now, not the wall clock', async () => {
    expect((await validate('--now', '2026-09-15T10:00:00+01:00', GOOD)).code).toBe(0);
    const late = await validate('--now', '2026-09-21', '--format', 'json', GOOD);
    expect(late.code).toBe(1);
    expect(JSON.parse(late.stdout).files[0].messages[0].findings.map((finding: { rule: string }) => finding.rule)).toEqual(['EFD-NOT-IN-PAST']);
    const early = await validate('--now', '2026-08-01T09:00:00Z', '--format', 'json', GOOD);
    expect(JSON.parse(early.stdout).files[0].messages[0].findings.map((finding: { rule: string }) => finding.rule)).toEqual(['EFD-WITHIN-28-DAYS']);
  });

  it('fails a message sent on another channel', async () => {
    const result = await validate('--channel', 'IF-034', GOOD);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('CHANNEL-MATCHES-INTERFACE');
  });

  it('validates against v1.8.3 when asked', async () => {
    const io = memoryIO();
    const code = await runCli(['validate', '--spec-version', 'v1.8.3', '--spec-dir', specDirOf('v1.8.3'), GOOD], io);
    expect(code).toBe(0);
  });

  it.each([
    [['--format', 'xml', GOOD], /argument 'xml' is invalid/],
    [['--channel', '031', GOOD], /--channel '031' is not an interface ID/],
    [['--now', 'yesterday', GOOD], /--now 'yesterday' is not a time/],
    [['--spec-version', 'v0.1', GOOD], /Allowed choices are v2\.1\.0, v1\.8\.3/],
  ])('exits 2 on a usage mistake: %s', async (args, message) => {
    const result = await validate(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('exits 2 when the spec directory holds no definitions, and says how to get them', async () => {
    const io = memoryIO();
    const code = await runCli(['validate', '--spec-dir', workDir, GOOD], io);
    expect(code).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/spec fetch --version v2\.1\.0/);
  });
});

describe('validate: every rule judges what it can, whatever another rule found', () => {
  const message = JSON.parse(readFileSync(GOOD, 'utf8'))[0];
  const EFD = '/0/payload/CustomBlock/B070/proposedMeteringServiceDIPEffectiveFromDate';
  /** GOOD with its Effective From Date replaced, judged at --now; the findings on the EFD, `RULE: message`. */
  async function efdFindings(efd: string, now: string): Promise<string[]> {
    const body = [{ payload: { ...message.payload, CustomBlock: { B070: { ...message.payload.CustomBlock.B070, proposedMeteringServiceDIPEffectiveFromDate: efd } } } }];
    const file = fileWith(`efd-${efd.replace(/[^\w]/g, '_')}.json`, JSON.stringify(body));
    const result = await validate('--format', 'json', '--now', now, file);
    expect(result.code, result.stderr).toBe(1);
    const findings: Array<{ rule: string; pointer: string; message: string }> = JSON.parse(result.stdout).files[0].messages[0].findings;
    return findings.filter((finding) => finding.pointer === EFD).map((finding) => `${finding.rule}: ${finding.message}`);
  }

  it('a summer midnight written with +00:00 is not local midnight, and its date is still judged against the 28-day window', async () => {
    expect(await efdFindings('2026-06-01T00:00:00+00:00', '2026-05-01')).toEqual([
      "TIMESTAMP-GB-LOCAL: timestamp '2026-06-01T00:00:00+00:00' carries offset +00:00, but GB local time at that instant is +01:00 (BST), e.g. 2026-06-01T01:00:00+01:00 for the same instant [INFERRED: DT-003 asks for an offset, not which one; the suite expects GB local time]",
      "EFD-LOCAL-MIDNIGHT: Effective From Date '2026-06-01T00:00:00+00:00' is 2026-06-01T01:00:00+01:00 in GB local time, not local midnight; midnight starting 2026-06-01 is 2026-06-01T00:00:00+01:00",
      'EFD-WITHIN-28-DAYS: Effective From Date 2026-06-01 is 31 days after today (2026-05-01, market time); at most 28 are allowed (REG1099)',
    ]);
    expect((await efdFindings('2026-06-01T00:00:00+00:00', '2026-05-20')).map((finding) => finding.split(':')[0])).toEqual(['TIMESTAMP-GB-LOCAL', 'EFD-LOCAL-MIDNIGHT']);
  });

  it('judges local midnight from the instant: GB midnight written with another offset is midnight, with only the offset wrong', async () => {
    expect((await efdFindings('2026-05-31T23:00:00+00:00', '2026-05-20')).map((finding) => finding.split(':')[0])).toEqual(['TIMESTAMP-GB-LOCAL']);
  });

  it('a winter midnight written with +01:00 is 23:00 the day before, and its date is still judged against today', async () => {
    const findings = await efdFindings('2026-12-01T00:00:00+01:00', '2026-12-05');
    expect(findings.map((finding) => finding.split(':')[0])).toEqual(['TIMESTAMP-GB-LOCAL', 'EFD-LOCAL-MIDNIGHT', 'EFD-NOT-IN-PAST']);
    expect(findings[1]).toContain('is 2026-11-30T23:00:00+00:00 in GB local time, not local midnight; midnight starting 2026-12-01 is 2026-12-01T00:00:00+00:00');
  });

  it('a date-time not in the 25-character form (Z, a fraction) is still judged for midnight and the window', async () => {
    expect((await efdFindings('2026-06-01T00:00:00.000Z', '2026-05-01')).map((finding) => finding.split(':')[0])).toEqual(['SCHEMA', 'TIMESTAMP-GB-LOCAL', 'EFD-LOCAL-MIDNIGHT', 'EFD-WITHIN-28-DAYS']);
    // In winter 00:00Z is GB midnight: only its form is wrong.
    expect((await efdFindings('2026-12-01T00:00:00Z', '2026-11-20')).map((finding) => finding.split(':')[0])).toEqual(['SCHEMA', 'TIMESTAMP-GB-LOCAL']);
    // A date alone still names a date.
    expect((await efdFindings('2026-06-01', '2026-06-05')).map((finding) => finding.split(':')[0])).toEqual(['SCHEMA', 'EFD-NOT-IN-PAST']);
  });

  it('the example midnight is the day\'s own offset, also on the day the clocks change', async () => {
    const findings = await efdFindings('2026-03-29T09:00:00+01:00', '2026-03-20');
    expect(findings).toEqual(["EFD-LOCAL-MIDNIGHT: Effective From Date '2026-03-29T09:00:00+01:00' must be local midnight, e.g. 2026-03-29T00:00:00+00:00"]);
  });
});

describe('validate never crashes on bad input', () => {
  const good = readFileSync(GOOD, 'utf8');
  const message = JSON.parse(good)[0];
  const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  const hostile: Array<[string, string | Buffer, 1 | 2, RegExp?]> = [
    ['truncated.json', good.slice(0, good.length / 2), 2, /truncated\.json: invalid JSON at/],
    ['not-json.json', 'payload: yes\n', 2, /not-json\.json: invalid JSON at line 1, column 1/],
    ['binary.json', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80, 0x7b]), 2, /binary\.json: not valid UTF-8: byte offset 1 \(ff 13 37 80\)/],
    ['empty.json', '', 2, /empty\.json: file is empty/],
    ['deep-array.json', deep(200_000), 1],
    ['deep-field.json', JSON.stringify([{ payload: { ...message.payload, CustomBlock: { B070: { appointmentScenario: 'X' } } } }]).replace('"X"', deep(200_000)), 1],
    ['object.json', '{"payload": {}}', 1],
    ['number.json', '42', 1],
    ['null.json', 'null', 1],
    ['empty-array.json', '[]', 1],
    ['wrong-types.json', '[1, "two", null, {"payload": []}, {"payload": {"CommonBlock": {"S0": {"interfaceID": 5}}}}]', 1],
    ['huge-field.json', JSON.stringify([{ payload: { ...message.payload, CommonBlock: { ...message.payload.CommonBlock, S1: { ...message.payload.CommonBlock.S1, subText: 'x'.repeat(10 * 1024 * 1024) } } } }]), 1],
  ];

  it.each(hostile)('%s gives exit %s with a message, never a stack trace', async (name, content, expectedCode, stderrPattern) => {
    const file = fileWith(name, content);
    const result = await validate('--format', 'json', file);
    expect(result.code).toBe(expectedCode);
    expect(result.stderr).not.toMatch(NO_STACK);
    if (stderrPattern) expect(result.stderr).toMatch(stderrPattern);
    if (expectedCode === 1) {
      const messages = JSON.parse(result.stdout).files[0].messages;
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.every((entry: { findings: unknown[] }) => entry.findings.length > 0)).toBe(true);
    }
  });

  it('judges a 10 MB batch of messages', async () => {
    const copies = Math.ceil((10 * 1024 * 1024) / JSON.stringify(message).length);
    const batch = JSON.stringify(Array.from({ length: copies }, () => message));
    expect(batch.length).toBeGreaterThan(10 * 1024 * 1024);
    const result = await validate('--format', 'json', fileWith('huge-batch.json', batch));
    expect(result.code).toBe(1);
    const messages = JSON.parse(result.stdout).files[0].messages;
    expect(messages).toHaveLength(copies);
    // Every copy after the first reuses the sender unique reference.
    expect(messages.filter((entry: { verdict: string }) => entry.verdict === 'fail')).toHaveLength(copies - 1);
  });

  it('reports an unreadable file and still judges the others (exit 2)', async () => {
    const result = await validate('--format', 'json', path.join(workDir, 'missing.json'), GOOD);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.json: cannot read \(ENOENT\)/);
    expect(JSON.parse(result.stdout).files.map((file: { file: string }) => file.file)).toEqual([GOOD]);
  });
});

describe('the installed bin', () => {
  it('runs validate as a separate process with the documented exit codes', () => {
    const bin = path.resolve('bin/mhhs-qualify.js');
    const env = { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' };
    const ok = spawnSync(process.execPath, [bin, 'validate', GOOD], { env, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'validate', DEFECTS], { env, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('MPAN-CHECK-DIGIT');
    const broken = spawnSync(process.execPath, [bin, 'validate', fileWith('cut.json', '[{"payload":')], { env, encoding: 'utf8' });
    expect(broken.status).toBe(2);
    expect(broken.stderr).not.toMatch(NO_STACK);
  });
});

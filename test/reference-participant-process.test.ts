// The reference participant as the suite will run it: a child process started with
// `node --import tsx reference-participant/main.ts --config FILE`, found through its first
// stdout line, killed with SIGKILL and restarted on the same stateDir. Nothing it answered
// 201 for may be lost, nothing processed may be processed again, and what it had not got
// acknowledged is sent again with the same sender unique reference.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalRecord } from '../reference-participant/records.ts';
import { parseSenderUniqueReference } from '../src/rules/sender-unique-reference.ts';
import { API_KEY, API_KEY_ENV, egress, FakeDip, field, MSS, push, rawConfig, SUP, tempStateDir } from './reference-participant-harness.ts';
import { specDirOf, specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const REPO = fileURLToPath(new URL('..', import.meta.url));

interface Child {
  readonly process: ChildProcess;
  readonly url: string;
  readonly lines: string[];
  readonly exited: Promise<number | null>;
}

const children: ChildProcess[] = [];

function startChild(configFile: string, extraEnv: Record<string, string> = {}): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'reference-participant/main.ts', '--config', configFile], {
    cwd: REPO,
    env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), [API_KEY_ENV]: API_KEY, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line within 20 s; stderr: ${stderr}`)), 20_000);
    void exited.then((code) => reject(new Error(`participant exited with ${code} before listening; stderr: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      if (lines.length === 1) {
        clearTimeout(timer);
        const first = JSON.parse(line) as { event: string; url: string };
        expect(Object.keys(first)).toEqual(['event', 'url']);
        expect(first.event).toBe('listening');
        resolve({ process: child, url: first.url, lines, exited });
      }
    });
  });
}

function journalOf(stateDir: string): JournalRecord[] {
  return readFileSync(path.join(stateDir, 'journal.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as JournalRecord);
}

const referenceOf = (body: unknown): string => field((body as unknown[])[0], '/payload/CommonBlock/S1/senderUniqueReference') as string;

let dip: FakeDip | undefined;

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await dip?.close();
});

describe('reference participant process', () => {
  it('exits 2 with a usage line when no config is given', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'reference-participant/main.ts'], { cwd: REPO, env: { ...process.env, MHHS_RP_CONFIG: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('usage: tsx reference-participant/main.ts --config FILE');
  });

  it('survives kill -9: resends the unacknowledged with the same reference, processes what it had accepted, never twice', async () => {
    dip = await new FakeDip().start();
    dip.respond = () => ({ status: 503 });
    const stateDir = tempStateDir();
    const configFile = path.join(stateDir, 'participant.yaml');
    // The first life sits on IF-002 (late-if031 with a long delay) so it dies with it accepted but unprocessed.
    writeFileSync(configFile, yaml.dump(rawConfig(dip.url, stateDir, { faults: ['late-if031'], faultOptions: { lateMillis: 600_000 } })));

    const gain = egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 200, to: [SUP] });
    const ask = egress(spec, { interfaceID: 'IF-033', eventCode: '[MSAppSPRequest]', seed: 201, to: [MSS], segment: 'S' });

    const first = await startChild(configFile);
    expect((await push(first.url, [{ payload: gain }])).status).toBe(201);
    expect((await push(first.url, [{ payload: ask }])).status).toBe(201);
    // Until the participant has logged the refused attempt (the fake DIP records it as it answers).
    await dip.waitFor(() => first.lines.some((line) => line.includes('"event":"retry"')));
    const refusedReference = referenceOf(dip.submissions[0]!.body);
    first.process.kill('SIGKILL');
    await first.exited;
    expect(existsSync(path.join(stateDir, 'participant.lock'))).toBe(true);
    expect(dip.messages('/dip-channel/IF-031')).toEqual([]);
    const logged = first.lines.slice(1).map((line) => (JSON.parse(line) as { event: string }).event);
    expect(logged).toEqual(expect.arrayContaining(['started', 'received', 'processed', 'retry']));

    // Second life: the DIP is back, and the fault is switched off through the environment.
    dip.respond = () => ({ status: 201, body: { messageArray: [], timestamp: '2026-09-15T10:00:00+01:00' } });
    const second = await startChild(configFile, { MHHS_RP_FAULTS: '' });
    await dip.waitFor(() => dip!.messages('/dip-channel/IF-034', 201).length === 1 && dip!.messages('/dip-channel/IF-031', 201).length === 2, 10_000);
    const acknowledged034 = dip.submissions.filter((submission) => submission.path === '/dip-channel/IF-034' && submission.status === 201);
    expect(referenceOf(acknowledged034[0]!.body)).toBe(refusedReference);
    expect(acknowledged034[0]!.body).toEqual(dip.submissions[0]!.body);

    // The same deliveries again (the DIP retrying): 201, and nothing new is sent.
    expect((await push(second.url, [{ payload: gain }])).status).toBe(201);
    expect((await push(second.url, [{ payload: ask }])).status).toBe(201);
    // A new gain still gets fresh references, after every one issued before the kill.
    const another = egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 202, to: [SUP] });
    expect((await push(second.url, [{ payload: another }])).status).toBe(201);
    await dip.waitFor(() => dip!.messages('/dip-channel/IF-031').length === 4);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const if031 = dip.messages('/dip-channel/IF-031');
    expect(if031).toHaveLength(4);
    expect(dip.messages('/dip-channel/IF-034', 201)).toHaveLength(1);
    const sequences = [...dip.submissions.map((submission) => referenceOf(submission.body))].map((reference) => parseSenderUniqueReference(reference)!.sequence);
    expect(new Set(sequences).size).toBe(5);
    for (const payload of if031.slice(0, 2)) expect(payload.CommonBlock.M0).toEqual(gain.CommonBlock.M0);

    const records = journalOf(stateDir);
    const received = records.filter((record) => record.type === 'received');
    expect(received.flatMap((record) => record.messages.map((message) => message.duplicate))).toEqual([false, false, true, true, false]);
    expect(records.filter((record) => record.type === 'processed').map((record) => record.interfaceID)).toEqual(['IF-033', 'IF-002', 'IF-002']);

    second.process.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(existsSync(path.join(stateDir, 'participant.lock'))).toBe(false);
  });
});

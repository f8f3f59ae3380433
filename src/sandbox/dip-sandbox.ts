// `dip serve`: the DIP and the central systems around a participant's own endpoint, with no
// scenario. It is a qualification stage as a run starts one (mTLS, signatures, API keys,
// validation, MSG answers, routing, SMRS reactions; the bundled reference participant too, for a
// bundled profile), at real time, journaling to a folder of its own under reports/dip-sandbox/,
// and reachable by `dip push` through a loopback control endpoint named in current.json.
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Exchange } from '../evidence/exchange.ts';
import type { ParticipantProfile } from '../profile/participant-profile.ts';
import { newRunId } from '../run/fresh-identifiers.ts';
import type { LoadedSpec } from '../spec/load-spec.ts';
import { QualificationStage } from '../stage/qualification-stage.ts';
import { type ControlServer, SandboxRequestError, startControlServer } from './control-channel.ts';
import { type CurrentSandbox, readCurrentSandbox, removeCurrentSandbox, writeCurrentSandbox } from './current-sandbox.ts';
import { listeningLines, listeningPort } from './listening-address.ts';
import { pushToParticipant, type SandboxPushRequest } from './sandbox-push.ts';

export const SANDBOX_FOLDER = 'dip-sandbox';

export interface DipSandboxOptions {
  readonly spec: LoadedSpec;
  readonly profile: ParticipantProfile;
  /** Overrides the profile's emulator.port; 0: any free port. */
  readonly port?: number;
  /** The reports folder; the sandbox writes under `<reports>/dip-sandbox/`. */
  readonly reportsDir: string;
  /** Called once per exchange, after it is in the journal. */
  readonly onExchange?: (exchange: Exchange) => void;
}

export interface DipSandbox {
  /** What to print first: `DIP emulator listening on …` and, for a wildcard host, a second line. */
  readonly listening: readonly string[];
  readonly url: string;
  readonly journal: string;
  /** The reference participant's URL, for a bundled profile. */
  readonly participantUrl?: string;
  /** The profile's emulator.publicUrl: where the participant calls the DIP through a proxy or NAT. */
  readonly publicUrl?: string;
  exchanges(): number;
  /** Stops the control endpoint, the participant (bundled), the emulator; flushes the journal. */
  close(): Promise<void>;
}

/** A running sandbox on the same reports folder, which another would shadow in current.json. */
export class SandboxRunningError extends Error {
  override readonly name = 'SandboxRunningError';
}

/** `20260315-093000-<run ID>`: sorted by start, never the same twice, never a run's folder. */
function folderName(runId: string, at = new Date()): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${runId}`;
}

export async function startDipSandbox(options: DipSandboxOptions): Promise<DipSandbox> {
  const sandboxDir = path.join(options.reportsDir, SANDBOX_FOLDER);
  const running = readCurrentSandbox(sandboxDir);
  if (running) throw new SandboxRunningError(`a DIP sandbox already runs from ${sandboxDir} (process ${running.pid}, ${running.url}); stop it first, or give this one another --reports folder`);
  const runId = newRunId();
  const runDir = path.join(sandboxDir, folderName(runId));
  const profile: ParticipantProfile = options.port === undefined ? options.profile : { ...options.profile, emulator: { ...options.profile.emulator, port: options.port } };
  // Real time: the developer's own systems keep real time, and so do the SLAs they would see.
  let stage: QualificationStage;
  try {
    stage = await QualificationStage.start({ spec: options.spec, profile, runDir, worker: 0, timeScale: 1, seed: 1, runId });
  } catch (error) {
    // A sandbox that never listened exchanged nothing: no folder is left to look like one that ran.
    rmSync(runDir, { recursive: true, force: true });
    throw error;
  }
  let exchanges = 0;
  const stopWatching = stage.journal.onAppend((exchange) => {
    exchanges += 1;
    options.onExchange?.(exchange);
  });
  let control: ControlServer | undefined;
  try {
    control = await startControlServer((request) => {
      if (typeof request !== 'object' || request === null) throw new SandboxRequestError('a push request is a JSON object {interfaceID, eventCode?, mpan, role}');
      return pushToParticipant(stage, request as SandboxPushRequest);
    });
  } catch (error) {
    stopWatching();
    await stage.close();
    throw error;
  }
  const port = listeningPort(stage.emulator.url);
  const listening = listeningLines(profile.transport.security === 'plain' ? 'http' : 'https', profile.emulator.host, port);
  const url = listening[0]!.replace(/^DIP emulator listening on /, '');
  const current: CurrentSandbox = { pid: process.pid, url, control: { url: control.url, token: control.token }, profile: profile.file, journal: stage.journal.file, startedAt: new Date().toISOString() };
  writeCurrentSandbox(sandboxDir, current);
  return {
    listening,
    url,
    journal: stage.journal.file,
    ...(stage.participantUrl ? { participantUrl: stage.participantUrl } : {}),
    ...(profile.emulator.publicUrl ? { publicUrl: profile.emulator.publicUrl } : {}),
    exchanges: () => exchanges,
    async close() {
      removeCurrentSandbox(sandboxDir);
      await control.close();
      await stage.close();
      await stage.journal.close();
      stopWatching();
    },
  };
}

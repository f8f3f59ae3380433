// A load: N MPANs driven through Change of Supplier with Metering and Data Service appointments
// (PROCESS-TABLES §4.1) against one participant, on the stage a qualification run uses (DIP
// emulator over mTLS with signatures, SMRS simulator, market clock, journal, the bundled
// reference participant launched once). For each MPAN the participant is told it raised a
// CSS registration (its trigger), then the SMRS pushes IF-002 [GainMPANInfo]; the participant
// owes IF-031 [MSApp] and [DSApp] within the SLA, and the SMRS answers each through the
// simulated service providers (IF-033 → IF-034 → IF-035). The journal is the evidence; the
// tracker reads it as it is written; the summary is written beside it.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSlaTable } from '../clock/index.ts';
import { type ParticipantProfile, roleOf } from '../profile/participant-profile.ts';
import type { LoadedSpec } from '../spec/load-spec.ts';
import { QualificationStage } from '../stage/qualification-stage.ts';
import { fireTrigger } from '../stage/triggers.ts';
import { gbDate, MILLIS } from '../time/gb-time.ts';
import type { ProgressSnapshot } from './load-report.ts';
import { type LoadPhases, type LoadSettings, type LoadSummary, summariseLoad } from './load-summary.ts';
import { LoadTracker, REQUEST_EVENTS } from './load-tracker.ts';
import { effectiveRate, paceStarts } from './start-schedule.ts';

export interface LoadOptions {
  readonly spec: LoadedSpec;
  readonly profile: ParticipantProfile;
  readonly mpans: number;
  /** MPANs started per second (real time). */
  readonly rate: number;
  /** The starts are spread over at most this many seconds: the rate is raised if needed. */
  readonly durationSeconds: number;
  /** `load-summary.json` goes here, the journal into `run/` below it (emptied first). */
  readonly reportsDir: string;
  readonly seed: number;
  readonly timeScale: number;
  /** Fault switches of the bundled participant, on top of the profile's (self-tests). */
  readonly faults?: readonly string[];
  readonly onProgress?: (snapshot: ProgressSnapshot) => void;
  readonly progressEveryMillis?: number;
  /**
   * Once every MPAN is started, the load ends when the participant has been quiet this long
   * (real ms, default 10 s): whatever has not arrived by then is lost. It also ends when every
   * chain has settled, or at the SLA window and a half after the last IF-002.
   */
  readonly quietMillis?: number;
}

/** A load that cannot begin: say what to change. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
}

export const LOAD_SUMMARY_FILE = 'load-summary.json';

/** As the Change of Supplier features do: the Supplier registers a week ahead. */
const SUPPLY_START_DAYS_AHEAD = 7;
const DEFAULT_QUIET_MILLIS = 10_000;
const LATE_GRACE_FACTOR = 1.5;

function checkOptions(options: LoadOptions): void {
  const { mpans, rate, durationSeconds, timeScale, profile } = options;
  if (!Number.isInteger(mpans) || mpans < 1) throw new LoadError(`the number of MPANs must be a whole number of at least 1, not ${mpans}`);
  if (!(rate > 0)) throw new LoadError(`the rate must be above 0 MPANs per second, not ${rate}`);
  if (!(durationSeconds > 0)) throw new LoadError(`the duration must be above 0 seconds, not ${durationSeconds}`);
  if (!(timeScale > 0)) throw new LoadError(`the time scale must be above 0 (1 is real time), not ${timeScale}`);
  if (!roleOf(profile, 'SUP')) throw new LoadError(`the profile ${profile.file} declares no Supplier (SUP) role: a Change of Supplier load drives a Supplier`);
  if (!profile.triggers['css-registration']) {
    throw new LoadError(`the profile ${profile.file} gives no 'css-registration' trigger, so the load cannot tell the Supplier it raised a registration before each IF-002`);
  }
}

/** Real milliseconds to keep listening after the last IF-002: the longest SLA window and a half, at the clock's scale. */
function drainDeadlineMillis(timeScale: number): number {
  const windows = REQUEST_EVENTS.flatMap((event) => loadSlaTable().forResponse('IF-031', event));
  const longest = Math.max(...windows.map((sla) => ('minutes' in sla.window ? sla.window.minutes * MILLIS.MINUTE : sla.window.workingDays * MILLIS.DAY)));
  return (longest * LATE_GRACE_FACTOR) / timeScale;
}

/** CPU time this process used since `before`, and its peak resident memory so far. */
function suiteProcessUse(before: NodeJS.CpuUsage): LoadSummary['suiteProcess'] {
  const used = process.cpuUsage(before);
  return { cpuSeconds: Math.round((used.user + used.system) / 100_000) / 10, peakRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024) };
}

const seconds = (millis: number) => Math.round(millis / 100) / 10;
const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

export async function runLoad(options: LoadOptions): Promise<LoadSummary> {
  checkOptions(options);
  const { spec, profile, timeScale, seed } = options;
  const faults = [...profile.faults, ...(options.faults ?? [])];
  const rate = effectiveRate(options.mpans, options.rate, options.durationSeconds);
  const runDir = path.join(options.reportsDir, 'run');
  // A fresh journal: the summary and the evidence describe this load only.
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(options.reportsDir, { recursive: true });

  const startedAt = new Date();
  const cpuBefore = process.cpuUsage();
  // Per MPAN: many MPANs are in flight at once, and one queue would hold every push behind the last one's round trip.
  const stage = await QualificationStage.start({ spec, profile, runDir, worker: 0, timeScale, seed, faults: options.faults ?? [], smrsOrdering: 'per-mpan' });
  const supplierRole = roleOf(profile, 'SUP')!;
  const supplier = { dipId: supplierRole.dipId, mpid: supplierRole.mpid };
  const tracker = new LoadTracker();
  const stopWatching = stage.journal.onAppend((exchange) => tracker.observe(exchange));
  // Smart where the participant serves it: the bundled participant proposes a Smart Data Service,
  // which the SMRS refuses for an Advanced MPAN (REG1031), so Advanced would measure that, not load.
  const segment = profile.capabilities.segments.includes('S') || profile.capabilities.segments.length === 0 ? 'S' : profile.capabilities.segments[0]!;
  const inFlight = new Set<Promise<void>>();
  let started = 0;
  let phase: ProgressSnapshot['phase'] = 'starting';
  const loadBegan = Date.now();
  const reportProgress = () => options.onProgress?.({ counts: tracker.counts(started), requested: options.mpans, elapsedMillis: Date.now() - loadBegan, phase });
  const ticker = setInterval(() => {
    // The SMRS simulator keeps every publication (its own tests read them). A load never
    // reads them, and at 10,000 MPANs they held about 900 MB; the journal has them all.
    stage.smrs.published.splice(0);
    reportProgress();
  }, options.progressEveryMillis ?? 1_000);

  const startMpan = (_index: number, scheduledAt: number) => {
    const mpan = stage.meteringPoint(segment).mpan;
    tracker.expect(mpan, scheduledAt);
    started += 1;
    const supplyStartDate = gbDate(stage.clock.now() + SUPPLY_START_DAYS_AHEAD * MILLIS.DAY);
    const cssRegistrationId = stage.newCssRegistrationId();
    const work = fireTrigger(profile, 'css-registration', { mpan, supplyStartDate, cssRegistrationId }, stage.participantUrl, stage.triggerAgent)
      .then(() => stage.smrs.switchPending(mpan, supplier, supplyStartDate, cssRegistrationId))
      .catch((error: Error) => tracker.startFailed(mpan, error.message))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  };

  let phases: LoadPhases;
  let paced = { first: loadBegan, last: loadBegan };
  try {
    paced = await paceStarts(options.mpans, rate, startMpan);
    // Every IF-002 is out (or has failed) before the wait for answers begins.
    while (inFlight.size) await Promise.all([...inFlight]);
    phase = 'draining';
    const drainBegan = Date.now();
    const deadline = drainBegan + drainDeadlineMillis(timeScale);
    const quietMillis = options.quietMillis ?? DEFAULT_QUIET_MILLIS;
    const endOfDrain = (): LoadPhases['drainEnded'] | undefined => {
      const now = Date.now();
      if (tracker.allSettled()) return 'every chain settled';
      if (now - Math.max(tracker.lastExchangeAt, drainBegan) >= quietMillis) return 'participant quiet';
      return now >= deadline ? 'deadline' : undefined;
    };
    let drainEnded = endOfDrain();
    while (!drainEnded) {
      await sleep(50);
      drainEnded = endOfDrain();
    }
    const finished = Date.now();
    phases = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date(finished).toISOString(),
      startupSeconds: seconds(loadBegan - startedAt.getTime()),
      startingSeconds: seconds(drainBegan - loadBegan),
      drainSeconds: seconds(finished - drainBegan),
      totalSeconds: seconds(finished - startedAt.getTime()),
      drainEnded,
    };
  } finally {
    clearInterval(ticker);
    reportProgress();
    stopWatching();
    await stage.close();
    await stage.journal.close();
  }

  const settings: LoadSettings = {
    participant: profile.name,
    mpans: options.mpans,
    rate: options.rate,
    effectiveRate: rate,
    durationSeconds: options.durationSeconds,
    timeScale,
    seed,
    faults,
    transport: profile.transport.security === 'mtls' ? `mTLS with DIP message signatures (${profile.transport.signingProfile})` : 'plain HTTP without signatures',
  };
  const journalFile = stage.journal.file;
  const summary = summariseLoad({
    tracker,
    settings,
    phases,
    requested: options.mpans,
    journal: { file: journalFile, bytes: statSync(journalFile, { throwIfNoEntry: false })?.size ?? 0 },
    suiteProcess: suiteProcessUse(cpuBefore),
    firstStart: paced.first,
    lastStart: paced.last,
  });
  writeFileSync(path.join(options.reportsDir, LOAD_SUMMARY_FILE), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

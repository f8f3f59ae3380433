// `mhhs-qualify load`: drives N MPANs through Change of Supplier against the participant and
// reports the SLA percentiles, throughput, errors and lost or duplicated messages. The work is
// in src/load/; this file reads the options, draws the progress line and prints the table.
import path from 'node:path';
import { FAULT_NAMES, isFaultName } from '../../../reference-participant/faults.ts';
import { LoadError, LOAD_SUMMARY_FILE, runLoad } from '../../load/run-load.ts';
import { loadReport, progressLine, type ProgressSnapshot } from '../../load/load-report.ts';
import { loadProfile } from '../../profile/participant-profile.ts';
import { DEFAULT_PROFILE } from '../../run/run-settings.ts';
import { loadSpecFetching } from '../../spec/load-spec.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { describePack, packEvidence } from './pack-command.ts';
import { UsageError } from '../usage-error.ts';

export interface LoadCommandOptions {
  readonly mpans?: string;
  readonly rate?: string;
  readonly duration?: string;
  readonly profile?: string;
  readonly reports?: string;
  readonly seed?: string;
  readonly timeScale?: string;
  readonly fault?: string[];
  /** Also build the signed evidence pack of the load (journal and summary, MPANs masked). */
  readonly pack?: boolean;
  readonly specVersion?: string;
  readonly specDir?: string;
}

/** Where the progress line goes: rewritten in place at a terminal, a plain line now and then otherwise. */
export interface ProgressSink {
  readonly tty: boolean;
  /** Text as it is (a terminal) or one whole line (a log). */
  write(text: string): void;
}

/** At a terminal, stderr itself (the line is redrawn with a carriage return); in a log, the command's own error stream. */
function defaultSink(io: ConsoleIO): ProgressSink {
  if (process.stderr.isTTY) return { tty: true, write: (text) => process.stderr.write(text) };
  return { tty: false, write: (line) => io.err(line) };
}

/** In a log (CI), one progress line every this many milliseconds. */
const PLAIN_PROGRESS_EVERY_MS = 5_000;

function number(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new UsageError(`${name} '${value}' must be a number above 0`);
  return parsed;
}

function wholeNumber(value: string | undefined, name: string, fallback: number, least: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < least) throw new UsageError(`${name} '${value}' must be a whole number of at least ${least}`);
  return parsed;
}

function progressPrinter(sink: ProgressSink): { show: (snapshot: ProgressSnapshot) => void; end: () => void } {
  let lastPlain = 0;
  let drawn = false;
  return {
    show(snapshot) {
      if (sink.tty) {
        sink.write(`\r\x1b[2K${progressLine(snapshot)}`);
        drawn = true;
      } else if (snapshot.elapsedMillis - lastPlain >= PLAIN_PROGRESS_EVERY_MS) {
        lastPlain = snapshot.elapsedMillis;
        sink.write(progressLine(snapshot));
      }
    },
    end() {
      if (drawn) sink.write('\n');
    },
  };
}

export async function loadCommand(options: LoadCommandOptions, io: ConsoleIO, sink: ProgressSink = defaultSink(io)): Promise<number> {
  const mpans = wholeNumber(options.mpans, '--mpans', 100, 1);
  const profile = loadProfile(path.resolve(options.profile ?? DEFAULT_PROFILE));
  const spec = await loadSpecFetching({ version: options.specVersion, specDir: options.specDir }, { say: (line) => io.err(line) });
  const reportsDir = path.resolve(options.reports ?? path.join('reports', 'load'));
  const rate = number(options.rate, '--rate', 20);
  const durationSeconds = number(options.duration, '--duration', 60);
  const timeScale = number(options.timeScale, '--time-scale', 1);
  const seed = wholeNumber(options.seed, '--seed', 1, 0);
  const unknownFault = options.fault?.find((name) => !isFaultName(name));
  if (unknownFault) throw new UsageError(`--fault '${unknownFault}' is not a fault of the reference participant; choose from ${FAULT_NAMES.join(', ')}`);
  io.err(
    `mhhs-qualify load: ${mpans} MPANs through Change of Supplier against ${profile.name}, ${rate}/s over at most ${durationSeconds} s, time scale ×${timeScale}` +
      `${options.fault?.length ? `, faults: ${options.fault.join(', ')}` : ''}`,
  );
  const printer = progressPrinter(sink);
  let summary;
  try {
    summary = await runLoad({
      spec,
      profile,
      mpans,
      rate,
      durationSeconds,
      reportsDir,
      seed,
      timeScale,
      faults: options.fault ?? [],
      onProgress: printer.show,
    });
  } catch (error) {
    if (error instanceof LoadError) throw new UsageError(error.message);
    throw error;
  } finally {
    printer.end();
  }
  for (const line of loadReport(summary)) io.out(line);
  io.out(`Summary         ${path.join(reportsDir, LOAD_SUMMARY_FILE)}`);
  if (options.pack) {
    // The pack holds the journal whole: at 10,000 MPANs about 240 MB to read, mask and zip.
    const pack = await packEvidence({ reports: reportsDir, profile: profile.file, specVersion: spec.version, specDir: spec.dir, seed, timeScale, faults: summary.settings.faults });
    io.out(describePack(pack));
  }
  return summary.passed ? 0 : 1;
}

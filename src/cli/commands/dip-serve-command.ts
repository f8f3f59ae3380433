// `mhhs-qualify dip serve`: the DIP sandbox. Starts the DIP emulator and the central systems
// as a run does, but runs no scenario; prints where it listens, then one line per exchange as
// it is journaled, until Ctrl-C or SIGTERM stops it (exit 0), saying where the journal is.
import path from 'node:path';
import { loadProfile } from '../../profile/participant-profile.ts';
import { exchangeLine } from '../../sandbox/exchange-line.ts';
import { type DipSandbox, SandboxRunningError, startDipSandbox } from '../../sandbox/dip-sandbox.ts';
import { loadSpecFetching } from '../../spec/load-spec.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { EXIT, UsageError } from '../usage-error.ts';

export interface DipServeOptions {
  readonly profile?: string;
  readonly port?: string;
  readonly reports?: string;
  readonly specVersion?: string;
  readonly specDir?: string;
}

/** Resolves on the first SIGINT or SIGTERM; a second one finds Node's default and ends the process at once. */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function portOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) throw new UsageError(`--port '${text}' must be a TCP port number, 0 for any free port`);
  return port;
}

async function start(options: DipServeOptions, io: ConsoleIO): Promise<DipSandbox> {
  if (!options.profile) throw new UsageError('dip serve needs --profile FILE: the profile of the systems the DIP serves (write one with `mhhs-qualify init`)');
  const profile = loadProfile(path.resolve(options.profile));
  const port = portOf(options.port);
  const spec = await loadSpecFetching({ version: options.specVersion, specDir: options.specDir }, { say: (line) => io.err(line) });
  try {
    return await startDipSandbox({ spec, profile, reportsDir: path.resolve(options.reports ?? 'reports'), ...(port === undefined ? {} : { port }), onExchange: (exchange) => io.out(exchangeLine(exchange)) });
  } catch (error) {
    if (error instanceof SandboxRunningError) throw new UsageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      const where = `${profile.emulator.host}:${port ?? profile.emulator.port}`;
      throw new UsageError(`the DIP emulator cannot listen on ${where} (${code}); choose another --port (0: any free port) or emulator.host`);
    }
    throw error;
  }
}

export async function dipServeCommand(options: DipServeOptions, io: ConsoleIO, stopped: Promise<unknown> = stopSignal()): Promise<number> {
  const sandbox = await start(options, io);
  for (const line of sandbox.listening) io.out(line);
  if (sandbox.publicUrl) io.err(`Your systems call it at ${sandbox.publicUrl} (emulator.publicUrl), the URL they sign.`);
  if (sandbox.participantUrl) io.err(`The bundled reference participant is its participant, at ${sandbox.participantUrl}.`);
  io.err(`Journal: ${sandbox.journal}`);
  io.err('Push a publication to the participant with `mhhs-qualify dip push IF-nnn [EVENT] --mpan MPAN --to ROLE`; Ctrl-C stops the sandbox.');
  await stopped;
  await sandbox.close();
  io.out(`DIP sandbox stopped after ${sandbox.exchanges()} exchanges; journal: ${sandbox.journal}`);
  return EXIT.ok;
}

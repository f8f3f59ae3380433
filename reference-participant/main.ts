// Entry point of the reference participant process:
//   tsx reference-participant/main.ts --config FILE      (or MHHS_RP_CONFIG=FILE)
// The first stdout line is {"event":"listening","url":…}; a parent process reads it to find
// the webhook. SIGTERM / SIGINT stop it cleanly; a kill -9 loses nothing it acknowledged.
import { loadSpec } from '../src/spec/load-spec.ts';
import { CONFIG_ENV, ConfigError, loadConfigFile } from './config.ts';
import { dipDefinitions } from './own/dip-definitions.ts';
import { startReferenceParticipant } from './participant.ts';

const USAGE = `usage: tsx reference-participant/main.ts --config FILE   (or set ${CONFIG_ENV.file}=FILE)`;

function configPath(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--config') return argv[i + 1];
    if (arg.startsWith('--config=')) return arg.slice('--config='.length);
  }
  return process.env[CONFIG_ENV.file];
}

async function main(): Promise<number | undefined> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const file = configPath(argv);
  if (!file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfigFile(file);
  // Ready before it listens, as a participant in service is: every message validator of its
  // own compiled now. Compiled on first use, the first IF-002 of a run waited most of a second
  // on a busy machine before its IF-031 went out, a whole 60-minute window at ×3600.
  const spec = loadSpec({ version: config.spec.version, specDir: config.spec.dir, env: process.env });
  dipDefinitions(spec.dir).prepare();
  const participant = await startReferenceParticipant(config, { spec });
  const shutdown = () => {
    participant.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  return undefined;
}

main().then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${JSON.stringify({ event: 'error', time: new Date().toISOString(), error: message })}\n`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  },
);

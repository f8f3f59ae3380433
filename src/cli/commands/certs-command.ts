// `mhhs-qualify certs init`: a throw-away test PKI for local runs (never for a real DIP).
import path from 'node:path';
import { createTestPki, writeTestPki } from '../../transport/test-pki.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { UsageError } from '../usage-error.ts';

export function certsInitCommand(options: { dir?: string; days?: string }, io: ConsoleIO): number {
  const days = Number(options.days ?? 30);
  if (!Number.isInteger(days) || days < 1 || days > 825) throw new UsageError(`--days '${options.days}' must be a whole number of days from 1 to 825`);
  const dir = path.resolve(options.dir ?? path.join('reports', 'test-pki'));
  const files = writeTestPki(createTestPki(days), dir);
  io.out(`Test PKI (valid ${days} days) in ${dir}: ${files.length} files (CA; DIP emulator and participant TLS server, TLS client and signing certificates). Keys are mode 0600; do not use them outside testing.`);
  return 0;
}

// `mhhs-qualify validate FILE...`: judge DIP request bodies a participant wrote, before any
// end-to-end run. Exit 0 clean, 1 on any fail-severity finding, 2 when input stopped us.
import { loadSpecFetching } from '../../spec/load-spec.ts';
import { gbMidnightUtcMillis, parseOffsetTimestamp } from '../../time/gb-time.ts';
import { InputError, readMessageFile } from '../../validation/read-message-file.ts';
import { validateBody } from '../../validation/validate-body.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { type FileReport, validationJson, validationText } from '../output/validation-report.ts';
import { EXIT, UsageError } from '../usage-error.ts';

export interface ValidateCommandOptions {
  readonly specVersion?: string | undefined;
  readonly specDir?: string | undefined;
  readonly channel?: string | undefined;
  readonly format?: string | undefined;
  readonly now?: string | undefined;
}

const CHANNEL = /^(IF|REP)-\d{3}[A-Z]?$/;

/** `--now` takes a DIP timestamp (2026-11-23T10:00:00+00:00), any ISO instant with Z, or a GB date. */
export function parseNow(text: string): number {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) return gbMidnightUtcMillis(Number(date[1]), Number(date[2]), Number(date[3]));
  const offset = parseOffsetTimestamp(text);
  if (!('kind' in offset)) return offset.utcMillis;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(text) && !Number.isNaN(Date.parse(text))) return Date.parse(text);
  throw new UsageError(`--now '${text}' is not a time; use 2026-11-23T10:00:00+00:00, 2026-11-23T10:00:00Z or 2026-11-23`);
}

export async function validateCommand(files: readonly string[], options: ValidateCommandOptions, io: ConsoleIO): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format '${format}' is not one of text, json`);
  if (options.channel !== undefined && !CHANNEL.test(options.channel)) {
    throw new UsageError(`--channel '${options.channel}' is not an interface ID like IF-031`);
  }
  if (files.length === 0) throw new UsageError('give at least one FILE holding a DIP request body (a JSON array of {"payload": …})');
  const now = options.now === undefined ? undefined : parseNow(options.now);
  const spec = await loadSpecFetching({ version: options.specVersion, specDir: options.specDir }, { say: (line) => io.err(line) });

  const reports: FileReport[] = [];
  let inputErrors = 0;
  for (const file of files) {
    try {
      const body = await readMessageFile(file);
      reports.push({ file, messages: validateBody(spec, body, { now, channel: options.channel }) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      inputErrors += 1;
      io.err(`mhhs-qualify validate: ${error.message}`);
    }
  }
  io.out(format === 'json' ? validationJson(reports) : validationText(reports, io.colour));
  if (inputErrors > 0) return EXIT.usage;
  const anyFail = reports.some((report) => report.messages.some((message) => message.verdict === 'fail'));
  return anyFail ? EXIT.findings : EXIT.ok;
}

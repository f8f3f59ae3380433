// `mhhs-qualify dip push`: has the running DIP sandbox (`dip serve`) push one valid publication
// to the participant's webhook for a role, and says how the participant answered and whether the
// suite accepts that answer. Exit 0: acceptable; 1: not; 2: a usage error or no sandbox running.
import path from 'node:path';
import { postControl } from '../../sandbox/control-channel.ts';
import { readCurrentSandbox } from '../../sandbox/current-sandbox.ts';
import { SANDBOX_FOLDER } from '../../sandbox/dip-sandbox.ts';
import type { SandboxPushAnswer, SandboxPushRequest } from '../../sandbox/sandbox-push.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { EXIT, UsageError } from '../usage-error.ts';

export interface DipPushOptions {
  readonly mpan?: string;
  readonly to?: string;
  readonly profile?: string;
  readonly reports?: string;
}

const NO_SANDBOX = 'no DIP sandbox running; start one with `mhhs-qualify dip serve --profile …`';
/** The DIP's own retries included: up to four attempts of 10 s each, and their pauses. */
const PUSH_TIMEOUT_MS = 90_000;

/** The body as the participant sent it, indented when it is JSON. */
function shown(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body === '' ? '(empty body)' : body;
  }
}

export function pushAnswerText(answer: SandboxPushAnswer): string[] {
  const tries = answer.attempts > 1 ? ` after ${answer.attempts} attempts` : '';
  const lines = [`${answer.what} about MPAN ${answer.mpan} to ${answer.role} ${answer.recipientDipId} at ${answer.webhookUrl}, transaction ${answer.transactionIDs.join(', ')}`];
  if (answer.status !== undefined) lines.push(`HTTP ${answer.status}${tries}`, shown(answer.body ?? ''));
  else lines.push(`no answer${tries}: ${answer.transportError ?? 'none recorded'}`);
  lines.push(answer.verdict);
  for (const finding of [...answer.findings, ...answer.warnings]) lines.push(`  ${finding.severity === 'warn' ? 'warn ' : ''}${finding.rule} ${finding.pointer || '/'}: ${finding.message}`);
  return lines;
}

export async function dipPushCommand(interfaceID: string, eventCode: string | undefined, options: DipPushOptions, io: ConsoleIO): Promise<number> {
  if (!options.mpan) throw new UsageError('dip push needs --mpan MPAN: the MPAN core the publication is about');
  if (!options.to) throw new UsageError('dip push needs --to ROLE: SUP, MSS or MSA, whose webhook the DIP pushes to');
  const current = readCurrentSandbox(path.resolve(options.reports ?? 'reports', SANDBOX_FOLDER));
  if (!current) throw new UsageError(NO_SANDBOX);
  if (options.profile && path.resolve(options.profile) !== current.profile) {
    throw new UsageError(`the DIP sandbox at ${current.url} serves ${current.profile}, not ${path.resolve(options.profile)}; stop it and start one with that profile`);
  }
  const request: SandboxPushRequest = { interfaceID, ...(eventCode ? { eventCode } : {}), mpan: options.mpan, role: options.to };
  const answer = await postControl(current.control, '/push', request, PUSH_TIMEOUT_MS);
  if ('unreachable' in answer) throw new UsageError(`${NO_SANDBOX} (its control endpoint ${current.control.url} did not answer: ${answer.unreachable})`);
  const message = (answer.body as { message?: string } | undefined)?.message;
  if (answer.status === 422) throw new UsageError(message ?? 'the DIP sandbox refused the push request');
  if (answer.status !== 200) throw new Error(`the DIP sandbox answered the push request with HTTP ${answer.status}: ${message ?? JSON.stringify(answer.body)}`);
  const result = answer.body as SandboxPushAnswer;
  for (const line of pushAnswerText(result)) io.out(line);
  return result.acceptable ? EXIT.ok : EXIT.findings;
}

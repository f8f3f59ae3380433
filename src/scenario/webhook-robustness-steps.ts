// Rainy days at the participant's webhook: a publication that breaks its schema, one about an
// MPAN the participant has no business with, and the same transaction delivered twice. The
// participant must answer each as the DIP's rules say and lose nothing.
import { buildMessage } from '../../scenarios/builders/message-builder.ts';
import { roleOf } from '../profile/participant-profile.ts';
import { SIMULATED } from '../stage/simulated-parties.ts';
import { MILLIS } from '../time/gb-time.ts';
import type { Exchange } from '../evidence/exchange.ts';
import { matches } from './exchange-messages.ts';
import { replySince, type ScenarioContext } from './scenario-context.ts';
import { Inconclusive, ParticipantDefect, SuiteError } from './verdicts.ts';

function supplierOf(context: ScenarioContext) {
  const supplier = roleOf(context.stage.options.profile, 'SUP');
  if (!supplier) throw new Inconclusive('the profile declares no Supplier role to receive IF-036');
  return supplier;
}

/** An IF-036 [MSAppActive] to the participant's Supplier about the scenario's MPAN. */
function appointmentActive(context: ScenarioContext) {
  const { stage } = context;
  const point = context.point!;
  const supplier = supplierOf(context);
  return buildMessage(stage.options.spec, {
    faker: stage.faker,
    interfaceID: 'IF-036',
    eventCode: '[MSAppActive]',
    now: stage.clock.now(),
    sender: { dipId: SIMULATED.smrs.dipId, role: 'REGS' },
    fixed: {
      '/CommonBlock/M0': { MPANCore: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup },
      '/CommonBlock/A0': { primaryRecipients: [supplier.dipId], secondaryRecipients: [], always: [] },
    },
  }) as unknown as Record<string, unknown>;
}

export async function pushSchemaBreakingPublication(context: ScenarioContext): Promise<void> {
  const payload = appointmentActive(context);
  // B014 (the incoming Metering Service) is required in IF-036 [MSAppActive].
  delete (payload.CustomBlock as Record<string, unknown>).B014;
  const push = await context.stage.emulator.push(supplierOf(context).dipId, 'IF-036', [payload]);
  context.actions.push({ what: 'IF-036 [MSAppActive]', at: push.attempts.at(-1)!.marketMillis, push });
}

export async function pushAboutUnknownMpan(context: ScenarioContext): Promise<void> {
  const push = await context.stage.emulator.push(supplierOf(context).dipId, 'IF-036', [appointmentActive(context)]);
  context.actions.push({ what: 'IF-036 [MSAppActive]', at: push.attempts.at(-1)!.marketMillis, push });
}

/** The StandardResponse the participant answered `what` with carries `code` (e.g. RCP1001). */
export function expectAnswerCode(context: ScenarioContext, what: string, code: string): void {
  const answer = context.lastAction(what)?.push?.attempts.at(-1)?.response?.body ?? '';
  let messages: string[] = [];
  try {
    messages = ((JSON.parse(answer) as { messageArray?: Array<{ message?: string }> }).messageArray ?? []).map((entry) => String(entry.message));
  } catch {
    // Not JSON: reported below as a missing code.
  }
  if (!messages.some((message) => message.startsWith(code))) {
    throw new ParticipantDefect(`the participant's answer to ${what} does not carry ${code}`, [
      { rule: 'WEBHOOK-RESPONSE-CODE', severity: 'fail', pointer: '/messageArray', message: `expected a StandardResponse message starting ${code}; found ${messages.length ? messages.join('; ') : 'none'}`, requirement: 'REQ-DIP-WEBHOOK-RESPONSE' },
    ]);
  }
}

/** The participant reports `code` for the transaction of `what` through /statusmessage within `minutes`. */
export async function expectStatusMessage(context: ScenarioContext, code: string, minutes: number, what: string): Promise<Exchange> {
  const action = context.lastAction(what);
  const transactionID = action?.push?.transactionIDs[0];
  if (!action || !transactionID) throw new SuiteError(`no ${what} was pushed in this scenario`);
  const deadline = action.at + minutes * MILLIS.MINUTE;
  const exchange = await context.watch.next(
    (candidate) => candidate.channel === '/statusmessage' && candidate.request.body.includes(transactionID) && candidate.request.body.includes(code),
    deadline,
  );
  if (!exchange) {
    throw new ParticipantDefect(`the participant sent no status message ${code} for transaction ${transactionID} within ${minutes} minutes of ${what}`);
  }
  if (exchange.findings.length) throw new ParticipantDefect('the participant’s status message breaks the rules', exchange.findings);
  return exchange;
}

/** The DIP delivers the last push of `what` again, with the same transaction ID; a replay marks it replayIndicator: true. */
export async function redeliver(context: ScenarioContext, what: string, options: { replay?: boolean } = {}): Promise<void> {
  const action = context.lastAction(what);
  if (!action?.push) throw new SuiteError(`no ${what} was pushed in this scenario`);
  const recipient = action.push.body[0]?.payload as { CommonBlock?: { A0?: { primaryRecipients?: string[] } } } | undefined;
  const dipId = recipient?.CommonBlock?.A0?.primaryRecipients?.[0];
  if (!dipId) throw new SuiteError(`the ${what} pushed names no primary recipient`);
  const push = await context.stage.emulator.redeliver(dipId, action.push, options);
  context.actions.push({ what, at: push.attempts.at(-1)!.marketMillis, push });
}

/** Over `minutes` of market time after `what`, the participant sent `interfaceID eventCode` for the MPAN exactly once. */
export async function expectSentOnce(context: ScenarioContext, interfaceID: string, eventCode: string, minutes: number, what: string): Promise<void> {
  const first = context.actions.find((action) => action.what === what);
  if (!first) throw new SuiteError(`no ${what} was pushed in this scenario`);
  await context.stage.clock.sleep(Math.max(0, first.at + minutes * MILLIS.MINUTE - context.stage.clock.now()));
  const query = { direction: 'participant-to-dip' as const, interfaceID, eventCode, mpan: context.mpan, since: replySince(first) };
  const sent = context.watch.seen.filter((exchange) => matches(exchange, query) !== undefined);
  if (sent.length !== 1) {
    throw new ParticipantDefect(`the participant sent ${interfaceID} ${eventCode} for MPAN ${context.mpan} ${sent.length} times after ${what} was delivered twice; once is right`, [
      { rule: 'IDEMPOTENT-DELIVERY', severity: 'fail', pointer: '', message: `${sent.length} submissions: ${sent.map((exchange) => exchange.marketTime).join(', ') || 'none'}`, requirement: 'REQ-DIP-IDEMPOTENT-RECEIPT' },
    ]);
  }
}

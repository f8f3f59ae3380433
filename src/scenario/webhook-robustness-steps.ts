// Rainy days at the participant's webhook: a publication that breaks its schema, one about an
// MPAN the participant has no business with, the same transaction delivered twice, and
// publications delivered in another order than the process sends them. The participant must
// answer each as the DIP's rules say, act on each once and lose nothing.
import { buildMessage } from '../builders/message-builder.ts';
import { loadSlaTable, measureSla } from '../clock/index.ts';
import { roleOf } from '../profile/participant-profile.ts';
import { SIMULATED } from '../stage/simulated-parties.ts';
import { MILLIS } from '../time/gb-time.ts';
import { RETRIED_STATUSES } from '../../mocks/dip/publication-push.ts';
import type { Exchange } from '../evidence/exchange.ts';
import { WEBHOOK_CHECKS } from '../findings/check-registry.ts';
import { type Finding, findingOf } from '../rules/rule.ts';
import { readField } from '../spec/payload-fields.ts';
import { lateFinding, notSentFinding } from './sla-findings.ts';
import { matches, messagesOf, statusEntriesOf } from './exchange-messages.ts';
import { deliveredAt, replySince, type ScenarioContext } from './scenario-context.ts';
import { longestReactionMinutes, requireWatchCoversSla, slaMinutesBetween, statusMessageMinutes } from './watch-windows.ts';
import { Inconclusive, ParticipantDefect, SuiteError } from './verdicts.ts';
import type { MessageKind } from '../spec/message-kind.ts';

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
  context.actions.push({ what: 'IF-036 [MSAppActive]', at: deliveredAt(push, context.stage.clock.now()), push });
}

export async function pushAboutUnknownMpan(context: ScenarioContext): Promise<void> {
  const push = await context.stage.emulator.push(supplierOf(context).dipId, 'IF-036', [appointmentActive(context)]);
  context.actions.push({ what: 'IF-036 [MSAppActive]', at: deliveredAt(push, context.stage.clock.now()), push });
}

/** The StandardResponse the participant answered `what` with carries `code` (e.g. RCP1001). */
export function expectAnswerCode(context: ScenarioContext, message: MessageKind, code: string): void {
  const what = message.label;
  const answer = context.lastAction(what)?.push?.attempts.at(-1)?.response?.body ?? '';
  let messages: string[] = [];
  try {
    messages = ((JSON.parse(answer) as { messageArray?: Array<{ message?: string }> }).messageArray ?? []).map((entry) => String(entry.message));
  } catch {
    // Not JSON: reported below as a missing code.
  }
  if (!messages.some((message) => message.startsWith(code))) {
    throw new ParticipantDefect(`the participant's answer to ${what} does not carry ${code}`, [
      findingOf(WEBHOOK_CHECKS.responseCode, '/messageArray', `expected a StandardResponse message starting ${code}; found ${messages.length ? messages.join('; ') : 'none'}`),
    ]);
  }
}

/** The SLA a status message is timed against (scenarios/slas.yaml): from the delivery it reports on. */
const STATUS_MESSAGE_SLA = 'status-message-answer';
/** How far past the window the step keeps listening, so a late status message is timed, not missed. */
const LATE_GRACE_FACTOR = 0.5;

/**
 * The participant reports `code` for the transaction of `what` through /statusmessage within
 * `minutes`, the status-message-answer SLA, which the feature states in words. One that comes
 * late is measured and fails on the SLA; one that never comes fails as not sent.
 */
export async function expectStatusMessage(context: ScenarioContext, code: string, minutes: number, message: MessageKind): Promise<Exchange> {
  const what = message.label;
  const action = context.lastAction(what);
  const transactionID = action?.push?.transactionIDs[0];
  if (!action || !transactionID) throw new SuiteError(`no ${what} was pushed in this scenario`);
  const sla = loadSlaTable().byId(STATUS_MESSAGE_SLA);
  if (!('minutes' in sla.window) || sla.window.minutes !== minutes) {
    throw new SuiteError(`the feature gives a status message ${minutes} minutes, scenarios/slas.yaml (${STATUS_MESSAGE_SLA}) says ${JSON.stringify(sla.window)}`);
  }
  const listenUntil = action.at + minutes * MILLIS.MINUTE * (1 + LATE_GRACE_FACTOR);
  const exchange = await context.watch.next(
    (candidate) => candidate.channel === '/statusmessage' && statusEntriesOf(candidate).some((entry) => entry.transactionID.includes(transactionID) && entry.code === code),
    listenUntil,
  );
  if (!exchange) {
    throw new ParticipantDefect(`the participant sent no status message ${code} for transaction ${transactionID} within ${minutes} minutes of ${what} (listened ${Math.round((listenUntil - action.at) / MILLIS.MINUTE)} market minutes)`, [
      notSentFinding(`status message ${code}`, `${minutes} minutes`, what, STATUS_MESSAGE_SLA),
    ]);
  }
  const measurement = measureSla(sla, action.at, exchange.marketMillis);
  context.slas.push(measurement);
  const findings: Finding[] = [...exchange.findings];
  if (!measurement.withinSla) findings.unshift(lateFinding(measurement));
  context.warnings.push(...findings.filter((finding) => finding.severity === 'warn'));
  const failures = findings.filter((finding) => finding.severity === 'fail');
  if (failures.length) throw new ParticipantDefect(`the participant’s status message ${code} about ${what} breaks the rules`, failures);
  return exchange;
}

/** The DIP delivers the last push of `what` again, with the same transaction ID; a replay marks it replayIndicator: true. */
export async function redeliver(context: ScenarioContext, message: MessageKind, options: { replay?: boolean } = {}): Promise<void> {
  const what = message.label;
  const action = context.lastAction(what);
  if (!action?.push) throw new SuiteError(`no ${what} was pushed in this scenario`);
  const primaryRecipients = readField(action.push.body[0]?.payload, 'CommonBlock', 'A0', 'primaryRecipients');
  const first: unknown = Array.isArray(primaryRecipients) ? primaryRecipients[0] : undefined;
  const dipId = action.recipientDipId ?? (typeof first === 'string' ? first : undefined);
  if (!dipId) throw new SuiteError(`the ${what} pushed names no primary recipient`);
  const push = await context.stage.emulator.redeliver(dipId, action.push, options);
  context.actions.push({ what, at: deliveredAt(push, context.stage.clock.now()), push, recipientDipId: dipId });
}

/** Over `minutes` of market time after `trigger`, the participant sent `sent` for the MPAN exactly once. */
export async function expectSentOnce(context: ScenarioContext, sent: MessageKind, minutes: number, trigger: MessageKind): Promise<void> {
  const what = trigger.label;
  const first = context.actions.find((action) => action.what === what);
  if (!first) throw new SuiteError(`no ${what} was pushed in this scenario`);
  requireWatchCoversSla(minutes, slaMinutesBetween(trigger, sent), sent.label);
  await context.stage.clock.sleep(Math.max(0, first.at + minutes * MILLIS.MINUTE - context.stage.clock.now()));
  const query = { direction: 'participant-to-dip' as const, interfaceID: sent.interfaceID, eventCode: sent.eventCode, mpan: context.mpan, since: replySince(first) };
  const submissions = context.watch.seen.filter((exchange) => matches(exchange, query) !== undefined);
  if (submissions.length !== 1) {
    throw new ParticipantDefect(`the participant sent ${sent.label} for MPAN ${context.mpan} ${submissions.length} times after ${what} was delivered twice; once is right`, [
      findingOf(WEBHOOK_CHECKS.idempotentDelivery, '', `${submissions.length} submissions: ${submissions.map((exchange) => exchange.marketTime).join(', ') || 'none'}`),
    ]);
  }
}

/**
 * Once the participant has reacted to the first delivery, the suite listens after the last
 * repeat for twice that reaction's delay, and at least this long (market time): a repeat acted
 * on again shows itself about as fast as the first.
 */
const SETTLE_AFTER_REPEATS_MILLIS = MILLIS.MINUTE / 2;
/** And at least this long in real time, for the jitter of a participant's queue under a compressed clock. */
const SETTLE_AFTER_REPEATS_REAL_MILLIS = 50;

/**
 * What one exchange of the participant's shows it did because of the transaction: each status
 * message entry naming the transaction, each DIP message about the scenario's MPAN (new to the
 * participant, so nothing else is about it), as the kind it counts under. An attempt the DIP
 * did not take (408, 429, 5xx, no answer) is one the participant rightly sends again: not a
 * second action.
 */
export function reactionKinds(exchange: Exchange, transactionID: string, mpan: string | undefined): string[] {
  if (exchange.direction !== 'participant-to-dip') return [];
  const status = exchange.response?.status;
  if (status === undefined || RETRIED_STATUSES.has(status)) return [];
  if (exchange.channel === '/statusmessage') {
    return statusEntriesOf(exchange)
      .filter((entry) => entry.transactionID.includes(transactionID))
      .map((entry) => `status message ${entry.code} about transaction ${transactionID}`);
  }
  if (!mpan) return [];
  return messagesOf(exchange)
    .filter((message) => message.mpan?.slice(0, 12) === mpan.slice(0, 12))
    .map((message) => `${message.interfaceID} ${message.eventCode} for MPAN ${mpan}`);
}

/**
 * The participant acts at most once on a transaction the DIP delivered more than once (a retry,
 * a replay). What it does is what it sends: every status message naming the transaction and
 * every DIP message about the scenario's MPAN counts, by kind (interface and event code, or
 * status code), and no kind may appear twice. A publication it takes no action on passes when
 * the repeats make it send nothing either. The scenario listens from the first delivery for
 * `minutes`, or, once the participant has reacted, until twice that reaction's delay (at least
 * half a minute) after the last repeat, whichever ends first; then it hands the watch on to the
 * worker, which listens until the longest SLA of a reaction has passed since the first delivery
 * and makes a kind seen again by then a run-level finding.
 */
export async function expectActedOnAtMostOnce(context: ScenarioContext, message: MessageKind, minutes: number): Promise<void> {
  const what = message.label;
  const deliveries = context.actions.filter((action) => action.what === what && action.push);
  const first = deliveries[0];
  const last = deliveries.at(-1);
  const transactionID = first?.push?.transactionIDs[0];
  if (!first || !last || !transactionID || deliveries.length < 2) throw new SuiteError(`${what} was not delivered more than once in this scenario`);
  const mpan = context.point?.mpan;
  const since = replySince(first);
  const deadline = first.at + minutes * MILLIS.MINUTE;
  const kindsOf = (exchange: Exchange) => (exchange.marketMillis >= since ? reactionKinds(exchange, transactionID, mpan) : []);
  const firstReaction = await context.watch.next((exchange) => kindsOf(exchange).length > 0, deadline);
  const { clock } = context.stage;
  if (firstReaction) {
    const delay = Math.max(0, firstReaction.marketMillis - since);
    const settle = Math.max(SETTLE_AFTER_REPEATS_MILLIS, SETTLE_AFTER_REPEATS_REAL_MILLIS * context.stage.options.timeScale, 2 * delay);
    const until = Math.min(deadline, last.at + settle);
    await clock.sleep(Math.max(0, until - clock.now()));
  }
  const times = new Map<string, string[]>();
  for (const exchange of context.watch.seen) {
    for (const kind of kindsOf(exchange)) times.set(kind, [...(times.get(kind) ?? []), exchange.marketTime]);
  }
  const repeated = [...times].filter(([, at]) => at.length > 1);
  if (repeated.length) {
    throw new ParticipantDefect(
      `the participant acted more than once on ${what} (transaction ${transactionID}), which the DIP delivered ${deliveries.length} times`,
      repeated.map(([kind, at]): Finding => findingOf(WEBHOOK_CHECKS.idempotentDelivery, '', `${kind} sent ${at.length} times: ${at.join(', ')}; once is right`)),
    );
  }
  // The rest of the SLA is watched by the worker (src/scenario/late-repeats.ts), from this very
  // turn, so no exchange falls between the two: a kind seen again by then fails the run.
  context.lateRepeats?.handOn({
    scenario: { name: context.name, location: context.location },
    what,
    deliveries: deliveries.length,
    transactionID,
    mpan,
    since,
    firstDelivery: first.at,
    watchedMinutes: minutes,
    seen: times,
    slaMinutes: longestReactionMinutes(message),
  });
}

/**
 * Over `minutes` after the first of them was delivered, the participant refuses none of the
 * publications named: no status message about their transactions carries a code other than
 * RCP0000. A participant that cannot yet place a publication (IF-036 before the IF-035 it
 * follows) must hold it until it can, not report it unexpected (RCP1062) or drop it.
 */
export async function expectNoRefusal(context: ScenarioContext, messages: readonly MessageKind[], minutes: number): Promise<void> {
  const deliveries = messages.map(({ label: what }) => {
    const action = context.lastAction(what);
    if (!action?.push?.transactionIDs[0]) throw new SuiteError(`no ${what} was delivered to the participant in this scenario`);
    return { what, action, transactionID: action.push.transactionIDs[0] };
  });
  requireWatchCoversSla(minutes, statusMessageMinutes(), 'status messages');
  const since = Math.min(...deliveries.map(({ action }) => replySince(action)));
  const deadline = Math.min(...deliveries.map(({ action }) => action.at)) + minutes * MILLIS.MINUTE;
  const { clock } = context.stage;
  await clock.sleep(Math.max(0, deadline - clock.now()));
  const findings: Finding[] = context.watch.seen
    .filter((exchange) => exchange.direction === 'participant-to-dip' && exchange.channel === '/statusmessage' && exchange.marketMillis >= since)
    .flatMap((exchange) =>
      statusEntriesOf(exchange).flatMap((entry) =>
        deliveries
          .filter(({ transactionID }) => entry.transactionID.includes(transactionID) && entry.code !== 'RCP0000')
          .map(({ what, transactionID }) => findingOf(WEBHOOK_CHECKS.outOfOrderDelivery, '', `status message ${entry.code} at ${exchange.marketTime} refuses ${what} (transaction ${transactionID}), which the DIP delivered out of the process's order; it must be held and placed, not refused`)),
      ),
    );
  if (findings.length) throw new ParticipantDefect(`the participant refused a publication delivered out of order`, findings);
}

// The SMRS's side of a scenario: waiting for what it sends the participant as the process
// moves on, and the events that move it (Secured Active, a cancelled switch, a rejection the
// scenario arranges).
import type { ServiceKind } from '../../mocks/smrs/metering-points.ts';
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { findingOf } from '../rules/rule.ts';
import { readField } from '../spec/payload-fields.ts';
import { isPushAbout, type ReceivedPush, receivedPush, recordPushesSince, processFollowsWithinMillis } from './dip-pushes.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { failOnUnarrangedRefusal } from './smrs-refusals.ts';
import { Inconclusive, ParticipantDefect, SuiteError } from './verdicts.ts';
import type { MessageKind } from '../spec/message-kind.ts';

/**
 * The SMRS has pushed `message` (e.g. `IF-035 [MSAppAccepted]`) to the participant for the
 * scenario's MPAN: the push is looked for in the journal, waiting in market time for the process
 * to get there (processFollowsWithinMillis). Only when it never comes is a refusal of the
 * participant's own request named as the reason: a refusal of its other request (the Data
 * Service's, while the Metering Service's goes on) does not stop this one.
 */
export async function smrsHasSent(context: ScenarioContext, message: MessageKind): Promise<ReceivedPush> {
  const what = message.label;
  // The SMRS acts on what is already journaled before it is asked about.
  await context.stage.smrs.idle();
  const mpan = context.mpan;
  const since = context.startedAt;
  const deadline = context.stage.clock.now() + processFollowsWithinMillis();
  const attempt = await context.watch.next((exchange) => exchange.marketMillis >= since && isPushAbout(exchange, mpan, message), deadline);
  if (!attempt) {
    failOnUnarrangedRefusal(context, what);
    throw new Inconclusive(`the SMRS has sent no ${what} for MPAN ${mpan}: the process did not reach that step (see the steps before)`);
  }
  const push = await receivedPush(context, attempt, message);
  if (!context.actions.some((action) => action.push === push.outcome)) context.actions.push({ what, at: push.at, push: push.outcome });
  return push;
}

/** Runs an SMRS event for the scenario's MPAN, then notes what it pushed to the participant. */
async function smrsActs(context: ScenarioContext, act: () => Promise<unknown>): Promise<void> {
  // idle() waits for the submission the step before saw journaled to reach the SMRS too.
  await context.stage.smrs.idle();
  const from = context.watch.seen.length;
  await act();
  await recordPushesSince(context, from);
}

export async function switchReachesSecuredActive(context: ScenarioContext): Promise<void> {
  await smrsActs(context, () => context.stage.smrs.securedActive(context.mpan));
}

export async function switchIsCancelled(context: ScenarioContext): Promise<void> {
  await smrsActs(context, () => context.stage.smrs.switchCancelled(context.mpan));
}

/** Arranges the SMRS's answer to the next request: `REG1031` becomes "REG1031 - <spec text>". */
export function smrsWillReject(context: ScenarioContext, kind: ServiceKind, code: string): void {
  const entry = context.stage.options.spec.catalogue.responseCodes.find((candidate) => candidate.code === code);
  if (!entry) throw new SuiteError(`${code} is not a response code of DIP API ${context.stage.options.spec.version}`);
  context.arrangedRejections.add(entry.code);
  context.stage.smrs.rejectNextAppointment(context.mpan, kind, `${entry.code} - ${entry.description}`);
}

/** The service the participant proposes (simulated) will refuse the offer with `code`, e.g. SP011. */
export function proposedServiceWillRefuse(context: ScenarioContext, code: string): void {
  const entry = context.stage.options.spec.catalogue.responseCodes.find((candidate) => candidate.code === code);
  if (!entry) throw new SuiteError(`${code} is not a response code of DIP API ${context.stage.options.spec.version}`);
  context.stage.refusals.set(context.mpan, `${entry.code} - ${entry.description}`);
}

/**
 * The SMRS took the participant's update: its notification `what` (e.g. IF-006
 * [MeterHistoryUpdate]) back to the participant carries R0 `A`. A refusal is the participant's
 * defect, named by the REG code the SMRS gave.
 */
export async function expectSmrsAccepted(context: ScenarioContext, message: MessageKind, requirement: string): Promise<void> {
  const what = message.label;
  const push = await smrsHasSent(context, message);
  const responseCode = readField(push.message.payload, 'CommonBlock', 'R0', 'responseCode');
  if (responseCode === 'A') return;
  const responseMessages = readField(push.message.payload, 'CommonBlock', 'R0', 'responseMessages');
  const reasons = Array.isArray(responseMessages) ? responseMessages.map(String).join('; ') : '(no reason given)';
  throw new ParticipantDefect(`the SMRS refused the participant's update: ${what} carries R0 ${String(responseCode)}`, [
    findingOf(PROCESS_CHECKS.smrsAccepted, '/0/payload/CommonBlock/R0', `the SMRS refused it: ${reasons}`, requirement),
  ]);
}

/** The legacy agents a reverse-migrated MPAN goes back to (MPIDs of the pre-MHHS MOP and DC). */
const LEGACY_AGENTS = { legacyMopMpid: 'LMOP', legacyDcMpid: 'LDCA' };

/** An unqualified Supplier registers the scenario's migrated MPAN: the SMRS reverse-migrates it (MIG-06). */
export async function unqualifiedSupplierReverseMigrates(context: ScenarioContext): Promise<void> {
  const from = context.watch.seen.length;
  const refusal = await context.stage.smrs.reverseMigrate(context.mpan, LEGACY_AGENTS);
  // The scenario applies only before M14 (src/scenario/applicability.ts); a refusal here is the suite's inconsistency.
  if (refusal) throw new SuiteError(`the SMRS simulator refused the reverse migration: ${refusal}`);
  await recordPushesSince(context, from);
}
/** The DIP will hold back the SMRS's next `what` (e.g. `IF-035 [MSAppAccepted]`) to the participant for the scenario's MPAN. */
export function dipHoldsBack(context: ScenarioContext, message: MessageKind): void {
  context.stage.smrs.holdBack(context.mpan, message.interfaceID, message.eventCode);
}

/** The SMRS has sent `what` about the scenario's MPAN, and the DIP holds it back as arranged. */
export async function smrsHasSentHeld(context: ScenarioContext, message: MessageKind): Promise<void> {
  const what = message.label;
  const { clock, smrs } = context.stage;
  await smrs.idle();
  const timeUp = new AbortController();
  const held = smrs.whenHeld(context.mpan, what, timeUp.signal);
  const stopClock = new AbortController();
  // Market time, as every wait of a scenario: the process may take the participant its SLA to get here.
  void clock.sleep(processFollowsWithinMillis(), stopClock.signal).then(() => timeUp.abort(), () => undefined);
  const found = await held;
  stopClock.abort();
  if (found) return;
  failOnUnarrangedRefusal(context, what);
  throw new Inconclusive(`the SMRS has sent no ${what} for MPAN ${context.mpan} for the DIP to hold back: the process did not reach that step (see the steps before)`);
}

/** The DIP delivers now what it held back; a scenario whose process never reached it cannot judge the order. */
export async function dipDeliversHeld(context: ScenarioContext, message: MessageKind): Promise<void> {
  const what = message.label;
  await context.stage.smrs.idle();
  const from = context.watch.seen.length;
  const released = await context.stage.smrs.releaseHeld(context.mpan);
  if (released === 0) failOnUnarrangedRefusal(context, what);
  if (released === 0) throw new Inconclusive(`the SMRS sent no ${what} for MPAN ${context.mpan} for the DIP to hold back: the process did not reach that step (see the steps before)`);
  await recordPushesSince(context, from);
}

/** The SMRS's IF-035 outcome of the participant's Metering Service appointment reaches it only now (after IF-036). */
export async function smrsTellsProposedServiceLate(context: ScenarioContext, message: MessageKind): Promise<void> {
  const what = message.label;
  if (message.interfaceID !== 'IF-035' || !message.eventCode.startsWith('[MSApp')) throw new SuiteError(`only an IF-035 [MSApp…] outcome can reach the Metering Service late, not ${what}`);
  await smrsActs(context, () => context.stage.smrs.tellProposedService(context.mpan, 'MS'));
  if (!context.lastAction(what)) throw new Inconclusive(`the SMRS's appointment for MPAN ${context.mpan} did not end as ${what} (see the steps before)`);
}

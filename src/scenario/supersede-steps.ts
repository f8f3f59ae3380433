// A Supplier must not supersede its own appointment requests (BP001 COS-14): when CSS updates the
// pending switch and the SMRS sends IF-002 again for the same registration, the requests already
// in flight stand. A second IF-031 of the same kind would replace the first, which the SMRS
// reports as REG1089 "Subsequent Appointment Received". Silence can only be judged after a wait:
// the step names how long, in market minutes.
import { SUPERSEDED } from '../../mocks/smrs/smrs-simulator.ts';
import { MILLIS } from '../time/gb-time.ts';
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { findingOf } from '../rules/rule.ts';
import { isPushAbout, recordPushesSince } from './dip-pushes.ts';
import { matches, messagesOf } from './exchange-messages.ts';
import { replySince, type ScenarioContext } from './scenario-context.ts';
import { ParticipantDefect, SuiteError } from './verdicts.ts';
import { messageKind } from '../spec/message-kind.ts';

const GAIN = 'IF-002 [GainMPANInfo]';

export async function smrsUpdatesGain(context: ScenarioContext): Promise<void> {
  await context.stage.smrs.idle();
  const from = context.watch.seen.length;
  await context.stage.smrs.gainUpdated(context.mpan);
  await recordPushesSince(context, from);
}

/** Over `minutes` after the first IF-002, the participant sent `eventCode` (IF-031) once, and the SMRS superseded nothing. */
export async function expectNotSuperseded(context: ScenarioContext, eventCode: string, minutes: number): Promise<void> {
  const first = context.actions.find((action) => action.what === GAIN);
  const last = context.lastAction(GAIN);
  if (!first || !last || first === last) throw new SuiteError(`this check needs ${GAIN} pushed twice in the scenario`);
  await context.stage.clock.sleep(Math.max(0, last.at + minutes * MILLIS.MINUTE - context.stage.clock.now()));
  await context.stage.smrs.idle();
  const query = { direction: 'participant-to-dip' as const, interfaceID: 'IF-031', eventCode, mpan: context.mpan, since: replySince(first) };
  const sent = context.watch.seen.filter((exchange) => matches(exchange, query) !== undefined);
  // [MSApp] → IF-035 [MSAppRejected] carrying REG1089 for this MPAN.
  const rejected = `[${eventCode.slice(1, 3)}AppRejected]`;
  // The SMRS tells the Supplier (the participant) of every appointment it supersedes.
  const rejection = messageKind('IF-035', rejected);
  const superseded = context.watch.seen.filter(
    (exchange) =>
      exchange.marketMillis >= first.at &&
      isPushAbout(exchange, context.mpan, rejection) &&
      messagesOf(exchange).some((message) => message.eventCode === rejected && JSON.stringify(message.payload).includes(SUPERSEDED)),
  );
  if (sent.length === 1 && superseded.length === 0) return;
  throw new ParticipantDefect(`the participant asked again for the appointment it had in flight when ${GAIN} came again for the same registration`, [
    findingOf(PROCESS_CHECKS.noSupersedingRequest, '', `IF-031 ${eventCode} sent ${sent.length} times (${sent.map((exchange) => exchange.marketTime).join(', ')}); the SMRS superseded ${superseded.length} with ${SUPERSEDED}`),
  ]);
}

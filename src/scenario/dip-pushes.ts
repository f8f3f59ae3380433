// What the DIP pushed to the participant, read from the journal: the one record of what reached
// it. A step waits for a push there (in market time) and asks the emulator only how the push
// ended (its retries), so what the simulators did and what the evidence shows cannot differ.
import type { PushOutcome } from '../../mocks/dip/publication-push.ts';
import { loadSlaTable } from '../clock/index.ts';
import type { Exchange } from '../evidence/exchange.ts';
import { namesMpan } from '../evidence/exchange-mpans.ts';
import { type MessageKind, sameKind } from '../spec/message-kind.ts';
import { MILLIS } from '../time/gb-time.ts';
import { type ExchangeMessage, messagesOf } from './exchange-messages.ts';
import { deliveredAt, type ScenarioContext } from './scenario-context.ts';
import { SuiteError } from './verdicts.ts';

/** A push the DIP made to the participant, as a step reads it: its message, and how the push ended. */
export interface ReceivedPush {
  readonly what: string;
  readonly message: ExchangeMessage;
  readonly outcome: PushOutcome;
  /** Market time it was delivered (deliveredAt). */
  readonly at: number;
}

/**
 * The first attempt of a push to the participant about `mpan`, of `kind` when given. Only first
 * attempts: a retry is the same push, and the emulator hands back the whole push (pushOf).
 */
export function isPushAbout(exchange: Exchange, mpan: string, kind?: MessageKind): boolean {
  if (exchange.direction !== 'dip-to-participant' || (exchange.attempt ?? 1) !== 1 || !namesMpan(exchange.mpans, mpan)) return false;
  return !kind || messagesOf(exchange).some((message) => sameKind(kind, message));
}

/** The push `attempt` began, once it is over: its message (of `kind`, or its first) and its outcome. */
export async function receivedPush(context: ScenarioContext, attempt: Exchange, kind?: MessageKind): Promise<ReceivedPush> {
  const outcome = await context.stage.emulator.pushOf(attempt);
  if (!outcome) throw new SuiteError(`the journal holds a push (${attempt.id}) the DIP emulator did not make or could not finish`);
  const messages = messagesOf(attempt);
  const message = (kind && messages.find((candidate) => sameKind(kind, candidate))) || messages[0];
  if (!message) throw new SuiteError(`the push ${attempt.id} in the journal carries no DIP message`);
  return { what: `${message.interfaceID} ${message.eventCode}`, message, outcome, at: deliveredAt(outcome, attempt.marketMillis) };
}

/**
 * Notes, as the scenario's actions, every push to the participant about its MPAN journaled from
 * `fromIndex` of its watch on: what the SMRS sent because of something the scenario made it do
 * (Secured Active, a cancelled switch). Later steps time the participant's replies from these.
 */
export async function recordPushesSince(context: ScenarioContext, fromIndex: number): Promise<void> {
  const mpan = context.mpan;
  for (const attempt of context.watch.seen.slice(fromIndex).filter((exchange) => isPushAbout(exchange, mpan))) {
    const push = await receivedPush(context, attempt);
    context.actions.push({ what: push.what, at: push.at, push: push.outcome });
  }
}

/**
 * How long, in market time, a step waits for the process to get somewhere (the SMRS or a
 * simulated party to send something, a message to reach a simulated party): the longest window
 * in minutes of scenarios/slas.yaml. The simulators act at once, but often on a message the
 * participant has that long to send (its IF-034 before the SMRS's IF-035).
 */
export function processFollowsWithinMillis(): number {
  const minutes = loadSlaTable().windows.flatMap((window) => ('minutes' in window.window ? [window.window.minutes] : []));
  return Math.max(60, ...minutes) * MILLIS.MINUTE;
}

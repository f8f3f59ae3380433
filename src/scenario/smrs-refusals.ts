// A process that stops because the SMRS refused the participant's own request is the
// participant's defect, not an inconclusive test: the scenario fails naming the REG code and the
// field of the request it is about. Only a refusal the scenario itself arranged
// (smrsWillReject) is the process going as planned.
import type { Exchange } from '../evidence/exchange.ts';
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { type Finding, findingOf } from '../rules/rule.ts';
import { interfaceReader } from '../spec/payload-fields.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { ParticipantDefect } from './verdicts.ts';
import { isPushAbout } from './dip-pushes.ts';
import { type ExchangeMessage, messagesOf } from './exchange-messages.ts';

/**
 * The field of an IF-031 each of the SMRS's appointment refusals is about (mocks/smrs/appointment-checks.ts),
 * under the request's block: B070 for a Metering Service, B071 for a Data Service.
 */
const FIELD_OF: Readonly<Record<string, (block: 'B070' | 'B071') => string>> = {
  REG0000: () => 'CommonBlock/M0/MPANCore',
  REG0006: () => 'CustomBlock/B013/CSSRegistrationID',
  REG1021: (block) => `CustomBlock/${block}/appointmentScenario`,
  REG1022: (block) => `CustomBlock/${block}/${proposed(block)}DIPID`,
  REG1025: (block) => `CustomBlock/${block}/${proposed(block)}DIPID`,
  REG1026: (block) => `CustomBlock/${block}/${proposed(block)}DIPID`,
  REG1031: (block) => `CustomBlock/${block}/${proposed(block)}DIPID`,
  REG1032: (block) => `CustomBlock/${block}/${proposed(block)}DIPEffectiveFromDate`,
  REG1034: (block) => `CustomBlock/${block}/${proposed(block)}DIPEffectiveFromDate`,
  REG1095: (block) => `CustomBlock/${block}/${proposed(block)}DIPID`,
  REG1099: (block) => `CustomBlock/${block}/${proposed(block)}DIPEffectiveFromDate`,
  REG9006: (block) => `CustomBlock/${block}/appointmentScenario`,
  REG9007: (block) => `CustomBlock/${block}/appointmentScenario`,
  REG9009: (block) => `CustomBlock/${block}/appointmentScenario`,
};

function proposed(block: 'B070' | 'B071'): string {
  return block === 'B070' ? 'proposedMeteringService' : 'proposedDataService';
}

/** The block of the refused request: IF-032 [MSAppInitialResp] answers an [MSApp], [DSAppInitialResp] a [DSApp]. */
const blockOf = (message: ExchangeMessage): 'B070' | 'B071' => (message.eventCode?.startsWith('[DS') ? 'B071' : 'B070');

interface Refusal {
  readonly message: ExchangeMessage;
  readonly code: string;
  readonly reason: string;
}

const readIF032 = interfaceReader('IF-032');

function refusalOf(message: ExchangeMessage): Refusal | undefined {
  if (message.interfaceID !== 'IF-032' || readIF032(message.payload, 'CommonBlock', 'R0', 'responseCode') !== 'R') return undefined;
  const responseMessages = readIF032(message.payload, 'CommonBlock', 'R0', 'responseMessages');
  const reason = Array.isArray(responseMessages) ? responseMessages.map(String).join('; ') : '(no reason given)';
  return { message, code: /^([A-Z]{3}\d{4})/.exec(reason)?.[1] ?? '?', reason };
}

/** The refusals (IF-032 with R0 `R`) a journaled push carries that the scenario did not arrange. */
function unarrangedIn(context: ScenarioContext, exchange: Exchange): Refusal[] {
  return messagesOf(exchange)
    .flatMap((message) => refusalOf(message) ?? [])
    .filter((refusal) => !context.arrangedRejections.has(refusal.code));
}

/** IF-032 refusals, pushed to the participant since the scenario began, of its requests about the scenario's MPAN that the scenario did not arrange. */
export function unarrangedRefusals(context: ScenarioContext): Refusal[] {
  const mpan = context.point?.mpan;
  if (!mpan) return [];
  return context.watch.seen
    .filter((exchange) => exchange.marketMillis >= context.startedAt && isPushAbout(exchange, mpan))
    .flatMap((exchange) => unarrangedIn(context, exchange));
}

/** Throws the participant's defect when the SMRS refused its request in this scenario; `waitingFor` is the step that cannot come. */
export function failOnUnarrangedRefusal(context: ScenarioContext, waitingFor: string): void {
  const refusals = unarrangedRefusals(context);
  if (refusals.length === 0) return;
  const findings: Finding[] = refusals.map(({ message, code, reason }) => findingOf(PROCESS_CHECKS.smrsAccepted, `/0/payload/${FIELD_OF[code]?.(blockOf(message)) ?? 'CustomBlock'}`, `the SMRS refused the participant's request with ${message.interfaceID} ${message.eventCode}: ${reason}`));
  throw new ParticipantDefect(`the SMRS refused the participant's own request for MPAN ${context.mpan}, so it sent no ${waitingFor}`, findings);
}

// What the appointment scenarios do and check, as plain functions over a ScenarioContext. The
// step definitions in steps/ only call these, so every check is reachable by unit tests and
// reads the same in every feature.
import { formatGbTimestamp, gbDate, gbMidnightUtcMillis, MILLIS } from '../time/gb-time.ts';
import { loadSlaTable, measureSla } from '../clock/index.ts';
import type { Exchange } from '../evidence/exchange.ts';
import { PROCESS_CHECKS, WEBHOOK_CHECKS } from '../findings/check-registry.ts';
import { type Finding, findingOf } from '../rules/rule.ts';
import { lateFinding, notSentFinding } from './sla-findings.ts';
import { judgeDelivery } from '../checks/delivery-verdict.ts';
import { checkResponseToTrigger } from '../checks/response-to-trigger.ts';
import { fireTrigger } from '../stage/triggers.ts';
import { matches, messagesOf } from './exchange-messages.ts';
import { replySince, type ScenarioContext, type SuiteAction } from './scenario-context.ts';
import { Inconclusive, ParticipantDefect, SuiteError } from './verdicts.ts';
import type { MessageKind } from '../spec/message-kind.ts';
import { recordPushesSince } from './dip-pushes.ts';

/** How long past an SLA the suite keeps listening, so that a late message is seen and named. */
const LATE_GRACE_FACTOR = 0.5;
/** Market time within which a webhook answer is judged: the push itself times out long before. */
export const DEFAULT_WINDOW_MINUTES = 60;

/** `migrating`: the MPAN is not yet under MHHS, as the SMRS's DTN flows tell the Supplier (MIG-04), so it migrates it with the switch. */
export async function participantRegistersWithCss(context: ScenarioContext, daysAhead: number, migrating = false): Promise<void> {
  const [year, month, day] = gbDate(context.stage.clock.now() + daysAhead * MILLIS.DAY).split('-').map(Number) as [number, number, number];
  context.supplyStartDate = formatGbTimestamp(gbMidnightUtcMillis(year, month, day)).slice(0, 10);
  context.migratingWithSwitch = migrating;
  context.cssRegistrationId = context.stage.newCssRegistrationId();
  await fireTrigger(
    context.stage.options.profile,
    'css-registration',
    { mpan: context.mpan, supplyStartDate: context.supplyStartDate, cssRegistrationId: context.cssRegistrationId, ...(migrating ? { migrating: true } : {}) },
    context.stage.participantUrl,
    context.stage.triggerAgent,
    context.browserMeans(),
  );
}

export async function smrsNotifiesGain(context: ScenarioContext): Promise<void> {
  const supplier = context.stage.options.profile.roles.find((role) => role.role === 'SUP');
  if (!supplier) throw new SuiteError('the profile declares no Supplier (SUP) role for a Supplier scenario');
  const from = context.watch.seen.length;
  await context.stage.smrs.switchPending(context.mpan, { dipId: supplier.dipId, mpid: supplier.mpid }, context.supplyStartDate!, context.cssRegistrationId!);
  await recordPushesSince(context, from);
}

/** The participant answered the suite's last push of `what` with the given HTTP status and a StandardResponse. */
export function expectPushAnswered(context: ScenarioContext, message: MessageKind, status: number): void {
  const what = message.label;
  const action = context.lastAction(what);
  if (!action?.push) throw new SuiteError(`the suite has not pushed ${what} to the participant in this scenario`);
  expectActionAnswered(context, action, what, status);
}

/** The participant answered every push of `what` in the scenario (a first delivery and its repeats) so. */
export function expectEveryPushAnswered(context: ScenarioContext, message: MessageKind, status: number): void {
  const what = message.label;
  const actions = context.actions.filter((action) => action.what === what && action.push);
  if (actions.length === 0) throw new SuiteError(`the suite has not pushed ${what} to the participant in this scenario`);
  actions.forEach((action, index) => expectActionAnswered(context, action, index === 0 ? what : `${what} (delivery ${index + 1} of ${actions.length})`, status));
}

function expectActionAnswered(context: ScenarioContext, action: SuiteAction, what: string, status: number): void {
  if (!action.push) throw new SuiteError(`the suite has not pushed ${what} to the participant in this scenario`);
  const delivery = judgeDelivery(action.push, what);
  if (delivery.verdict === 'inconclusive') throw new Inconclusive(delivery.message);
  const last = action.push.attempts.at(-1)!;
  if (delivery.verdict === 'fail' && !last.response) throw new ParticipantDefect(delivery.message, delivery.findings);
  if (delivery.verdict === 'delivered') context.warnings.push(...delivery.warnings);
  const response = last.response!;
  const findings: Finding[] = [...last.findings];
  if (response.status !== status) {
    findings.unshift(findingOf(WEBHOOK_CHECKS.httpStatus, '', `webhook answered ${what} with HTTP ${response.status}; expected ${status}`));
  }
  if (delivery.verdict === 'fail') findings.push(...delivery.findings);
  if (findings.length) throw new ParticipantDefect(delivery.verdict === 'fail' ? delivery.message : `the participant's answer to ${what} is wrong`, findings);
}

function describeCandidates(exchanges: readonly Exchange[], interfaceID: string): string {
  const sent = exchanges
    .filter((exchange) => exchange.direction === 'participant-to-dip')
    .flatMap((exchange) =>
      messagesOf(exchange).map((message) => {
        const finding = exchange.findings[0];
        const why = finding ? `; ${finding.rule} ${finding.pointer}: ${finding.message}` : '';
        return `${message.interfaceID} ${message.eventCode} for MPAN ${message.mpan} (DIP answered ${exchange.response?.status}${why})`;
      }),
    )
    .filter((text) => text.startsWith(interfaceID));
  return sent.length ? `; it sent ${sent.join('; ')}` : `; it sent no ${interfaceID} at all`;
}

/**
 * The participant submits `interfaceID eventCode` for the scenario's MPAN within the SLA
 * named, timed from the suite's push of `trigger`; the DIP accepts it (201) and the message
 * has no findings. Returns the exchange.
 */
/**
 * The SLA window between a trigger and a response, from scenarios/slas.yaml. The feature states
 * the window in words; a feature and the table that disagree is a suite fault.
 */
export function slaBetween(trigger: MessageKind, response: MessageKind, statedMinutes: number): string {
  const sla = loadSlaTable()
    .forResponse(response.interfaceID, response.eventCode)
    .find((window) => window.trigger.interface === trigger.interfaceID && window.trigger.event === trigger.eventCode);
  if (!sla) throw new SuiteError(`scenarios/slas.yaml has no window from ${trigger.label} to ${response.label}`);
  if (!('minutes' in sla.window) || sla.window.minutes !== statedMinutes) {
    throw new SuiteError(`the feature says ${statedMinutes} minutes from ${trigger.label} to ${response.label}, scenarios/slas.yaml (${sla.id}) says ${JSON.stringify(sla.window)}`);
  }
  return sla.id;
}

export async function expectSubmissionWithinSla(context: ScenarioContext, expected: MessageKind, slaId: string, triggerKind: MessageKind): Promise<Exchange> {
  const { interfaceID, eventCode } = expected;
  const trigger = triggerKind.label;
  const sla = loadSlaTable().byId(slaId);
  const action = context.lastAction(trigger);
  if (!action) throw new SuiteError(`no ${trigger} was sent in this scenario, so nothing can be timed from it`);
  const windowMillis = 'minutes' in sla.window ? sla.window.minutes * MILLIS.MINUTE : sla.window.workingDays * MILLIS.DAY;
  const listenUntil = action.at + windowMillis * (1 + LATE_GRACE_FACTOR);
  const query = { direction: 'participant-to-dip' as const, interfaceID, eventCode, mpan: context.mpan, since: replySince(action) };
  const exchange = await context.watch.next((candidate) => matches(candidate, query) !== undefined, listenUntil);
  const name = `${interfaceID} ${eventCode}`;
  if (!exchange) {
    const window = 'minutes' in sla.window ? `${sla.window.minutes} min` : slaId;
    throw new ParticipantDefect(`the participant did not send ${name} for MPAN ${context.mpan} within ${window} of ${trigger} (listened ${Math.round((listenUntil - action.at) / MILLIS.MINUTE)} market minutes)${describeCandidates(context.watch.seen, interfaceID)}`, [
      notSentFinding(name, window, trigger, slaId),
    ]);
  }
  context.received.set(name, exchange);
  const measurement = measureSla(sla, action.at, exchange.marketMillis);
  context.slas.push(measurement);
  const message = matches(exchange, query)!;
  const findings = [...exchange.findings];
  if (action.push) findings.push(...checkResponseToTrigger(action.push, message.payload, `/${message.index}/payload`));
  context.warnings.push(...findings.filter((finding) => finding.severity === 'warn'));
  if (exchange.response?.status !== 201) {
    findings.push(findingOf(PROCESS_CHECKS.dipAccepted, '', `the DIP answered ${name} with HTTP ${exchange.response?.status}: ${exchange.response?.body.slice(0, 300)}`));
  }
  if (!measurement.withinSla) {
    findings.unshift(lateFinding(measurement));
  }
  const failures = findings.filter((finding) => finding.severity === 'fail');
  if (failures.length) throw new ParticipantDefect(`${name} from the participant breaks the rules`, failures);
  return exchange;
}

/** A field of the participant's matched message, by path through its payload. */
export function fieldOfReceived(context: ScenarioContext, name: string, ...path: string[]): unknown {
  const exchange = context.received.get(name);
  if (!exchange) throw new SuiteError(`no ${name} from the participant has been matched yet in this scenario`);
  const message = messagesOf(exchange).find((candidate) => `${candidate.interfaceID} ${candidate.eventCode}` === name);
  let node: unknown = message?.payload;
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}

export function expectField(context: ScenarioContext, name: string, path: readonly string[], expected: unknown, why: string): void {
  const actual = fieldOfReceived(context, name, ...path);
  if (actual !== expected) {
    const pointer = `/0/payload/${path.join('/')}`;
    throw new ParticipantDefect(`${name} ${why}`, [
      findingOf(PROCESS_CHECKS.content, pointer, `${path.join('.')} is ${JSON.stringify(actual)}; expected ${JSON.stringify(expected)}`),
    ]);
  }
}

const SEGMENTS: Record<string, 'S' | 'A'> = { smart: 'S', advanced: 'A' };

export function segmentNamed(name: string): 'S' | 'A' {
  const segment = SEGMENTS[name.toLowerCase()];
  if (!segment) throw new SuiteError(`no market segment '${name}': use Smart or Advanced`);
  return segment;
}

/** The appointment scenario (DI-800) the participant's IF-031 names, e.g. MCS for a migration with the switch. */
export function expectAppointmentScenario(context: ScenarioContext, message: MessageKind, scenario: string): void {
  const name = message.label;
  const block = message.eventCode === '[MSApp]' ? 'B070' : 'B071';
  expectField(context, name, ['CustomBlock', block, 'appointmentScenario'], scenario, `must name appointment scenario ${scenario}`);
}

/** COS appointments take effect on the supply start date, at local midnight (REG1032). */
export function expectEffectiveFromSupplyStart(context: ScenarioContext, message: MessageKind): void {
  const name = message.label;
  const [block, field] = message.eventCode === '[MSApp]' ? ['B070', 'proposedMeteringServiceDIPEffectiveFromDate'] : ['B071', 'proposedDataServiceDIPEffectiveFromDate'];
  const [year, month, day] = context.supplyStartDate!.split('-').map(Number) as [number, number, number];
  expectField(context, name, ['CustomBlock', block, field], formatGbTimestamp(gbMidnightUtcMillis(year, month, day)), 'must take effect on the supply start date');
}

// Consumption amendments from the Data Service's side (process table SUPPLIER-TO-DS SDA-02,
// SDA-03; the Programme's BP016 Consumption Amendment): the suite, as a Supplier, asks the
// participant's Data Service to amend an MPAN's consumption with IF-027 [ConsumptionAmendment],
// pushed through the DIP as any publication is, and the Data Service must answer the requester
// with IF-028 [ConsumptionAmendment]: the same MPAN, the B902List as asked, and the outcome in
// R0, accepted for the MPAN's registered Supplier and rejected for another. The DIP publishes no
// response codes for IF-028, so a rejection is judged by its code (R) and that it says why.
import { isDeepStrictEqual } from 'node:util';
import { buildMessage } from '../builders/message-builder.ts';
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { roleOf } from '../profile/participant-profile.ts';
import { type Finding, findingOf } from '../rules/rule.ts';
import type { MessageKind } from '../spec/message-kind.ts';
import { readField } from '../spec/payload-fields.ts';
import { SIMULATED } from '../stage/simulated-parties.ts';
import { formatGbTimestamp } from '../time/gb-time.ts';
import { settlementDay } from '../time/settlement-periods.ts';
import { messagesOf } from './exchange-messages.ts';
import { deliveredAt, type ScenarioContext } from './scenario-context.ts';
import { Inconclusive, ParticipantDefect, SuiteError } from './verdicts.ts';

export const AMENDMENT_REQUEST = 'IF-027 [ConsumptionAmendment]';
export const AMENDMENT_ANSWER = 'IF-028 [ConsumptionAmendment]';

const DAY_MILLIS = 86_400_000;

/** The feature names the request and the answer as the definitions do. */
export function checkAmendmentKinds(...messages: MessageKind[]): void {
  for (const message of messages) {
    if (message.label !== AMENDMENT_REQUEST && message.label !== AMENDMENT_ANSWER) throw new SuiteError(`a consumption amendment is ${AMENDMENT_REQUEST}, answered with ${AMENDMENT_ANSWER}, not ${message.label}`);
  }
}

/**
 * A Supplier asks the participant's Data Service, appointed to the scenario's MPAN, to amend its
 * consumption over the UTC settlement day `days` ago: the MPAN's registered Supplier, or, when
 * `registered` is false, a Supplier that is not. The push is noted as the action the answer is
 * timed and checked from (its correlation ID, its requester).
 */
export async function supplierAsksAmendment(context: ScenarioContext, registered: boolean, days: number): Promise<void> {
  const { stage } = context;
  const point = context.point;
  if (!point?.dataService) throw new SuiteError('the scenario has no MPAN with a Data Service: a Given step must set one up');
  const dataService = roleOf(stage.options.profile, point.segment === 'S' ? 'SDS' : 'ADS');
  if (!dataService) throw new Inconclusive(`the profile declares no ${point.segment === 'S' ? 'Smart (SDS)' : 'Advanced (ADS)'} Data Service`);
  const registeredSupplier = point.supplier;
  if (!registeredSupplier) throw new SuiteError(`the SMRS holds no Supplier for MPAN ${point.mpan}`);
  const requester = registered ? registeredSupplier : [SIMULATED.gainingSupplier, SIMULATED.otherSupplier].find((supplier) => supplier.dipId !== registeredSupplier.dipId)!;
  const day = settlementDay(new Date(stage.clock.now() - days * DAY_MILLIS).toISOString().slice(0, 10), 'utc');
  const payload = buildMessage(stage.options.spec, {
    faker: stage.faker,
    interfaceID: 'IF-027',
    eventCode: '[ConsumptionAmendment]',
    now: stage.clock.now(),
    direction: 'egress',
    sender: { dipId: requester.dipId, role: 'SUP' },
    fixed: {
      '/CommonBlock/A0': { primaryRecipients: [dataService.dipId], secondaryRecipients: [], always: [] },
      '/CommonBlock/M0': { MPANCore: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup },
      '/CommonBlock/S1/senderCorrelationID': stage.faker.string.uuid(),
      '/CustomBlock/B902List': [
        {
          MQID: { measurementQuantityID: 'AI' },
          supplierConsumptionAmendmentRequests: [
            {
              // Unique in every run: a Supplier's own reference for the amendment (DI-162).
              consumptionAmendmentSupplierReference: `AMD-${stage.faker.string.alphanumeric({ length: 12, casing: 'upper' })}`,
              consumptionAmendmentPeriodStartDate: formatGbTimestamp(day.startUtcMillis),
              consumptionAmendmentPeriodEndDate: formatGbTimestamp(day.endUtcMillis),
              grossRevisedConsumption: stage.faker.number.float({ min: 2, max: 30, fractionDigits: 3 }).toFixed(3),
              arc: 'R',
            },
          ],
        },
      ],
    },
  });
  const push = await stage.emulator.push(dataService.dipId, 'IF-027', [payload as unknown as Record<string, unknown>]);
  if (push.status !== 201) {
    throw new ParticipantDefect(`the participant did not take ${AMENDMENT_REQUEST} (HTTP ${push.status ?? 'no answer'})`, [
      findingOf(PROCESS_CHECKS.content, '', `the participant answered the push of ${AMENDMENT_REQUEST} with ${push.status ?? 'no answer'}`, 'REQ-DS-AMENDMENT-ANSWER'),
    ]);
  }
  context.actions.push({ what: AMENDMENT_REQUEST, at: deliveredAt(push, stage.clock.now()), push, recipientDipId: dataService.dipId });
}

/** The request as pushed, and the participant's matched answer. */
function requestAndAnswer(context: ScenarioContext): { request: Record<string, unknown>; answer: Record<string, unknown> } {
  const request = context.lastAction(AMENDMENT_REQUEST)?.push?.body[0]?.payload;
  if (!request) throw new SuiteError(`no ${AMENDMENT_REQUEST} was pushed in this scenario`);
  const exchange = context.received.get(AMENDMENT_ANSWER);
  if (!exchange) throw new SuiteError(`no ${AMENDMENT_ANSWER} from the participant has been matched yet in this scenario`);
  const answer = messagesOf(exchange).find((candidate) => `${candidate.interfaceID} ${candidate.eventCode}` === AMENDMENT_ANSWER)!.payload;
  return { request, answer };
}

/**
 * The answer is the one to this request: the MPAN it names (M0) and the amendments it carries
 * (B902List) are those asked, and R0 gives the outcome expected: A for the registered Supplier,
 * R with a reason for another.
 */
export function expectAmendmentAnswer(context: ScenarioContext, expected: 'accepts' | 'rejects'): void {
  const { request, answer } = requestAndAnswer(context);
  const findings: Finding[] = [];
  const content = (pointer: string, detail: string, requirement = 'REQ-DS-AMENDMENT-ANSWER') => findings.push(findingOf(PROCESS_CHECKS.content, `/0/payload${pointer}`, detail, requirement));
  const askedMpan = readField(request, 'CommonBlock', 'M0', 'MPANCore');
  const mpan = readField(answer, 'CommonBlock', 'M0', 'MPANCore');
  if (mpan !== askedMpan) content('/CommonBlock/M0/MPANCore', `M0 names MPAN ${JSON.stringify(mpan ?? null)}; the IF-027 asked about ${String(askedMpan)}`);
  const asked = readField(request, 'CustomBlock', 'B902List');
  const carried = readField(answer, 'CustomBlock', 'B902List');
  if (!isDeepStrictEqual(carried, asked)) content('/CustomBlock/B902List', `B902List ${JSON.stringify(carried ?? null).slice(0, 300)} is not the one asked: ${JSON.stringify(asked).slice(0, 300)}`);
  const code = readField(answer, 'CommonBlock', 'R0', 'responseCode');
  const reasons = readField(answer, 'CommonBlock', 'R0', 'responseMessages');
  const requester = readField(request, 'CommonBlock', 'S1', 'senderDIPID');
  if (expected === 'accepts' && code !== 'A') {
    content('/CommonBlock/R0/responseCode', `R0 responseCode ${JSON.stringify(code ?? null)} (${JSON.stringify(reasons ?? null)}); the request came from ${String(requester)}, the MPAN's registered Supplier, for the Data Service appointed, and asked an amendment: expected A`, 'REQ-DS-AMENDMENT-OUTCOME');
  }
  if (expected === 'rejects') {
    if (code !== 'R') content('/CommonBlock/R0/responseCode', `R0 responseCode ${JSON.stringify(code ?? null)}; the request came from ${String(requester)}, which is not the MPAN's registered Supplier: expected R`, 'REQ-DS-AMENDMENT-OUTCOME');
    else if (!Array.isArray(reasons) || reasons.length === 0) content('/CommonBlock/R0/responseMessages', 'R0 rejects the amendment but gives no responseMessages saying why', 'REQ-DS-AMENDMENT-OUTCOME');
  }
  if (findings.length) throw new ParticipantDefect(`the participant's ${AMENDMENT_ANSWER} is not the right answer to the ${AMENDMENT_REQUEST}`, findings);
}

// The Advanced Data Service asks the DIP to replay an Advanced MPAN's consumption: IF-015
// [ConsumptionReplay], addressed to the DIP itself (A0 names no one), naming only the MPAN in M0
// (the definitions give IF-015 no custom block, so no days). The suite's test hook says which
// MPAN; the DIP's replays (IF-016) are taken by consumptionReplayed below.
//
//   POST /test-hooks/consumption-replay  {"mpan", "distributorDipId", "gspGroup", "segment": "A",
//                                         "dataServiceDipId"}
//
// 409 when the DIP ID is not our Advanced Data Service or the MPAN is not one it is appointed to.
import { draftUpdate, hookBody, sendsOf, type UpdateDeps } from './drafted-update.ts';
import type { Inbound } from './inbound.ts';
import { isValidMpanCore } from './own/mpan.ts';
import type { HttpAnswer, TriggerRecord } from './records.ts';
import type { RoleContext, RoleOutcome } from './roles.ts';

export const CONSUMPTION_REPLAY_HOOK = '/test-hooks/consumption-replay';

interface ConsumptionReplayRequest {
  readonly mpan: string;
  readonly distributorDipId: string;
  readonly gspGroup: string;
  readonly dataServiceDipId: string;
}

function problemOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return 'the body must be {"mpan", "distributorDipId", "gspGroup", "dataServiceDipId"}';
  const body = payload as Record<string, unknown>;
  if (typeof body.mpan !== 'string' || !isValidMpanCore(body.mpan)) return 'mpan must be a 13-digit MPAN core with a valid check digit';
  for (const key of ['distributorDipId', 'gspGroup', 'dataServiceDipId']) if (typeof body[key] !== 'string') return `${key} must be a string`;
  return undefined;
}

export function judgeConsumptionReplay(rawText: string, deps: UpdateDeps, now: number): { record: TriggerRecord; answer: HttpAnswer } | { answer: HttpAnswer } {
  const parsed = hookBody(rawText);
  if ('error' in parsed) return { answer: { status: 400, body: { error: parsed.error } } };
  const problem = problemOf(parsed.payload);
  if (problem) return { answer: { status: 400, body: { error: problem } } };
  const request = parsed.payload as ConsumptionReplayRequest;
  const conflict = (error: string) => ({ answer: { status: 409, body: { error } } });
  const ads = deps.identities.find((identity) => identity.party === 'dataService' && identity.role === 'ADS' && identity.dipId === request.dataServiceDipId);
  if (!ads) return conflict(`${request.dataServiceDipId} is not our Advanced Data Service`);
  const held = deps.state.mpans.dataService.get(request.mpan)?.fields;
  if (held?.identity !== ads.dipId || held.status !== 'active' || held.deAppointment) return conflict(`our Advanced Data Service is not appointed to MPAN ${request.mpan} (no IF-036 [DSAppActive], or de-appointed since)`);
  const record = draftUpdate(
    deps,
    {
      trigger: 'consumption-replay',
      payload: request,
      sender: ads,
      interfaceID: 'IF-015',
      eventCode: '[ConsumptionReplay]',
      // The request is the DIP's to answer: no participant is its recipient.
      recipients: [],
      m0: { MPANCore: request.mpan, distributorDIPID: request.distributorDipId, GSPGroupID: request.gspGroup },
      effect: { party: 'dataService', mpan: request.mpan, event: 'consumption replay asked (test hook)', set: { consumptionReplayAskedAt: now } },
      customBlock: () => undefined,
    },
    now,
  );
  return { record, answer: { status: 201, body: { trigger: 'consumption-replay', mpan: request.mpan, sends: sendsOf(record) } } };
}

/**
 * IF-016, the DIP's replay of the MPAN's consumption: a replayed IF-021 is kept as the latest
 * replayed day (its S2 names who first sent it); [ConsumptionRequestRejected] keeps the DIP's
 * reason (R1).
 */
export function consumptionReplayed(inbound: Inbound, context: RoleContext): RoleOutcome {
  const mpan = inbound.m0?.MPANCore ?? '';
  if (!context.state.mpans.dataService.get(mpan)) return { kind: 'unknown-mpan', mpan };
  const common = (inbound.payload as { CommonBlock?: Record<string, Record<string, unknown> | undefined> }).CommonBlock ?? {};
  const event = `${inbound.interfaceID} ${inbound.eventCode}`;
  const refused = inbound.eventCode === '[ConsumptionRequestRejected]';
  const set = refused ? { consumptionReplayRefused: common.R1?.responseMessages ?? [] } : { consumptionReplayed: { eventCode: inbound.eventCode, originalSender: common.S2?.senderDIPID ?? null } };
  return {
    kind: 'handled',
    effects: [{ party: 'dataService', mpan, event, set }],
    notes: [`${event} for ${mpan}: ${refused ? `refused (${JSON.stringify(common.R1?.responseMessages ?? [])})` : `replay of ${String(common.S2?.senderDIPID)}'s consumption`}`],
  };
}

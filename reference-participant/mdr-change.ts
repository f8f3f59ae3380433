// The Smart Data Service changes the Meter Data Retriever of an MPAN it serves (PROCESS-TABLES
// BP003B 3B-02): it tells the Registration Service with IF-034 [SDS-MDRUpdate], B012 the Supplier
// that appointed it (as its offer or IF-036 named it), B018 the new MDR and the GB local
// midnight it takes over from. The suite's test hook says which MDR and from when; the SMRS's
// outcome (IF-035 [SDS-MDROutcome], 3B-03) is recorded by data-service.ts.
//
//   POST /test-hooks/mdr-change  {"mpan", "distributorDipId", "gspGroup", "segment": "S",
//                                 "dataServiceDipId", "mdr": {"dipId", "mpid"},
//                                 "effectiveFrom": "YYYY-MM-DD"}
//
// 409 when the DIP ID is not our Smart Data Service, the MPAN is not one it is appointed to, or
// the MDR is not one it works with (config meterDataRetrievers).
import { gbLocalMidnight } from '../src/builders/identifiers.ts';
import { dateProblem } from '../src/time/gb-time.ts';
import type { ServiceProviderChoice } from './config.ts';
import { draftUpdate, hookBody, sendsOf, type UpdateDeps } from './drafted-update.ts';
import type { OwnIdentity } from './identities.ts';
import { block, type Inbound } from './inbound.ts';
import { isValidMpanCore } from './own/mpan.ts';
import type { HttpAnswer, TriggerRecord } from './records.ts';
import type { RoleContext, RoleOutcome } from './roles.ts';

export const MDR_CHANGE_HOOK = '/test-hooks/mdr-change';

interface MdrChangeRequest {
  readonly mpan: string;
  readonly distributorDipId: string;
  readonly gspGroup: string;
  readonly dataServiceDipId: string;
  readonly mdr: { readonly dipId: string; readonly mpid: string };
  readonly effectiveFrom: string;
}

const DIP_ID = /^[0-9a-fA-F]{10}$/;

function problemOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return 'the body must be {"mpan", "distributorDipId", "gspGroup", "dataServiceDipId", "mdr": {"dipId", "mpid"}, "effectiveFrom"}';
  const body = payload as Record<string, unknown>;
  if (typeof body.mpan !== 'string' || !isValidMpanCore(body.mpan)) return 'mpan must be a 13-digit MPAN core with a valid check digit';
  for (const key of ['distributorDipId', 'gspGroup']) if (typeof body[key] !== 'string') return `${key} must be a string`;
  if (typeof body.dataServiceDipId !== 'string' || !DIP_ID.test(body.dataServiceDipId)) return 'dataServiceDipId must be the 10-character DIP ID of our Smart Data Service';
  const mdr = body.mdr as Record<string, unknown> | undefined;
  if (typeof mdr?.dipId !== 'string' || !DIP_ID.test(mdr.dipId) || typeof mdr.mpid !== 'string' || mdr.mpid === '') return 'mdr must be {"dipId": the 10-character DIP ID, "mpid"} of the new Meter Data Retriever';
  if (typeof body.effectiveFrom !== 'string' || dateProblem(body.effectiveFrom)) return `effectiveFrom must be a date YYYY-MM-DD, found ${JSON.stringify(body.effectiveFrom)}`;
  return undefined;
}

/** The MDR asked for, when the Smart Data Service works with it: a listed MDR, or itself as its own MDR. */
function workedWith(identity: OwnIdentity, deps: UpdateDeps, dipId: string): ServiceProviderChoice | undefined {
  const { ownMdr, mdrs } = deps.config.meterDataRetrievers;
  if (ownMdr && dipId === identity.dipId) return { dipId: identity.dipId, mpid: identity.mpid };
  return mdrs.find((mdr) => mdr.dipId === dipId);
}

export function judgeMdrChange(rawText: string, deps: UpdateDeps, now: number): { record: TriggerRecord; answer: HttpAnswer } | { answer: HttpAnswer } {
  const parsed = hookBody(rawText);
  if ('error' in parsed) return { answer: { status: 400, body: { error: parsed.error } } };
  const problem = problemOf(parsed.payload);
  if (problem) return { answer: { status: 400, body: { error: problem } } };
  const request = parsed.payload as MdrChangeRequest;
  const conflict = (error: string) => ({ answer: { status: 409, body: { error } } });
  const sds = deps.identities.find((identity) => identity.party === 'dataService' && identity.role === 'SDS' && identity.dipId === request.dataServiceDipId);
  if (!sds) return conflict(`${request.dataServiceDipId} is not our Smart Data Service`);
  const held = deps.state.mpans.dataService.get(request.mpan)?.fields;
  if (held?.identity !== sds.dipId || held.status !== 'active' || held.deAppointment) return conflict(`our Smart Data Service is not appointed to MPAN ${request.mpan} (no IF-036 [DSAppActive], or de-appointed since)`);
  const supplier = held.requestingSupplier;
  if (typeof supplier !== 'object' || supplier === null) return conflict(`we hold no Supplier that appointed our Smart Data Service to MPAN ${request.mpan} (B012)`);
  const mdr = workedWith(sds, deps, request.mdr.dipId);
  if (!mdr || mdr.mpid !== request.mdr.mpid) return conflict(`MDR ${request.mdr.dipId} (${request.mdr.mpid}) is not one our Smart Data Service works with (meterDataRetrievers)`);
  const effectiveFrom = gbLocalMidnight(request.effectiveFrom);
  const record = draftUpdate(
    deps,
    {
      trigger: 'mdr-change',
      payload: request,
      sender: sds,
      interfaceID: 'IF-034',
      eventCode: '[SDS-MDRUpdate]',
      recipients: [typeof held.registrationService === 'string' ? held.registrationService : deps.config.registrationServiceDipId],
      m0: { MPANCore: request.mpan, distributorDIPID: request.distributorDipId, GSPGroupID: request.gspGroup },
      effect: { party: 'dataService', mpan: request.mpan, event: 'MDR change asked (test hook)', set: { mdrChange: { dipId: mdr.dipId, mpid: mdr.mpid, from: effectiveFrom } } },
      customBlock: () => ({ B012: supplier, B018: { SDSNominatedMDRDIPID: mdr.dipId, SDSNominatedMDRMPID: mdr.mpid, SDSNominatedMDRRequestedEffectiveFromDate: effectiveFrom } }),
    },
    now,
  );
  return { record, answer: { status: 201, body: { trigger: 'mdr-change', mpan: request.mpan, sends: sendsOf(record) } } };
}

/**
 * IF-035 [SDS-MDROutcome] (3B-03): the SMRS's word on an MDR change, the Smart Data Service's own
 * or one its Supplier asked for (3B-01). Accepted (B099 A): B092's MDR retrieves the MPAN's data
 * from its date. Refused: the refusal is kept beside the MDR it had.
 */
export function mdrOutcomeReceived(inbound: Inbound, context: RoleContext): RoleOutcome {
  const mpan = inbound.m0?.MPANCore ?? '';
  if (!context.state.mpans.dataService.get(mpan)) return { kind: 'unknown-mpan', mpan };
  const b092 = block(inbound, 'B092');
  const b099 = block(inbound, 'B099');
  const accepted = b099?.responseCode === 'A';
  const assigned = { dipId: b092?.assignedMDRDIPID, mpid: b092?.assignedMDRMPID, from: b092?.assignedMDREffectiveFromDate };
  const set = accepted ? { assignedMdr: assigned, mdrChange: null } : { mdrChangeRefused: { responseCode: b099?.responseCode, responseMessages: b099?.responseMessages } };
  const event = `${inbound.interfaceID} ${inbound.eventCode}`;
  return {
    kind: 'handled',
    effects: [{ party: 'dataService', mpan, event, set }],
    notes: [`${event} for ${mpan}: ${accepted ? `MDR ${String(assigned.dipId)} from ${String(assigned.from)}` : `refused (${JSON.stringify(b099?.responseMessages ?? [])})`}`],
  };
}

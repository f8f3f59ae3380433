// What the Supplier tells or asks its Data Service directly, outside the appointment chain
// (process table SUPPLIER-TO-DS): advisories (IF-024, SDA-01), consumption amendment requests
// (IF-027, SDA-02) and the Change of Supplier read it has agreed with the other Supplier (IF-041,
// SDA-04). The suite's test hook says what happened and names the MPAN's Data Service; the
// participant sends at once. Only for an MPAN we supply.
//
//   POST /test-hooks/data-service-request  {"mpan", "distributorDipId", "gspGroup",
//                                           "dataService": {"dipId", "mpid"}, "request",
//                                           "supplyStartDate"? (YYYY-MM-DD, for an agreed read)}
//
//   request                                            sends
//   premises found vacant                              IF-024 [SN-Vacant]
//   smart meter not communicating                      IF-024 [SN-NoComms]
//   annual consumption nominated by the Supplier       IF-024 [SN-SupplierAC]
//   consumption amendment requested                    IF-027 [ConsumptionAmendment]
//   change of supplier read agreed with the other Supplier
//                                                      IF-041 [SupplierAgreedCOS], a cumulative read
//                                                      at local midnight of supplyStartDate
import { dateProblem, formatGbTimestamp, gbMidnightUtcMillis } from '../src/time/gb-time.ts';
import { draftUpdate, hookBody, type UpdateDeps } from './drafted-update.ts';
import { isValidMpanCore } from './own/mpan.ts';
import { cumulativeReads } from './site-reads.ts';
import type { HttpAnswer, TriggerRecord } from './records.ts';

export const DATA_SERVICE_REQUEST_HOOK = '/test-hooks/data-service-request';

/** The Suppliers have settled a disputed Change of Supplier read between them (Switch Meter Reading exception, COS-17). */
export const AGREED_READ = 'change of supplier read agreed with the other Supplier';

export const DATA_SERVICE_REQUESTS: Readonly<Record<string, { interfaceID: string; eventCode: string }>> = {
  'premises found vacant': { interfaceID: 'IF-024', eventCode: '[SN-Vacant]' },
  'smart meter not communicating': { interfaceID: 'IF-024', eventCode: '[SN-NoComms]' },
  'annual consumption nominated by the Supplier': { interfaceID: 'IF-024', eventCode: '[SN-SupplierAC]' },
  'consumption amendment requested': { interfaceID: 'IF-027', eventCode: '[ConsumptionAmendment]' },
  [AGREED_READ]: { interfaceID: 'IF-041', eventCode: '[SupplierAgreedCOS]' },
};

interface DataServiceRequest {
  readonly mpan: string;
  readonly distributorDipId: string;
  readonly gspGroup: string;
  readonly dataService: { readonly dipId: string; readonly mpid: string };
  readonly request: string;
  /** The switch's supply start date (YYYY-MM-DD): the day the agreed read is for. */
  readonly supplyStartDate?: string;
}

function problemOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return 'the body must be {"mpan", "distributorDipId", "gspGroup", "dataService": {"dipId", "mpid"}, "request"}';
  const body = payload as Record<string, unknown>;
  if (typeof body.mpan !== 'string' || !isValidMpanCore(body.mpan)) return 'mpan must be a 13-digit MPAN core with a valid check digit';
  if (typeof body.request !== 'string' || !DATA_SERVICE_REQUESTS[body.request]) return `request must be one of: ${Object.keys(DATA_SERVICE_REQUESTS).join('; ')}`;
  const dataService = body.dataService as Record<string, unknown> | undefined;
  if (typeof dataService?.dipId !== 'string' || !/^[0-9a-fA-F]{10}$/.test(dataService.dipId)) return 'dataService.dipId must be the 10-character DIP ID of the MPAN\'s Data Service';
  for (const key of ['distributorDipId', 'gspGroup']) if (typeof body[key] !== 'string') return `${key} must be a string`;
  if (body.request === AGREED_READ && (typeof body.supplyStartDate !== 'string' || dateProblem(body.supplyStartDate))) {
    return `supplyStartDate must be the switch's supply start date, YYYY-MM-DD, found ${JSON.stringify(body.supplyStartDate)}`;
  }
  return undefined;
}

/**
 * The agreed read is the Change of Supplier read: at local midnight starting the supply start
 * date [INFERRED from COS-16's midnight CoS read].
 */
function agreedReadTime(supplyStartDate: string): string {
  const [year, month, day] = supplyStartDate.split('-').map(Number) as [number, number, number];
  return formatGbTimestamp(gbMidnightUtcMillis(year, month, day));
}

export function judgeDataServiceRequest(rawText: string, deps: UpdateDeps, now: number): { record: TriggerRecord; answer: HttpAnswer } | { answer: HttpAnswer } {
  const parsed = hookBody(rawText);
  if ('error' in parsed) return { answer: { status: 400, body: { error: parsed.error } } };
  const problem = problemOf(parsed.payload);
  if (problem) return { answer: { status: 400, body: { error: problem } } };
  const request = parsed.payload as DataServiceRequest;
  if (!deps.state.mpans.supplier.has(request.mpan)) return { answer: { status: 409, body: { error: `MPAN ${request.mpan} is not one we supply` } } };
  const supplier = deps.identities.find((identity) => identity.party === 'supplier')!;
  const { interfaceID, eventCode } = DATA_SERVICE_REQUESTS[request.request]!;
  const record = draftUpdate(
    deps,
    {
      trigger: 'data-service-request',
      payload: request,
      sender: supplier,
      interfaceID,
      eventCode,
      recipients: [request.dataService.dipId],
      m0: { MPANCore: request.mpan, distributorDIPID: request.distributorDipId, GSPGroupID: request.gspGroup },
      effect: { party: 'supplier', mpan: request.mpan, event: `${request.request} (test hook)`, set: { lastDataServiceRequest: request.request } },
      ...(interfaceID === 'IF-041' ? { customBlock: (drafted: Record<string, unknown>) => cumulativeReads(drafted, agreedReadTime(request.supplyStartDate!)) } : {}),
    },
    now,
  );
  return { record, answer: { status: 201, body: { trigger: 'data-service-request', mpan: request.mpan, sends: `${interfaceID} ${eventCode}` } } };
}

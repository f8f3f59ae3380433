// What the Supplier shares with the Metering Service appointed to an MPAN by bilateral
// agreement: Comms Hub information, IF-004 [CommsHubInfo] (PROCESS-TABLES §4.7 COM-10, "MSS ↔
// SUP"). The suite's test hook names the MPAN's Metering Service; the participant sends at once.
// Only for an MPAN we supply.
//
//   POST /test-hooks/metering-service-request  {"mpan", "distributorDipId", "gspGroup",
//                                               "meteringService": {"dipId", "mpid"}, "request"}
//
//   request                                  sends
//   comms hub information to share           IF-004 [CommsHubInfo]
import { formatGbTimestamp } from '../src/time/gb-time.ts';
import { draftUpdate, hookBody, type UpdateDeps } from './drafted-update.ts';
import { isValidMpanCore } from './own/mpan.ts';
import type { HttpAnswer, TriggerRecord } from './records.ts';
import { commsHubInstalled } from './site-works.ts';

export const METERING_SERVICE_REQUEST_HOOK = '/test-hooks/metering-service-request';

export const METERING_SERVICE_REQUESTS: Readonly<Record<string, { interfaceID: string; eventCode: string }>> = {
  'comms hub information to share': { interfaceID: 'IF-004', eventCode: '[CommsHubInfo]' },
};

interface MeteringServiceRequest {
  readonly mpan: string;
  readonly distributorDipId: string;
  readonly gspGroup: string;
  readonly meteringService: { readonly dipId: string; readonly mpid: string };
  readonly request: string;
}

function problemOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return 'the body must be {"mpan", "distributorDipId", "gspGroup", "meteringService": {"dipId", "mpid"}, "request"}';
  const body = payload as Record<string, unknown>;
  if (typeof body.mpan !== 'string' || !isValidMpanCore(body.mpan)) return 'mpan must be a 13-digit MPAN core with a valid check digit';
  if (typeof body.request !== 'string' || !METERING_SERVICE_REQUESTS[body.request]) return `request must be one of: ${Object.keys(METERING_SERVICE_REQUESTS).join('; ')}`;
  const meteringService = body.meteringService as Record<string, unknown> | undefined;
  if (typeof meteringService?.dipId !== 'string' || !/^[0-9a-fA-F]{10}$/.test(meteringService.dipId)) return "meteringService.dipId must be the 10-character DIP ID of the MPAN's Metering Service";
  for (const key of ['distributorDipId', 'gspGroup']) if (typeof body[key] !== 'string') return `${key} must be a string`;
  return undefined;
}

export function judgeMeteringServiceRequest(rawText: string, deps: UpdateDeps, now: number): { record: TriggerRecord; answer: HttpAnswer } | { answer: HttpAnswer } {
  const parsed = hookBody(rawText);
  if ('error' in parsed) return { answer: { status: 400, body: { error: parsed.error } } };
  const problem = problemOf(parsed.payload);
  if (problem) return { answer: { status: 400, body: { error: problem } } };
  const request = parsed.payload as MeteringServiceRequest;
  if (!deps.state.mpans.supplier.has(request.mpan)) return { answer: { status: 409, body: { error: `MPAN ${request.mpan} is not one we supply` } } };
  const supplier = deps.identities.find((identity) => identity.party === 'supplier')!;
  const { interfaceID, eventCode } = METERING_SERVICE_REQUESTS[request.request]!;
  const record = draftUpdate(
    deps,
    {
      trigger: 'metering-service-request',
      payload: request,
      sender: supplier,
      interfaceID,
      eventCode,
      recipients: [request.meteringService.dipId],
      m0: { MPANCore: request.mpan, distributorDIPID: request.distributorDipId, GSPGroupID: request.gspGroup },
      effect: { party: 'supplier', mpan: request.mpan, event: `${request.request} (test hook)`, set: { lastMeteringServiceRequest: request.request } },
      customBlock: (drafted) => commsHubInstalled(drafted, formatGbTimestamp(now)),
    },
    now,
  );
  return { record, answer: { status: 201, body: { trigger: 'metering-service-request', mpan: request.mpan, sends: `${interfaceID} ${eventCode}` } } };
}

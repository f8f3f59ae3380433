// The current Supplier changes a service appointment without a change of supplier
// (PROCESS-TABLES §4.3 CMS-01, §4.4 CDS-01 and 3B-01, §4.9 SEG-01, §4.10 MIG-01): the suite's test hook says
// what the Supplier decided, and the participant sends the IF-031 at once.
//
//   POST /test-hooks/service-change  {"mpan", "distributorDipId", "gspGroup", "segment",
//                                     "service": "MS"|"DS", "scenario": "CSP"|"USP"|"SEG"|"MCA",
//                                     "effectiveFrom": "YYYY-MM-DD", "provider"?: {"dipId", "mpid"}}
//
//   CSP  a new provider, the one the configuration appoints for the segment
//   USP  the provider already appointed (given as `provider`), with its details updated
//   SEG  the provider for the MPAN's new market segment (`segment` is the new one)
//   MCA  migration of a legacy MPAN by Change of Agent: the MHHS providers the configuration appoints
import { gbLocalMidnight } from '../src/builders/identifiers.ts';
import { dateProblem } from '../src/time/gb-time.ts';
import type { ServiceProviderChoice } from './config.ts';
import type { UpdateDeps } from './drafted-update.ts';
import { hookBody } from './drafted-update.ts';
import { appointmentRequestBlock } from './appointment-request.ts';
import { isValidMpanCore } from './own/mpan.ts';
import { dipDefinitions } from './own/dip-definitions.ts';
import { OutboxBuilder } from './outgoing.ts';
import { pick } from './own/pick.ts';
import type { HttpAnswer, TriggerRecord } from './records.ts';

export const SERVICE_CHANGE_HOOK = '/test-hooks/service-change';

const SCENARIOS = ['CSP', 'USP', 'SEG', 'MCA'] as const;

interface ServiceChange {
  readonly mpan: string;
  readonly distributorDipId: string;
  readonly gspGroup: string;
  readonly segment: 'S' | 'A';
  readonly service: 'MS' | 'DS';
  readonly scenario: (typeof SCENARIOS)[number];
  readonly effectiveFrom: string;
  readonly provider?: ServiceProviderChoice;
}

function problemOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return 'the body must be {"mpan", "distributorDipId", "gspGroup", "segment", "service", "scenario", "effectiveFrom"}';
  const body = payload as Record<string, unknown>;
  if (typeof body.mpan !== 'string' || !isValidMpanCore(body.mpan)) return 'mpan must be a 13-digit MPAN core with a valid check digit';
  if (body.segment !== 'S' && body.segment !== 'A') return 'segment must be S or A';
  if (body.service !== 'MS' && body.service !== 'DS') return 'service must be MS or DS';
  if (!SCENARIOS.includes(body.scenario as never)) return `scenario must be one of ${SCENARIOS.join(', ')}`;
  if (typeof body.effectiveFrom !== 'string' || dateProblem(body.effectiveFrom)) return 'effectiveFrom must be a date YYYY-MM-DD';
  if (body.scenario === 'USP' && typeof (body.provider as Record<string, unknown> | undefined)?.dipId !== 'string') return 'a USP change names the provider already appointed ({"dipId", "mpid"})';
  for (const key of ['distributorDipId', 'gspGroup']) if (typeof body[key] !== 'string') return `${key} must be a string`;
  return undefined;
}

export function judgeServiceChange(rawText: string, deps: UpdateDeps, now: number): { record: TriggerRecord; answer: HttpAnswer } | { answer: HttpAnswer } {
  const parsed = hookBody(rawText);
  if ('error' in parsed) return { answer: { status: 400, body: { error: parsed.error } } };
  const problem = problemOf(parsed.payload);
  if (problem) return { answer: { status: 400, body: { error: problem } } };
  const change = parsed.payload as ServiceChange;
  if (!deps.state.mpans.supplier.has(change.mpan)) return { answer: { status: 409, body: { error: `MPAN ${change.mpan} is not one we supply` } } };
  const { config } = deps;
  const chosen = change.scenario === 'USP' ? change.provider! : change.service === 'DS' ? config.appointDataService : change.segment === 'A' ? config.appointAdvancedMeteringService : config.appointMeteringService;
  const effectiveFrom = gbLocalMidnight(change.effectiveFrom);
  const block = appointmentRequestBlock(config, change.service, chosen, effectiveFrom, change.scenario);
  const eventCode = change.service === 'MS' ? '[MSApp]' : '[DSApp]';
  const supplier = deps.identities.find((identity) => identity.party === 'supplier')!;
  const builder = new OutboxBuilder({ definitions: dipDefinitions(deps.spec.dir), config, faults: deps.faults, state: deps.state, now }, `service-change-${now}-${change.mpan}`);
  const request = builder.message({
    sender: supplier,
    interfaceID: 'IF-031',
    eventCode,
    recipient: config.registrationServiceDipId,
    correlationID: null,
    m0: { MPANCore: change.mpan, distributorDIPID: change.distributorDipId, GSPGroupID: change.gspGroup },
    customBlock: block,
    occasion: 'service-change',
  });
  // The scenario as it went: the answer says what was sent.
  const body = request?.body;
  const payload = pick(Array.isArray(body) ? body[0] : body, 'payload');
  const scenario = pick(payload, 'CustomBlock', change.service === 'MS' ? 'B070' : 'B071', 'appointmentScenario');
  const record: TriggerRecord = {
    type: 'trigger',
    at: now,
    name: 'service-change',
    payload: change,
    effects: [{ party: 'supplier', mpan: change.mpan, event: `${change.scenario} ${change.service} appointment requested (test hook)`, set: { [`${change.service.toLowerCase()}Status`]: 'requested', [`${change.service.toLowerCase()}Proposed`]: chosen } }],
    outbox: builder.entries,
  };
  return { record, answer: { status: 201, body: { trigger: 'service-change', mpan: change.mpan, sends: `IF-031 ${eventCode} ${String(scenario)}` } } };
}

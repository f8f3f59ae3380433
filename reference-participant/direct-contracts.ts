// Customer Direct Contracts the Metering Service records with the Registration Service
// (PROCESS-TABLES §4.8 CRD-04): the suite's test hook says the customer agreed, or ended, a
// contract directly with us; the participant sends IF-038 at once and takes the SMRS's IF-039.
// Only for an MPAN our Metering Service serves (REG1075 would refuse anyone else).
//
//   POST /test-hooks/direct-contract  {"mpan", "distributorDipId", "gspGroup", "segment": "S"|"A",
//                                      "change", "effectiveTo"?: "YYYY-MM-DD"}
//
//   change                                sends
//   customer direct contract agreed       IF-038 [DirectContractMSAdd], B020 our DIP ID, to local midnight of effectiveTo
//   customer direct contract ended        IF-038 [DirectContractMSRemove] (M0 only)
import { gbLocalMidnight } from '../src/builders/identifiers.ts';
import { dateProblem } from '../src/time/gb-time.ts';
import { draftUpdate, hookBody, type UpdateDeps } from './drafted-update.ts';
import { isValidMpanCore } from './own/mpan.ts';
import type { HttpAnswer, TriggerRecord } from './records.ts';

export const DIRECT_CONTRACT_HOOK = '/test-hooks/direct-contract';

export const DIRECT_CONTRACT_CHANGES: Readonly<Record<string, string>> = {
  'customer direct contract agreed': '[DirectContractMSAdd]',
  'customer direct contract ended': '[DirectContractMSRemove]',
};

interface DirectContractChange {
  readonly mpan: string;
  readonly distributorDipId: string;
  readonly gspGroup: string;
  readonly segment: 'S' | 'A';
  readonly change: string;
  readonly effectiveTo?: string;
}

function problemOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return 'the body must be {"mpan", "distributorDipId", "gspGroup", "segment", "change", "effectiveTo"}';
  const body = payload as Record<string, unknown>;
  if (typeof body.mpan !== 'string' || !isValidMpanCore(body.mpan)) return 'mpan must be a 13-digit MPAN core with a valid check digit';
  if (typeof body.change !== 'string' || !DIRECT_CONTRACT_CHANGES[body.change]) return `change must be one of: ${Object.keys(DIRECT_CONTRACT_CHANGES).join('; ')}`;
  if (body.segment !== 'S' && body.segment !== 'A') return 'segment must be S or A';
  if (body.change === 'customer direct contract agreed' && (typeof body.effectiveTo !== 'string' || dateProblem(body.effectiveTo))) return 'effectiveTo must be a date YYYY-MM-DD: the day the contract ends';
  for (const key of ['distributorDipId', 'gspGroup']) if (typeof body[key] !== 'string') return `${key} must be a string`;
  return undefined;
}

export function judgeDirectContract(rawText: string, deps: UpdateDeps, now: number): { record: TriggerRecord; answer: HttpAnswer } | { answer: HttpAnswer } {
  const parsed = hookBody(rawText);
  if ('error' in parsed) return { answer: { status: 400, body: { error: parsed.error } } };
  const problem = problemOf(parsed.payload);
  if (problem) return { answer: { status: 400, body: { error: problem } } };
  const change = parsed.payload as DirectContractChange;
  const identity = deps.identities.find((candidate) => candidate.party === 'meteringService' && candidate.segment === change.segment);
  if (!identity) return { answer: { status: 409, body: { error: `no Metering Service of ours serves segment ${change.segment}` } } };
  if (!deps.state.mpans.meteringService.has(change.mpan)) return { answer: { status: 409, body: { error: `MPAN ${change.mpan} is not one our Metering Service serves` } } };
  const eventCode = DIRECT_CONTRACT_CHANGES[change.change]!;
  const record = draftUpdate(
    deps,
    {
      trigger: 'direct-contract',
      payload: change,
      sender: identity,
      interfaceID: 'IF-038',
      eventCode,
      recipients: [deps.config.registrationServiceDipId],
      m0: { MPANCore: change.mpan, distributorDIPID: change.distributorDipId, GSPGroupID: change.gspGroup },
      effect: { party: 'meteringService', mpan: change.mpan, event: `${change.change} (test hook)`, set: { directContract: eventCode === '[DirectContractMSAdd]' ? (change.effectiveTo ?? null) : null } },
      // A removal carries M0 only: its definition has no custom block at all.
      customBlock: () =>
        eventCode === '[DirectContractMSRemove]'
          ? undefined
          : { B020: { customerDirectContractMeteringServiceDIPID: identity.dipId, customerDirectContractMeteringServiceEffectiveToDate: gbLocalMidnight(change.effectiveTo!) } },
    },
    now,
  );
  return { record, answer: { status: 201, body: { trigger: 'direct-contract', mpan: change.mpan, sends: `IF-038 ${eventCode}` } } };
}

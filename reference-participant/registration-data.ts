// Registration data the Supplier owns and updates with IF-025 (PROCESS-TABLES §4.8 CRD-01), and
// the relationships between its MPANs it asks for with IF-019 (§4.11 REL-01, REL-02): the
// suite's test hook says what changed, and the participant sends the update at once. Only the
// current Supplier may (REG1021), so the hook refuses an MPAN we do not supply.
//
//   POST /test-hooks/registration-data  {"mpan", "distributorDipId", "gspGroup", "change"}
//
//   change                                                       sends
//   consent granularity changed                                  IF-025 [ConsentGranularity]
//   in-home display details changed                              IF-025 [IHDInfo]
//   smart metering system operator changed                       IF-025 [SMSO]
//   standard settlement configuration or profile class changed   IF-025 [SSCandProfileClass]
//   related metering points grouped                              IF-019 [RelatedCreate]
//   import and export MPANs linked                               IF-019 [LinkedImportExportCreate]
import { draftUpdate, hookBody, sendsOf, type UpdateDeps } from './drafted-update.ts';
import { isValidMpanCore } from './own/mpan.ts';
import type { HttpAnswer, TriggerRecord } from './records.ts';

export const REGISTRATION_DATA_HOOK = '/test-hooks/registration-data';

export const REGISTRATION_DATA_CHANGES: Readonly<Record<string, { interfaceID: string; eventCode: string }>> = {
  'consent granularity changed': { interfaceID: 'IF-025', eventCode: '[ConsentGranularity]' },
  'in-home display details changed': { interfaceID: 'IF-025', eventCode: '[IHDInfo]' },
  'smart metering system operator changed': { interfaceID: 'IF-025', eventCode: '[SMSO]' },
  'standard settlement configuration or profile class changed': { interfaceID: 'IF-025', eventCode: '[SSCandProfileClass]' },
  'related metering points grouped': { interfaceID: 'IF-019', eventCode: '[RelatedCreate]' },
  'import and export MPANs linked': { interfaceID: 'IF-019', eventCode: '[LinkedImportExportCreate]' },
};

interface RegistrationDataChange {
  readonly mpan: string;
  readonly distributorDipId: string;
  readonly gspGroup: string;
  readonly change: string;
}

function problemOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return 'the body must be {"mpan", "distributorDipId", "gspGroup", "change"}';
  const body = payload as Record<string, unknown>;
  if (typeof body.mpan !== 'string' || !isValidMpanCore(body.mpan)) return 'mpan must be a 13-digit MPAN core with a valid check digit';
  if (typeof body.change !== 'string' || !REGISTRATION_DATA_CHANGES[body.change]) return `change must be one of: ${Object.keys(REGISTRATION_DATA_CHANGES).join('; ')}`;
  for (const key of ['distributorDipId', 'gspGroup']) if (typeof body[key] !== 'string') return `${key} must be a string`;
  return undefined;
}

export function judgeRegistrationDataChange(rawText: string, deps: UpdateDeps, now: number): { record: TriggerRecord; answer: HttpAnswer } | { answer: HttpAnswer } {
  const parsed = hookBody(rawText);
  if ('error' in parsed) return { answer: { status: 400, body: { error: parsed.error } } };
  const problem = problemOf(parsed.payload);
  if (problem) return { answer: { status: 400, body: { error: problem } } };
  const change = parsed.payload as RegistrationDataChange;
  if (!deps.state.mpans.supplier.has(change.mpan)) return { answer: { status: 409, body: { error: `MPAN ${change.mpan} is not one we supply` } } };
  const supplier = deps.identities.find((identity) => identity.party === 'supplier')!;
  const update = REGISTRATION_DATA_CHANGES[change.change]!;
  const { eventCode } = update;
  const record = draftUpdate(
    deps,
    {
      trigger: 'registration-data',
      payload: change,
      sender: supplier,
      interfaceID: update.interfaceID,
      eventCode,
      // Import/Export links go through the Distributor (PROCESS-TABLES REL-02); the rest to the SMRS.
      recipients: eventCode.startsWith('[LinkedImportExport') ? [change.distributorDipId] : [deps.config.registrationServiceDipId],
      m0: { MPANCore: change.mpan, distributorDIPID: change.distributorDipId, GSPGroupID: change.gspGroup },
      effect: { party: 'supplier', mpan: change.mpan, event: `${change.change} (test hook)`, set: { lastRegistrationDataChange: change.change } },
    },
    now,
  );
  return { record, answer: { status: 201, body: { trigger: 'registration-data', mpan: change.mpan, sends: sendsOf(record) } } };
}

// Work on site the Metering Service must report to the Registration Service (PROCESS-TABLES §4.6
// BP008, §4.7 BP009): the suite's test hook says what the engineer did, and the participant
// sends the matching update at once.
//
//   POST /test-hooks/site-works  {"mpan", "distributorDipId", "gspGroup", "segment": "S"|"A",
//                                 "work", "supplierDipId", "dataServiceDipId"?, "workedAt"?}
//
//   work                                            sends
//   meter installed on site                         IF-005 [MeterInstall]
//   meter removed on site                           IF-005 [MeterRemoval]
//   meter exchanged on site                         IF-005 [MeterExchange]
//   installed meter details changed on site         IF-005 [MeterUpdate]
//   energisation status changed on site             IF-007 [EnergisationStatusChange]
//   energisation request found impossible on site   IF-007 [EnergisationStatusFailure] (also to the Supplier)
//   removed meter's history found wrong             IF-005 [MeterHistoryUpdate] for `meterId`, a meter
//                                                   taken out earlier (named as installed and removed)
//   comms hub installed on site                     IF-004 [CommsHubInfo] to the Supplier (bilateral, COM-10)
//
// After an install, removal, exchange or energisation change it also shares the reads taken on
// site (site-reads.ts): IF-041 to the Data Service (`dataServiceDipId`, when the hook names it),
// the Supplier and the Distributor, dated `workedAt` (DT-003; the hook's call time when absent).
//
import { isTimestampProblem, parseGbTimestamp } from '../src/time/gb-time.ts';
import { draftUpdate, hookBody, sendsOf, type UpdateDeps } from './drafted-update.ts';
import { isValidMpanCore } from './own/mpan.ts';
import { cumulativeReads, READS_OF_WORK, readingTime } from './site-reads.ts';
import type { HttpAnswer, TriggerRecord } from './records.ts';

export const SITE_WORKS_HOOK = '/test-hooks/site-works';

/** The work that corrects the asset history (COM-06): the payload names the meter in `meterId`. */
export const HISTORY_WORK = "removed meter's history found wrong";

/** toSupplier: to the SMRS and the Supplier; supplierOnly: a bilateral message to the Supplier alone. */
const UPDATES: Readonly<Record<string, { interfaceID: string; eventCode: string; toSupplier?: true; supplierOnly?: true }>> = {
  'meter installed on site': { interfaceID: 'IF-005', eventCode: '[MeterInstall]' },
  'meter removed on site': { interfaceID: 'IF-005', eventCode: '[MeterRemoval]' },
  'meter exchanged on site': { interfaceID: 'IF-005', eventCode: '[MeterExchange]' },
  'installed meter details changed on site': { interfaceID: 'IF-005', eventCode: '[MeterUpdate]' },
  'energisation status changed on site': { interfaceID: 'IF-007', eventCode: '[EnergisationStatusChange]' },
  'energisation request found impossible on site': { interfaceID: 'IF-007', eventCode: '[EnergisationStatusFailure]', toSupplier: true },
  [HISTORY_WORK]: { interfaceID: 'IF-005', eventCode: '[MeterHistoryUpdate]' },
  'comms hub installed on site': { interfaceID: 'IF-004', eventCode: '[CommsHubInfo]', supplierOnly: true },
};

export interface SiteWorks {
  readonly mpan: string;
  readonly distributorDipId: string;
  readonly gspGroup: string;
  readonly segment: 'S' | 'A';
  readonly work: string;
  readonly supplierDipId: string;
  /** The Data Service appointed to the MPAN: the reads go to it. */
  readonly dataServiceDipId?: string;
  /** When the work was done (DT-003): the time of the reads. */
  readonly workedAt?: string;
  /** The meter whose history record is wrong (HISTORY_WORK only). */
  readonly meterId?: string;
}

function problemOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return 'the body must be {"mpan", "distributorDipId", "gspGroup", "segment", "work", "supplierDipId"}';
  const works = payload as Record<string, unknown>;
  if (typeof works.mpan !== 'string' || !isValidMpanCore(works.mpan)) return 'mpan must be a 13-digit MPAN core with a valid check digit';
  if (typeof works.work !== 'string' || !UPDATES[works.work]) return `work must be one of: ${Object.keys(UPDATES).join('; ')}`;
  if (works.segment !== 'S' && works.segment !== 'A') return 'segment must be S or A';
  for (const key of ['distributorDipId', 'gspGroup', 'supplierDipId']) if (typeof works[key] !== 'string') return `${key} must be a string`;
  if (works.dataServiceDipId !== undefined && (typeof works.dataServiceDipId !== 'string' || !/^[0-9a-fA-F]{10}$/.test(works.dataServiceDipId))) {
    return `dataServiceDipId must be a 10-character DIP ID, found ${JSON.stringify(works.dataServiceDipId)}`;
  }
  if (works.workedAt !== undefined && (typeof works.workedAt !== 'string' || isTimestampProblem(parseGbTimestamp(works.workedAt)))) {
    return `workedAt must be a DT-003 GB timestamp such as 2026-11-23T10:00:00+00:00, found ${JSON.stringify(works.workedAt)}`;
  }
  if (works.work === HISTORY_WORK && (typeof works.meterId !== 'string' || works.meterId.length < 1 || works.meterId.length > 10)) {
    return `meterId must name the meter whose history is wrong (1 to 10 characters, DI-056), found ${JSON.stringify(works.meterId)}`;
  }
  return undefined;
}

/** A history correction names the same meter as installed and removed (REG1016). */
function historyCorrection(drafted: Record<string, unknown>, meterId: string, correctedRemoval: string): Record<string, unknown> {
  const b906 = (drafted.B906 ?? {}) as Record<string, unknown>;
  const b039 = (drafted.B039 ?? {}) as Record<string, unknown>;
  return { ...drafted, B906: { ...b906, existingMeter: { ...((b906.existingMeter ?? {}) as Record<string, unknown>), meterID: meterId } }, B039: { ...b039, meterIDRemoved: meterId, meterRemovalDate: b039.meterRemovalDate ?? correctedRemoval } };
}

function recipientsOf(update: (typeof UPDATES)[string], works: SiteWorks, deps: UpdateDeps): string[] {
  const registrationService = deps.config.registrationServiceDipId;
  if (update.supplierOnly) return [works.supplierDipId];
  return update.toSupplier ? [registrationService, works.supplierDipId] : [registrationService];
}

/** B093 for a Comms Hub installed at the time of the work. */
export function commsHubInstalled(drafted: Record<string, unknown>, installedAt: string): Record<string, unknown> {
  return { ...drafted, B093: { ...((drafted.B093 ?? {}) as Record<string, unknown>), commsHubActivity: '1', commsHubInstallationDate: installedAt } };
}

/** The journal record (with the update in its outbox) for valid site works, or the 4xx answer. */
export function judgeSiteWorks(rawText: string, deps: UpdateDeps, now: number): { record: TriggerRecord; answer: HttpAnswer } | { answer: HttpAnswer } {
  const parsed = hookBody(rawText);
  if ('error' in parsed) return { answer: { status: 400, body: { error: parsed.error } } };
  const problem = problemOf(parsed.payload);
  if (problem) return { answer: { status: 400, body: { error: problem } } };
  const works = parsed.payload as SiteWorks;
  const identity = deps.identities.find((candidate) => candidate.party === 'meteringService' && candidate.segment === works.segment);
  if (!identity) return { answer: { status: 409, body: { error: `no Metering Service of ours serves segment ${works.segment}` } } };
  if (!deps.state.mpans.meteringService.has(works.mpan)) return { answer: { status: 409, body: { error: `MPAN ${works.mpan} is not one our Metering Service serves` } } };

  const update = UPDATES[works.work]!;
  const reads = READS_OF_WORK[works.work] ?? [];
  const readAt = readingTime(works.workedAt, now);
  const record = draftUpdate(
    deps,
    {
      trigger: 'site-works',
      payload: works,
      sender: identity,
      interfaceID: update.interfaceID,
      eventCode: update.eventCode,
      recipients: recipientsOf(update, works, deps),
      m0: { MPANCore: works.mpan, distributorDIPID: works.distributorDipId, GSPGroupID: works.gspGroup },
      effect: { party: 'meteringService', mpan: works.mpan, event: `${works.work} (test hook)`, set: { lastSiteWork: works.work } },
      ...(update.interfaceID === 'IF-004' ? { customBlock: (drafted: Record<string, unknown>) => commsHubInstalled(drafted, readAt) } : {}),
      ...(works.work === HISTORY_WORK ? { customBlock: (drafted: Record<string, unknown>) => historyCorrection(drafted, works.meterId!, readAt) } : {}),
      followUps: reads.map((readEvent) => ({
        interfaceID: 'IF-041',
        eventCode: readEvent,
        recipients: [...(works.dataServiceDipId ? [works.dataServiceDipId] : []), works.supplierDipId, works.distributorDipId],
        customBlock: (drafted) => cumulativeReads(drafted, readAt),
      })),
    },
    now,
  );
  return { record, answer: { status: 201, body: { trigger: 'site-works', mpan: works.mpan, sends: sendsOf(record) } } };
}

// The Data Service's side of its appointment (BP003, PROCESS-TABLES CDS-01, CDS-02): a Supplier
// the suite plays proposes the participant's Smart or Advanced Data Service, nominating a Meter
// Data Retriever or none, the SMRS offers it (IF-033 [DSAppSPRequest]), and the participant must
// answer with IF-034 [DSAppSPResponse]: accepting and, as an SDS, naming an MDR it supports (B018),
// or rejecting with the DS code that says why.
import { buildMessage } from '../builders/message-builder.ts';
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import type { MeterDataRetriever } from '../profile/meter-data-retrievers.ts';
import { roleOf } from '../profile/participant-profile.ts';
import { findingOf } from '../rules/rule.ts';
import { SIMULATED } from '../stage/simulated-parties.ts';
import { formatGbTimestamp, gbMidnightUtcMillis } from '../time/gb-time.ts';
import { fieldOfReceived } from './appointment-steps.ts';
import { recordPushesSince } from './dip-pushes.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { Inconclusive, ParticipantDefect } from './verdicts.ts';

export const DS_ANSWER = 'IF-034 [DSAppSPResponse]';

/** What the gaining Supplier nominates as the MPAN's Meter Data Retriever (B071). */
export type MdrNomination = 'none' | 'supported' | 'unsupported';

/** What the gaining Supplier's B071 says of the traditional or fall-back read frequency. */
export type ReadFrequency = 'given' | 'missing';

export interface DataServiceOffer {
  readonly mdr: MdrNomination;
  readonly readFrequency: ReadFrequency;
}

/** The MDRs an SDS may name: itself when it is its own MDR, then those it declares. */
export function supportedMdrs(context: ScenarioContext): MeterDataRetriever[] {
  const { profile } = context.stage.options;
  const sds = roleOf(profile, 'SDS');
  const declared = profile.capabilities.dataService;
  if (!sds || !declared) return [];
  return [...(declared.ownMdr ? [{ dipId: sds.dipId, mpid: sds.mpid }] : []), ...declared.mdrs];
}

/** An MDR the SDS does not declare: a DIP ID of the simulated market's range none of them has. */
export function undeclaredMdr(context: ScenarioContext): MeterDataRetriever {
  const taken = new Set(supportedMdrs(context).map((mdr) => mdr.dipId.toLowerCase()));
  for (let number = 99; number > 0; number -= 1) {
    const dipId = `70000000${String(number).padStart(2, '0')}`;
    if (!taken.has(dipId)) return { dipId, mpid: 'MDRZ' };
  }
  throw new Inconclusive('every DIP ID the suite keeps for an unsupported MDR is one the profile declares (capabilities.dataService.mdrs)');
}

function nominated(context: ScenarioContext, nomination: MdrNomination): MeterDataRetriever | undefined {
  if (nomination === 'none') return undefined;
  if (nomination === 'unsupported') return undeclaredMdr(context);
  const mdr = supportedMdrs(context)[0];
  if (!mdr) throw new Inconclusive('the profile declares no MDR the Smart Data Service supports (capabilities.dataService)');
  return mdr;
}

/** The gaining Supplier (simulated) asks the SMRS to appoint the participant's Data Service for the MPAN's segment. */
export async function gainingSupplierProposesDataService(context: ScenarioContext, offer: DataServiceOffer): Promise<void> {
  const point = context.point!;
  const role = point.segment === 'S' ? 'SDS' : 'ADS';
  const ds = roleOf(context.stage.options.profile, role);
  if (!ds) throw new Inconclusive(`the profile declares no ${point.segment === 'S' ? 'Smart (SDS)' : 'Advanced (ADS)'} Data Service`);
  const mdr = nominated(context, offer.mdr);
  context.nominatedMdr = mdr;
  const [year, month, day] = context.supplyStartDate!.split('-').map(Number) as [number, number, number];
  const effectiveFrom = formatGbTimestamp(gbMidnightUtcMillis(year, month, day));
  const { stage } = context;
  const payload = buildMessage(stage.options.spec, {
    faker: stage.faker,
    interfaceID: 'IF-031',
    eventCode: '[DSApp]',
    now: stage.clock.now(),
    sender: { dipId: SIMULATED.gainingSupplier.dipId, role: 'SUP' },
    fixed: {
      '/CommonBlock/M0': { MPANCore: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup },
      '/CommonBlock/A0': { primaryRecipients: [SIMULATED.smrs.dipId], secondaryRecipients: [], always: [] },
      '/CustomBlock/B013': { CSSRegistrationID: context.cssRegistrationId },
      '/CustomBlock/B071': {
        proposedDataServiceDIPID: ds.dipId,
        proposedDataServiceMPID: ds.mpid,
        proposedDataServiceDIPEffectiveFromDate: effectiveFrom,
        contractReferenceDataService: null,
        appointmentScenario: 'COS',
        supplierNominatedMDRDIPID: mdr?.dipId ?? null,
        supplierNominatedMDRMPID: mdr?.mpid ?? null,
        supplierNominatedMDREffectiveFromDate: mdr ? effectiveFrom : null,
        supplierProposedConsentGranularity: 'H',
        supplierProposedDomesticIndicator: true,
        traditionalFallBackReadFrequency: offer.readFrequency === 'given' ? 'M' : null,
      },
    },
  }) as unknown as Record<string, unknown>;
  const from = context.watch.seen.length;
  await stage.smrs.receiveFromSimulated({ transactionID: `SIM-${SIMULATED.gainingSupplier.dipId}-${point.mpan}-DS`, interfaceID: 'IF-031', eventCode: '[DSApp]', senderDipId: SIMULATED.gainingSupplier.dipId, payload });
  await recordPushesSince(context, from);
}

/**
 * The SDS's acceptance names its MDR in B018: the one the Supplier nominated where it nominated
 * one, else one the SDS declares it supports (or itself, as its own MDR).
 */
export function expectMdrNamed(context: ScenarioContext): void {
  const named = fieldOfReceived(context, DS_ANSWER, 'CustomBlock', 'B018') as { SDSNominatedMDRDIPID?: unknown; SDSNominatedMDRMPID?: unknown } | undefined;
  const pointer = '/0/payload/CustomBlock/B018';
  const defect = (why: string) => new ParticipantDefect(`${DS_ANSWER} accepts the appointment without naming a Meter Data Retriever it supports`, [findingOf(PROCESS_CHECKS.content, pointer, why, 'REQ-DS-MDR-NAMED')]);
  if (!named) throw defect('B018 (SDS Nominated MDR) is missing; a Smart Data Service accepting an appointment must name its MDR');
  const dipId = String(named.SDSNominatedMDRDIPID ?? '');
  const wanted = context.nominatedMdr;
  if (wanted && dipId !== wanted.dipId) throw defect(`B018.SDSNominatedMDRDIPID is ${JSON.stringify(dipId)}; the Supplier nominated ${wanted.dipId} (${wanted.mpid}), which the SDS supports`);
  const supported = supportedMdrs(context);
  if (!supported.some((mdr) => mdr.dipId === dipId)) {
    throw defect(`B018.SDSNominatedMDRDIPID is ${JSON.stringify(dipId)}, not an MDR the profile declares the SDS supports (${supported.map((mdr) => mdr.dipId).join(', ')})`);
  }
}

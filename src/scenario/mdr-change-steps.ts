// A Smart Data Service changes its Meter Data Retriever (BP003B, PROCESS-TABLES 3B-02, 3B-03):
// the suite asks the participant's SDS, through the `mdr-change` trigger, to have another MDR
// retrieve an MPAN's data from a date; the SDS must send IF-034 [SDS-MDRUpdate] to the SMRS
// within its window, naming that MDR in B018 with an Effective From Date neither in the past
// (REG1024) nor more than 5 days ahead (REG1082). The SMRS answers with IF-035 [SDS-MDROutcome].
import { gbDateAfter, gbLocalMidnight } from '../builders/identifiers.ts';
import { MDR_CHECKS, PROCESS_CHECKS } from '../findings/check-registry.ts';
import { findingOf, type Finding } from '../rules/rule.ts';
import type { MeterDataRetriever } from '../profile/meter-data-retrievers.ts';
import { fireTrigger } from '../stage/triggers.ts';
import { gbDate, MILLIS } from '../time/gb-time.ts';
import { MAX_MDR_DAYS_AHEAD } from '../../mocks/smrs/mdr-updates.ts';
import { fieldOfReceived } from './appointment-steps.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { Inconclusive, ParticipantDefect, SuiteError } from './verdicts.ts';

/** The trigger event of the mdr-update SLA (scenarios/slas.yaml). */
export const MDR_CHANGE_ASKED = 'change of Meter Data Retriever asked of the Smart Data Service';
export const MDR_UPDATE = 'IF-034 [SDS-MDRUpdate]';

/** What the suite asked the SDS to change to: the MDR and the GB date it takes over (YYYY-MM-DD). */
export interface MdrChange {
  readonly mdr: MeterDataRetriever;
  readonly effectiveFrom: string;
}

const B018 = '/0/payload/CustomBlock/B018';

/**
 * The MDR the SDS is asked to change to: the last third-party MDR the profile declares it works
 * with. Not the SDS itself, so that an update naming the SDS out of habit is told apart.
 */
function newMdr(context: ScenarioContext, sdsDipId: string): MeterDataRetriever {
  const declared = context.stage.options.profile.capabilities.dataService?.mdrs ?? [];
  const mdr = declared.filter((candidate) => candidate.dipId !== sdsDipId).at(-1);
  if (!mdr) throw new Inconclusive('the profile declares no Meter Data Retriever other than the Smart Data Service itself (capabilities.dataService.mdrs), so there is none to change to');
  return mdr;
}

/** The suite asks the participant's SDS to have another MDR retrieve the scenario's MPAN from `daysAhead` days after today. */
export async function askSdsToChangeMdr(context: ScenarioContext, daysAhead: number): Promise<void> {
  const { stage } = context;
  const point = context.point;
  if (!point?.dataService || point.segment !== 'S') throw new SuiteError('the scenario has no Smart MPAN with a Data Service: a Given step must set one up');
  const mdr = newMdr(context, point.dataService.dipId);
  const at = stage.clock.now();
  const effectiveFrom = gbDateAfter(at, daysAhead);
  context.mdrChange = { mdr, effectiveFrom };
  await fireTrigger(
    stage.options.profile,
    'mdr-change',
    { mpan: point.mpan, distributorDipId: point.distributorDipId, gspGroup: point.gspGroup, segment: point.segment, dataServiceDipId: point.dataService.dipId, mdr: { dipId: mdr.dipId, mpid: mdr.mpid }, effectiveFrom },
    stage.participantUrl,
    stage.triggerAgent,
    context.browserMeans(),
  );
  context.actions.push({ what: MDR_CHANGE_ASKED, at });
}

function askedChange(context: ScenarioContext): MdrChange {
  if (!context.mdrChange) throw new SuiteError('the Smart Data Service was asked to change no MDR in this scenario');
  return context.mdrChange;
}

/** Whole GB days from `today` to `date`, both YYYY-MM-DD. */
const daysFrom = (today: string, date: string): number => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / MILLIS.DAY);

/**
 * The window of an MDR Effective From Date, judged on the GB date the update was sent: not
 * before it (REG1024) and at most 5 days after it (REG1082). Undefined when it is inside.
 */
export function mdrEffectiveFromProblem(effectiveFrom: string, sentAt: number): string | undefined {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(effectiveFrom)?.[0];
  if (!date) return `Effective From Date ${JSON.stringify(effectiveFrom)} names no date`;
  const today = gbDate(sentAt);
  const ahead = daysFrom(today, date);
  if (ahead < 0) return `Effective From Date ${date} is before the day it was sent (${today}, market time): an MDR change cannot be retrospective (REG1024)`;
  if (ahead > MAX_MDR_DAYS_AHEAD) return `Effective From Date ${date} is ${ahead} days after the day it was sent (${today}, market time); at most ${MAX_MDR_DAYS_AHEAD} are allowed (REG1082)`;
  return undefined;
}

/** B018's Effective From Date is inside the 5-day window, and the GB local midnight starting the date asked. */
export function expectMdrEffectiveFrom(context: ScenarioContext): void {
  const asked = askedChange(context);
  const exchange = context.received.get(MDR_UPDATE);
  if (!exchange) throw new SuiteError(`no ${MDR_UPDATE} from the participant has been matched yet in this scenario`);
  const sent = fieldOfReceived(context, MDR_UPDATE, 'CustomBlock', 'B018', 'SDSNominatedMDRRequestedEffectiveFromDate');
  const pointer = `${B018}/SDSNominatedMDRRequestedEffectiveFromDate`;
  const text = typeof sent === 'string' ? sent : '';
  const findings: Finding[] = [];
  const problem = mdrEffectiveFromProblem(text, exchange.marketMillis);
  if (problem) findings.push(findingOf(MDR_CHECKS.effectiveFromWindow, pointer, problem));
  const wanted = gbLocalMidnight(asked.effectiveFrom);
  if (text !== wanted) findings.push(findingOf(PROCESS_CHECKS.content, pointer, `the SDS was asked to change MDR from ${asked.effectiveFrom}, ${wanted}; B018 says ${JSON.stringify(sent)}`, 'REQ-DS-MDR-UPDATE'));
  if (findings.length) throw new ParticipantDefect(`the participant's ${MDR_UPDATE} asks for the MDR change from a date it may not, or was not asked for`, findings);
}

/** B018 names the MDR the SDS was asked to change to: its DIP ID and MPID. */
export function expectNewMdrNamed(context: ScenarioContext): void {
  const { mdr } = askedChange(context);
  const named = fieldOfReceived(context, MDR_UPDATE, 'CustomBlock', 'B018') as { SDSNominatedMDRDIPID?: unknown; SDSNominatedMDRMPID?: unknown } | undefined;
  const dipId = named?.SDSNominatedMDRDIPID;
  const mpid = named?.SDSNominatedMDRMPID;
  if (dipId === mdr.dipId && mpid === mdr.mpid) return;
  throw new ParticipantDefect(`the participant's ${MDR_UPDATE} does not name the Meter Data Retriever it was asked to change to`, [
    findingOf(PROCESS_CHECKS.content, B018, `B018 names MDR ${JSON.stringify(dipId)} (${JSON.stringify(mpid)}); the SDS was asked to change to ${mdr.dipId} (${mdr.mpid})`, 'REQ-DS-MDR-UPDATE'),
  ]);
}

// The reads a Metering Service shares after work on site (BP008 CES-05, BP009 COM-09): the
// participant must send IF-041 with the event code the work calls for, within the window of
// scenarios/slas.yaml, and the Data Service appointed to the MPAN (played by the suite) must
// receive a read taken on the day of the work.
import { slaDeadline } from '../clock/index.ts';
import { checkCumulativeRead } from '../rules/cumulative-read.ts';
import { messagesOf } from './exchange-messages.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { expectUpdate, slaForWork } from './site-works-steps.ts';
import { ParticipantDefect, SuiteError } from './verdicts.ts';

const LATE_GRACE_FACTOR = 0.5;

/** The feature states the read's window; the SLA table must say the same. */
export function checkStatedReadSla(work: string, eventCode: string, minutes: number): void {
  const sla = slaForWork(work, { interface: 'IF-041', event: eventCode });
  if (JSON.stringify(sla.window) !== JSON.stringify({ minutes })) {
    throw new SuiteError(`the feature says the read after '${work}' is shared within ${minutes} minutes; scenarios/slas.yaml (${sla.id}) says ${JSON.stringify(sla.window)}`);
  }
}

/** The participant shares the read `work` calls for, as IF-041 `eventCode`, within its window. */
export async function expectReadShared(context: ScenarioContext, work: string, eventCode: string): Promise<void> {
  const sla = slaForWork(work, { interface: 'IF-041', event: eventCode });
  const action = context.lastAction(work);
  if (!action) throw new SuiteError(`the participant was not told of '${work}' in this scenario`);
  const windowMillis = slaDeadline(sla, action.at) - action.at;
  await expectUpdate(context, { trigger: work, interfaceID: 'IF-041', eventCode, listenUntil: action.at + windowMillis * (1 + LATE_GRACE_FACTOR), sla });
}

/** The appointed Data Service received the read for the MPAN, taken on the day of the work. */
export async function expectDataServiceHasRead(context: ScenarioContext, eventCode: string, work: string): Promise<void> {
  const name = `IF-041 ${eventCode}`;
  const exchange = context.received.get(name);
  if (!exchange) throw new SuiteError(`no ${name} from the participant has been matched yet in this scenario`);
  const dataService = context.point?.dataService;
  if (!dataService) throw new SuiteError('the scenario MPAN has no Data Service appointed in the SMRS simulator');
  const action = context.lastAction(work);
  if (!action) throw new SuiteError(`the participant was not told of '${work}' in this scenario`);
  const message = messagesOf(exchange).find((candidate) => `${candidate.interfaceID} ${candidate.eventCode}` === name)!;
  const findings = checkCumulativeRead(message.payload, { dataServiceDipId: dataService.dipId, workedAt: action.at }, `/${message.index}/payload`);
  if (findings.length) throw new ParticipantDefect(`the participant's ${name} is not the read the Data Service needs`, findings);
  // The read was addressed rightly: the DIP, having journaled it, has routed it to the Data Service the suite plays.
  await context.stage.emulator.routed();
  if (!context.stage.dataServices.readsFor(dataService.dipId, context.mpan).some((read) => read.eventCode === eventCode && read.appointed)) {
    throw new SuiteError(`the DIP emulator accepted ${name} for ${context.mpan} but did not route it to the Data Service ${dataService.dipId}`);
  }
}

// The Supplier's own registration data (BP010 Change of Registration Data, PROCESS-TABLES §4.8
// CRD-01/02): the suite tells the participant what changed (the `registration-data` trigger),
// and the participant, as the current Supplier, updates the SMRS with IF-025. No SLA is
// published for IF-025, so the suite listens for the T1 default of 60 minutes.
import { fireTrigger } from '../stage/triggers.ts';
import { MILLIS } from '../time/gb-time.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { expectUpdate } from './site-works-steps.ts';
import { Inconclusive, SuiteError } from './verdicts.ts';
import { type MessageKind } from '../spec/message-kind.ts';

const LISTEN_MINUTES = 60;

/** Sets up an MPAN the participant is the registered Supplier of. */
export function suppliedMpan(context: ScenarioContext, segment: 'S' | 'A'): void {
  const point = context.stage.suppliedMeteringPoint(segment);
  if (!point) throw new Inconclusive('the profile lists no (more) MPANs the participant supplies (portfolio.supplier)');
  context.point = point;
}

export async function supplierChanges(context: ScenarioContext, change: string): Promise<void> {
  const point = context.point;
  if (!point) throw new SuiteError('the scenario has no MPAN: a Given step must set one up');
  const at = context.stage.clock.now();
  await fireTrigger(
    context.stage.options.profile,
    'registration-data',
    { mpan: point.mpan, distributorDipId: point.distributorDipId, gspGroup: point.gspGroup, change },
    context.stage.participantUrl,
    context.stage.triggerAgent,
    context.browserMeans(),
  );
  context.actions.push({ what: change, at });
}

export async function expectRegistrationUpdate(context: ScenarioContext, change: string, { interfaceID, eventCode }: MessageKind): Promise<void> {
  const action = context.lastAction(change);
  if (!action) throw new SuiteError(`the participant was not told of '${change}' in this scenario`);
  await expectUpdate(context, { trigger: change, interfaceID, eventCode, listenUntil: action.at + LISTEN_MINUTES * MILLIS.MINUTE });
}

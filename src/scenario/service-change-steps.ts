// The current Supplier changes a service appointment without a change of supplier (BP002
// CMS-01, BP003 CDS-01, BP003B 3B-01, BP011 SEG-01, migration MIG-01): the suite tells the participant what the
// Supplier decided (the `service-change` trigger), then checks the IF-031 it sends: the event
// code, the appointment scenario and the provider. No SLA is published for these requests, so
// the suite listens for the T1 default of 60 minutes.
import { gbDateAfter } from '../builders/identifiers.ts';
import type { MarketSegment } from '../../mocks/smrs/metering-points.ts';
import { fireTrigger } from '../stage/triggers.ts';
import { MILLIS } from '../time/gb-time.ts';
import { expectField } from './appointment-steps.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { expectUpdate } from './site-works-steps.ts';
import { SuiteError } from './verdicts.ts';

const LISTEN_MINUTES = 60;

/** Appointment scenarios (DI-800) of a change the current Supplier makes: CSP, USP, SEG, and MCA to migrate a legacy MPAN. */
export const CHANGE_SCENARIOS = ['CSP', 'USP', 'SEG', 'MCA'] as const;
export type ChangeScenario = (typeof CHANGE_SCENARIOS)[number];

/** The MPAN is still under the legacy arrangements: only a migration appointment may be made. */
export function legacyMpan(context: ScenarioContext): void {
  if (!context.point) throw new SuiteError('the scenario has no MPAN: a Given step must set one up');
  context.point.legacy = true;
}

const SERVICES: Readonly<Record<string, 'MS' | 'DS'>> = { 'Metering Service': 'MS', 'Data Service': 'DS' };

export function serviceNamed(name: string): 'MS' | 'DS' {
  const service = SERVICES[name];
  if (!service) throw new SuiteError(`no service '${name}': use Metering Service or Data Service`);
  return service;
}

const what = (scenario: string, service: 'MS' | 'DS') => `${scenario} ${service} appointment`;

/** The MPAN is moving to another market segment: SEG appointments are for that one. */
export function segmentChanging(context: ScenarioContext, segment: MarketSegment): void {
  if (!context.point) throw new SuiteError('the scenario has no MPAN: a Given step must set one up');
  context.point.pendingSegment = segment;
}

export async function supplierChangesService(context: ScenarioContext, scenario: ChangeScenario, service: 'MS' | 'DS', daysAhead: number): Promise<void> {
  const point = context.point;
  if (!point) throw new SuiteError('the scenario has no MPAN: a Given step must set one up');
  const current = service === 'MS' ? point.meteringService : point.dataService;
  const at = context.stage.clock.now();
  await fireTrigger(
    context.stage.options.profile,
    'service-change',
    {
      mpan: point.mpan,
      distributorDipId: point.distributorDipId,
      gspGroup: point.gspGroup,
      segment: scenario === 'SEG' ? (point.pendingSegment ?? point.segment) : point.segment,
      service,
      scenario,
      effectiveFrom: gbDateAfter(at, daysAhead),
      ...(scenario === 'USP' && current ? { provider: { dipId: current.dipId, mpid: current.mpid } } : {}),
    },
    context.stage.participantUrl,
    context.stage.triggerAgent,
    context.browserMeans(),
  );
  context.actions.push({ what: what(scenario, service), at });
}

/** The participant's IF-031 for the change: the right event code, scenario and (for USP) provider. */
export async function expectServiceRequest(context: ScenarioContext, scenario: ChangeScenario, service: 'MS' | 'DS'): Promise<void> {
  const action = context.lastAction(what(scenario, service));
  if (!action) throw new SuiteError(`the participant was not asked for a ${what(scenario, service)} in this scenario`);
  const eventCode = service === 'MS' ? '[MSApp]' : '[DSApp]';
  await expectUpdate(context, { trigger: what(scenario, service), interfaceID: 'IF-031', eventCode, listenUntil: action.at + LISTEN_MINUTES * MILLIS.MINUTE });
  const block = service === 'MS' ? 'B070' : 'B071';
  expectField(context, `IF-031 ${eventCode}`, ['CustomBlock', block, 'appointmentScenario'], scenario, `must name appointment scenario ${scenario}`);
}

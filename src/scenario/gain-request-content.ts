// What a gaining Supplier's appointment request (IF-031 on Change of Supplier) must say besides
// its dates: the CSS registration it raised (B013), the appointment scenario a gain calls for
// (COS, or MCS when it migrates the MPAN with the switch), and a service provider the market of
// the scenario offers for the MPAN's segment. The SMRS refuses a request that gets any of these
// wrong (REG0006, REG1021, REG1022, REG1031); the suite names the field first, so the verdict
// says what the participant did, not only that the process stopped.
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { type Finding, findingOf } from '../rules/rule.ts';
import { SIMULATED } from '../stage/simulated-parties.ts';
import { fieldOfReceived } from './appointment-steps.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { ParticipantDefect, SuiteError } from './verdicts.ts';
import type { MessageKind } from '../spec/message-kind.ts';

type Service = 'MS' | 'DS';

const BLOCK: Record<Service, { block: string; dipId: string; mpid: string; name: string }> = {
  MS: { block: 'B070', dipId: 'proposedMeteringServiceDIPID', mpid: 'proposedMeteringServiceMPID', name: 'Metering Service' },
  DS: { block: 'B071', dipId: 'proposedDataServiceDIPID', mpid: 'proposedDataServiceMPID', name: 'Data Service' },
};

/**
 * The providers the simulated market offers a gaining Supplier, by service and segment: the
 * ones that answer an appointment offer. The incumbents serve the other Supplier and are not on offer.
 */
const OFFERED: Record<Service, Record<'S' | 'A', readonly { dipId: string; mpid: string }[]>> = {
  MS: { S: [SIMULATED.smartMeteringService], A: [SIMULATED.advancedMeteringService] },
  DS: { S: [SIMULATED.smartDataService], A: [SIMULATED.advancedDataService] },
};

export function offeredProviders(service: Service, segment: 'S' | 'A'): readonly { dipId: string; mpid: string }[] {
  return OFFERED[service][segment];
}

function serviceOf(name: string): Service {
  if (name === 'IF-031 [MSApp]') return 'MS';
  if (name === 'IF-031 [DSApp]') return 'DS';
  throw new SuiteError(`${name} is not an appointment request (IF-031 [MSApp] or [DSApp])`);
}

const finding = (pointer: string, message: string): Finding => findingOf(PROCESS_CHECKS.content, pointer, message);

/** Checks the matched `IF-031 [MSApp]` or `[DSApp]` of a gain; throws a ParticipantDefect naming every field that is wrong. */
export function expectGainRequestContent(context: ScenarioContext, message: MessageKind): void {
  const name = message.label;
  const service = serviceOf(name);
  const { block, dipId, mpid, name: serviceName } = BLOCK[service];
  const at = (...path: string[]) => fieldOfReceived(context, name, ...path);
  const pointer = (...path: string[]) => `/0/payload/${path.join('/')}`;
  const findings: Finding[] = [];

  // B013 is optional in the schema; when the Supplier gives it, it is the registration it raised.
  const cssRegistrationId = at('CustomBlock', 'B013', 'CSSRegistrationID');
  if (cssRegistrationId !== undefined && cssRegistrationId !== null && cssRegistrationId !== context.cssRegistrationId) {
    findings.push(finding(pointer('CustomBlock', 'B013', 'CSSRegistrationID'), `CSSRegistrationID is ${JSON.stringify(cssRegistrationId)}; the participant raised CSS registration ${JSON.stringify(context.cssRegistrationId)} for this MPAN (the SMRS refuses another with REG0006)`));
  }
  const expectedScenario = context.migratingWithSwitch ? 'MCS' : 'COS';
  const scenario = at('CustomBlock', block, 'appointmentScenario');
  if (scenario !== expectedScenario) {
    findings.push(finding(pointer('CustomBlock', block, 'appointmentScenario'), `appointmentScenario is ${JSON.stringify(scenario)}; a gain ${context.migratingWithSwitch ? 'that migrates the MPAN with the switch ' : ''}calls for ${expectedScenario} (the SMRS refuses another from an incoming Supplier with REG1021)`));
  }
  const segment = context.point?.segment ?? 'S';
  const offered = offeredProviders(service, segment);
  const proposed = { dipId: at('CustomBlock', block, dipId), mpid: at('CustomBlock', block, mpid) };
  if (!offered.some((party) => party.dipId === proposed.dipId && party.mpid === proposed.mpid)) {
    findings.push(
      finding(
        pointer('CustomBlock', block, dipId),
        `the proposed ${serviceName} is ${String(proposed.dipId)} (${String(proposed.mpid)}); the scenario offers ${offered.map((party) => `${party.dipId} (${party.mpid})`).join(' or ')} for a ${segment === 'S' ? 'Smart' : 'Advanced'} MPAN`,
      ),
    );
  }
  if (findings.length) throw new ParticipantDefect(`${name} does not request the appointment the gain calls for`, findings);
}

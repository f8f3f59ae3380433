// Steps of the Supplier's changes of service without a change of supplier (BP002, BP003, BP003B, BP011).
import { Given, Then, When } from '@cucumber/cucumber';
import { segmentNamed } from '../src/scenario/appointment-steps.ts';
import * as serviceChange from '../src/scenario/service-change-steps.ts';
import { SuiteError } from '../src/scenario/verdicts.ts';
import type { QualificationWorld } from './support/hooks.ts';

function scenarioCode(code: string): serviceChange.ChangeScenario {
  if (!(serviceChange.CHANGE_SCENARIOS as readonly string[]).includes(code)) {
    throw new SuiteError(`no appointment scenario '${code}' for a change without a change of supplier: use ${serviceChange.CHANGE_SCENARIOS.join(', ')}`);
  }
  return code as serviceChange.ChangeScenario;
}

Given('the MPAN has not been migrated to MHHS yet', function (this: QualificationWorld) {
  serviceChange.legacyMpan(this.context);
});

Given('the MPAN is moving to the {word} market segment', function (this: QualificationWorld, segment: string) {
  serviceChange.segmentChanging(this.context, segmentNamed(segment));
});

When(
  "the participant's Supplier asks the SMRS for a {word} appointment of its {service} from {int} days ahead",
  async function (this: QualificationWorld, scenario: string, service: 'MS' | 'DS', days: number) {
    await serviceChange.supplierChangesService(this.context, scenarioCode(scenario), service, days);
  },
);

Then('the participant sends IF-031 for its {service} with appointment scenario {word}', async function (this: QualificationWorld, service: 'MS' | 'DS', scenario: string) {
  await serviceChange.expectServiceRequest(this.context, scenarioCode(scenario), service);
});

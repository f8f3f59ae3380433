// Steps of the Supplier's own messages to its Data Service: IF-024 advisories, IF-027 → IF-028.
import { Then, When } from '@cucumber/cucumber';
import * as dataService from '../src/scenario/data-service-request-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';

When("the participant's Supplier notes {string} for the MPAN's Data Service", async function (this: QualificationWorld, request: string) {
  await dataService.supplierTellsDataService(this.context, request);
});

Then("the participant sends {word} {word} to the MPAN's Data Service", async function (this: QualificationWorld, interfaceID: string, eventCode: string) {
  await dataService.expectSentToDataService(this.context, interfaceID, eventCode);
});

Then('its IF-027 [ConsumptionAmendment] asks for at least one amendment', function (this: QualificationWorld) {
  dataService.expectAmendmentsNamed(this.context);
});

Then('the Data Service accepts it with IF-028 [ConsumptionAmendment]', async function (this: QualificationWorld) {
  await dataService.dataServiceAccepts(this.context);
});

// Steps of the Supplier's own messages to its Data Service: IF-024 advisories, IF-027 → IF-028,
// the agreed Change of Supplier read (IF-041 [SupplierAgreedCOS]).
import { Given, Then, When } from '@cucumber/cucumber';
import * as dataService from '../src/scenario/data-service-request-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';
import type { MessageKind } from '../src/spec/message-kind.ts';

When("the participant's Supplier notes {string} for the MPAN's Data Service", async function (this: QualificationWorld, request: string) {
  await dataService.supplierTellsDataService(this.context, request);
});

Then("the participant sends {message} to the MPAN's Data Service", async function (this: QualificationWorld, message: MessageKind) {
  await dataService.expectSentToDataService(this.context, message);
});

Then('its IF-027 [ConsumptionAmendment] asks for at least one amendment', function (this: QualificationWorld) {
  dataService.expectAmendmentsNamed(this.context);
});

Then('the Data Service accepts it with IF-028 [ConsumptionAmendment]', async function (this: QualificationWorld) {
  await dataService.dataServiceAccepts(this.context);
});

Given('the participant took over its supply from another Supplier {int} days ago', function (this: QualificationWorld, days: number) {
  dataService.suppliedSince(this.context, days);
});

Then('the Data Service receives the agreed read for the MPAN, taken on the supply start date', async function (this: QualificationWorld) {
  await dataService.dataServiceHasAgreedRead(this.context);
});

// Steps of the Customer Direct Contract scenarios (BP010 CRD-04): IF-038 to the SMRS, IF-039 back.
import { Then, When } from '@cucumber/cucumber';
import * as directContracts from '../src/scenario/direct-contract-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';

When("the participant's Metering Service records {string} until {int} days ahead", async function (this: QualificationWorld, change: string, days: number) {
  await directContracts.meteringServiceRecords(this.context, change, days);
});

When("the participant's Metering Service records {string}", async function (this: QualificationWorld, change: string) {
  await directContracts.meteringServiceRecords(this.context, change, undefined);
});

Then('the participant tells the SMRS with IF-038 {word}', async function (this: QualificationWorld, eventCode: string) {
  await directContracts.expectDirectContractRequest(this.context, eventCode);
});

Then('the SMRS records it and answers IF-039 {word}', async function (this: QualificationWorld, eventCode: string) {
  await directContracts.expectSmrsRecorded(this.context, eventCode);
});

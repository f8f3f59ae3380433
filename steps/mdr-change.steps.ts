// Steps of a Smart Data Service changing its Meter Data Retriever (BP003B 3B-02, 3B-03).
import { Then, When } from '@cucumber/cucumber';
import * as mdrChange from '../src/scenario/mdr-change-steps.ts';
import * as siteWorks from '../src/scenario/site-works-steps.ts';
import type { MessageKind } from '../src/spec/message-kind.ts';
import type { QualificationWorld } from './support/hooks.ts';

When("the Smart Data Service is asked to have another Meter Data Retriever it works with retrieve the MPAN's data from {int} days ahead", async function (this: QualificationWorld, days: number) {
  await mdrChange.askSdsToChangeMdr(this.context, days);
});

Then('the participant sends {message} to the SMRS within {int} minutes of the change being asked', async function (this: QualificationWorld, message: MessageKind, minutes: number) {
  siteWorks.checkStatedSla(mdrChange.MDR_CHANGE_ASKED, message, { minutes });
  await siteWorks.expectWorkReported(this.context, mdrChange.MDR_CHANGE_ASKED);
});

Then('it names the new Meter Data Retriever in B018', function (this: QualificationWorld) {
  mdrChange.expectNewMdrNamed(this.context);
});

Then('its Effective From Date is the date asked, neither in the past nor more than 5 days ahead', function (this: QualificationWorld) {
  mdrChange.expectMdrEffectiveFrom(this.context);
});

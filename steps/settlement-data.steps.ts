// Steps of the Data Service's settlement data (BP004/BP005): reads in, IF-021 out, judged by the MDS.
import { Given, Then, When } from '@cucumber/cucumber';
import { expectSubmissionWithinSla, segmentNamed, slaBetween } from '../src/scenario/appointment-steps.ts';
import * as settlement from '../src/scenario/settlement-data-steps.ts';
import * as siteWorks from '../src/scenario/site-works-steps.ts';
import type { MessageKind } from '../src/spec/message-kind.ts';
import type { QualificationWorld } from './support/hooks.ts';

Given("a(n) {word} MPAN the participant's Data Service has served for {int} days", async function (this: QualificationWorld, segment: string, days: number) {
  await settlement.mpanServedByParticipantDataService(this.context, segmentNamed(segment), days);
});

Given("the SMRS de-appointed the participant's Data Service from the MPAN after the day {int} days ago, with IF-037 [DSDeApp]", async function (this: QualificationWorld, days: number) {
  await settlement.smrsDeAppointedDataService(this.context, days);
});

Given("the LSS has published the load shapes of yesterday's settlement day", async function (this: QualificationWorld) {
  await settlement.lssPublishesShapes(this.context, 1);
});

When("the Meter Data Retriever hands the Data Service every half-hourly read of yesterday's settlement day", async function (this: QualificationWorld) {
  await settlement.mdrHandsReads(this.context, 1);
});

When(
  "the Meter Data Retriever hands the Data Service yesterday's half-hourly reads, all but periods {int} to {int}",
  async function (this: QualificationWorld, first: number, last: number) {
    await settlement.mdrHandsReads(this.context, 1, Array.from({ length: last - first + 1 }, (_, index) => first + index));
  },
);

When("the Meter Data Retriever hands the Data Service every half-hourly reactive import read of yesterday's settlement day", async function (this: QualificationWorld) {
  await settlement.mdrHandsReads(this.context, 1, [], 'RI');
});

Then('the participant sends {message} within {int} minutes of the reactive reads', async function (this: QualificationWorld, message: MessageKind, minutes: number) {
  siteWorks.checkStatedSla(settlement.REACTIVE_READS_HANDED, message, { minutes });
  await siteWorks.expectWorkReported(this.context, settlement.REACTIVE_READS_HANDED);
});

When('the Meter Data Retriever hands the Data Service every half-hourly read of the settlement day {int} days ago', async function (this: QualificationWorld, days: number) {
  await settlement.mdrHandsReads(this.context, days);
});

Then('the participant sends no IF-021 for that day within {int} minutes', async function (this: QualificationWorld, minutes: number) {
  await settlement.expectNothingSentForDay(this.context, minutes);
});

Then('the participant sends {message} within {int} minutes of the reads', async function (this: QualificationWorld, message: MessageKind, minutes: number) {
  siteWorks.checkStatedSla(settlement.READS_HANDED, message, { minutes });
  await siteWorks.expectWorkReported(this.context, settlement.READS_HANDED);
});

Then('the MDS accepts the settlement day', async function (this: QualificationWorld) {
  await settlement.expectMdsAccepts(this.context);
});

Then('the reads are sent as actuals and any unread period as an estimate', function (this: QualificationWorld) {
  settlement.expectActualsAndEstimates(this.context);
});

Then('the estimates follow the LSS load shape', async function (this: QualificationWorld) {
  await settlement.expectEstimatesFollowShape(this.context);
});

Given('the MDS cannot yet record consumption for the MPAN: ECS1009, its MPAN status', function (this: QualificationWorld) {
  settlement.mdsWillRefuseOnce(this.context);
});

Then('the MDS refuses it with {message}', async function (this: QualificationWorld, message: MessageKind) {
  settlement.checkRefusalKind(message);
  await settlement.expectMdsRefusalPushed(this.context);
});

Then('the participant sends {message} again within {int} minutes of {message}', async function (this: QualificationWorld, message: MessageKind, minutes: number, trigger: MessageKind) {
  await expectSubmissionWithinSla(this.context, message, slaBetween(trigger, message, minutes), trigger);
});

When("the MDS's Interim Initial run of yesterday's settlement day finds no data for the MPAN and defaults it with {message}", async function (this: QualificationWorld, message: MessageKind) {
  settlement.checkDefaultKind(message);
  await settlement.mdsRunDefaultsDay(this.context, 'Interim Initial', 1);
});

Then('the participant sends {message} within {int} minutes of {message}', async function (this: QualificationWorld, message: MessageKind, minutes: number, trigger: MessageKind) {
  await expectSubmissionWithinSla(this.context, message, slaBetween(trigger, message, minutes), trigger);
});

Then('every period is sent as an estimate, none having been read', function (this: QualificationWorld) {
  settlement.expectActualsAndEstimates(this.context);
});

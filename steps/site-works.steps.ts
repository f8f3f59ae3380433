// Steps of the site-works features (BP008, BP009): the engineer's work, the Metering Service's report;
// and the Comms Hub information (IF-004) the Metering Service and the Supplier share (COM-10).
import { Then, When } from '@cucumber/cucumber';
import * as bilateral from '../src/scenario/bilateral-steps.ts';
import * as reads from '../src/scenario/read-steps.ts';
import * as siteWorks from '../src/scenario/site-works-steps.ts';
import { expectSmrsAccepted, smrsHasSent } from '../src/scenario/smrs-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';
import { type MessageKind, messageKind } from '../src/spec/message-kind.ts';

When("the participant's engineer records {string}", async function (this: QualificationWorld, work: string) {
  await siteWorks.engineerReports(this.context, work);
});

Then(
  'the participant reports {string} to the SMRS with {message} within {int} working days',
  async function (this: QualificationWorld, work: string, message: MessageKind, days: number) {
    siteWorks.checkStatedSla(work, message, { workingDays: days });
    await siteWorks.expectWorkReported(this.context, work);
  },
);

Then(
  'the participant reports {string} with {message} within {int} minutes',
  async function (this: QualificationWorld, work: string, message: MessageKind, minutes: number) {
    siteWorks.checkStatedSla(work, message, { minutes });
    await siteWorks.expectWorkReported(this.context, work);
  },
);

Then('its {message} goes to the Supplier too', function (this: QualificationWorld, message: MessageKind) {
  siteWorks.expectAddressedToSupplier(this.context, message);
});

Then('the SMRS confirms it with {message}', async function (this: QualificationWorld, message: MessageKind) {
  await smrsHasSent(this.context, message);
});

Then(
  'the participant shares the read with IF-041 {word} within {int} minutes of {string}',
  async function (this: QualificationWorld, eventCode: string, minutes: number, work: string) {
    reads.checkStatedReadSla(work, eventCode, minutes);
    await reads.expectReadShared(this.context, work, eventCode);
  },
);

Then('the Data Service receives the IF-041 {word} read for the MPAN, taken on the day of {string}', async function (this: QualificationWorld, eventCode: string, work: string) {
  await reads.expectDataServiceHasRead(this.context, eventCode, work);
});

Then('the SMRS takes the correction: IF-006 [MeterHistoryUpdate] comes back accepted', async function (this: QualificationWorld) {
  await expectSmrsAccepted(this.context, messageKind('IF-006', '[MeterHistoryUpdate]'), 'REQ-METER-HISTORY');
});

Then('the participant sends the Supplier {message} after {string}', async function (this: QualificationWorld, message: MessageKind, work: string) {
  await bilateral.expectSentToSupplier(this.context, message, work);
});

When("the participant's Supplier has {string} for the MPAN's Metering Service", async function (this: QualificationWorld, request: string) {
  await bilateral.supplierTellsMeteringService(this.context, request);
});

Then(
  "the participant sends the MPAN's Metering Service {message} after {string}",
  async function (this: QualificationWorld, message: MessageKind, request: string) {
    await bilateral.expectSentToMeteringService(this.context, message, request);
  },
);

// Steps of the site-works features (BP008, BP009): the engineer's work, the Metering Service's report;
// and the Comms Hub information (IF-004) the Metering Service and the Supplier share (COM-10).
import { Then, When } from '@cucumber/cucumber';
import * as bilateral from '../src/scenario/bilateral-steps.ts';
import * as reads from '../src/scenario/read-steps.ts';
import * as siteWorks from '../src/scenario/site-works-steps.ts';
import { expectSmrsAccepted, smrsHasSent } from '../src/scenario/smrs-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';

When("the participant's engineer records {string}", async function (this: QualificationWorld, work: string) {
  await siteWorks.engineerReports(this.context, work);
});

Then(
  'the participant reports {string} to the SMRS with {word} {word} within {int} working days',
  async function (this: QualificationWorld, work: string, interfaceID: string, eventCode: string, days: number) {
    siteWorks.checkStatedSla(work, interfaceID, eventCode, { workingDays: days });
    await siteWorks.expectWorkReported(this.context, work);
  },
);

Then(
  'the participant reports {string} with {word} {word} within {int} minutes',
  async function (this: QualificationWorld, work: string, interfaceID: string, eventCode: string, minutes: number) {
    siteWorks.checkStatedSla(work, interfaceID, eventCode, { minutes });
    await siteWorks.expectWorkReported(this.context, work);
  },
);

Then('its {word} {word} goes to the Supplier too', function (this: QualificationWorld, interfaceID: string, eventCode: string) {
  siteWorks.expectAddressedToSupplier(this.context, `${interfaceID} ${eventCode}`);
});

Then('the SMRS confirms it with {word} {word}', async function (this: QualificationWorld, interfaceID: string, eventCode: string) {
  await smrsHasSent(this.context, `${interfaceID} ${eventCode}`);
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
  await expectSmrsAccepted(this.context, 'IF-006 [MeterHistoryUpdate]', 'REQ-METER-HISTORY');
});

Then('the participant sends the Supplier {word} {word} after {string}', async function (this: QualificationWorld, interfaceID: string, eventCode: string, work: string) {
  await bilateral.expectSentToSupplier(this.context, interfaceID, eventCode, work);
});

When("the participant's Supplier has {string} for the MPAN's Metering Service", async function (this: QualificationWorld, request: string) {
  await bilateral.supplierTellsMeteringService(this.context, request);
});

Then(
  "the participant sends the MPAN's Metering Service {word} {word} after {string}",
  async function (this: QualificationWorld, interfaceID: string, eventCode: string, request: string) {
    await bilateral.expectSentToMeteringService(this.context, interfaceID, eventCode, request);
  },
);

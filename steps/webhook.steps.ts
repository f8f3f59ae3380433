// Steps of the participant's webhook on rainy days: broken, unexpected, repeated and reordered deliveries.
import { Given, Then, When } from '@cucumber/cucumber';
import { expectEveryPushAnswered } from '../src/scenario/appointment-steps.ts';
import * as smrs from '../src/scenario/smrs-steps.ts';
import * as webhook from '../src/scenario/webhook-robustness-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';

When('the DIP pushes the participant an IF-036 [MSAppActive] that breaks its schema', async function (this: QualificationWorld) {
  await webhook.pushSchemaBreakingPublication(this.context);
});

When('the DIP pushes the participant an IF-036 [MSAppActive] for an MPAN it does not know', async function (this: QualificationWorld) {
  await webhook.pushAboutUnknownMpan(this.context);
});

Then('its StandardResponse to {word} {word} carries {word}', function (this: QualificationWorld, interfaceID: string, eventCode: string, code: string) {
  webhook.expectAnswerCode(this.context, `${interfaceID} ${eventCode}`, code);
});

Then(
  'the participant reports {word} about that {word} {word} through the DIP within {int} minutes',
  async function (this: QualificationWorld, code: string, interfaceID: string, eventCode: string, minutes: number) {
    await webhook.expectStatusMessage(this.context, code, minutes, `${interfaceID} ${eventCode}`);
  },
);

When('the DIP delivers the same {word} {word} again', async function (this: QualificationWorld, interfaceID: string, eventCode: string) {
  await webhook.redeliver(this.context, `${interfaceID} ${eventCode}`);
});

When('the DIP replays the same {word} {word}', async function (this: QualificationWorld, interfaceID: string, eventCode: string) {
  await webhook.redeliver(this.context, `${interfaceID} ${eventCode}`, { replay: true });
});

Then(
  'over {int} minutes the participant sends {word} {word} only once for the {word} {word} it received twice',
  async function (this: QualificationWorld, minutes: number, interfaceID: string, eventCode: string, triggerInterface: string, triggerEvent: string) {
    await webhook.expectSentOnce(this.context, interfaceID, eventCode, minutes, `${triggerInterface} ${triggerEvent}`);
  },
);

Then('the participant answers every delivery of {word} {word} with HTTP {int} and a StandardResponse', function (this: QualificationWorld, interfaceID: string, eventCode: string, status: number) {
  expectEveryPushAnswered(this.context, `${interfaceID} ${eventCode}`, status);
});

Then('over {int} minutes the participant acts on {word} {word} at most once', async function (this: QualificationWorld, minutes: number, interfaceID: string, eventCode: string) {
  await webhook.expectActedOnAtMostOnce(this.context, `${interfaceID} ${eventCode}`, minutes);
});

Given("the DIP holds back the SMRS's next {word} {word} to the participant", function (this: QualificationWorld, interfaceID: string, eventCode: string) {
  smrs.dipHoldsBack(this.context, `${interfaceID} ${eventCode}`);
});

Then('the SMRS sends the participant {word} {word}, which the DIP holds back', async function (this: QualificationWorld, interfaceID: string, eventCode: string) {
  await smrs.smrsHasSentHeld(this.context, `${interfaceID} ${eventCode}`);
});

When('the DIP delivers the {word} {word} it held back', async function (this: QualificationWorld, interfaceID: string, eventCode: string) {
  await smrs.dipDeliversHeld(this.context, `${interfaceID} ${eventCode}`);
});

When("the SMRS's {word} {word} about the appointment reaches the participant only now", async function (this: QualificationWorld, interfaceID: string, eventCode: string) {
  await smrs.smrsTellsProposedServiceLate(this.context, `${interfaceID} ${eventCode}`);
});

Then(
  'over {int} minutes the participant refuses neither {word} {word} nor {word} {word}',
  async function (this: QualificationWorld, minutes: number, firstInterface: string, firstEvent: string, secondInterface: string, secondEvent: string) {
    await webhook.expectNoRefusal(this.context, [`${firstInterface} ${firstEvent}`, `${secondInterface} ${secondEvent}`], minutes);
  },
);

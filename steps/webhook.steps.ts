// Steps of the participant's webhook on rainy days: broken, unexpected, repeated and reordered deliveries.
import { Given, Then, When } from '@cucumber/cucumber';
import { expectEveryPushAnswered } from '../src/scenario/appointment-steps.ts';
import * as smrs from '../src/scenario/smrs-steps.ts';
import * as webhook from '../src/scenario/webhook-robustness-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';
import type { MessageKind } from '../src/spec/message-kind.ts';

When('the DIP pushes the participant an IF-036 [MSAppActive] that breaks its schema', async function (this: QualificationWorld) {
  await webhook.pushSchemaBreakingPublication(this.context);
});

When('the DIP pushes the participant an IF-036 [MSAppActive] for an MPAN it does not know', async function (this: QualificationWorld) {
  await webhook.pushAboutUnknownMpan(this.context);
});

Then('its StandardResponse to {message} carries {word}', function (this: QualificationWorld, message: MessageKind, code: string) {
  webhook.expectAnswerCode(this.context, message, code);
});

Then(
  'the participant reports {word} about that {message} through the DIP within {int} minutes',
  async function (this: QualificationWorld, code: string, message: MessageKind, minutes: number) {
    await webhook.expectStatusMessage(this.context, code, minutes, message);
  },
);

When('the DIP delivers the same {message} again', async function (this: QualificationWorld, message: MessageKind) {
  await webhook.redeliver(this.context, message);
});

When('the DIP replays the same {message}', async function (this: QualificationWorld, message: MessageKind) {
  await webhook.redeliver(this.context, message, { replay: true });
});

Then(
  'over {int} minutes the participant sends {message} only once for the {message} it received twice',
  async function (this: QualificationWorld, minutes: number, message: MessageKind, trigger: MessageKind) {
    await webhook.expectSentOnce(this.context, message, minutes, trigger);
  },
);

Then('the participant answers every delivery of {message} with HTTP {int} and a StandardResponse', function (this: QualificationWorld, message: MessageKind, status: number) {
  expectEveryPushAnswered(this.context, message, status);
});

Then('over {int} minutes the participant acts on {message} at most once', async function (this: QualificationWorld, minutes: number, message: MessageKind) {
  await webhook.expectActedOnAtMostOnce(this.context, message, minutes);
});

Given("the DIP holds back the SMRS's next {message} to the participant", function (this: QualificationWorld, message: MessageKind) {
  smrs.dipHoldsBack(this.context, message);
});

Then('the SMRS sends the participant {message}, which the DIP holds back', async function (this: QualificationWorld, message: MessageKind) {
  await smrs.smrsHasSentHeld(this.context, message);
});

When('the DIP delivers the {message} it held back', async function (this: QualificationWorld, message: MessageKind) {
  await smrs.dipDeliversHeld(this.context, message);
});

When("the SMRS's {message} about the appointment reaches the participant only now", async function (this: QualificationWorld, message: MessageKind) {
  await smrs.smrsTellsProposedServiceLate(this.context, message);
});

Then(
  'over {int} minutes the participant refuses neither {message} nor {message}',
  async function (this: QualificationWorld, minutes: number, first: MessageKind, second: MessageKind) {
    await webhook.expectNoRefusal(this.context, [first, second], minutes);
  },
);

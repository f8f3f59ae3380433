// Steps of the participant's webhook on rainy days: broken, unexpected and repeated deliveries.
import { Then, When } from '@cucumber/cucumber';
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

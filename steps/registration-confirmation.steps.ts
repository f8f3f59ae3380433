// Steps of the registration confirmation on Secured Active (BP001 COS-09).
import { Then } from '@cucumber/cucumber';
import { expectNoStatusMessage } from '../src/scenario/registration-confirmation-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';
import type { MessageKind } from '../src/spec/message-kind.ts';

Then('over {int} minutes the participant reports no problem with {message}', async function (this: QualificationWorld, minutes: number, message: MessageKind) {
  await expectNoStatusMessage(this.context, message, minutes);
});

// Steps of the registration confirmation on Secured Active (BP001 COS-09).
import { Then } from '@cucumber/cucumber';
import { expectNoStatusMessage } from '../src/scenario/registration-confirmation-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';

Then('over {int} minutes the participant reports no problem with {word} {word}', async function (this: QualificationWorld, minutes: number, interfaceID: string, eventCode: string) {
  await expectNoStatusMessage(this.context, `${interfaceID} ${eventCode}`, minutes);
});

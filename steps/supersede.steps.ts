// Steps of the Supplier not superseding its own appointment requests (BP001 COS-14, REG1089).
import { Then, When } from '@cucumber/cucumber';
import * as supersede from '../src/scenario/supersede-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';

When('the SMRS sends the participant IF-002 [GainMPANInfo] again for the same CSS registration', async function (this: QualificationWorld) {
  await supersede.smrsUpdatesGain(this.context);
});

Then('over {int} minutes the participant requests IF-031 {word} only once, so the SMRS supersedes nothing with REG1089', async function (this: QualificationWorld, minutes: number, eventCode: string) {
  await supersede.expectNotSuperseded(this.context, eventCode, minutes);
});

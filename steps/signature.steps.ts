// Steps of the DIP message-signature scenarios: spoil a push on purpose, expect it refused.
import { Given, Then } from '@cucumber/cucumber';
import * as signatures from '../src/scenario/signature-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';

Given("the DIP's next push to the participant's Metering Service carries {}", function (this: QualificationWorld, spoiling: string) {
  signatures.spoilNextPushToMeteringService(this.context, spoiling);
});

Then('the participant refuses {word} {word} for its signature', function (this: QualificationWorld, interfaceID: string, eventCode: string) {
  signatures.expectSignatureRefusal(this.context, `${interfaceID} ${eventCode}`);
});

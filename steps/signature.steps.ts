// Steps of the DIP message-signature scenarios: spoil a push on purpose, expect it refused.
import { Given, Then } from '@cucumber/cucumber';
import * as signatures from '../src/scenario/signature-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';
import type { MessageKind } from '../src/spec/message-kind.ts';

Given("the DIP's next push to the participant's Metering Service carries {}", function (this: QualificationWorld, spoiling: string) {
  signatures.spoilNextPushToMeteringService(this.context, spoiling);
});

Then('the participant refuses {message} for its signature', function (this: QualificationWorld, message: MessageKind) {
  signatures.expectSignatureRefusal(this.context, message);
});

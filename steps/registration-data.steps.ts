// Steps of the Supplier's registration-data features (BP010).
import { Given, Then, When } from '@cucumber/cucumber';
import { segmentNamed } from '../src/scenario/appointment-steps.ts';
import * as registrationData from '../src/scenario/registration-data-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';
import type { MessageKind } from '../src/spec/message-kind.ts';

Given('a(n) {word} MPAN the participant supplies', function (this: QualificationWorld, segment: string) {
  registrationData.suppliedMpan(this.context, segmentNamed(segment));
});

When("the participant's Supplier records {string}", async function (this: QualificationWorld, change: string) {
  await registrationData.supplierChanges(this.context, change);
});

Then('the participant updates the SMRS with {message}', async function (this: QualificationWorld, message: MessageKind) {
  const change = this.context.actions.at(-1)?.what ?? '';
  await registrationData.expectRegistrationUpdate(this.context, change, message);
});

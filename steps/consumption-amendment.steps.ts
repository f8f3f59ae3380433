// Steps of a Supplier's consumption amendment, as the participant's Data Service meets it: IF-027 in, IF-028 out.
import { Then, When } from '@cucumber/cucumber';
import * as amendment from '../src/scenario/consumption-amendment-steps.ts';
import type { MessageKind } from '../src/spec/message-kind.ts';
import type { QualificationWorld } from './support/hooks.ts';

When("the MPAN's Supplier asks the Data Service with {message} to amend the consumption of yesterday's settlement day", async function (this: QualificationWorld, message: MessageKind) {
  amendment.checkAmendmentKinds(message);
  await amendment.supplierAsksAmendment(this.context, true, 1);
});

When("a Supplier not registered to the MPAN asks the Data Service with {message} to amend the consumption of yesterday's settlement day", async function (this: QualificationWorld, message: MessageKind) {
  amendment.checkAmendmentKinds(message);
  await amendment.supplierAsksAmendment(this.context, false, 1);
});

Then('the IF-028 accepts the amendment, on the MPAN and with the amendments asked', function (this: QualificationWorld) {
  amendment.expectAmendmentAnswer(this.context, 'accepts');
});

Then('the IF-028 rejects the amendment, saying why, on the MPAN and with the amendments asked', function (this: QualificationWorld) {
  amendment.expectAmendmentAnswer(this.context, 'rejects');
});

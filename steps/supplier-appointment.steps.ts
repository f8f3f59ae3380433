// Steps of the Supplier's side of the appointment chain (BP001 gain, BP002/BP003 requests).
import { Given, Then, When } from '@cucumber/cucumber';
import * as appointment from '../src/scenario/appointment-steps.ts';
import * as smrs from '../src/scenario/smrs-steps.ts';
import { expectGainRequestContent } from '../src/scenario/gain-request-content.ts';
import type { QualificationWorld } from './support/hooks.ts';
import type { MessageKind } from '../src/spec/message-kind.ts';

Given('a(n) {word} MPAN registered to another Supplier', function (this: QualificationWorld, segment: string) {
  this.context.point = this.context.stage.meteringPoint(appointment.segmentNamed(segment));
});

Given('a new {word} MPAN with no Supplier or service providers yet', function (this: QualificationWorld, segment: string) {
  this.context.point = this.context.stage.newConnection(appointment.segmentNamed(segment));
});

Given('the participant has asked CSS to register the MPAN from a supply start date {int} days ahead', async function (this: QualificationWorld, days: number) {
  await appointment.participantRegistersWithCss(this.context, days);
});

Given(
  'the participant has asked CSS to register the MPAN from a supply start date {int} days ahead, to migrate it to MHHS with the switch',
  async function (this: QualificationWorld, days: number) {
    await appointment.participantRegistersWithCss(this.context, days, true);
  },
);

Then('its {message} names appointment scenario {word}', function (this: QualificationWorld, message: MessageKind, scenario: string) {
  appointment.expectAppointmentScenario(this.context, message, scenario);
});

When('the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]', async function (this: QualificationWorld) {
  await appointment.smrsNotifiesGain(this.context);
});

Then('the participant answers {message} with HTTP {int} and a StandardResponse', function (this: QualificationWorld, message: MessageKind, status: number) {
  appointment.expectPushAnswered(this.context, message, status);
});

Then(
  'the participant sends {message} to the SMRS within {int} minutes of {message}',
  async function (this: QualificationWorld, message: MessageKind, minutes: number, trigger: MessageKind) {
    const sla = appointment.slaBetween(trigger, message, minutes);
    await appointment.expectSubmissionWithinSla(this.context, message, sla, trigger);
  },
);

Then('its {message} proposes an appointment effective from the supply start date', function (this: QualificationWorld, message: MessageKind) {
  appointment.expectEffectiveFromSupplyStart(this.context, message);
});

Given('the SMRS will reject the {word} Service appointment with {word}', function (this: QualificationWorld, kind: string, code: string) {
  smrs.smrsWillReject(this.context, kind === 'Metering' ? 'MS' : 'DS', code);
});

Then('the SMRS sends the participant {message}', async function (this: QualificationWorld, message: MessageKind) {
  await smrs.smrsHasSent(this.context, message);
});

When('the switch reaches Secured Active', async function (this: QualificationWorld) {
  await smrs.switchReachesSecuredActive(this.context);
});

When('the switch is cancelled', async function (this: QualificationWorld) {
  await smrs.switchIsCancelled(this.context);
});

Given('the proposed Metering Service will refuse the appointment with {word}', function (this: QualificationWorld, code: string) {
  smrs.proposedServiceWillRefuse(this.context, code);
});

Then(
  "its {message} is for the CSS registration the participant raised, with the gain's appointment scenario and a provider on offer",
  function (this: QualificationWorld, message: MessageKind) {
    expectGainRequestContent(this.context, message);
  },
);

// Steps of the Metering Service's side of the appointment chain (BP002).
import { Given, Then, When } from '@cucumber/cucumber';
import { SIMULATED } from '../src/stage/simulated-parties.ts';
import * as ms from '../src/scenario/metering-service-steps.ts';
import { Inconclusive } from '../src/scenario/verdicts.ts';
import type { QualificationWorld } from './support/hooks.ts';

Given('a(n) {word} MPAN the participant serves as Metering Service', function (this: QualificationWorld, segment: string) {
  const point = this.context.stage.servedMeteringPoint(ms.meteringSegment(segment));
  if (!point) throw new Inconclusive('the profile lists no (more) MPANs the participant serves as Metering Service (portfolio.meteringService)');
  this.context.point = point;
});

Given('a(n) {word} MPAN in a GSP group the participant does not serve', function (this: QualificationWorld, segment: string) {
  this.context.point = this.context.stage.meteringPoint(ms.meteringSegment(segment), ms.areaNotServed(this.context));
});

Given('a(n) {word} MPAN with a meter of a type the participant does not support', function (this: QualificationWorld, segment: string) {
  this.context.point = this.context.stage.meteringPoint(ms.meteringSegment(segment), '_K', [ms.meterTypeNotSupported(this.context)]);
});

Given('another Supplier is gaining the MPAN', async function (this: QualificationWorld) {
  await ms.anotherSupplierIsGaining(this.context);
});

When('the gaining Supplier asks the SMRS to appoint the participant as Metering Service', async function (this: QualificationWorld) {
  await ms.gainingSupplierProposes(this.context, 'participant');
});

When('the gaining Supplier asks the SMRS to appoint another Metering Service', async function (this: QualificationWorld) {
  await ms.gainingSupplierProposes(this.context, SIMULATED.smartMeteringService);
});

Then('it {word} the appointment with {word}', function (this: QualificationWorld, outcome: string, code: string) {
  ms.expectAppointmentAnswer(this.context, outcome === 'accepts' ? 'accepts' : 'rejects', code);
});

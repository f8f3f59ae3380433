// Steps of the Data Service's side of its appointment (BP003, CDS-02).
import { Then, When } from '@cucumber/cucumber';
import * as ds from '../src/scenario/data-service-offer-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';

When('the gaining Supplier asks the SMRS to appoint the participant as Data Service, nominating no MDR', async function (this: QualificationWorld) {
  await ds.gainingSupplierProposesDataService(this.context, { mdr: 'none', readFrequency: 'given' });
});

When('the gaining Supplier asks the SMRS to appoint the participant as Data Service, nominating an MDR it supports', async function (this: QualificationWorld) {
  await ds.gainingSupplierProposesDataService(this.context, { mdr: 'supported', readFrequency: 'given' });
});

When('the gaining Supplier asks the SMRS to appoint the participant as Data Service, nominating an MDR it does not support', async function (this: QualificationWorld) {
  await ds.gainingSupplierProposesDataService(this.context, { mdr: 'unsupported', readFrequency: 'given' });
});

When('the gaining Supplier asks the SMRS to appoint the participant as Data Service, giving no fall-back read frequency', async function (this: QualificationWorld) {
  await ds.gainingSupplierProposesDataService(this.context, { mdr: 'none', readFrequency: 'missing' });
});

Then('it names a Meter Data Retriever it supports', function (this: QualificationWorld) {
  ds.expectMdrNamed(this.context);
});

Then('it names the Meter Data Retriever the Supplier nominated', function (this: QualificationWorld) {
  ds.expectMdrNamed(this.context);
});

// Steps of the Change of Supplier read (BP001 COS-16).
import { When } from '@cucumber/cucumber';
import { dataServiceSendsCosRead } from '../src/scenario/cos-read-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';

When("the MPAN's Data Service sends the Change of Supplier read with IF-041 [ReadingCOS] to both Suppliers", async function (this: QualificationWorld) {
  await dataServiceSendsCosRead(this.context);
});

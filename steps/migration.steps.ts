// Steps of migration (PROCESS-TABLES §4.10) the other step files do not already speak: the SMRS
// reverse-migrating an MPAN for an unqualified Supplier (MIG-06).
import { When } from '@cucumber/cucumber';
import * as smrs from '../src/scenario/smrs-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';

When("an unqualified Supplier's registration reverse-migrates the MPAN", async function (this: QualificationWorld) {
  await smrs.unqualifiedSupplierReverseMigrates(this.context);
});

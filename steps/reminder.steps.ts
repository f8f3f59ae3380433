// Steps of the IF-045 reminder features: the SMRS reminds the Supplier of a missing appointment.
import { Given, Then, When } from '@cucumber/cucumber';
import * as reminders from '../src/scenario/reminder-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';

Given('the SMRS holds no {service} appointment for the MPAN', function (this: QualificationWorld, service: 'MS' | 'DS') {
  reminders.noServiceAppointed(this.context, service);
});

When("the SMRS's reminder run sends the participant IF-045 {word}", async function (this: QualificationWorld, eventCode: string) {
  await reminders.smrsReminds(this.context, eventCode);
});

When("the SMRS's reminder run comes round again {int} days later", async function (this: QualificationWorld, days: number) {
  await reminders.nextReminderRun(this.context, days);
});

Then('the SMRS sends no further IF-045 {word} for the MPAN', function (this: QualificationWorld, eventCode: string) {
  reminders.expectNoFurtherReminder(this.context, eventCode);
});

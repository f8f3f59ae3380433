// Steps of the DIP-channel features: any publication a participant's role receives, valid or broken.
import { defineParameterType, When } from '@cucumber/cucumber';
import * as publications from '../src/scenario/publication-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';

// The participant's roles as features name them: Supplier, Smart Metering Service, Advanced Metering Service.
defineParameterType({ name: 'role', regexp: new RegExp(Object.keys(publications.ROLE_NAMES).join('|')), transformer: (name: string) => name });

When(
  "the DIP pushes the participant's {role} a valid {word} {word} about the MPAN",
  async function (this: QualificationWorld, role: string, interfaceID: string, eventCode: string) {
    await publications.pushPublication(this.context, role, interfaceID, eventCode);
  },
);

When(
  "the DIP pushes the participant's {role} a {word} {word} without its sender unique reference",
  async function (this: QualificationWorld, role: string, interfaceID: string, eventCode: string) {
    await publications.pushPublication(this.context, role, interfaceID, eventCode, publications.withoutSenderUniqueReference);
  },
);

When(
  "the DIP pushes the participant's {role} a(n) {word} {word} of schema version {word}",
  async function (this: QualificationWorld, role: string, interfaceID: string, eventCode: string, version: string) {
    await publications.pushPublication(this.context, role, interfaceID, eventCode, publications.withSchemaVersion(version));
  },
);

When(
  "the DIP pushes the participant's {role} a valid {word} {word} about the MPAN that names it as the Metering Service",
  async function (this: QualificationWorld, role: string, interfaceID: string, eventCode: string) {
    await publications.pushPublication(this.context, role, interfaceID, eventCode, publications.appointingTheParticipant);
  },
);

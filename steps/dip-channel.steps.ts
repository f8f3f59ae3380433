// Steps of the DIP-channel features: any publication a participant's role receives, valid or broken.
import { When } from '@cucumber/cucumber';
import * as publications from '../src/scenario/publication-steps.ts';
import type { QualificationWorld } from './support/hooks.ts';
import type { MessageKind } from '../src/spec/message-kind.ts';

When(
  "the DIP pushes the participant's {role} a valid {message} about the MPAN",
  async function (this: QualificationWorld, role: string, message: MessageKind) {
    await publications.pushPublication(this.context, role, message);
  },
);

When(
  "the DIP pushes the participant's {role} a {message} without its sender unique reference",
  async function (this: QualificationWorld, role: string, message: MessageKind) {
    await publications.pushPublication(this.context, role, message, publications.withoutSenderUniqueReference);
  },
);

When(
  "the DIP pushes the participant's {role} a(n) {message} of schema version {word}",
  async function (this: QualificationWorld, role: string, message: MessageKind, version: string) {
    await publications.pushPublication(this.context, role, message, publications.withSchemaVersion(version));
  },
);

When(
  "the DIP pushes the participant's {role} a valid {message} about the MPAN that names it as the Metering Service",
  async function (this: QualificationWorld, role: string, message: MessageKind) {
    await publications.pushPublication(this.context, role, message, publications.appointingTheParticipant);
  },
);

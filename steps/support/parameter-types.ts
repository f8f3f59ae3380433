// The parameter types features use, defined once for every step file: a message kind
// (`IF-031 [MSApp]`), a role of the participant, and a service.
import { defineParameterType } from '@cucumber/cucumber';
import { ROLE_NAMES } from '../../src/scenario/publication-steps.ts';
import { serviceNamed } from '../../src/scenario/service-change-steps.ts';
import { MESSAGE_KIND_PATTERN, type MessageKind, messageKind } from '../../src/spec/message-kind.ts';

// `{message}`: an interface and an event code, parsed once into a MessageKind.
defineParameterType({
  name: 'message',
  regexp: MESSAGE_KIND_PATTERN,
  transformer: (interfaceID: string, eventCode: string): MessageKind => messageKind(interfaceID, eventCode),
});

// The participant's roles as features name them: Supplier, Smart Metering Service, Advanced Metering Service.
defineParameterType({ name: 'role', regexp: new RegExp(Object.keys(ROLE_NAMES).join('|')), transformer: (name: string) => name });

defineParameterType({ name: 'service', regexp: /Metering Service|Data Service/, transformer: (name: string) => serviceNamed(name) });

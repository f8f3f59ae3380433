// Only some roles send each interface (a Supplier sends IF-031, a Registration Service sends
// IF-032 …). The table is scenarios/role-interfaces.yaml.
import { readField } from '../spec/payload-fields.ts';
import { findingOf, type MessageRule } from './rule.ts';

export const senderRoleAllowedRule: MessageRule = {
  scope: 'message',
  id: 'SENDER-ROLE-ALLOWED',
  title: 'The sender’s role is one that sends this interface',
  severity: 'fail',
  requirement: 'REQ-DIP-SENDER-ROLE',
  source: 'DES138 Interface Catalogue sender roles (scenarios/role-interfaces.yaml); DIP response code MSG1010',
  check(message, context) {
    const role = readField(message.payload, 'CommonBlock', 'S1', 'senderRoleID');
    if (typeof role !== 'string' || !message.interfaceID) return [];
    const senders = context.roles.sendersOf(message.interfaceID);
    if (senders === undefined || senders.includes(role)) return [];
    return [
      findingOf(
        this,
        `${message.pointer}/CommonBlock/S1/senderRoleID`,
        `role ${role} does not send ${message.interfaceID}; its senders are ${senders.join(', ')}`,
      ),
    ];
  },
};

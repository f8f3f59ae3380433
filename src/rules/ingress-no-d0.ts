// The D0 block belongs to the DIP: it stamps transaction ID, publication and replay flag on
// the way out. A participant's own message must not carry one.
import { readField } from '../spec/payload-fields.ts';
import { findingOf, type MessageRule } from './rule.ts';

export const ingressNoD0Rule: MessageRule = {
  scope: 'message',
  id: 'INGRESS-NO-D0',
  title: 'A participant’s message carries no DIP block (D0)',
  severity: 'fail',
  requirement: 'REQ-DIP-D0-SET-BY-DIP',
  source: 'DIP API RealCommonBlocks D0 "DIP Block" (set by the DIP on egress)',
  check(message, context) {
    if (context.direction !== 'ingress') return [];
    if (readField(message.payload, 'CommonBlock', 'D0') === undefined) return [];
    return [
      findingOf(this, `${message.pointer}/CommonBlock/D0`, 'CommonBlock.D0 is set by the DIP on delivery; remove it from messages the participant sends'),
    ];
  },
};

// A message submitted on /dip-channel/IF-031 must be an IF-031: the DIP answers MSG1002
// when channel and S0.interfaceID disagree.
import { findingOf, type MessageRule } from './rule.ts';

export const channelMatchesInterfaceRule: MessageRule = {
  scope: 'message',
  id: 'CHANNEL-MATCHES-INTERFACE',
  title: 'The message’s interface is the channel it was sent on',
  severity: 'fail',
  requirement: 'REQ-DIP-CHANNEL-INTERFACE',
  source: 'DIP API POST /dip-channel/{id}; response code MSG1002 Interface ID Invalid',
  check(message, context) {
    if (!context.channel || !message.interfaceID || message.interfaceID === context.channel) return [];
    return [
      findingOf(
        this,
        `${message.pointer}/CommonBlock/S0/interfaceID`,
        `message is ${message.interfaceID} but was sent on channel ${context.channel}; submit it to /dip-channel/${message.interfaceID}`,
      ),
    ];
  },
};

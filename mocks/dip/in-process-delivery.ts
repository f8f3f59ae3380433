// The DIP handing a message to a party the suite plays (the SMRS, a simulated Metering or Data
// Service …) inside the suite's process. No HTTP carries it, yet it is as much a part of the
// market's traffic as a push: it is journaled before the party acts on it, so the evidence shows
// what the simulated market received, not only what the participant sent and was sent.
import { randomUUID } from 'node:crypto';
import type { Exchange, SimulatedParty } from '../../src/evidence/exchange.ts';
import { mpansNamed } from '../../src/evidence/exchange-mpans.ts';
import { readField } from '../../src/spec/payload-fields.ts';
import { formatGbTimestamp } from '../../src/time/gb-time.ts';
import type { PartyDirectory } from '../isd/party-directory.ts';

export const IN_PROCESS_CHANNEL = '/simulated-parties';

export interface InProcessDelivery {
  /** The messages handed on, as the body of a DIP delivery: `[{ payload }]`. */
  readonly payloads: ReadonlyArray<Record<string, unknown>>;
  readonly recipients: readonly SimulatedParty[];
  /** Market time it was handed on, UTC millis. */
  readonly at: number;
  /** The participant's submission the messages came in, when they came from the participant. */
  readonly deliveredFrom?: string;
  readonly scenarioOf?: (mpans: readonly string[]) => string | undefined;
}

/** The journal record of an in-process delivery: the body whole, the parties named, no answer. */
export function inProcessDeliveryExchange(delivery: InProcessDelivery): Exchange {
  const body = delivery.payloads.map((payload) => ({ payload }));
  const mpans = mpansNamed(body);
  const scenario = delivery.scenarioOf?.(mpans);
  const at = new Date().toISOString();
  return {
    id: randomUUID(),
    direction: 'dip-to-simulated-party',
    channel: IN_PROCESS_CHANNEL,
    request: { method: 'DELIVER', url: `${IN_PROCESS_CHANNEL}/${delivery.recipients.map((party) => party.dipId).join(',')}`, headers: {}, body: JSON.stringify(body) },
    startedAt: at,
    finishedAt: at,
    marketTime: formatGbTimestamp(delivery.at),
    marketMillis: delivery.at,
    findings: [],
    recipients: delivery.recipients,
    ...(delivery.deliveredFrom ? { deliveredFrom: delivery.deliveredFrom } : {}),
    ...(mpans.length ? { mpans } : {}),
    ...(scenario ? { scenario } : {}),
  };
}

/**
 * The simulated parties a message's A0 names as its primary recipients: those the suite plays
 * (registered without a webhook). The participant's own DIP IDs and unknown ones are not
 * delivered to in-process.
 */
export function simulatedRecipientsOf(payload: unknown, directory: PartyDirectory): SimulatedParty[] {
  const named = readField(payload, 'CommonBlock', 'A0', 'primaryRecipients');
  const dipIds = Array.isArray(named) ? named.filter((id): id is string => typeof id === 'string') : [];
  return [...new Set(dipIds)].flatMap((dipId) => {
    const party = directory.byDip(dipId);
    return party && !party.webhookUrl ? [{ dipId: party.dipId, name: party.name, role: party.role }] : [];
  });
}

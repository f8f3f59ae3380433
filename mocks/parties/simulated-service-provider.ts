// Service providers the suite plays itself (the Data Service while a Supplier is under test,
// the proposed Metering Service when it is not the participant): they answer an IF-033 offer
// with an IF-034 at once, in-process (an acceptance, or the refusal a scenario arranged), so
// that the chain around the participant runs as it would in the market.
import type { Faker } from '@faker-js/faker';
import { buildMessage } from '../../src/builders/message-builder.ts';
import type { LoadedSpec } from '../../src/spec/load-spec.ts';
import { interfaceReader } from '../../src/spec/payload-fields.ts';
import type { PartyDirectory } from '../isd/party-directory.ts';
import type { Publication } from '../smrs/publications.ts';
import type { SimulatedRecipient, SmrsSimulator } from '../smrs/smrs-simulator.ts';

const RESPONSE_OF: Record<string, { eventCode: string; block: 'B070' | 'B071' }> = {
  '[MSAppSPRequest]': { eventCode: '[MSAppSPResponse]', block: 'B070' },
  '[DSAppSPRequest]': { eventCode: '[DSAppSPResponse]', block: 'B071' },
};
const readIF033 = interfaceReader('IF-033');

export function acceptingServiceProviders(options: {
  readonly spec: LoadedSpec;
  readonly faker: Faker;
  readonly now: () => number;
  readonly directory: PartyDirectory;
  readonly smrs: () => SmrsSimulator;
  /** Offers for these MPANs are refused with the SP code and text given (a scenario arranges it). */
  readonly refusals?: ReadonlyMap<string, string>;
}): SimulatedRecipient {
  let sequence = 0;
  return (publication: Publication, payload: Record<string, unknown>) => {
    const response = publication.interfaceID === 'IF-033' ? RESPONSE_OF[publication.eventCode] : undefined;
    const provider = options.directory.byDip(publication.to.dipId);
    if (!response || !provider) return;
    const mpan = String(readIF033(payload, 'CommonBlock', 'M0', 'MPANCore'));
    const refusal = options.refusals?.get(mpan);
    const outcome = refusal ? { responseCode: 'R', proposedAppointmentResponseCode: refusal } : { responseCode: 'A', proposedAppointmentResponseCode: 'SP000 - Proposed Appointment ACCEPTED' };
    const answer = buildMessage(options.spec, {
      faker: options.faker,
      interfaceID: 'IF-034',
      eventCode: response.eventCode,
      now: options.now(),
      sender: { dipId: provider.dipId, role: provider.role },
      fixed: {
        '/CommonBlock/M0': readIF033(payload, 'CommonBlock', 'M0'),
        '/CommonBlock/A0': { primaryRecipients: [String(readIF033(payload, 'CommonBlock', 'S1', 'senderDIPID'))], secondaryRecipients: [], always: [] },
        '/CustomBlock/B007': outcome,
        '/CustomBlock/B012': readIF033(payload, 'CustomBlock', 'B012'),
        [`/CustomBlock/${response.block}`]: readIF033(payload, 'CustomBlock', response.block),
      },
    }) as unknown as Record<string, unknown>;
    sequence += 1;
    void options.smrs().receiveFromSimulated({
      transactionID: `SIM-${provider.dipId}-${sequence}`,
      interfaceID: 'IF-034',
      eventCode: response.eventCode,
      senderDipId: provider.dipId,
      payload: answer,
    });
  };
}

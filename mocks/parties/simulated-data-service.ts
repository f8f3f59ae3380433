// The Data Services the suite plays, as recipients of cumulative reads (IF-041) from a Metering
// Service under test (PROCESS-TABLES §4.6 CES-05, §4.7 COM-09). The DIP routes a read to every
// Data Service its A0 names; each one keeps it in its inbox, noting whether the SMRS has it
// appointed to the read's MPAN. The scenario then asks the appointed one what it received and
// judges the read (src/rules/cumulative-read.ts).
import { interfaceReader } from '../../src/spec/payload-fields.ts';
import type { DipInbox } from '../dip/dip-ports.ts';
import type { AcceptedMessage } from '../dip/ingress-judgement.ts';
import type { PartyDirectory } from '../isd/party-directory.ts';
import type { MeteringPointStore } from '../smrs/metering-points.ts';

const DATA_SERVICE_ROLES = new Set(['SDS', 'ADS']);
const readIF041 = interfaceReader('IF-041');

export interface ReceivedRead {
  /** The Data Service that received it. */
  readonly dataServiceDipId: string;
  readonly mpan: string;
  readonly eventCode: string;
  readonly transactionID: string;
  readonly payload: Record<string, unknown>;
  /** Whether the SMRS holds this Data Service as appointed to the MPAN when the read arrived. */
  readonly appointed: boolean;
}

export class SimulatedDataServices {
  readonly inbox: ReceivedRead[] = [];

  constructor(
    emulator: DipInbox,
    private readonly directory: PartyDirectory,
    private readonly points: MeteringPointStore,
  ) {
    emulator.onAccepted((message) => this.receive(message));
  }

  /** Reads the Data Service `dipId` has received for the MPAN. */
  readsFor(dipId: string, mpan: string): readonly ReceivedRead[] {
    return this.inbox.filter((read) => read.dataServiceDipId === dipId && read.mpan === mpan);
  }

  private receive(message: AcceptedMessage): void {
    if (message.interfaceID !== 'IF-041') return;
    const mpan = String(readIF041(message.payload, 'CommonBlock', 'M0', 'MPANCore') ?? '');
    const recipients = readIF041(message.payload, 'CommonBlock', 'A0', 'primaryRecipients');
    for (const dipId of Array.isArray(recipients) ? recipients : []) {
      const party = this.directory.byDip(String(dipId));
      // Only the Data Services the suite plays; a participant's own roles get pushes instead.
      if (!party || party.webhookUrl || !DATA_SERVICE_ROLES.has(party.role)) continue;
      this.inbox.push({
        dataServiceDipId: party.dipId,
        mpan,
        eventCode: message.eventCode,
        transactionID: message.transactionID,
        payload: message.payload,
        appointed: this.points.get(mpan)?.dataService?.dipId === party.dipId,
      });
    }
  }
}

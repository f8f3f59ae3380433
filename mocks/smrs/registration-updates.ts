// The Registration Service taking an update of registration data: a Metering Service's report
// of site works (PROCESS-TABLES §4.6 CES-02/04, §4.7 COM-02…07), where only the appointed
// Metering Service may update (REG1012), or the Supplier's own data (§4.8 CRD-01/02), where
// only the current Supplier may (REG1021). The outcome goes back to the sender, and a
// successful update goes on to the Supplier and the Metering Service, on the notification
// interface with the same event code and an R0 block (IF-005 → IF-006, IF-007 → IF-008,
// IF-025 → IF-026, IF-019 → IF-020). A failed energisation (IF-007 [EnergisationStatusFailure]) is the
// Supplier's business and changes nothing registered: the SMRS sends nothing for it.
import { historyUpdateRefusal } from './meter-history.ts';
import type { MeteringPoint, PartyRef } from './metering-points.ts';
import type { Publication } from './publications.ts';

export const NOTIFICATION_OF: Readonly<Record<string, string>> = { 'IF-005': 'IF-006', 'IF-007': 'IF-008', 'IF-025': 'IF-026', 'IF-019': 'IF-020' };

/** Updates only the registered Supplier may make (PROCESS-TABLES CRD-01); the rest are the appointed Metering Service's. */
const SUPPLIER_UPDATES = new Set(['IF-025', 'IF-019']);

/** Updates that change nothing registered, so the SMRS publishes nothing for them. */
const NOT_REGISTERED = new Set(['IF-007 [EnergisationStatusFailure]']);

export interface UpdateReport {
  readonly interfaceID: string;
  readonly eventCode: string;
  readonly sender: PartyRef;
  readonly customBlock: Record<string, unknown>;
}

/** Why the SMRS refuses the update, or undefined when it takes it. */
export function updateRefusal(point: MeteringPoint | undefined, report: UpdateReport): string | undefined {
  if (!point) return 'REG0000 - MPAN Invalid or does not exist';
  if (SUPPLIER_UPDATES.has(report.interfaceID)) return point.supplier?.dipId === report.sender.dipId ? undefined : 'REG1021 - Requesting Supplier is not the Current Supplier';
  if (point.meteringService?.dipId !== report.sender.dipId) return 'REG1012 - Only Appointed MS can use Update Events';
  // A correction of the asset history is checked against the history the SMRS holds (COM-06).
  if (report.interfaceID === 'IF-005' && report.eventCode === '[MeterHistoryUpdate]') return historyUpdateRefusal(point, report.customBlock);
  return undefined;
}

/** The publications that answer an update: the outcome to its sender, and news of it to the Supplier. */
export function updateNotifications(point: MeteringPoint, report: UpdateReport, refusal: string | undefined): Publication[] {
  const interfaceID = NOTIFICATION_OF[report.interfaceID];
  if (!interfaceID || NOT_REGISTERED.has(`${report.interfaceID} ${report.eventCode}`)) return [];
  const blocks = Object.fromEntries(Object.entries(report.customBlock).map(([name, value]) => [`/CustomBlock/${name}`, value]));
  const to = (party: PartyRef): Publication => ({
    to: party,
    interfaceID,
    eventCode: report.eventCode,
    fixed: {
      '/CommonBlock/M0': { MPANCore: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup },
      // Relationship responses (IF-020) carry the MPAN as the group's principal in M1 instead.
      '/CommonBlock/M1': { principalMPAN: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup },
      '/CommonBlock/A0': { primaryRecipients: [party.dipId], secondaryRecipients: [], always: [] },
      '/CommonBlock/R0': refusal ? { responseCode: 'R', responseMessages: [refusal] } : { responseCode: 'A', responseMessages: [] },
      '/CommonBlock/S1/senderCorrelationID': null,
      // What the Metering Service reported, block by block, where the notification has the block.
      ...blocks,
    },
  });
  // The outcome to the sender; a successful update also to the Supplier and the Metering Service, whoever of them did not send it.
  const notifications = [to(report.sender)];
  if (!refusal) for (const party of [point.supplier, point.meteringService]) if (party && party.dipId !== report.sender.dipId) notifications.push(to(party));
  return notifications;
}

// The SMRS's asset history of an MPAN: which meters were installed and when each was taken
// out. Meter works reported with IF-005 keep it up to date, and a Metering Service corrects a
// past meter's record with IF-005 [MeterHistoryUpdate] (PROCESS-TABLES §4.7 COM-06). Such a
// correction must name the same meter as installed and removed (REG1016), must be about a
// meter the history holds (REG1015), and may not touch the meter installed now (REG1018:
// that is what [MeterUpdate] is for).
import type { DipPayloads } from '../../src/spec/generated/dip-payloads.ts';
import { fieldReader, type VariantsOf } from '../../src/spec/payload-fields.ts';
import type { MeterRecord, MeteringPoint } from './metering-points.ts';

export const HISTORY_REFUSALS = {
  unknown: 'REG1015 - Meter ID does not exist so cannot be updated',
  idsDiffer: "REG1016 - Install & Remove Meter ID's should match for Event [MeterHistoryUpdate]",
  installed: 'REG1018 - Cannot use [MeterHistoryUpdate] to amend installed meter',
} as const;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
/** Reads the custom block of an IF-005, whichever its event. */
const readWorks = fieldReader<DipPayloads[VariantsOf<'IF-005'>]['CustomBlock']>();

/** Why the SMRS refuses a [MeterHistoryUpdate], or undefined when the history can take it. */
export function historyUpdateRefusal(point: MeteringPoint, customBlock: Record<string, unknown>): string | undefined {
  const installedId = text(readWorks(customBlock, 'B906', 'existingMeter', 'meterID'));
  const removedId = text(readWorks(customBlock, 'B039', 'meterIDRemoved'));
  if (installedId !== removedId) return HISTORY_REFUSALS.idsDiffer;
  const record = (point.meters ?? []).find((meter) => meter.meterID === installedId);
  if (!record) return HISTORY_REFUSALS.unknown;
  if (record.removedOn === undefined) return HISTORY_REFUSALS.installed;
  return undefined;
}

/** The history after meter works or a correction the SMRS took (IF-005 `eventCode`). */
export function applyToHistory(point: MeteringPoint, eventCode: string, customBlock: Record<string, unknown>): void {
  const meters: MeterRecord[] = [...(point.meters ?? [])];
  const installedId = text(readWorks(customBlock, 'B906', 'existingMeter', 'meterID'));
  const installedOn = text(readWorks(customBlock, 'B906', 'existingMeter', 'meterInstallationDate'));
  const removedId = text(readWorks(customBlock, 'B039', 'meterIDRemoved'));
  const removedOn = text(readWorks(customBlock, 'B039', 'meterRemovalDate'));
  const remove = () => {
    const index = meters.findIndex((meter) => meter.meterID === removedId && meter.removedOn === undefined);
    if (index >= 0) meters[index] = { ...meters[index]!, removedOn: removedOn ?? 'unknown' };
  };
  switch (eventCode) {
    case '[MeterInstall]':
      if (installedId) meters.push({ meterID: installedId, installedOn: installedOn ?? 'unknown' });
      break;
    case '[MeterRemoval]':
      remove();
      break;
    case '[MeterExchange]':
      remove();
      if (installedId) meters.push({ meterID: installedId, installedOn: installedOn ?? 'unknown' });
      break;
    case '[MeterHistoryUpdate]': {
      // The corrected dates replace the recorded ones; the meter's identity stays.
      const index = meters.findIndex((meter) => meter.meterID === installedId);
      if (index >= 0) meters[index] = { meterID: installedId!, installedOn: installedOn ?? meters[index]!.installedOn, removedOn: removedOn ?? meters[index]!.removedOn ?? 'unknown' };
      break;
    }
    default:
      return;
  }
  point.meters = meters;
}

/** A meter the history holds as taken out, whose record a Metering Service may correct. */
export function removedMeter(point: MeteringPoint): MeterRecord | undefined {
  return (point.meters ?? []).find((meter) => meter.removedOn !== undefined);
}

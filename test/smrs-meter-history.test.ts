// The SMRS simulator's asset history (PROCESS-TABLES §4.7 COM-06): meter works keep it up to
// date, and a [MeterHistoryUpdate] is taken only for a removed meter it holds, named as both
// installed and removed; REG1015, REG1016 and REG1018 otherwise.
import { describe, expect, it } from 'vitest';
import { applyToHistory, HISTORY_REFUSALS, historyUpdateRefusal, removedMeter } from '../mocks/smrs/meter-history.ts';
import type { MeteringPoint } from '../mocks/smrs/metering-points.ts';
import { updateRefusal } from '../mocks/smrs/registration-updates.ts';

const MS = { dipId: '1100000002', mpid: 'REFM' };
const point = (): MeteringPoint => ({
  mpan: '1000100000018',
  gspGroup: '_K',
  distributorDipId: '2100000001',
  segment: 'S',
  meteringService: MS,
  meters: [
    { meterID: 'H100000018', installedOn: '2025-10-22T10:00:00+01:00', removedOn: '2026-10-01T10:00:00+01:00' },
    { meterID: 'M100000018', installedOn: '2026-10-01T10:00:00+01:00' },
  ],
  appointments: [],
});
const correction = (installed: string, removed: string) => ({
  B906: { existingMeter: { meterID: installed, meterInstallationDate: '2025-10-20T10:00:00+01:00' } },
  B039: { meterIDRemoved: removed, meterRemovalDate: '2026-09-30T10:00:00+01:00' },
});

describe('SMRS asset history', () => {
  it('takes a correction of a removed meter named as installed and removed, and records the corrected dates', () => {
    const metering = point();
    expect(historyUpdateRefusal(metering, correction('H100000018', 'H100000018'))).toBeUndefined();
    applyToHistory(metering, '[MeterHistoryUpdate]', correction('H100000018', 'H100000018'));
    expect(metering.meters![0]).toEqual({ meterID: 'H100000018', installedOn: '2025-10-20T10:00:00+01:00', removedOn: '2026-09-30T10:00:00+01:00' });
  });

  it.each([
    ['different meters as installed and removed', correction('H100000018', 'X100000018'), HISTORY_REFUSALS.idsDiffer],
    ['a meter it does not hold', correction('Z999999999', 'Z999999999'), HISTORY_REFUSALS.unknown],
    ['the meter installed now', correction('M100000018', 'M100000018'), HISTORY_REFUSALS.installed],
  ])('refuses a correction naming %s', (_what, block, reason) => {
    expect(historyUpdateRefusal(point(), block)).toBe(reason);
    // The refusal is what the SMRS answers the appointed Metering Service with (IF-006 R0).
    expect(updateRefusal(point(), { interfaceID: 'IF-005', eventCode: '[MeterHistoryUpdate]', sender: MS, customBlock: block })).toBe(reason);
  });

  it('keeps the history as meters are exchanged, so the meter taken out can be corrected later', () => {
    const metering = point();
    applyToHistory(metering, '[MeterExchange]', { B906: { existingMeter: { meterID: 'N100000018', meterInstallationDate: '2026-11-30T10:00:00+00:00' } }, B039: { meterIDRemoved: 'M100000018', meterRemovalDate: '2026-11-30T10:00:00+00:00' } });
    expect(metering.meters!.map((meter) => [meter.meterID, meter.removedOn !== undefined])).toEqual([['H100000018', true], ['M100000018', true], ['N100000018', false]]);
    expect(historyUpdateRefusal(metering, correction('M100000018', 'M100000018'))).toBeUndefined();
    expect(historyUpdateRefusal(metering, correction('N100000018', 'N100000018'))).toBe(HISTORY_REFUSALS.installed);
    expect(removedMeter(metering)?.meterID).toBe('H100000018');
  });
});

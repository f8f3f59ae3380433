// The SMRS's migration rules on appointment requests (PROCESS-TABLES §4.10 MIG-01, MIG-05,
// MIG-07): a forward migration by Change of Supplier (MCS) comes from the gaining Supplier, on
// an MPAN not yet migrated, from the supply start date; anything else gets the REG code.
import { describe, expect, it } from 'vitest';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { type AppointmentRequest, checkAppointmentRequest } from '../mocks/smrs/appointment-checks.ts';
import type { MeteringPoint } from '../mocks/smrs/metering-points.ts';

const NOW = Date.UTC(2026, 10, 30, 10);
const CURRENT = { dipId: '6000000001', mpid: 'OTHS' };
const GAINING = { dipId: '1100000001', mpid: 'REFS' };
const MS = { dipId: '3000000001', mpid: 'SIMS' };
const directory = new PartyDirectory([{ ...MS, role: 'MSS', name: 'MS' }]);

const point = (legacy: boolean): MeteringPoint => ({
  mpan: '1000100000018',
  gspGroup: '_K',
  distributorDipId: '2100000001',
  segment: 'S',
  legacy,
  supplier: CURRENT,
  pendingSwitch: { supplier: GAINING, supplyStartDate: '2026-12-07', cssRegistrationId: 'css-1' },
  appointments: [],
});
const request = (scenario: string, supplier = GAINING, effectiveFrom = '2026-12-07T00:00:00+00:00'): AppointmentRequest => ({
  kind: 'MS', supplier, proposed: MS, effectiveFrom, scenario, cssRegistrationId: 'css-1',
});

describe('SMRS migration rules on IF-031', () => {
  it('takes an MCS appointment from the gaining Supplier on a legacy MPAN, from the supply start date', () => {
    expect(checkAppointmentRequest(point(true), request('MCS'), directory, NOW)).toBeUndefined();
  });

  it.each([
    ['COS on an un-migrated MPAN', point(true), request('COS'), /^REG9009/],
    ['MCS from the current Supplier', point(true), request('MCS', CURRENT), /^REG9006/],
    ['MCS on an MPAN already migrated', point(false), request('MCS'), /^REG9007/],
    ['MCS from a date other than the supply start date', point(true), request('MCS', GAINING, '2026-12-08T00:00:00+00:00'), /^REG1032/],
  ])('refuses %s', (_what, metering, appointment, code) => {
    expect(checkAppointmentRequest(metering, appointment, directory, NOW)?.reason).toMatch(code);
  });
});

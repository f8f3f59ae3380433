// Reverse migration and the M14 cut-off (PROCESS-TABLES §4.10 MIG-06, T12): the SMRS simulator
// de-appoints the MHHS services with IF-003 while the market clock is on or before 28 October
// 2026 and refuses after it; scenarios of it apply only to such a run, which `run
// --market-start` sets up.
import { en, en_GB, Faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import type { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { MeteringPointStore } from '../mocks/smrs/metering-points.ts';
import { SmrsSimulator } from '../mocks/smrs/smrs-simulator.ts';
import { readMarketStart } from '../src/cli/commands/run-command.ts';
import { reverseMigrationRefusal } from '../src/clock/migration-calendar.ts';
import { parseProfile } from '../src/profile/participant-profile.ts';
import { rerunCommand } from '../src/run/rerun-command.ts';
import { DEFAULT_PROFILE, runSettingsFromEnv, runSettingsToEnv } from '../src/run/run-settings.ts';
import { notApplicable } from '../src/scenario/applicability.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const MPAN = '1000100000018';
const ON_M14 = Date.UTC(2026, 9, 28, 22, 30); // 22:30 GB time (GMT) on 28 October 2026
const AFTER_M14 = Date.UTC(2026, 9, 29, 0, 30); // 00:30 GB on 29 October 2026

function simulator(now: number) {
  const directory = new PartyDirectory([
    { dipId: '2000000001', mpid: 'SMRS', role: 'REGS', name: 'SMRS' },
    { dipId: '1100000002', mpid: 'REFM', role: 'MSS', name: 'MS' },
    { dipId: '5000000003', mpid: 'OLDD', role: 'SDS', name: 'DS' },
    { dipId: '1100000001', mpid: 'REFS', role: 'SUP', name: 'Supplier' },
  ]);
  const points = new MeteringPointStore();
  points.add({ mpan: MPAN, gspGroup: '_K', distributorDipId: '2100000001', segment: 'S', supplier: { dipId: '1100000001', mpid: 'REFS' }, meteringService: { dipId: '1100000002', mpid: 'REFM' }, dataService: { dipId: '5000000003', mpid: 'OLDD' } });
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(3);
  const emulator = { onAccepted: () => () => true, handOn: async () => undefined } as unknown as DipEmulator;
  const smrs = new SmrsSimulator({ spec, emulator, directory, registrationService: directory.byDip('2000000001')!, points, now: () => now, faker });
  return { smrs, point: points.get(MPAN)! };
}

describe('reverse migration until M14', () => {
  it('is open on 28 October 2026, GB time, and closed from the next GB day', () => {
    expect(reverseMigrationRefusal(ON_M14)).toBeUndefined();
    expect(reverseMigrationRefusal(AFTER_M14)).toBe('reverse migration ended at M14 (2026-10-28); the market clock reads 2026-10-29');
  });

  it('de-appoints the MHHS services with IF-003 and tells the outgoing Supplier, before M14', async () => {
    const { smrs, point } = simulator(ON_M14);
    expect(await smrs.reverseMigrate(MPAN, { legacyMopMpid: 'LMOP', legacyDcMpid: 'LDCA' })).toBeUndefined();
    expect(smrs.published.map((record) => `${record.publication.eventCode} → ${record.publication.to.dipId}`)).toEqual([
      '[MSDeAppRM] → 1100000002',
      '[DSDeAppRM] → 5000000003',
      '[ReverseMigNotification] → 1100000001',
    ]);
    for (const record of smrs.published) expect(validateBody(spec, [{ payload: record.payload }], { direction: 'ingress' })[0]!.findings.filter((finding) => finding.rule === 'SCHEMA')).toEqual([]);
    expect(smrs.published[0]!.payload.CustomBlock).toMatchObject({ B095: { ReverseMigrationIncomingMOPMPID: 'LMOP', ReverseMigrationIncomingMOPEffectiveFromDate: '2026-10-29T00:00:00+00:00' } });
    expect([point.legacy, point.meteringService, point.dataService]).toEqual([true, undefined, undefined]);
  });

  it('refuses one after M14, sending nothing and changing nothing', async () => {
    const { smrs, point } = simulator(AFTER_M14);
    expect(await smrs.reverseMigrate(MPAN, { legacyMopMpid: 'LMOP', legacyDcMpid: 'LDCA' })).toMatch(/^reverse migration ended at M14/);
    expect(smrs.published).toEqual([]);
    expect(point.meteringService?.dipId).toBe('1100000002');
  });

  it('makes its scenarios not applicable to a run whose market clock is past M14', () => {
    const profile = parseProfile('participant: {name: X, launch: bundled, roles: [{role: MSS, dipId: "1234567890", mpid: ABCD}]}\ncapabilities: {segments: [S]}', 'p.yaml');
    const tags = ['@market:before-M14', '@role:metering-service', '@segment:smart'];
    expect(notApplicable(tags, profile, ON_M14)).toBeUndefined();
    expect(notApplicable(tags, profile, AFTER_M14)).toBe('reverse migration ended at M14 (2026-10-28); the market clock reads 2026-10-29: run with --market-start on or before 2026-10-28 to test it');
  });

  it('starts a run\'s market clock where --market-start says, and a re-run says it again', () => {
    expect(readMarketStart('2026-10-20')).toBe(Date.UTC(2026, 9, 20, 8)); // 09:00 BST
    expect(readMarketStart('2026-10-20T09:00:00+01:00')).toBe(Date.UTC(2026, 9, 20, 8));
    expect(readMarketStart(undefined)).toBeUndefined();
    expect(() => readMarketStart('20/10/2026')).toThrow(/--market-start '20\/10\/2026' must be a date YYYY-MM-DD or a GB timestamp/);
    const settings = { profile: DEFAULT_PROFILE, runDir: '/tmp/x', timeScale: 600, seed: 1, faults: [], specVersion: undefined, specDir: undefined, marketStart: Date.UTC(2026, 9, 20, 8) };
    expect(runSettingsFromEnv(runSettingsToEnv(settings)).marketStart).toBe(Date.UTC(2026, 9, 20, 8));
    expect(runSettingsFromEnv(runSettingsToEnv({ ...settings, marketStart: undefined })).marketStart).toBeUndefined();
    expect(rerunCommand({ location: 'features/x.feature:3', seed: 1, timeScale: 600, faults: [], profile: DEFAULT_PROFILE, marketStart: '2026-10-20' })).toBe(
      'npx mhhs-qualify run --scenario features/x.feature:3 --seed 1 --time-scale 600 --market-start 2026-10-20 --reports reports/reruns/x-3',
    );
  });
});

// Customer Direct Contracts (BP010 CRD-04): the SMRS's register and its REG codes, the IF-039 it
// publishes, and the reference Metering Service's IF-038 from its test hook (with the
// retrospective-direct-contract fault).
import { en, en_GB, Faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { directContractEvent, DirectContractRegister } from '../mocks/smrs/direct-contracts.ts';
import { MeteringPointStore } from '../mocks/smrs/metering-points.ts';
import { directContractOutcome } from '../mocks/smrs/publications.ts';
import { DIRECT_CONTRACT_HOOK } from '../reference-participant/direct-contracts.ts';
import { type RunningParticipant } from '../reference-participant/participant.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { gbDateAfter, gbLocalMidnight } from '../src/builders/identifiers.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { field, MSS, push, REGS, participantAgainstFakeDip } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const NOW = Date.UTC(2026, 10, 30, 10, 0);
const MS = { dipId: '3000000001', mpid: 'SIMS' };
const MPAN = '1012345678903';

describe('the SMRS register of Customer Direct Contracts', () => {
  const point = () => new MeteringPointStore().add({ mpan: MPAN, gspGroup: '_K', distributorDipId: '2100000001', segment: 'S', meteringService: MS, dataService: { dipId: '5000000003', mpid: 'OLDD' } });
  const add = (effectiveToDays: number, dipId = MS.dipId, senderDipId = MS.dipId) => ({ kind: 'MS' as const, action: 'add' as const, senderDipId, contract: { dipId, effectiveTo: gbLocalMidnight(gbDateAfter(NOW, effectiveToDays)) } });
  const remove = (senderDipId = MS.dipId) => ({ kind: 'MS' as const, action: 'remove' as const, senderDipId });

  it('records a contract from the appointed service, and removes it', () => {
    const register = new DirectContractRegister();
    const held = point();
    expect(register.apply(held, add(90), NOW)).toBeUndefined();
    expect(register.get(MPAN, 'MS')).toEqual({ dipId: MS.dipId, effectiveTo: gbLocalMidnight(gbDateAfter(NOW, 90)) });
    expect(register.apply(held, remove(), NOW)).toBeUndefined();
    expect(register.get(MPAN, 'MS')).toBeUndefined();
  });

  it.each([
    ['a contract naming another DIP ID', (register: DirectContractRegister) => register.apply(point(), add(90, '3000000009'), NOW), /^REG1076/],
    ['a service not appointed to the MPAN', (register: DirectContractRegister) => register.apply(point(), add(90, '3000000009', '3000000009'), NOW), /^REG1075/],
    ['an Effective To Date already past', (register: DirectContractRegister) => register.apply(point(), add(-1), NOW), /^REG1071/],
    ['a second contract while one runs', (register: DirectContractRegister) => {
      const held = point();
      register.apply(held, add(90), NOW);
      return register.apply(held, add(120), NOW);
    }, /^REG1073/],
    ['removing a contract not held', (register: DirectContractRegister) => register.apply(point(), remove(), NOW), /^REG1074/],
    ['an MPAN it does not hold', (register: DirectContractRegister) => register.apply(undefined, add(90), NOW), /^REG0000/],
  ])('refuses %s with its REG code', (_what, attempt, code) => {
    const register = new DirectContractRegister();
    expect(attempt(register)).toMatch(code);
  });

  it('reads the kind and action from the event code', () => {
    expect(directContractEvent('[DirectContractMSAdd]')).toEqual({ kind: 'MS', action: 'add' });
    expect(directContractEvent('[DirectContractDSRemove]')).toEqual({ kind: 'DS', action: 'remove' });
    expect(directContractEvent('[MSApp]')).toBeUndefined();
  });

  it('publishes IF-039 valid for the DIP API, accepted or refused with the REG code', () => {
    const faker = new Faker({ locale: [en_GB, en] });
    faker.seed(3);
    const block = { customerDirectContractMeteringServiceDIPID: MS.dipId, customerDirectContractMeteringServiceEffectiveToDate: gbLocalMidnight(gbDateAfter(NOW, 90)) };
    for (const [eventCode, custom, refusal] of [['[DirectContractMSAdd]', block, undefined], ['[DirectContractMSRemove]', undefined, 'REG1074 - Cannot Remove as no CDC Data Exists for Participant']] as const) {
      const publication = directContractOutcome(point(), MS, eventCode, 'MS', custom, refusal);
      const payload = buildMessage(spec, { faker, interfaceID: 'IF-039', eventCode, now: NOW, sender: { dipId: REGS, role: 'REGS' }, fixed: publication.fixed });
      expect(validateBody(spec, [{ payload }], { direction: 'ingress', channel: 'IF-039' }).flatMap((report) => report.findings)).toEqual([]);
      expect(field(payload, '/CommonBlock/R0/responseCode')).toBe(refusal ? 'R' : 'A');
    }
  });
});

describe('the reference Metering Service recording a Customer Direct Contract', () => {
  const fixture = participantAgainstFakeDip(spec, { supplier: [], meteringService: [MPAN] });
  const start = fixture.start;
  const hook = (p: RunningParticipant, change: string, extra: Record<string, unknown> = {}) => push(p.url, { mpan: MPAN, distributorDipId: '2100000001', gspGroup: '_K', segment: 'S', change, ...extra }, DIRECT_CONTRACT_HOOK);

  it('sends IF-038 [DirectContractMSAdd] naming itself to the contract end, then [DirectContractMSRemove] with M0 only, valid for the DIP API', async () => {
    const p = await start();
    const effectiveTo = gbDateAfter(Date.now(), 90);
    expect((await hook(p, 'customer direct contract agreed', { effectiveTo })).status).toBe(201);
    expect((await hook(p, 'customer direct contract ended')).status).toBe(201);
    await p.idle();
    const [added, removed] = fixture.dip.messages('/dip-channel/IF-038');
    for (const payload of [added, removed]) expect(validateBody(spec, [{ payload }], { direction: 'ingress', channel: 'IF-038' }).flatMap((report) => report.findings)).toEqual([]);
    expect(added!.CustomBlock).toEqual({ B020: { customerDirectContractMeteringServiceDIPID: MSS, customerDirectContractMeteringServiceEffectiveToDate: gbLocalMidnight(effectiveTo) } });
    expect(field(removed, '/CommonBlock/S0/eventCode')).toBe('[DirectContractMSRemove]');
    expect(removed).not.toHaveProperty('CustomBlock');
  });

  it('refuses an agreement without its end date (400) and an MPAN it does not serve (409)', async () => {
    const p = await start();
    const undated = await hook(p, 'customer direct contract agreed');
    expect(undated.status).toBe(400);
    expect(JSON.stringify(undated.body)).toMatch(/effectiveTo must be a date/);
    expect((await push(p.url, { mpan: '2000056535971', distributorDipId: '2100000001', gspGroup: '_K', segment: 'S', change: 'customer direct contract ended' }, DIRECT_CONTRACT_HOOK)).status).toBe(409);
  });

  it('with retrospective-direct-contract dates the contract end yesterday', async () => {
    const p = await start(['retrospective-direct-contract']);
    await hook(p, 'customer direct contract agreed', { effectiveTo: gbDateAfter(Date.now(), 90) });
    await p.idle();
    expect(field(fixture.dip.messages('/dip-channel/IF-038')[0], '/CustomBlock/B020/customerDirectContractMeteringServiceEffectiveToDate')).toBe(gbLocalMidnight(gbDateAfter(Date.now(), -1)));
  });
});

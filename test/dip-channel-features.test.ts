// The DIP-channel features are written from the role table and the DIP API definitions: they
// must be fresh, list every publication each role receives, and leave out the Data Service
// legs a Metering Service is never sent. The rainy-day features beside them take the same
// list: RCP1061 for each publication that names an MPAN and opens no process, RCP1005 and the
// repeat-and-replay check for every one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANNEL_ROLES, dipChannelFeature } from '../src/processes/dip-channel-features.ts';
import { loadProcessTables } from '../src/processes/process-tables.ts';
import { rainyDayFeature, rainyDayPairs } from '../src/processes/rainy-day-features.ts';
import { mpanBlockOf, publicationsReceivedBy, withProcessRows } from '../src/processes/receivable-publications.ts';
import { loadRoleInterfaceTable, parseRoleInterfaceTable } from '../src/rules/role-interface-table.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const table = loadRoleInterfaceTable();
const tables = loadProcessTables();
const withRows = (role: string) => withProcessRows(role, publicationsReceivedBy(role, spec, table), tables);

describe('DIP-channel features', () => {
  it.each(CHANNEL_ROLES)('features/dip-channels/$file is fresh (run npm run features:generate)', (role) => {
    const written = readFileSync(new URL(`../features/dip-channels/${role.file}`, import.meta.url), 'utf8');
    expect(written).toBe(dipChannelFeature(role, withRows(role.code)));
  });

  it.each(CHANNEL_ROLES)('features/dip-channels/$rainyDayFile is fresh (run npm run features:generate)', (role) => {
    const written = readFileSync(new URL(`../features/dip-channels/${role.rainyDayFile}`, import.meta.url), 'utf8');
    expect(written).toBe(rainyDayFeature(role, publicationsReceivedBy(role.code, spec, table)));
  });

  it('puts every publication of a role on rainy days, RCP1061 only where an MPAN is named and no process opens', () => {
    const [supplier, smart] = CHANNEL_ROLES as [(typeof CHANNEL_ROLES)[number], (typeof CHANNEL_ROLES)[number]];
    const forSupplier = rainyDayPairs(supplier, publicationsReceivedBy('SUP', spec, table));
    expect(forSupplier.repeats).toHaveLength(publicationsReceivedBy('SUP', spec, table).length);
    expect(forSupplier.schemaVersion).toEqual(forSupplier.repeats);
    expect(forSupplier.unknownMpan).toContain('IF-018 [AddressChg]');
    expect(forSupplier.unknownMpan).toContain('IF-020 [RelatedAdd]');
    expect(forSupplier.unknownMpan).not.toContain('IF-002 [GainMPANInfo]');
    expect(forSupplier.unknownMpan.filter((pair) => /^(REP-|IF-022|IF-023)/.test(pair))).toEqual([]);
    const forSmart = rainyDayPairs(smart, publicationsReceivedBy('MSS', spec, table));
    expect(forSmart.unknownMpan).not.toContain('IF-033 [MSAppSPRequest]');
    expect(forSmart.unknownMpan).toHaveLength(forSmart.repeats.length - 1);
  });

  it('reads from the definitions where a variant names its MPAN', () => {
    expect(mpanBlockOf(spec, 'IF-036', '[MSAppActive]')).toBe('M0');
    expect(mpanBlockOf(spec, 'IF-020', '[RelatedCreate]')).toBe('M1');
    expect(mpanBlockOf(spec, 'REP-004', '[SupplierDeemedTakeReport]')).toBeUndefined();
    expect(mpanBlockOf(spec, 'IF-022', '[LSSPeriodData]')).toBeUndefined();
  });

  it('tags each publication with the process rows that send it to the role, and only those', () => {
    const tagsOf = (role: string, pair: string) => withRows(role).find((publication) => `${publication.interfaceID} ${publication.eventCode}` === pair)?.rowTags;
    expect(tagsOf('SUP', 'IF-018 [AddressChg]')).toContain('@CRD-03');
    expect(tagsOf('SUP', 'IF-045 [ConsentGranularityInvalid]')).toContain('@CRD-05');
    expect(tagsOf('SUP', 'IF-045 [NoMSAppointed]')).not.toContain('@CRD-05');
    expect(tagsOf('MSS', 'IF-006 [MeterExchange]')).toContain('@COM-07');
    expect(tagsOf('MSS', 'IF-002 [GainMPANInfo]')).toBeUndefined();
  });

  it('tags each publication with the business processes of its rows, so that --tags @BP007 selects it', () => {
    const processesOf = (role: string, pair: string) => withRows(role).find((publication) => `${publication.interfaceID} ${publication.eventCode}` === pair)?.processTags;
    expect(processesOf('SUP', 'IF-009 [MPANDisconnection]')).toEqual(['@BP007']);
    expect(processesOf('SUP', 'IF-018 [AddressChg]')).toContain('@BP010');
    expect(processesOf('MSS', 'IF-006 [MeterExchange]')).toEqual(expect.arrayContaining(['@BP007', '@BP009']));
    expect(processesOf('SUP', 'REP-002 [DUOSSupplierAggData]')).toEqual([]);
  });

  it('lists, for the Supplier, every event code of every interface the role table says it receives', () => {
    const pairs = publicationsReceivedBy('SUP', spec, table).map((publication) => `${publication.interfaceID} ${publication.eventCode}`);
    const expected = table.rows
      .filter((row) => row.receivers.includes('SUP'))
      .flatMap((row) => spec.catalogue.variantsOf(row.interfaceID).map((variant) => `${row.interfaceID} ${variant.eventCode}`));
    expect(pairs).toEqual([...new Set(expected)]);
    expect(pairs).toContain('IF-009 [MPANDisconnection]');
    expect(pairs).toContain('REP-002 [DUOSSupplierAggData]');
    expect(pairs).not.toContain('IF-033 [MSAppSPRequest]');
  });

  it('leaves the Data Service legs out of a Metering Service list, and nothing else', () => {
    const smart = publicationsReceivedBy('MSS', spec, table).map((publication) => publication.eventCode);
    expect(smart).toContain('[MSAppSPRequest]');
    expect(smart).toContain('[IMS-SendMTD]');
    expect(smart).not.toContain('[DSAppSPRequest]');
    expect(smart).not.toContain('[SDS-MDROutcome]');
    expect(smart).not.toContain('[DirectContractDSAdd]');
  });

  it('follows the role table: a receiver added there appears in the list', () => {
    const edited = parseRoleInterfaceTable(
      'interfaces:\n  IF-024: { senders: [SUP], receivers: [MSS], source: test }\n  IF-006: { senders: [REGS], receivers: [SUP], source: test }\n',
      'test.yaml',
    );
    expect(publicationsReceivedBy('MSS', spec, edited).map((publication) => publication.interfaceID)).toEqual(
      spec.catalogue.variantsOf('IF-024').map(() => 'IF-024'),
    );
    expect(publicationsReceivedBy('SUP', spec, edited)).toHaveLength(spec.catalogue.variantsOf('IF-006').length);
  });
});

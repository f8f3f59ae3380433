// Elexon's Examples-unresolved.yaml is known to disagree with the schemas (DIP-REFERENCE §1.1).
// Every example goes through the same validation as a participant's message; this file is
// the record of which ones fail and why, so a change in the spec or in our rules that moves
// any of them shows up here. README.md ("Official examples") summarises the disagreements.
import { describe, expect, it } from 'vitest';
import { readExamplesDocument } from '../src/spec/spec-documents.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { specUnderTest } from './spec-under-test.ts';

/** Example name → distinct `rule pointer` findings (sorted). Every example fails. */
const RECORDED: Record<string, string[]> = {
  'IF-001-InitialRegistration': [
    'SCHEMA /0/payload/CustomBlock/B002/incomingSupplierEffectiveFromDate',
    'SCHEMA /0/payload/CustomBlock/B002/supplierEffectiveFromDate',
    'SCHEMA /0/payload/CustomBlock/B013/CSSRegistrationID',
    'SCHEMA /0/payload/CustomBlock/B032/SSC',
    'SCHEMA /0/payload/CustomBlock/B035List',
    'SCHEMA /0/payload/CustomBlock/B037List',
    'SUR-GRAMMAR /0/payload/CommonBlock/S1/senderUniqueReference',
    'SUR-MATCHES-SENDER /0/payload/CommonBlock/S1/senderUniqueReference',
  ],
  'IF-001-ChangeOfSupplier': [
    'MPAN-CHECK-DIGIT /0/payload/CustomBlock/B035List/1/linkedImportExportMPAN',
    'MPAN-CHECK-DIGIT /0/payload/CustomBlock/B037List/0/secondaryMPAN',
    'MPAN-CHECK-DIGIT /0/payload/CustomBlock/B037List/1/secondaryMPAN',
    'SCHEMA /0/payload/CommonBlock/S0/interfaceID',
    'SCHEMA /0/payload/CustomBlock/B002/incomingSupplierEffectiveFromDate',
    'SCHEMA /0/payload/CustomBlock/B002/supplierEffectiveFromDate',
    'SCHEMA /0/payload/CustomBlock/B003/outgoingSupplierEffectiveToDate',
    'SCHEMA /0/payload/CustomBlock/B003/supplierEffectiveToDate',
    'SCHEMA /0/payload/CustomBlock/B013/CSSRegistrationID',
    'SCHEMA /0/payload/CustomBlock/B032/SSC',
    'SENDER-ROLE-ALLOWED /0/payload/CommonBlock/S1/senderRoleID',
    'SUR-GRAMMAR /0/payload/CommonBlock/S1/senderUniqueReference',
    'SUR-MATCHES-SENDER /0/payload/CommonBlock/S1/senderUniqueReference',
  ],
  'IF-002': [
    'MPAN-CHECK-DIGIT /0/payload/CustomBlock/B035List/1/linkedImportExportMPAN',
    'MPAN-CHECK-DIGIT /0/payload/CustomBlock/B037List/0/secondaryMPAN',
    'SCHEMA /0/payload/CommonBlock/S0/InterfaceID',
    'SCHEMA /0/payload/CommonBlock/S0/interfaceID',
    'SCHEMA /0/payload/CustomBlock/B013/CSSRegistrationID',
    'SCHEMA /0/payload/CustomBlock/B032/SSC',
    'SCHEMA /0/payload/CustomBlock/B035List',
    'SCHEMA /0/payload/CustomBlock/B037List',
    'SUR-GRAMMAR /0/payload/CommonBlock/S1/senderUniqueReference',
    'SUR-MATCHES-SENDER /0/payload/CommonBlock/S1/senderUniqueReference',
  ],
  'IF-003-MSDeAppRM': [
    'ENVELOPE (example is one message, not an array)',
    'MPAN-CHECK-DIGIT /0/payload/CommonBlock/M0/MPANCore',
    'SUR-MATCHES-SENDER /0/payload/CommonBlock/S1/senderUniqueReference',
    'TIMESTAMP-GB-LOCAL /0/payload/CommonBlock/S1/senderTimestamp',
    'VARIANT-KNOWN /0/payload/CommonBlock/S0/eventCode',
  ],
  'IF-020-RelatedCreate': [
    'ENVELOPE (example is one message, not an array)',
    'MPAN-CHECK-DIGIT /0/payload/CommonBlock/M1/principalMPAN',
    'MPAN-CHECK-DIGIT /0/payload/CustomBlock/B090List/0/subsidiaryMPAN',
    'SCHEMA /0/payload/CommonBlock/R0/responseMessages',
    'SCHEMA /0/payload/CommonBlock/S0/InterfaceID',
    'SCHEMA /0/payload/CommonBlock/S0/interfaceID',
    'SCHEMA /0/payload/CustomBlock/B091/additionalInformation',
    'SUR-MATCHES-SENDER /0/payload/CommonBlock/S1/senderUniqueReference',
    'TIMESTAMP-GB-LOCAL /0/payload/CommonBlock/S1/senderTimestamp',
  ],
  'IF-021': [
    'SCHEMA /0/payload/CommonBlock/S0/interfaceID',
    'SCHEMA /0/payload/CommonBlock/S0/interfaceId',
    'SCHEMA /0/payload/CommonBlock/S1/DIPConnectionProviderID',
    'SCHEMA /0/payload/CommonBlock/S1/DIPConnectionProviderId',
    'SCHEMA /0/payload/CommonBlock/S1/environment',
    'SCHEMA /0/payload/CommonBlock/S1/environmentTag',
    'SCHEMA /0/payload/CommonBlock/S1/senderCorrelationID',
    'SCHEMA /0/payload/CommonBlock/S1/senderCorrelationId',
    'SCHEMA /0/payload/CommonBlock/S1/senderDIPID',
    'SCHEMA /0/payload/CommonBlock/S1/senderDIPId',
    'SCHEMA /0/payload/CommonBlock/S1/senderRole',
    'SCHEMA /0/payload/CommonBlock/S1/senderRoleID',
    'SCHEMA /0/payload/CommonBlock/S1/senderTimestamp',
    'SCHEMA /0/payload/CommonBlock/S1/sentTimestamp',
    'SCHEMA /0/payload/CustomBlock/B900',
    'SCHEMA /0/payload/CustomBlock/B900List',
    'SUR-GRAMMAR /0/payload/CommonBlock/S1/senderUniqueReference',
    'SUR-MATCHES-SENDER /0/payload/CommonBlock/S1/senderUniqueReference',
  ],
  'IF-037-MSDeApp': [
    'ENVELOPE (example is one message, not an array)',
    'MPAN-CHECK-DIGIT /0/payload/CommonBlock/M0/MPANCore',
    'SCHEMA /0/payload/CommonBlock/S0/InterfaceID',
    'SCHEMA /0/payload/CommonBlock/S0/interfaceID',
    'SCHEMA /0/payload/CustomBlock/B002/incomingSupplierEffectiveFromDate',
    'SCHEMA /0/payload/CustomBlock/B002/supplierEffectiveFromDate',
    'SCHEMA /0/payload/CustomBlock/B013/CSSRegistrationID',
    'SUR-MATCHES-SENDER /0/payload/CommonBlock/S1/senderUniqueReference',
    'TIMESTAMP-GB-LOCAL /0/payload/CommonBlock/S1/senderTimestamp',
  ],
  'IF-043': [
    'ENVELOPE (example is one message, not an array)',
    'MPAN-CHECK-DIGIT /0/payload/CommonBlock/M0/MPANCore',
    'SCHEMA /0/payload/CommonBlock/S0/interfaceID',
    'SUR-MATCHES-SENDER /0/payload/CommonBlock/S1/senderUniqueReference',
    'TIMESTAMP-GB-LOCAL /0/payload/CommonBlock/S1/senderTimestamp',
    'TIMESTAMP-GB-LOCAL /0/payload/CustomBlock/B023/connectionTypeEffectiveFromDate',
  ],
  'IF-044': [
    'ENVELOPE (example is one message, not an array)',
    'MPAN-CHECK-DIGIT /0/payload/CommonBlock/M0/MPANCore',
    'SCHEMA /0/payload/CommonBlock/S0/InterfaceID',
    'SCHEMA /0/payload/CommonBlock/S0/interfaceID',
    'SUR-MATCHES-SENDER /0/payload/CommonBlock/S1/senderUniqueReference',
    'TIMESTAMP-GB-LOCAL /0/payload/CommonBlock/S1/senderTimestamp',
    'TIMESTAMP-GB-LOCAL /0/payload/CustomBlock/B023/connectionTypeEffectiveFromDate',
    'TIMESTAMP-GB-LOCAL /0/payload/CustomBlock/B026/marketSegmentIndicatorEffectiveFromDate',
  ],
  'REP-002': [
    'SENDER-ROLE-ALLOWED /0/payload/CommonBlock/S1/senderRoleID',
    'SUR-GRAMMAR /0/payload/CommonBlock/S1/senderUniqueReference',
    'SUR-MATCHES-SENDER /0/payload/CommonBlock/S1/senderUniqueReference',
    'TIMESTAMP-GB-LOCAL /0/payload/CustomBlock/schema/REP-002-CustomBlock/R002/settlementDate',
    'TIMESTAMP-GB-LOCAL /0/payload/CustomBlock/schema/REP-002-CustomBlock/R007/settlementRunExecutionDate',
    'VARIANT-KNOWN /0/payload/CommonBlock/S0/eventCode',
  ],
  'REP-002-proposed': [
    'SENDER-ROLE-ALLOWED /0/payload/CommonBlock/S1/senderRoleID',
    'SUR-GRAMMAR /0/payload/CommonBlock/S1/senderUniqueReference',
    'SUR-MATCHES-SENDER /0/payload/CommonBlock/S1/senderUniqueReference',
    'TIMESTAMP-GB-LOCAL /0/payload/CustomBlock/schema/REP-002-CustomBlock/R002/settlementDate',
    'TIMESTAMP-GB-LOCAL /0/payload/CustomBlock/schema/REP-002-CustomBlock/R007/settlementRunExecutionDate',
    'VARIANT-KNOWN /0/payload/CommonBlock/S0/eventCode',
  ],
};

describe('official examples (v2.1.0 Examples-unresolved.yaml)', () => {
  const spec = specUnderTest('v2.1.0');
  const examples = (readExamplesDocument(spec.dir).components as { examples: Record<string, { value: unknown }> }).examples;

  it('covers every example in the file', () => {
    expect(Object.keys(examples).sort()).toEqual(Object.keys(RECORDED).sort());
  });

  it.each(Object.keys(RECORDED))('%s fails exactly as recorded', (name) => {
    const value = examples[name]!.value;
    // Several examples are a single message rather than the array a DIP body is; judge the message anyway.
    const body = Array.isArray(value) ? value : [value];
    const reports = validateBody(spec, body);
    const found = [...new Set(reports.flatMap((report) => report.findings.map((finding) => `${finding.rule} ${finding.pointer}`)))].sort();
    if (!Array.isArray(value)) found.unshift('ENVELOPE (example is one message, not an array)');
    expect(found).toEqual(RECORDED[name]);
    expect(reports.some((report) => report.verdict === 'fail')).toBe(true);
  });
});

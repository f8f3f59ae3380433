// What each participant role receives through the DIP: every (interface, event code) pair of
// the official definitions whose interface the role table (scenarios/role-interfaces.yaml)
// lists the role as receiving. DIP on-boarding asks a participant to show it takes each one;
// the DIP-channel features are written from this list, and a test keeps them in step with it.
import type { RoleInterfaceTable } from '../rules/role-interface-table.ts';
import type { ProcessRow } from './process-row.ts';
import type { ProcessTables } from './process-tables.ts';
import type { LoadedSpec } from '../spec/load-spec.ts';

export interface Publication {
  readonly interfaceID: string;
  readonly eventCode: string;
  /** Process-table rows in which the role receives this publication (their tags, e.g. @CRD-03). */
  readonly rowTags?: readonly string[];
  /** The business processes of those rows (their tags, e.g. @BP010), so that `--tags @BP010` selects the scenario. */
  readonly processTags?: readonly string[];
  /** Where the variant names the MPAN it is about (M0's core, M1's principal), if it names one. */
  readonly mpanBlock?: 'M0' | 'M1';
}

/** How a role is written in the tables' `to` column: SUP, or MS (DS) for every Metering (Data) Service role. */
const TABLE_NAMES: Readonly<Record<string, RegExp>> = { SUP: /\bSUP\b/, MSS: /\bMS(S)?\b/, MSA: /\bMS(A)?\b/, SDS: /\b(S)?DS\b/, ADS: /\b(A)?DS\b/ };

/**
 * The rows a role's acknowledgement of a publication stands for: the rows that send it this
 * interface (and event code, where the row names some). The receiving role's part of such a row
 * is to take the message, which is what the DIP-channel scenario checks. A row marked
 * `scenarioDue: false` keeps that mark: its point is more than the acknowledgement.
 */
export function rowTagsFor(role: string, publication: Publication, rows: readonly ProcessRow[]): string[] {
  const bare = publication.eventCode.replace(/^\[|\]$/g, '');
  return rows
    .filter((row) => row.scenarioDue && row.interfaces.includes(publication.interfaceID) && TABLE_NAMES[role]!.test(row.to ?? '') && (row.eventCodes.length === 0 || row.eventCodes.includes(bare)))
    .map((row) => row.tag);
}

/** The publications with the rows they stand for (rowTagsFor) and those rows' business processes. */
export function withProcessRows(role: string, publications: readonly Publication[], tables: ProcessTables): Publication[] {
  const rows = tables.tables.flatMap((table) => table.rows);
  return publications.map((publication) => {
    const rowTags = rowTagsFor(role, publication, rows);
    return { ...publication, rowTags, processTags: tables.processTagsOf(rowTags) };
  });
}

/**
 * The role table is written per interface, not per event code. A Metering Service is not sent
 * the Data Service legs of an interface both receive ([DSApp…], [SDS-…], [DCC-MDR…],
 * DirectContractDS…), nor a Data Service the Metering Service legs ([MSApp…], [IMS-SendMTD],
 * DirectContractMS…), so those event codes are left out of their lists. An Advanced Data
 * Service is not sent the outcome of a Smart Data Service's change of MDR either: only an SDS
 * names an MDR (B018).
 */
const DATA_SERVICE_EVENT = /^\[(DS|SDS-|DCC-MDR)|^\[DirectContractDS|^\[NoDSAppointed\]$/;
const METERING_SERVICE_EVENT = /^\[(MS|IMS-)|^\[DirectContractMS|^\[NoMSAppointed\]$/;
const SMART_DATA_SERVICE_EVENT = /^\[(SDS-|DCC-MDR)/;
const LEFT_OUT: Readonly<Record<string, (eventCode: string) => boolean>> = {
  MSS: (eventCode) => DATA_SERVICE_EVENT.test(eventCode),
  MSA: (eventCode) => DATA_SERVICE_EVENT.test(eventCode),
  SDS: (eventCode) => METERING_SERVICE_EVENT.test(eventCode),
  ADS: (eventCode) => METERING_SERVICE_EVENT.test(eventCode) || SMART_DATA_SERVICE_EVENT.test(eventCode),
};

export function publicationsReceivedBy(role: string, spec: LoadedSpec, table: RoleInterfaceTable): Publication[] {
  const seen = new Set<string>();
  const publications: Publication[] = [];
  for (const row of table.rows) {
    if (!row.receivers.includes(role)) continue;
    for (const variant of spec.catalogue.variantsOf(row.interfaceID)) {
      if (LEFT_OUT[role]?.(variant.eventCode)) continue;
      const key = `${row.interfaceID} ${variant.eventCode}`;
      // One pair can sit in two schemas (IF-020 [RelatedAdd]); the participant is sent it once.
      if (seen.has(key)) continue;
      seen.add(key);
      const mpanBlock = mpanBlockOf(spec, row.interfaceID, variant.eventCode);
      publications.push({ interfaceID: row.interfaceID, eventCode: variant.eventCode, ...(mpanBlock ? { mpanBlock } : {}) });
    }
  }
  return publications;
}

/**
 * The block in which a variant's CommonBlock names the MPAN it is about: M0 (MPANCore), M1 (the
 * principal MPAN of a related or linked group, IF-019/IF-020), or none (settlement reports,
 * LSS period and totals data), read from the official definition.
 */
export function mpanBlockOf(spec: LoadedSpec, interfaceID: string, eventCode: string): 'M0' | 'M1' | undefined {
  const variant = spec.catalogue.variant(interfaceID, eventCode);
  if (!variant) return undefined;
  const schema = spec.resolver.at(variant.file, variant.pointer) as { properties?: { CommonBlock?: Record<string, unknown> } };
  const commonBlock = spec.resolver.deref(schema.properties?.CommonBlock ?? {}, variant.file).schema as { properties?: Record<string, unknown> };
  const blocks = Object.keys(commonBlock.properties ?? {});
  return blocks.includes('M0') ? 'M0' : blocks.includes('M1') ? 'M1' : undefined;
}

/**
 * Publications that open a process for the role, about an MPAN it has had no business with:
 * IF-002 tells a gaining Supplier of the site it is gaining (COS-02), IF-033 offers a Metering
 * Service an appointment (COS-03), and a Data Service likewise (CDS-01). An MPAN new to the role is no reason for RCP1061 in them, so
 * the unknown-MPAN scenarios leave them out.
 */
export const OPENING_PUBLICATIONS: Readonly<Record<string, readonly string[]>> = {
  SUP: ['IF-002 [GainMPANInfo]'],
  MSS: ['IF-033 [MSAppSPRequest]'],
  MSA: ['IF-033 [MSAppSPRequest]'],
  SDS: ['IF-033 [DSAppSPRequest]'],
  ADS: ['IF-033 [DSAppSPRequest]'],
};

/** The publications whose MPAN, unknown to the role, it must report with RCP1061: each that names an MPAN and opens no process. */
export function unknownMpanPublications(role: string, publications: readonly Publication[]): Publication[] {
  const opening = new Set(OPENING_PUBLICATIONS[role] ?? []);
  return publications.filter((publication) => publication.mpanBlock !== undefined && !opening.has(`${publication.interfaceID} ${publication.eventCode}`));
}

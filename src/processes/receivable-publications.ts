// What each participant role receives through the DIP: every (interface, event code) pair of
// the official definitions whose interface the role table (scenarios/role-interfaces.yaml)
// lists the role as receiving. DIP on-boarding asks a participant to show it takes each one;
// the DIP-channel features are written from this list, and a test keeps them in step with it.
import type { RoleInterfaceTable } from '../rules/role-interface-table.ts';
import type { ProcessRow } from './process-row.ts';
import type { LoadedSpec } from '../spec/load-spec.ts';

export interface Publication {
  readonly interfaceID: string;
  readonly eventCode: string;
  /** Process-table rows in which the role receives this publication (their tags, e.g. @CRD-03). */
  readonly rowTags?: readonly string[];
}

/** How a role is written in the tables' `to` column: SUP, or MS for every Metering Service role. */
const TABLE_NAMES: Readonly<Record<string, RegExp>> = { SUP: /\bSUP\b/, MSS: /\bMS(S)?\b/, MSA: /\bMS(A)?\b/ };

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

/**
 * The role table is written per interface, not per event code. A Metering Service is not sent
 * the Data Service legs of an interface both receive ([DSApp…], [SDS-…], [DCC-MDR…],
 * DirectContractDS…), so those event codes are left out of its list.
 */
const DATA_SERVICE_EVENT = /^\[(DS|SDS-|DCC-MDR)|^\[DirectContractDS|^\[NoDSAppointed\]$/;
const METERING_SERVICE_ROLES = new Set(['MSS', 'MSA']);

export function publicationsReceivedBy(role: string, spec: LoadedSpec, table: RoleInterfaceTable): Publication[] {
  const seen = new Set<string>();
  const publications: Publication[] = [];
  for (const row of table.rows) {
    if (!row.receivers.includes(role)) continue;
    for (const variant of spec.catalogue.variantsOf(row.interfaceID)) {
      if (METERING_SERVICE_ROLES.has(role) && DATA_SERVICE_EVENT.test(variant.eventCode)) continue;
      const key = `${row.interfaceID} ${variant.eventCode}`;
      // One pair can sit in two schemas (IF-020 [RelatedAdd]); the participant is sent it once.
      if (seen.has(key)) continue;
      seen.add(key);
      publications.push({ interfaceID: row.interfaceID, eventCode: variant.eventCode });
    }
  }
  return publications;
}

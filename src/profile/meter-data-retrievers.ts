// What a Smart Data Service declares of its Meter Data Retrievers (MDRs), and whether the
// declaration holds together. From the Programme's D-023 "TOM Implementations & MDR ID"
// (MHHS-DEL1385 v4.0, ../shared/seeds/003_*.txt): every MPAN has an SDS appointed AND an MDR
// specified as part of that appointment; the SDS names the MDR's DIP ID in IF-034, and may
// reject an appointment naming an MDR it does not support. The four ways the roles are filled:
//   fully separated   Supplier, SDS and MDR are separate organisations;
//   fully integrated  the Supplier is its own SDS and MDR;
//   mixed             a third party is the SDS, the Supplier its own MDR;
//   hybrid            some of each, e.g. integrated for own-brand customers, mixed for a white label.
// An Advanced Data Service reads its meters itself and declares no MDR.

export const MDR_MODELS = ['fully-separated', 'fully-integrated', 'mixed', 'hybrid'] as const;
export type MdrModel = (typeof MDR_MODELS)[number];

/** The models as D-023 names them. */
export const MDR_MODEL_NAMES: Readonly<Record<MdrModel, string>> = {
  'fully-separated': 'fully separated',
  'fully-integrated': 'fully integrated',
  mixed: 'mixed',
  hybrid: 'hybrid',
};

export interface MeterDataRetriever {
  readonly dipId: string;
  readonly mpid: string;
}

export interface DataServiceCapabilities {
  readonly mdrModel: MdrModel;
  /** The SDS is itself the MDR: its own DIP ID, extended to the MDR role, is the one it names. */
  readonly ownMdr: boolean;
  /** The other organisations' MDRs the SDS supports, by DIP ID and MPID. */
  readonly mdrs: readonly MeterDataRetriever[];
}

/** A problem with one key of the declaration, for the reader to put its file and path before. */
export interface MdrProblem {
  readonly key: 'ownMdr' | 'mdrs';
  readonly problem: string;
}

/**
 * Why the declaration does not hold together, or undefined when it does. `sdsDipId`: the
 * declared SDS's DIP ID, which is never one of the other MDRs (it is `ownMdr`).
 */
export function mdrDeclarationProblem(declared: DataServiceCapabilities, sdsDipId?: string): MdrProblem | undefined {
  const { mdrModel, ownMdr, mdrs } = declared;
  const name = MDR_MODEL_NAMES[mdrModel];
  const own = sdsDipId && mdrs.find((mdr) => mdr.dipId.toLowerCase() === sdsDipId.toLowerCase());
  if (own) return { key: 'mdrs', problem: `names ${own.dipId}, the SDS's own DIP ID: an SDS that is its own MDR says ownMdr: true instead` };
  const seen = new Set<string>();
  for (const mdr of mdrs) {
    if (seen.has(mdr.dipId.toLowerCase())) return { key: 'mdrs', problem: `names the MDR ${mdr.dipId} twice: give each MDR once` };
    seen.add(mdr.dipId.toLowerCase());
  }
  if (mdrModel === 'fully-integrated') {
    if (!ownMdr) return { key: 'ownMdr', problem: `must be true for the ${name} model, where the Supplier is its own SDS and MDR` };
    if (mdrs.length) return { key: 'mdrs', problem: `must be empty for the ${name} model, where the SDS is its own MDR; an SDS that also supports other MDRs is hybrid` };
    return undefined;
  }
  if (mdrModel === 'fully-separated' || mdrModel === 'mixed') {
    const who = mdrModel === 'mixed' ? 'the Supplier is its own MDR' : 'the MDR is an organisation of its own';
    if (ownMdr) return { key: 'ownMdr', problem: `must be false for the ${name} model, where ${who}; an SDS that is also its own MDR for some MPANs is hybrid` };
    if (!mdrs.length) return { key: 'mdrs', problem: `must list at least one MDR (dipId and mpid) for the ${name} model, where ${who}: every SDS appointment names an MDR` };
    return undefined;
  }
  if (!ownMdr && !mdrs.length) return { key: 'mdrs', problem: `must list at least one MDR, or ownMdr be true, for the ${name} model: every SDS appointment names an MDR` };
  return undefined;
}

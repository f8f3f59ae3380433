// Customer Direct Contracts the Registration Service holds (PROCESS-TABLES §4.8 CRD-04): a
// Metering or Data Service records (IF-038 [DirectContractMSAdd] / [DirectContractDSAdd]) that
// it contracts with the customer directly, until an Effective To Date, or removes that record
// ([…Remove]); the SMRS answers IF-039 with the same event code and R0. The checks give the
// REG codes of the DIP API (REG1071, REG1073–REG1076) in the order identity, then content.
// REG1072 ("CDC End Date Extends Beyond Maximum Allowed") is not checked: the maximum is not
// published (NOT FOUND). REG9001 (reverse migration accounts) does not arise: the simulator
// holds no reverse-migrated MPANs.
import { gbDate } from '../../src/time/gb-time.ts';
import type { MeteringPoint, ServiceKind } from './metering-points.ts';

export interface DirectContract {
  readonly dipId: string;
  /** DT-003, as the service sent it. */
  readonly effectiveTo: string;
}

export interface DirectContractRequest {
  readonly kind: ServiceKind;
  readonly action: 'add' | 'remove';
  readonly senderDipId: string;
  /** B020/B021 of an add; absent on a remove, which carries M0 only. */
  readonly contract?: { readonly dipId: string; readonly effectiveTo: string };
}

export const DIRECT_CONTRACT_EVENT = /^\[DirectContract(MS|DS)(Add|Remove)\]$/;

/** Reads the kind and action from an IF-038/IF-039 event code; undefined for another code. */
export function directContractEvent(eventCode: string): { kind: ServiceKind; action: 'add' | 'remove' } | undefined {
  const match = DIRECT_CONTRACT_EVENT.exec(eventCode);
  return match ? { kind: match[1] as ServiceKind, action: match[2] === 'Add' ? 'add' : 'remove' } : undefined;
}

export class DirectContractRegister {
  private readonly held = new Map<string, DirectContract>();

  get(mpan: string, kind: ServiceKind): DirectContract | undefined {
    return this.held.get(`${mpan} ${kind}`);
  }

  /** Checks the request against what the SMRS holds; applies it when accepted. The REG code and text of a refusal, else undefined. */
  apply(point: MeteringPoint | undefined, request: DirectContractRequest, now: number): string | undefined {
    const refusal = this.refusal(point, request, now);
    if (refusal) return refusal;
    const key = `${point!.mpan} ${request.kind}`;
    if (request.action === 'add') this.held.set(key, { dipId: request.contract!.dipId, effectiveTo: request.contract!.effectiveTo });
    else this.held.delete(key);
    return undefined;
  }

  private refusal(point: MeteringPoint | undefined, request: DirectContractRequest, now: number): string | undefined {
    if (!point) return 'REG0000 - MPAN Invalid or does not exist';
    const appointed = request.kind === 'MS' ? point.meteringService : point.dataService;
    if (request.action === 'add' && request.contract?.dipId !== request.senderDipId) return 'REG1076 - Sender ID must equal CDC DIP ID';
    if (appointed?.dipId !== request.senderDipId) return 'REG1075 - Only current Service Providers can set Customer Direct Contracts';
    const existing = this.get(point.mpan, request.kind);
    if (request.action === 'remove') return existing?.dipId === request.senderDipId ? undefined : 'REG1074 - Cannot Remove as no CDC Data Exists for Participant';
    // [INFERRED] the "DC Effective Date" of REG1071 is the only date an add carries: its Effective To
    // Date (DT-003, whose shape the DIP has checked; its first ten characters are the GB date).
    if (request.contract!.effectiveTo.slice(0, 10) < gbDate(now)) return 'REG1071 - DC Effective Date cannot be Retrospective';
    if (existing && existing.effectiveTo.slice(0, 10) >= gbDate(now)) return 'REG1073 - CDC Already Exists for the Period Requested';
    return undefined;
  }
}

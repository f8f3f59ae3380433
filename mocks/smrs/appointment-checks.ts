// The SMRS's validation of an appointment request (IF-031), REC 22.6.2 "in line with BSCP706":
// the first failing check gives the REG code of the IF-032 rejection. The order puts the
// request's identity (MPAN, Supplier) before its content (provider, dates).
import { gbDate, MILLIS, parseGbTimestamp } from '../../src/time/gb-time.ts';
import { MAX_APPOINTMENT_DAYS_AHEAD } from '../../src/rules/appointment-effective-from.ts';
import type { PartyDirectory } from '../isd/party-directory.ts';
import type { MarketSegment, MeteringPoint, PartyRef, ServiceKind } from './metering-points.ts';

export interface AppointmentRequest {
  readonly kind: ServiceKind;
  readonly supplier: PartyRef;
  readonly proposed: PartyRef;
  readonly effectiveFrom: string;
  readonly scenario: string;
  readonly cssRegistrationId: string | null;
}

export interface Rejection {
  /** e.g. `REG1099 - SP Effective from date cannot be more than 28 days in the future`. */
  readonly reason: string;
}

const ROLES_FOR: Record<ServiceKind, Record<MarketSegment, readonly string[]>> = {
  MS: { S: ['MSS'], A: ['MSA'] },
  DS: { S: ['SDS'], A: ['ADS'] },
};

export function checkAppointmentRequest(
  point: MeteringPoint | undefined,
  request: AppointmentRequest,
  directory: PartyDirectory,
  now: number,
): Rejection | undefined {
  if (!point) return { reason: 'REG0000 - MPAN Invalid or does not exist' };
  const incoming = point.pendingSwitch?.supplier.dipId === request.supplier.dipId;
  const current = point.supplier?.dipId === request.supplier.dipId;
  // COS, and MCS (a forward migration by Change of Supplier, MIG-05), come from the incoming Supplier.
  const gaining = request.scenario === 'COS' || request.scenario === 'MCS';
  if (request.scenario === 'MCS' && current) return { reason: 'REG9006 - MCS Appointment Scenario Cannot be Used by Current Supplier' };
  if (gaining && !incoming) return { reason: 'REG1021 - Requesting Supplier is not the Current Supplier' };
  if (!gaining && !current) return { reason: 'REG1021 - Requesting Supplier is not the Current Supplier' };
  if (gaining && request.cssRegistrationId !== null && request.cssRegistrationId !== point.pendingSwitch?.cssRegistrationId) {
    return { reason: 'REG0006 - CSS Registration Request ID is associated to another Supplier' };
  }
  // Migration (PROCESS-TABLES MIG-01, MIG-07): MCA only on a legacy MPAN, MHHS scenarios only on a migrated one.
  if ((request.scenario === 'MCA' || request.scenario === 'MCS') && !point.legacy) return { reason: 'REG9007 - MCS/MCA Scenarios cannot be used for an Already Migrated MPAN' };
  if (point.legacy && request.scenario !== 'MCA' && request.scenario !== 'MCS') return { reason: 'REG9009 - MHHS Scenario Codes cannot be used for UnMigrated MPAN' };
  const provider = directory.byDip(request.proposed.dipId);
  if (!provider || provider.mpid !== request.proposed.mpid) return { reason: 'REG1022 - Proposed Data Item Value is invalid' };
  // A SEG appointment is for the segment the MPAN is moving to (PROCESS-TABLES SEG-01).
  const segment = request.scenario === 'SEG' ? (point.pendingSegment ?? point.segment) : point.segment;
  if (!ROLES_FOR[request.kind][segment].includes(provider.role)) {
    return { reason: 'REG1031 - Service Provider incompatible with MPAN Market Segment' };
  }
  const appointed = (request.kind === 'MS' ? point.meteringService : point.dataService)?.dipId;
  if (request.scenario === 'USP' && appointed !== request.proposed.dipId) return { reason: 'REG1025 - Scenario USP can only be used with currently appointed Service Provider' };
  if (request.scenario === 'SEG' && appointed === request.proposed.dipId) return { reason: 'REG1095 - Proposed Service Provider cannot be currently Appointed Service Provider for SEG appointment' };
  if (request.scenario === 'CSP' && (request.kind === 'MS' ? point.meteringService : point.dataService)?.dipId === request.proposed.dipId) {
    return { reason: 'REG1026 - Scenario CSP cannot propose the currenly appointed Service Provider' };
  }
  const parsed = parseGbTimestamp(request.effectiveFrom);
  if ('kind' in parsed) return { reason: 'REG1032 - Service Provider EffectiveFrom Date is not Contiguous / or is Invalid' };
  const efdDate = request.effectiveFrom.slice(0, 10);
  const today = gbDate(now);
  if (efdDate < today) return { reason: 'REG1034 - Prospective Appointment cannot be in the past' };
  if ((Date.parse(`${efdDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / MILLIS.DAY > MAX_APPOINTMENT_DAYS_AHEAD) {
    return { reason: 'REG1099 - SP Effective from date cannot be more than 28 days in the future' };
  }
  if (gaining && efdDate !== point.pendingSwitch?.supplyStartDate) {
    return { reason: 'REG1032 - Service Provider EffectiveFrom Date is not Contiguous / or is Invalid' };
  }
  return undefined;
}

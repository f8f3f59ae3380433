// The custom block of the Supplier's appointment request (IF-031 B070 for a Metering Service,
// B071 for a Data Service), shared by every way the Supplier comes to ask: a change of service
// it decides on, and a reminder from the Registration Service that a service is missing.
import type { ReferenceParticipantConfig, ServiceProviderChoice } from './config.ts';

export function appointmentRequestBlock(
  config: ReferenceParticipantConfig,
  service: 'MS' | 'DS',
  chosen: ServiceProviderChoice,
  effectiveFrom: string,
  scenario: string,
): Record<string, unknown> {
  if (service === 'MS') {
    return { B070: { proposedMeteringServiceDIPID: chosen.dipId, proposedMeteringServiceMPID: chosen.mpid, proposedMeteringServiceDIPEffectiveFromDate: effectiveFrom, contractReferenceMeteringService: null, appointmentScenario: scenario } };
  }
  return {
    B071: {
      proposedDataServiceDIPID: chosen.dipId,
      proposedDataServiceMPID: chosen.mpid,
      proposedDataServiceDIPEffectiveFromDate: effectiveFrom,
      contractReferenceDataService: null,
      appointmentScenario: scenario,
      // No MDR nominated: the Smart Data Service names one in IF-034 (B018).
      supplierNominatedMDRDIPID: null,
      supplierNominatedMDRMPID: null,
      supplierNominatedMDREffectiveFromDate: null,
      supplierProposedConsentGranularity: config.appointDataService.consentGranularity,
      supplierProposedDomesticIndicator: config.appointDataService.domesticIndicator,
      traditionalFallBackReadFrequency: config.appointDataService.fallBackReadFrequency,
    },
  };
}

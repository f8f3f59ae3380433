// Generated: do not edit. The payload of every DIP message variant, as TypeScript types,
// from the DIP API definitions v2.1.0 (elexon-data/dip-api-documentation @ ceafc54379ab28d9d9ffdeda950b815cc7ba5bf1).
// Regenerate: MHHS_DIP_SPEC_DIR=… npm run types:generate (scripts/dip-payload-types.ts); test/dip-payload-types.test.ts
// fails while this file differs from what the definitions give.
// Every object is closed (no other keys), also where a schema leaves additionalProperties out,
// so that a misspelt field fails to compile. Lengths, patterns and formats are not types:
// a value of the right type may still break the schema, which validation judges.

/**
 * Each DIP message variant's payload type, by interface ID and event code as the suite writes them ('IF-031 [MSApp]').
 */
export interface DipPayloads {
  'IF-001 [InitialRegistration]': IF001InitialRegistrationPayload;
  'IF-001 [ChangeOfSupplier]': IF001ChangeOfSupplierPayload;
  'IF-002 [GainMPANInfo]': IF002GainMPANInfoPayload;
  'IF-003 [MSDeAppRM]': IF003MSDeAppRMPayload;
  'IF-003 [DSDeAppRM]': IF003DSDeAppRMPayload;
  'IF-003 [ReverseMigNotification]': IF003ReverseMigNotificationPayload;
  'IF-004 [CommsHubInfo]': IF004CommsHubInfoPayload;
  'IF-005 [MeterInstall]': IF005MeterInstallPayload;
  'IF-005 [MeterRemoval]': IF005MeterRemovalPayload;
  'IF-005 [MeterExchange]': IF005MeterExchangePayload;
  'IF-005 [MeterUpdate]': IF005MeterUpdatePayload;
  'IF-005 [MeterHistoryUpdate]': IF005MeterHistoryUpdatePayload;
  'IF-006 [MeterInstall]': IF006MeterInstallPayload;
  'IF-006 [MeterRemoval]': IF006MeterRemovalPayload;
  'IF-006 [MeterExchange]': IF006MeterExchangePayload;
  'IF-006 [MeterUpdate]': IF006MeterUpdatePayload;
  'IF-006 [MeterHistoryUpdate]': IF006MeterHistoryUpdatePayload;
  'IF-007 [EnergisationStatusChange]': IF007EnergisationStatusChangePayload;
  'IF-007 [EnergisationStatusFailure]': IF007EnergisationStatusFailurePayload;
  'IF-008 [EnergisationStatusChange]': IF008EnergisationStatusChangePayload;
  'IF-009 [MPANDisconnection]': IF009MPANDisconnectionPayload;
  'IF-009 [MPANReconnection]': IF009MPANReconnectionPayload;
  'IF-009 [CSSDeRegistration]': IF009CSSDeRegistrationPayload;
  'IF-013 [ActivePowerDefaulted]': IF013ActivePowerDefaultedPayload;
  'IF-014 [ActivePowerRejected]': IF014ActivePowerRejectedPayload;
  'IF-014 [ConsumptionOnDeEnergisedMPAN]': IF014ConsumptionOnDeEnergisedMPANPayload;
  'IF-015 [ConsumptionReplay]': IF015ConsumptionReplayPayload;
  'IF-016 [ActivePower]': IF016ActivePowerPayload;
  'IF-016 [ReactivePower]': IF016ReactivePowerPayload;
  'IF-016 [ActivePowerRejected]': IF016ActivePowerRejectedPayload;
  'IF-016 [ActivePowerDefaulted]': IF016ActivePowerDefaultedPayload;
  'IF-016 [ConsumptionRequestRejected]': IF016ConsumptionRequestRejectedPayload;
  'IF-018 [AddressChg]': IF018AddressChgPayload;
  'IF-018 [GSPChg]': IF018GSPChgPayload;
  'IF-018 [DomPremInd]': IF018DomPremIndPayload;
  'IF-018 [DUOSTariffIDChg]': IF018DUOSTariffIDChgPayload;
  'IF-018 [EnergyDirection]': IF018EnergyDirectionPayload;
  'IF-018 [DCCEnrolment]': IF018DCCEnrolmentPayload;
  'IF-018 [MUMIndicator]': IF018MUMIndicatorPayload;
  'IF-019 [LinkedImportExportCreate]': IF019LinkedImportExportCreatePayload;
  'IF-019 [LinkedImportExportAdd]': IF019LinkedImportExportAddPayload;
  'IF-019 [LinkedImportExportRemove]': IF019LinkedImportExportRemovePayload;
  'IF-019 [RelatedCreate]': IF019RelatedCreatePayload;
  'IF-019 [RelatedAdd]': IF019RelatedAddPayload;
  'IF-019 [RelatedRemove]': IF019RelatedRemovePayload;
  'IF-020 [LinkedImportExportCreate]': IF020LinkedImportExportCreatePayload;
  'IF-020 [LinkedImportExportAdd]': IF020LinkedImportExportAddPayload;
  'IF-020 [LinkedImportExportRemove]': IF020LinkedImportExportRemovePayload;
  'IF-020 [RelatedCreate]': IF020RelatedCreatePayload;
  'IF-020 [RelatedAdd]': IF020RelatedAddPayload;
  'IF-020 [RelatedRemove]': IF020RelatedRemovePayload;
  'IF-021 [ActivePower]': IF021ActivePowerPayload;
  'IF-021 [ReactivePower]': IF021ReactivePowerPayload;
  'IF-022 [LSSPeriodData]': IF022LSSPeriodDataPayload;
  'IF-023 [LSSTotalsData]': IF023LSSTotalsDataPayload;
  'IF-024 [SN-Vacant]': IF024SNVacantPayload;
  'IF-024 [SN-NoComms]': IF024SNNoCommsPayload;
  'IF-024 [SN-RemoteEnabled]': IF024SNRemoteEnabledPayload;
  'IF-024 [SN-RemoteDisabled]': IF024SNRemoteDisabledPayload;
  'IF-024 [SN-SupplierAC]': IF024SNSupplierACPayload;
  'IF-024 [SN-OffPeakDec]': IF024SNOffPeakDecPayload;
  'IF-025 [ConsentGranularity]': IF025ConsentGranularityPayload;
  'IF-025 [IHDInfo]': IF025IHDInfoPayload;
  'IF-025 [SMSO]': IF025SMSOPayload;
  'IF-025 [SSCandProfileClass]': IF025SSCandProfileClassPayload;
  'IF-026 [ConsentGranularity]': IF026ConsentGranularityPayload;
  'IF-026 [IHDInfo]': IF026IHDInfoPayload;
  'IF-026 [SMSO]': IF026SMSOPayload;
  'IF-026 [SSCandProfileClass]': IF026SSCandProfileClassPayload;
  'IF-027 [ConsumptionAmendment]': IF027ConsumptionAmendmentPayload;
  'IF-028 [ConsumptionAmendment]': IF028ConsumptionAmendmentPayload;
  'IF-031 [MSApp]': IF031MSAppPayload;
  'IF-031 [DSApp]': IF031DSAppPayload;
  'IF-032 [MSAppInitialResp]': IF032MSAppInitialRespPayload;
  'IF-032 [DSAppInitialResp]': IF032DSAppInitialRespPayload;
  'IF-033 [MSAppSPRequest]': IF033MSAppSPRequestPayload;
  'IF-033 [DSAppSPRequest]': IF033DSAppSPRequestPayload;
  'IF-034 [MSAppSPResponse]': IF034MSAppSPResponsePayload;
  'IF-034 [DSAppSPResponse]': IF034DSAppSPResponsePayload;
  'IF-034 [SDS-MDRUpdate]': IF034SDSMDRUpdatePayload;
  'IF-035 [MSAppAccepted]': IF035MSAppAcceptedPayload;
  'IF-035 [MSAppRejected]': IF035MSAppRejectedPayload;
  'IF-035 [MSAppLapsed]': IF035MSAppLapsedPayload;
  'IF-035 [DSAppAccepted]': IF035DSAppAcceptedPayload;
  'IF-035 [DSAppRejected]': IF035DSAppRejectedPayload;
  'IF-035 [DSAppLapsed]': IF035DSAppLapsedPayload;
  'IF-035 [IMS-SendMTD]': IF035IMSSendMTDPayload;
  'IF-035 [SDS-MDROutcome]': IF035SDSMDROutcomePayload;
  'IF-035 [DCC-MDROutcome]': IF035DCCMDROutcomePayload;
  'IF-036 [MSAppActive]': IF036MSAppActivePayload;
  'IF-036 [DSAppActive]': IF036DSAppActivePayload;
  'IF-037 [MSDeApp]': IF037MSDeAppPayload;
  'IF-037 [DSDeApp]': IF037DSDeAppPayload;
  'IF-037 [MSDeAppUpdate]': IF037MSDeAppUpdatePayload;
  'IF-037 [DSDeAppUpdate]': IF037DSDeAppUpdatePayload;
  'IF-038 [DirectContractMSAdd]': IF038DirectContractMSAddPayload;
  'IF-038 [DirectContractDSAdd]': IF038DirectContractDSAddPayload;
  'IF-038 [DirectContractDSRemove]': IF038DirectContractDSRemovePayload;
  'IF-038 [DirectContractMSRemove]': IF038DirectContractMSRemovePayload;
  'IF-039 [DirectContractMSAdd]': IF039DirectContractMSAddPayload;
  'IF-039 [DirectContractDSAdd]': IF039DirectContractDSAddPayload;
  'IF-039 [DirectContractDSRemove]': IF039DirectContractDSRemovePayload;
  'IF-039 [DirectContractMSRemove]': IF039DirectContractMSRemovePayload;
  'IF-040 [AnnualConsumption]': IF040AnnualConsumptionPayload;
  'IF-041 [ReadingRemote]': IF041ReadingRemotePayload;
  'IF-041 [ReadingRemv]': IF041ReadingRemvPayload;
  'IF-041 [ReadingInstl]': IF041ReadingInstlPayload;
  'IF-041 [ReadingEnergisationChg]': IF041ReadingEnergisationChgPayload;
  'IF-041 [ReadingCOR]': IF041ReadingCORPayload;
  'IF-041 [ReadingOnSite]': IF041ReadingOnSitePayload;
  'IF-041 [ReadingCOS]': IF041ReadingCOSPayload;
  'IF-041 [DSEstimate]': IF041DSEstimatePayload;
  'IF-041 [SupplierAgreedCOS]': IF041SupplierAgreedCOSPayload;
  'IF-041 [ReadingOverride]': IF041ReadingOverridePayload;
  'IF-043 [ConnectionTypeChange]': IF043ConnectionTypeChangePayload;
  'IF-044 [MarketSegmentChange]': IF044MarketSegmentChangePayload;
  'IF-045 [InvalidMarketSegment]': IF045InvalidMarketSegmentPayload;
  'IF-045 [ConsentGranularityInvalid]': IF045ConsentGranularityInvalidPayload;
  'IF-045 [NoMSAppointed]': IF045NoMSAppointedPayload;
  'IF-045 [NoDSAppointed]': IF045NoDSAppointedPayload;
  'IF-047 [ISD]': IF047ISDPayload;
  'IF-050 [MPANCreation]': IF050MPANCreationPayload;
  'IF-050 [MPStatusChange]': IF050MPStatusChangePayload;
  'IF-050 [GreenDeal]': IF050GreenDealPayload;
  'IF-051 [EESRefresh]': IF051EESRefreshPayload;
  'IF-061 [MDRStart]': IF061MDRStartPayload;
  'IF-062 [MDRStartResponse]': IF062MDRStartResponsePayload;
  'IF-063 [MDRStop]': IF063MDRStopPayload;
  'IF-064 [MDRConsumption]': IF064MDRConsumptionPayload;
  'IF-065 [ReadingRemote]': IF065ReadingRemotePayload;
  'IF-065 [MDRInstantaneous]': IF065MDRInstantaneousPayload;
  'IF-065 [MDRTOU]': IF065MDRTOUPayload;
  'IF-065 [MDRConsumption]': IF065MDRConsumptionPayload;
  'REP-002 [DUOSSupplierAggData]': REP002DUOSSupplierAggDataPayload;
  'REP-002A [DUoSEmbeddedLDSOAggData]': REP002ADUoSEmbeddedLDSOAggDataPayload;
  'REP-002B [DUoSLDSOAggData]': REP002BDUoSLDSOAggDataPayload;
  'REP-003 [BMUnitAllocatedDemandVolumesToMarketParticipants]': REP003BMUnitAllocatedDemandVolumesToMarketParticipantsPayload;
  'REP-003A [AggregatedBMUnitAllocatedDemandVolumes]': REP003AAggregatedBMUnitAllocatedDemandVolumesPayload;
  'REP-004 [SupplierDeemedTakeReport]': REP004SupplierDeemedTakeReportPayload;
  'REP-006 [UncorrectedConsumptionAndLossesByCCCID]': REP006UncorrectedConsumptionAndLossesByCCCIDPayload;
  'REP-007 [BMUnitDefaultsToSuppliers]': REP007BMUnitDefaultsToSuppliersPayload;
  'REP-008 [LDSOLLFDefaultData]': REP008LDSOLLFDefaultDataPayload;
  'REP-009 [EMRSReportForSuppliers]': REP009EMRSReportForSuppliersPayload;
  'REP-900 [DUoSSupplierInvData]': REP900DUoSSupplierInvDataPayload;
  'REP-901 [DUoSEmbeddedLDSOAggInvData]': REP901DUoSEmbeddedLDSOAggInvDataPayload;
  'REP-901 [DUoSSupplierAggInvData]': REP901DUoSSupplierAggInvDataPayload;
}
/**
 * IF-001 [InitialRegistration]: Message.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-001-InitialRegistration.
 */
export interface IF001InitialRegistrationPayload {
  /**
   * MHHS Common Block for IF-001
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-001';
      schemaVersion: '011';
      eventCode: '[InitialRegistration]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF001 Custom data block
   */
  CustomBlock: {
    B013: B013;
    B002: B002;
    B004: B004;
    B006?: B006;
    B022: B022;
    B023: B023;
    B024: B024;
    B025: B025;
    B026: B026;
    B027?: B027;
    B029?: B029;
    B030?: B030;
    B031?: B031;
    B032?: B032;
    B035List?: B035[];
    B037List?: B037[];
  };
}
/**
 * Sender Common block
 */
export interface S1 {
  /**
   * DI-991 Environment Tag: Environment Tag
   */
  environmentTag: 'PRD' | 'SITB' | 'SIT' | 'UIT' | 'DEV';
  /**
   * DI-977 SubText: SubText
   */
  subText: string | null;
  /**
   * DI-995 Sender Unique Reference: Sender Unique Reference
   */
  senderUniqueReference: string;
  /**
   * DI-998 Sender Timestamp: ISO 8601 Date/time
   */
  senderTimestamp: string;
  /**
   * DI-997 Participant Sender DIPID: DIP Participant Id
   */
  senderDIPID: string;
  /**
   * DI-984 Sender Role ID: DIP Participant Role
   */
  senderRoleID: string;
  /**
   * DI-985 Sender Correlation ID: Correlation Id
   */
  senderCorrelationID: string | null;
  /**
   * DI-996 DIP Connection Provider DIPID: DIP Participant Id
   */
  DIPConnectionProviderID: string | null;
}
/**
 * Addressing block
 */
export interface A0 {
  /**
   * Primary Recipient - array of Ids; set by Sender
   *
   * Items: DIP Participant Id
   */
  primaryRecipients: (string | null)[];
  /**
   * Secondary Recipient - array of Ids; set by DIP
   *
   * Items: DIP Participant Id
   */
  secondaryRecipients: (string | null)[];
  /**
   * Always Recipient - array of Ids; set by DIP
   *
   * Items: DIP Participant Id
   */
  always: (string | null)[];
}
/**
 * DIP Block
 */
export interface D0 {
  /**
   * Transaction ID
   */
  transactionID: string;
  /**
   * ISO 8601 Date/time
   */
  transactionTimestamp: string;
  /**
   * DI-986 Publication ID: DIP Publication ID
   */
  publicationID: string;
  /**
   * Correlation Id
   */
  initialCorrelationID: string | null;
  /**
   * DI-988 Replay Indicator: Set by the DIP to denote that a txn is being replayed
   */
  replayIndicator: boolean;
  /**
   * DI-978 Service Ticket URL: URL
   */
  serviceTicketURL: string | null;
}
/**
 * MPAN Core
 */
export interface M0 {
  /**
   * DI-063 MPAN Core: MPAN Core
   */
  MPANCore: string;
  /**
   * DI-108 Distributor DIP ID: DIP Participant Id
   */
  distributorDIPID: string;
  /**
   * DI-037 GSP Group ID: Identifies the distinct grid supply point group (physical region of the country) where the metering point is located.
   */
  GSPGroupID: '_A' | '_B' | '_C' | '_D' | '_E' | '_F' | '_G' | '_H' | '_J' | '_K' | '_L' | '_M' | '_N' | '_P';
}
/**
 * CSS Registration Request Id
 */
export interface B013 {
  /**
   * DI-849 CSS Registration ID: CSS Registration ID
   */
  CSSRegistrationID: string;
}
/**
 * Incoming Supplier Information
 */
export interface B002 {
  /**
   * DI-803 Incoming Supplier DIP ID: DIP Participant Id
   */
  incomingSupplierDIPID: string;
  /**
   * DI-200 Incoming Supplier MPID: Legacy MPID
   */
  incomingSupplierMPID: string;
  /**
   * DI-086 Supplier Effective From Date: ISO 8601 Date/time
   */
  supplierEffectiveFromDate: string;
}
/**
 * MPAN CSS Dom Indicator
 */
export interface B004 {
  /**
   * DI-030 Domestic Premise Indicator: A flag that indicates if the MPAN of the registration appointment is used to identify a domestic premises.
   */
  domesticPremiseIndicator: boolean;
  /**
   * DI-032 Domestic Premise Indicator Effective From Date: ISO 8601 Date/time
   */
  domesticPremiseIndicatorEffectiveFromDate: string;
}
/**
 * CDC Info
 */
export interface B006 {
  /**
   * DI-021 Customer Direct Contract Metering Service: An indicator to show if a direct customer contract exists between the customer at the metering service provider.
   */
  customerDirectContractMeteringService: boolean;
  /**
   * DI-140 Customer Direct Contract Metering Service DIP ID: DIP Participant Id
   */
  customerDirectContractMeteringServiceDIPID: string | null;
  /**
   * DI-022 Customer Direct Contract Data Service: An indicator to show if a direct customer contract exists between the customer at the data service provider.
   */
  customerDirectContractDataService: boolean;
  /**
   * DI-138 Customer Direct Contract Data Service DIP ID: DIP Participant Id
   */
  customerDirectContractDataServiceDIPID: string | null;
}
/**
 * MPAN Address
 */
export interface B022 {
  /**
   * DI-010 Metering Point Postcode: UK Post Code
   */
  meteringPointPostcode: string | null;
  /**
   * DI-001 Address Line 1: Address Line
   */
  addressLine1: string | null;
  /**
   * DI-002 Address Line 2: Address Line
   */
  addressLine2: string | null;
  /**
   * DI-003 Address Line 3: Address Line
   */
  addressLine3: string | null;
  /**
   * DI-004 Address Line 4: Address Line
   */
  addressLine4: string | null;
  /**
   * DI-005 Address Line 5: Address Line
   */
  addressLine5: string | null;
  /**
   * DI-006 Address Line 6: Address Line
   */
  addressLine6: string | null;
  /**
   * DI-007 Address Line 7: Address Line
   */
  addressLine7: string | null;
  /**
   * DI-008 Address Line 8: Address Line
   */
  addressLine8: string | null;
  /**
   * DI-009 Address Line 9: Address Line
   */
  addressLine9: string | null;
}
/**
 * MPAN Connection Info
 */
export interface B023 {
  /**
   * DI-015 Connection Type Indicator: A code to indicate the type of connection.
   */
  connectionTypeIndicator: 'W' | 'L' | 'H' | 'E' | 'U';
  /**
   * DI-016 Connection Type Indicator Effective From Date: ISO 8601 Date/time
   */
  connectionTypeEffectiveFromDate: string;
  /**
   * DI-035 Energy Direction: Indicates the direction of energy at a metering point. Values can be I = import / E = export
   */
  energyDirection: 'I' | 'E';
  /**
   * DI-127 Metered Indicator: An indicator to show whether the Consumption Component is for a metered supply or unmetered supply.
   */
  meteredIndicator: boolean;
}
/**
 * MPAN DUOS Tariff ID
 */
export interface B024 {
  /**
   * DI-128 DUOS Tariff ID: Reference to identify the DUoS Tariff assigned to an MPAN
   */
  DUOSTariffID: string;
  /**
   * DI-129 DUOS Tariff ID Effective From Date: ISO 8601 Date/time
   */
  DUOSTariffIDEffectiveFromDate: string;
}
/**
 * MPAN Energisation Info
 */
export interface B025 {
  /**
   * DI-033 Energisation Status: Indicates if the metering point is considered energised (i.e. connected to the distribution system) and therefore active for settlement purposes.
   */
  energisationStatus: 'D' | 'E' | 'U';
  /**
   * DI-034 Energisation Status Effective From Date: ISO 8601 Date/time
   */
  energisationStatusEffectiveFromDate: string;
}
/**
 * MPAN Segment Info
 */
export interface B026 {
  /**
   * DI-050 Market Segment Indicator: An enumeration of Smart/Advanced/Unmetered.
   */
  marketSegmentIndicator: 'U' | 'S' | 'A';
  /**
   * DI-051 Market Segment Indicator Effective From Date: ISO 8601 Date/time
   */
  marketSegmentIndicatorEffectiveFromDate: string;
}
/**
 * Assumed Annual Consumption
 */
export interface B027 {
  /**
   * DI-148 Annual Consumption: kWh Consumption (9,3) format - leading
   */
  annualConsumption: string;
  /**
   * DI-149 Annual Consumption Effective From Date: ISO 8601 Date/time
   */
  annualConsumptionEffectiveFromDate: string;
  /**
   * DI-150 Annual Consumption Quality Indicator: Assumed Annual Consumption Quality Indicator
   */
  annualConsumptionQualityIndicator: 'A' | '1' | '2' | '3' | '4' | '5' | 'D';
}
/**
 * DCC Enrolment Status
 */
export interface B029 {
  /**
   * DI-025 DCC Service Flag: A flag indicating the status of services being provided by the DCC for the metering point.
   */
  DCCServiceFlag: 'A' | 'I' | 'N';
  /**
   * DI-026 DCC Effective From Date: ISO 8601 Date/time
   */
  DCCEffectiveFromDate: string;
}
/**
 * IHD Info
 */
export interface B030 {
  /**
   * DI-137 IHD Install Status: Information from the Supplier regarding the In Home Display at a metering point.
   */
  IHDInstallStatus: 'I' | 'D' | 'E' | 'F' | null;
  /**
   * DI-136 IHD Effective From Date: ISO 8601 Date/time
   */
  IHDEffectiveFromDate: string;
}
/**
 * SMSO Info
 */
export interface B031 {
  /**
   * DI-134 SMSO: The Id of the operator a Supplier has procured data and communication services from in respect of a Metering System (applies only to certain types of SMETS1 Metering).
   */
  SMSOID: string | null;
  /**
   * DI-135 SMSO Effective From Date: ISO 8601 Date/time
   */
  SMSOEffectiveFromDate: string;
}
/**
 * MPAN Legacy info
 */
export interface B032 {
  /**
   * DI-122 Profile Class: A legacy classification, retained soley for a subset of Traditional Meters, to assist with the allocation of gross consumption to individual Settlement Periods.
   */
  profileClass: string | null;
  /**
   * DI-124 Profile Class Effective From Date: ISO 8601 Date/time
   */
  profileClassEffectiveFromDate: string | null;
  /**
   * DI-123 SSC: A legacy classification, retained soley for a subset of Traditional Meters, to assist with the allocation of gross consumption to individual Settlement Periods.
   */
  SSC: string | null;
  /**
   * DI-125 SSC Effective From Date: ISO 8601 Date/time
   */
  SSCEffectiveFromDate: string | null;
}
/**
 * Linked Import/Export MPAN Info
 */
export interface B035 {
  /**
   * DI-038 Linked ImportExport MPAN: MPAN Core
   */
  linkedImportExportMPAN: string;
  /**
   * DI-151 Linked MPAN Energy Direction: The Energy Direction (Import or Export) of a Linked MPAN
   */
  linkedMPANEnergyDirection: 'I' | 'E';
  /**
   * DI-801 ImportExport MPAN Supplier DIP ID: DIP Participant Id
   */
  importExportMPANSupplierDIPID: string | null;
  /**
   * DI-212 ImportExport MPAN Supplier MPID: Legacy MPID
   */
  importExportMPANSupplierMPID: string | null;
}
/**
 * Linked Related MPAN Info
 */
export interface B037 {
  /**
   * DI-075 Primary MPAN: MPAN Core
   */
  primaryMPAN: string | null;
  /**
   * DI-079 Secondary MPAN: MPAN Core
   */
  secondaryMPAN: string | null;
}
/**
 * IF-001 [ChangeOfSupplier]: Message.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-001-ChangeOfSupplier.
 */
export interface IF001ChangeOfSupplierPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-001';
      schemaVersion: '011';
      eventCode: '[ChangeOfSupplier]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF001 Custom data block
   */
  CustomBlock: {
    B013: B013;
    B002: B002;
    B003: B003;
    B004: B004;
    B005?: B005;
    B006?: B006;
    B022: B022;
    B023: B023;
    B024: B024;
    B025: B025;
    B026: B026;
    B027?: B027;
    B029?: B029;
    B030?: B030;
    B031?: B031;
    B032?: B032;
    B035List?: B035[];
    B037List?: B037[];
  };
}
/**
 * Outgoing Supplier Information
 */
export interface B003 {
  /**
   * DI-805 Outgoing Supplier DIP ID: DIP Participant Id
   */
  outgoingSupplierDIPID: string;
  /**
   * DI-201 Outgoing Supplier MPID: Legacy MPID
   */
  outgoingSupplierMPID: string;
  /**
   * DI-121 Supplier Effective To Date: ISO 8601 Date/time
   */
  supplierEffectiveToDate: string;
}
/**
 * Incumbent/Outgoing Service Providers
 */
export interface B005 {
  /**
   * DI-809 Current Metering Service DIP ID: DIP Participant Id
   */
  currentMeteringServiceDIPID: string | null;
  /**
   * DI-207 Current Metering Service MPID: Legacy MPID
   */
  currentMeteringServiceMPID: string | null;
  /**
   * DI-811 Current Data Service DIP ID: DIP Participant Id
   */
  currentDataServiceDIPID: string | null;
  /**
   * DI-208 Current Data Service MPID: Legacy MPID
   */
  currentDataServiceMPID: string | null;
}
/**
 * IF-002 [GainMPANInfo]: Message.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-002-Payload.
 */
export interface IF002GainMPANInfoPayload {
  /**
   * MHHS Common Block for IF-002
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-002';
      schemaVersion: '011';
      eventCode: '[GainMPANInfo]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF002 Custom data block
   */
  CustomBlock: {
    B013: B013;
    B005?: B005;
    B006?: B006;
    B022: B022;
    B023: B023;
    B024: B024;
    B025: B025;
    B026: B026;
    B027?: B027;
    B029?: B029;
    B030?: B030;
    B031?: B031;
    B032?: B032;
    B905List?: B905[];
    B907List?: B907[];
    B908List?: B908[];
  };
}
/**
 * PostUpdate Meter Listing
 */
export interface B905 {
  existingMeter?: B074;
  existingMAP?: B075;
}
/**
 * MPAN Exiting Meter Info
 */
export interface B074 {
  /**
   * DI-056 Meter ID: Meter ID
   */
  meterID: string;
  /**
   * DI-059 Meter Type: The type of meter, in relation to its capabilities. E.g. AMR.S1, S2, S2ADE
   */
  meterType:
    | 'CHECK'
    | 'H'
    | 'K'
    | 'LAG_'
    | 'LEAD_'
    | 'MAIN_'
    | 'N'
    | 'NCAMR'
    | 'NSS'
    | 'RCAMR'
    | 'RCAMY'
    | 'S'
    | 'S1'
    | 'S2A'
    | 'S2AD'
    | 'S2ADE'
    | 'S2B'
    | 'S2BD'
    | 'S2BDE'
    | 'S2C'
    | 'S2CD'
    | 'S2CDE'
    | 'SPECL'
    | 'T'
    | '2ADF'
    | '2ADEF'
    | '2AEF'
    | '2AF'
    | '2BF'
    | '2BDF'
    | '2BDEF'
    | '2BEF'
    | '2CDEF'
    | '2CF'
    | '2CDF'
    | '2CEF';
  /**
   * DI-048 Manufacturers Make And Type: The Meter Manufacturer Make and Type
   */
  manufacturersMakeAndType: string | null;
  /**
   * DI-085 ESME GUID: The Smart Device ID for a smart meter.  This is also known as the DCC GUID and is further defined within the DCC interface specifications.
   */
  ESMEGUID: string | null;
  /**
   * DI-090 Meter Location: The actual location of the metering system within the site
   */
  meterLocation:
    | 'A'
    | 'B'
    | 'C'
    | 'D'
    | 'E'
    | 'F'
    | 'G'
    | 'H'
    | 'I'
    | 'J'
    | 'K'
    | 'L'
    | 'M'
    | 'N'
    | 'O'
    | 'P'
    | 'R'
    | 'S'
    | 'T'
    | 'U'
    | 'V'
    | 'W'
    | 'X'
    | 'Y'
    | 'Z';
  /**
   * DI-091 Number Of Displayed Register Digits: Number of digits/dials to the left of the decimal point, of the Cumulative Register.
   */
  numberOfDisplayedRegisterDigits: number | null;
  /**
   * DI-057 Meter Installation Date: ISO 8601 Date/time
   */
  meterInstallationDate: string;
}
/**
 * MPAN Exiting Meter Map Info
 */
export interface B075 {
  /**
   * DI-055 Meter Asset Provider ID: The market-wide reference for the provider of the meter equipment.
   */
  meterAssetProviderID: string;
  /**
   * DI-054 Meter Asset Provider Effective From Date: ISO 8601 Date/time
   */
  meterAssetProviderEffectiveFromDate: string;
}
/**
 * LinkedImpExp-MPAN-Meter-MAP
 */
export interface B907 {
  existingMeter: B035;
  /**
   * @minItems 1
   */
  historyMAP?: B910[];
}
/**
 * Meter details - MAP history
 */
export interface B910 {
  existingMeter: B036;
  /**
   * @minItems 1
   */
  historyMAP?: B075[];
}
/**
 * Linked Import/Export Meter Info
 */
export interface B036 {
  /**
   * DI-056 Meter ID: Meter ID
   */
  meterID: string;
  /**
   * DI-059 Meter Type: The type of meter, in relation to its capabilities. E.g. AMR.S1, S2, S2ADE
   */
  meterType:
    | 'CHECK'
    | 'H'
    | 'K'
    | 'LAG_'
    | 'LEAD_'
    | 'MAIN_'
    | 'N'
    | 'NCAMR'
    | 'NSS'
    | 'RCAMR'
    | 'RCAMY'
    | 'S'
    | 'S1'
    | 'S2A'
    | 'S2AD'
    | 'S2ADE'
    | 'S2B'
    | 'S2BD'
    | 'S2BDE'
    | 'S2C'
    | 'S2CD'
    | 'S2CDE'
    | 'SPECL'
    | 'T'
    | '2ADF'
    | '2ADEF'
    | '2AEF'
    | '2AF'
    | '2BF'
    | '2BDF'
    | '2BDEF'
    | '2BEF'
    | '2CDEF'
    | '2CF'
    | '2CDF'
    | '2CEF';
  /**
   * DI-048 Manufacturers Make And Type: The Meter Manufacturer Make and Type
   */
  manufacturersMakeAndType: string | null;
  /**
   * DI-085 ESME GUID: The Smart Device ID for a smart meter.  This is also known as the DCC GUID and is further defined within the DCC interface specifications.
   */
  ESMEGUID: string | null;
  /**
   * DI-090 Meter Location: The actual location of the metering system within the site
   */
  meterLocation:
    | 'A'
    | 'B'
    | 'C'
    | 'D'
    | 'E'
    | 'F'
    | 'G'
    | 'H'
    | 'I'
    | 'J'
    | 'K'
    | 'L'
    | 'M'
    | 'N'
    | 'O'
    | 'P'
    | 'R'
    | 'S'
    | 'T'
    | 'U'
    | 'V'
    | 'W'
    | 'X'
    | 'Y'
    | 'Z';
  /**
   * DI-091 Number Of Displayed Register Digits: Number of digits/dials to the left of the decimal point, of the Cumulative Register.
   */
  numberOfDisplayedRegisterDigits: number | null;
  /**
   * DI-057 Meter Installation Date: ISO 8601 Date/time
   */
  meterInstallationDate: string;
}
/**
 * Related-MPAN-Meter-MAP
 */
export interface B908 {
  existingMeter: B037;
  /**
   * @minItems 1
   */
  historyMAP?: B911[];
}
/**
 * Related Meter details - MAP history
 */
export interface B911 {
  existingMeter: B038;
  /**
   * @minItems 1
   */
  historyMAP?: B075[];
}
/**
 * Linked Related Meter Info
 */
export interface B038 {
  /**
   * DI-056 Meter ID: Meter ID
   */
  meterID: string;
  /**
   * DI-059 Meter Type: The type of meter, in relation to its capabilities. E.g. AMR.S1, S2, S2ADE
   */
  meterType:
    | 'CHECK'
    | 'H'
    | 'K'
    | 'LAG_'
    | 'LEAD_'
    | 'MAIN_'
    | 'N'
    | 'NCAMR'
    | 'NSS'
    | 'RCAMR'
    | 'RCAMY'
    | 'S'
    | 'S1'
    | 'S2A'
    | 'S2AD'
    | 'S2ADE'
    | 'S2B'
    | 'S2BD'
    | 'S2BDE'
    | 'S2C'
    | 'S2CD'
    | 'S2CDE'
    | 'SPECL'
    | 'T'
    | '2ADF'
    | '2ADEF'
    | '2AEF'
    | '2AF'
    | '2BF'
    | '2BDF'
    | '2BDEF'
    | '2BEF'
    | '2CDEF'
    | '2CF'
    | '2CDF'
    | '2CEF';
  /**
   * DI-048 Manufacturers Make And Type: The Meter Manufacturer Make and Type
   */
  manufacturersMakeAndType: string | null;
  /**
   * DI-085 ESME GUID: The Smart Device ID for a smart meter.  This is also known as the DCC GUID and is further defined within the DCC interface specifications.
   */
  ESMEGUID: string | null;
  /**
   * DI-090 Meter Location: The actual location of the metering system within the site
   */
  meterLocation:
    | 'A'
    | 'B'
    | 'C'
    | 'D'
    | 'E'
    | 'F'
    | 'G'
    | 'H'
    | 'I'
    | 'J'
    | 'K'
    | 'L'
    | 'M'
    | 'N'
    | 'O'
    | 'P'
    | 'R'
    | 'S'
    | 'T'
    | 'U'
    | 'V'
    | 'W'
    | 'X'
    | 'Y'
    | 'Z';
  /**
   * DI-091 Number Of Displayed Register Digits: Number of digits/dials to the left of the decimal point, of the Cumulative Register.
   */
  numberOfDisplayedRegisterDigits: number | null;
  /**
   * DI-057 Meter Installation Date: ISO 8601 Date/time
   */
  meterInstallationDate: string;
}
/**
 * IF-003 [MSDeAppRM]: Notification of Reverse Migration De-Appointment.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-003-MSDeAppRM.
 */
export interface IF003MSDeAppRMPayload {
  /**
   * MHHS Common Block for IF-003
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-003';
      schemaVersion: '011';
      eventCode: '[MSDeAppRM]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * MHHS Custom Block for IF-003 eventcode MSDeAppRM
   */
  CustomBlock: {
    B013: B013;
    B008: B008;
    B002: B002;
    B095?: B095;
  };
}
/**
 * Metering Service Deappointment Details
 */
export interface B008 {
  /**
   * DI-813 De Appointed Metering Service DIP ID: DIP Participant Id
   */
  deAppointedMeteringServiceDIPID: string;
  /**
   * DI-202 De Appointed Metering Service MPID: Legacy MPID
   */
  deAppointedMeteringServiceMPID: string;
  /**
   * DI-061 Metering Service Effective From Date: ISO 8601 Date/time
   */
  meteringServiceEffectiveFromDate: string;
  /**
   * DI-815 Metering Service Effective To Date: ISO 8601 Date/time
   */
  meteringServiceEffectiveToDate: string;
  /**
   * DI-819 De Appointment Reason Code: A code indicating reason for termination of Service Provider Appointment
   */
  deAppointmentReasonCode: 'CSUPP' | 'CSERV' | 'DEREG' | 'CSEGM' | 'CCONN' | 'IMPEXP' | 'RELATED';
}
/**
 * Reverse Migration Incoming MOP Details
 */
export interface B095 {
  /**
   * DI-501 Reverse Migration Incoming MOP MPID: Legacy MPID
   */
  ReverseMigrationIncomingMOPMPID: string;
  /**
   * DI-502 Reverse Migration Incoming MOP Effective From Date: ISO 8601 Date/time
   */
  ReverseMigrationIncomingMOPEffectiveFromDate: string;
}
/**
 * IF-003 [DSDeAppRM]: Notification of Reverse Migration De-Appointment eventcode DSDeAppRM.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-003-DSDeAppRM.
 */
export interface IF003DSDeAppRMPayload {
  /**
   * MHHS Common Block for IF-003 DSDeAppRM
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-003';
      schemaVersion: '011';
      eventCode: '[DSDeAppRM]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF-003 Custom data block for DSDeAppRM
   */
  CustomBlock: {
    B013: B013;
    B009: B009;
    B002: B002;
    B096?: B096;
  };
}
/**
 * Data Service DeAppointment Details
 */
export interface B009 {
  /**
   * DI-816 De Appointed Data Service DIP ID: DIP Participant Id
   */
  deAppointedDataServiceDIPID: string;
  /**
   * DI-203 De Appointed Data Service MPID: Legacy MPID
   */
  deAppointedDataServiceMPID: string;
  /**
   * DI-023 Data Service Effective From Date: ISO 8601 Date/time
   */
  dataServiceEffectiveFromDate: string;
  /**
   * DI-818 Data Service Effective To Date: ISO 8601 Date/time
   */
  dataServiceEffectiveToDate: string;
  /**
   * DI-819 De Appointment Reason Code: A code indicating reason for termination of Service Provider Appointment
   */
  deAppointmentReasonCode: 'CSUPP' | 'CSERV' | 'DEREG' | 'CSEGM' | 'CCONN' | 'IMPEXP' | 'RELATED';
}
/**
 * Reverse Migration Incoming DC Details
 */
export interface B096 {
  /**
   * DI-503 Reverse Migration Incoming DC MPID: Legacy MPID
   */
  ReverseMigrationIncomingDCMPID: string;
  /**
   * DI-504 Reverse Migration Incoming DC Effective From Date: ISO 8601 Date/time
   */
  ReverseMigrationIncomingDCEffectiveFromDate: string;
}
/**
 * IF-003 [ReverseMigNotification]: Notification of Reverse Migration De-Appointment.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-003-ReverseMigNotification.
 */
export interface IF003ReverseMigNotificationPayload {
  /**
   * MHHS Common Block for IF-033 ReverseMigNotification
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-003';
      schemaVersion: '011';
      eventCode: '[ReverseMigNotification]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF-003 Custom data block for ReverseMigNotification
   */
  CustomBlock: {
    B013: B013;
    B094: B094;
    B002: B002;
  };
}
/**
 * Reverse Migration Notification
 */
export interface B094 {
  /**
   * DI-500 MHHS Regime End Date: ISO 8601 Date/time
   */
  MHHSRegimeEndDate: string;
}
/**
 * IF-004 [CommsHubInfo]: Message - Comms Hub Information.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-004-Payload.
 */
export interface IF004CommsHubInfoPayload {
  /**
   * MHHS Common Block for IF-004
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-004';
      schemaVersion: '011';
      eventCode: '[CommsHubInfo]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF004 Custom data block
   */
  CustomBlock: {
    B093: B093;
  };
}
/**
 * Comms Hub Info
 */
export interface B093 {
  /**
   * DI-195 Comms Hub Activity: Comms Hub Activity Type
   */
  commsHubActivity: '1' | '2' | '3' | '4' | '5';
  /**
   * DI-190 Comms Hub Serial Number: Comms Hub Serial Number
   */
  commsHubSerialNumber: string;
  /**
   * DI-191 Comms Hub GUID: Comms HUB GUID
   */
  commsHubGUID: string;
  /**
   * DI-192 GPF Gas GUID: Comms Hub Associated Gas GUID
   */
  GPFGasGUID: string | null;
  /**
   * DI-193 Comms Hub Installation Date: ISO 8601 Date/time
   */
  commsHubInstallationDate: string | null;
  /**
   * DI-194 Comms Hub FW Version: Comms Hub Firmware Version (if available)
   */
  commsHubFWVersion: string | null;
}
/**
 * IF-005 [MeterInstall]: Message for MeterInstall.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-005-MeterInstall.
 */
export interface IF005MeterInstallPayload {
  /**
   * MHHS Common Block for IF-005
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-005';
      schemaVersion: '011';
      eventCode: '[MeterInstall]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF005 Custom data block
   */
  CustomBlock: {
    B906: B906;
    B030?: B030;
  };
}
/**
 * Meter-Map History
 */
export interface B906 {
  existingMeter: B033;
  /**
   * @minItems 1
   */
  historyMAP: B034[];
}
/**
 * MPAN Meter info
 */
export interface B033 {
  /**
   * DI-056 Meter ID: Meter ID
   */
  meterID: string;
  /**
   * DI-060 Modified Meter ID: Meter ID
   */
  modifiedMeterID: string | null;
  /**
   * DI-059 Meter Type: The type of meter, in relation to its capabilities. E.g. AMR.S1, S2, S2ADE
   */
  meterType:
    | 'CHECK'
    | 'H'
    | 'K'
    | 'LAG_'
    | 'LEAD_'
    | 'MAIN_'
    | 'N'
    | 'NCAMR'
    | 'NSS'
    | 'RCAMR'
    | 'RCAMY'
    | 'S'
    | 'S1'
    | 'S2A'
    | 'S2AD'
    | 'S2ADE'
    | 'S2B'
    | 'S2BD'
    | 'S2BDE'
    | 'S2C'
    | 'S2CD'
    | 'S2CDE'
    | 'SPECL'
    | 'T'
    | '2ADF'
    | '2ADEF'
    | '2AEF'
    | '2AF'
    | '2BF'
    | '2BDF'
    | '2BDEF'
    | '2BEF'
    | '2CDEF'
    | '2CF'
    | '2CDF'
    | '2CEF';
  /**
   * DI-048 Manufacturers Make And Type: The Meter Manufacturer Make and Type
   */
  manufacturersMakeAndType: string | null;
  /**
   * DI-085 ESME GUID: The Smart Device ID for a smart meter.  This is also known as the DCC GUID and is further defined within the DCC interface specifications.
   */
  ESMEGUID: string | null;
  /**
   * DI-090 Meter Location: The actual location of the metering system within the site
   */
  meterLocation:
    | 'A'
    | 'B'
    | 'C'
    | 'D'
    | 'E'
    | 'F'
    | 'G'
    | 'H'
    | 'I'
    | 'J'
    | 'K'
    | 'L'
    | 'M'
    | 'N'
    | 'O'
    | 'P'
    | 'R'
    | 'S'
    | 'T'
    | 'U'
    | 'V'
    | 'W'
    | 'X'
    | 'Y'
    | 'Z';
  /**
   * DI-091 Number Of Displayed Register Digits: Number of digits/dials to the left of the decimal point, of the Cumulative Register.
   */
  numberOfDisplayedRegisterDigits: number | null;
  /**
   * DI-057 Meter Installation Date: ISO 8601 Date/time
   */
  meterInstallationDate: string;
}
/**
 * MAP Info
 */
export interface B034 {
  /**
   * DI-055 Meter Asset Provider ID: The market-wide reference for the provider of the meter equipment.
   */
  meterAssetProviderID: string;
  /**
   * DI-054 Meter Asset Provider Effective From Date: ISO 8601 Date/time
   */
  meterAssetProviderEffectiveFromDate: string;
}
/**
 * IF-005 [MeterRemoval]: Message for MeterRemoval.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-005-MeterRemoval.
 */
export interface IF005MeterRemovalPayload {
  /**
   * MHHS Common Block for IF-005
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-005';
      schemaVersion: '011';
      eventCode: '[MeterRemoval]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF005 Custom data block for MeterRemoval
   */
  CustomBlock: {
    B039: B039;
  };
}
/**
 * Removed Meter Info
 */
export interface B039 {
  /**
   * DI-053 Meter ID Removed: Meter ID
   */
  meterIDRemoved: string;
  /**
   * DI-058 Meter Removal Date: ISO 8601 Date/time
   */
  meterRemovalDate: string | null;
}
/**
 * IF-005 [MeterExchange]: Message for MeterExchange.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-005-MeterExchange.
 */
export interface IF005MeterExchangePayload {
  /**
   * MHHS Common Block for IF-005
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-005';
      schemaVersion: '011';
      eventCode: '[MeterExchange]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF005 Custom data block MeterExchange
   */
  CustomBlock: {
    B906: B906;
    B039: B039;
    B030?: B030;
  };
}
/**
 * IF-005 [MeterUpdate]: Message for MeterUpdate.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-005-MeterUpdate.
 */
export interface IF005MeterUpdatePayload {
  /**
   * MHHS Common Block for IF-005
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-005';
      schemaVersion: '011';
      eventCode: '[MeterUpdate]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF005 Custom data block for MeterUpdate
   */
  CustomBlock: {
    B906: B906A;
    B039?: B039;
    B030?: B030;
  };
}
/**
 * Meter-Map History
 */
export interface B906A {
  existingMeter: B033;
  /**
   * @minItems 1
   */
  historyMAP?: B034[];
}
/**
 * IF-005 [MeterHistoryUpdate]: Message for MeterHistoryUpdate.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-005-MeterHistoryUpdate.
 */
export interface IF005MeterHistoryUpdatePayload {
  /**
   * MHHS Common Block for IF-005
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-005';
      schemaVersion: '011';
      eventCode: '[MeterHistoryUpdate]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF005 Custom data block
   */
  CustomBlock: {
    B906: B906A;
    B039?: B039;
  };
}
/**
 * IF-006 [MeterInstall]: Metering Service MTD Update to Registration.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-006-MeterInstall.
 */
export interface IF006MeterInstallPayload {
  /**
   * MHHS Common Block for IF-006 for MeterInstall
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-006';
      schemaVersion: '011';
      eventCode: '[MeterInstall]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * IF006 Custom data block for MeterInstall
   */
  CustomBlock: {
    B906: B906;
    B030?: B030;
    B905List?: B905[];
  };
}
/**
 * Response Block
 */
export interface R0 {
  /**
   * DI-979 Response Code: Outcome Code associated with a Business Process Action Request
   */
  responseCode: 'A' | 'R' | 'L' | 'W' | 'x';
  /**
   * Response message outcomes
   *
   * Items: DI-980 Status Error Messages: Status/Error messages
   */
  responseMessages: (string | null)[];
}
/**
 * IF-006 [MeterRemoval]: Metering Service MTD Update to Registration.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-006-MeterRemoval.
 */
export interface IF006MeterRemovalPayload {
  /**
   * MHHS Common Block for IF-006
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-006';
      schemaVersion: '011';
      eventCode: '[MeterRemoval]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * IF006 Custom data block for Meter Removal
   */
  CustomBlock: {
    B039: B039;
    B905List?: B905[];
  };
}
/**
 * IF-006 [MeterExchange]: Metering Service MTD Update to Registration.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-006-MeterExchange.
 */
export interface IF006MeterExchangePayload {
  /**
   * MHHS Common Block for IF-006
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-006';
      schemaVersion: '011';
      eventCode: '[MeterExchange]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * IF006 Custom data block for MeterExchange
   */
  CustomBlock: {
    B906: B906;
    B039: B039;
    B030?: B030;
    B905List?: B905[];
  };
}
/**
 * IF-006 [MeterUpdate]: Metering Service MTD Update to Registration.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-006-MeterUpdate.
 */
export interface IF006MeterUpdatePayload {
  /**
   * MHHS Common Block for IF-006
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-006';
      schemaVersion: '011';
      eventCode: '[MeterUpdate]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * IF006 Custom data block for MeterUpdate
   */
  CustomBlock: {
    B906: B906A;
    B030?: B030;
    B039?: B039;
    B905List?: B905[];
  };
}
/**
 * IF-006 [MeterHistoryUpdate]: Metering Service MTD Update to Registration.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-006-MeterHistoryUpdate.
 */
export interface IF006MeterHistoryUpdatePayload {
  /**
   * MHHS Common Block for IF-006 MeterHistoryUpdate
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-006';
      schemaVersion: '011';
      eventCode: '[MeterHistoryUpdate]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * IF006 Custom data block for MeterHistoryUpdate
   */
  CustomBlock: {
    B906: B906A;
    B039?: B039;
    B905List?: B905[];
  };
}
/**
 * IF-007 [EnergisationStatusChange]: Change of Energisation Status.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-007-EnergisationStatusChange.
 */
export interface IF007EnergisationStatusChangePayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-007';
      schemaVersion: '011';
      eventCode: '[EnergisationStatusChange]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF007 Custom data block EnergisationStatusFailure
   */
  CustomBlock: {
    B025: B025;
  };
}
/**
 * IF-007 [EnergisationStatusFailure]: Change of Energisation Status.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-007-EnergisationStatusFailure.
 */
export interface IF007EnergisationStatusFailurePayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-007';
      schemaVersion: '011';
      eventCode: '[EnergisationStatusFailure]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF007 Custom data block EnergisationStatusFailure
   */
  CustomBlock: {
    B040: B040;
  };
}
/**
 * Failed Change to Energisation
 */
export interface B040 {
  /**
   * DI-097 Failure Energise De Energise Reason Code: The reason why the Energisation or De-Energisation has not been carried out.
   */
  failureEnergiseDeEnergiseReasonCode:
    | '01'
    | '02'
    | '03'
    | '05'
    | '07'
    | '08'
    | '09'
    | '10'
    | '11'
    | '12'
    | '13'
    | '14'
    | '15'
    | '16'
    | '17'
    | '18'
    | '19';
  /**
   * DI-096 Site Visit Check Code: A code identifying either nature of checks made/to be made on metering equipment during a site visit or identifying reason for failure to obtain readings.
   */
  siteVisitCheckCode:
    | '01'
    | '02'
    | '03'
    | '04'
    | '05'
    | '06'
    | '07'
    | '08'
    | '09'
    | '10'
    | '11'
    | '13'
    | '14'
    | '15'
    | '16'
    | '17'
    | '18'
    | '19'
    | '20'
    | '21'
    | '22'
    | '23'
    | '24'
    | '25'
    | '26'
    | '27'
    | '28'
    | '29'
    | '30'
    | '31'
    | '32'
    | '33'
    | '34'
    | '35'
    | '36'
    | '37'
    | '38'
    | '39'
    | '40'
    | '41'
    | '42'
    | '43'
    | '44'
    | '50'
    | '51'
    | '52'
    | '53'
    | '54'
    | '55'
    | '56'
    | '57'
    | '58'
    | '88'
    | '89'
    | null;
  /**
   * DI-092 Nature of Maintenance Energisation Status: Free text field for maintenance information
   */
  natureofMaintenanceEnergisationStatus: string | null;
  /**
   * DI-093 Additional Information SiteVisit: Free text field for site information
   */
  additionalInformationSiteVisit: string | null;
}
/**
 * IF-008 [EnergisationStatusChange]: Registration Service Change of Energisation Status Notification.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-008-Payload.
 */
export interface IF008EnergisationStatusChangePayload {
  /**
   * MHHS Common Block for IF-008
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-008';
      schemaVersion: '011';
      eventCode: '[EnergisationStatusChange]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * IF008 Custom data block
   */
  CustomBlock: {
    B025: B025;
  };
}
/**
 * IF-009 [MPANDisconnection]: Registration Service CSS De-Registration Notification.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-009-MPANDisconnection.
 */
export interface IF009MPANDisconnectionPayload {
  /**
   * MHHS Common Block for IF-009
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-009';
      schemaVersion: '011';
      eventCode: '[MPANDisconnection]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF009 Custom data block
   */
  CustomBlock: {
    B041: B041;
  };
}
/**
 * Disconnection Info
 */
export interface B041 {
  /**
   * DI-027 Disconnection Effective From Date: ISO 8601 Date/time
   */
  disconnectionEffectiveFromDate: string;
  /**
   * DI-120 Additional Information: A free format character string for providing additional details.
   */
  additionalInformation: string | null;
}
/**
 * IF-009 [MPANReconnection]: Registration Service CSS De-Registration Notification.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-009-MPANReconnection.
 */
export interface IF009MPANReconnectionPayload {
  /**
   * MHHS Common Block for IF-009 MPAN Reconnection
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-009';
      schemaVersion: '011';
      eventCode: '[MPANReconnection]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF009 Custom data block MPAN Reconnection
   */
  CustomBlock: {
    B098: B098;
  };
}
/**
 * Reconnection Date
 */
export interface B098 {
  /**
   * DI-028 Reconnection Effective From Date: ISO 8601 Date/time
   */
  reconnectionEffectiveFromDate: string;
}
/**
 * IF-009 [CSSDeRegistration]: Registration Service CSS De-Registration Notification.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-009-CSSDeRegistration.
 */
export interface IF009CSSDeRegistrationPayload {
  /**
   * MHHS Common Block for IF-009 for CSSDeRegistration
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-009';
      schemaVersion: '011';
      eventCode: '[CSSDeRegistration]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF009 Custom data block CSSDeRegistration
   */
  CustomBlock: {
    B042: B042;
  };
}
/**
 * CSS De-Registration
 */
export interface B042 {
  /**
   * DI-077 CSS RMP DeActivation Date: ISO 8601 Date/time
   */
  CSSMPANDeRegistrationDate: string;
}
/**
 * IF-013 [ActivePowerDefaulted]: Notification of Defaulted UTC Settlement Period Consumption Data.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-013-Payload.
 */
export interface IF013ActivePowerDefaultedPayload {
  /**
   * MHHS Common Block for IF-013
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-013';
      schemaVersion: '011';
      eventCode: '[ActivePowerDefaulted]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF013 Custom data block
   */
  CustomBlock: {
    B043: B043;
    B049: B049;
    B067: B067;
    B920List: B920[];
  };
}
/**
 * Settlement Impacted Parties
 */
export interface B043 {
  /**
   * DI-155 Settlement Impacted Data Service DIP ID: DIP Participant Id
   */
  settlementImpactedDataServiceDIPID: string;
  /**
   * DI-157 Settlement Impacted Supplier DIP ID: DIP Participant Id
   */
  settlementImpactedSupplierDIPID: string;
}
/**
 * Settlement Period Run Info
 */
export interface B049 {
  /**
   * DI-159 Settlement Run Execution Date: ISO 8601 Date/time
   */
  settlementRunExecutionDate: string;
  /**
   * DI-160 Settlement Code: A code which, together with the Settlement Date, identifies a Settlement published in the Settlement Timetable. It identifies the type of Settlement.
   */
  settlementCode: 'SF' | 'R1' | 'R2' | 'R3' | 'RF' | 'DR' | 'DF' | 'II';
  /**
   * DI-161 Run Number: The identifier, unique within an Agent system, which identifies a run of that system.
   */
  runNumber: number;
}
/**
 * Connection Type
 */
export interface B067 {
  /**
   * DI-015 Connection Type Indicator: A code to indicate the type of connection.
   */
  connectionTypeIndicator: 'W' | 'L' | 'H' | 'E' | 'U';
  /**
   * DI-016 Connection Type Indicator Effective From Date: ISO 8601 Date/time
   */
  connectionTypeEffectiveFromDate: string;
}
/**
 * MQID (B045) Settlement Day Consumption periods with default (B901)
 */
export interface B920 {
  MQID: B050;
  /**
   * @minItems 1
   */
  settlementDayConsumptionPeriods: B922[];
}
/**
 * CCC Determination Data
 */
export interface B050 {
  /**
   * DI-052 Measurement Quantity ID: Identifies the type of the quantity that is measured by the Settlement Period Value.
   */
  measurementQuantityID: 'AI' | 'AE' | 'RI' | 'RE';
  /**
   * DI-050 Market Segment Indicator: An enumeration of Smart/Advanced/Unmetered.
   */
  marketSegmentIndicator: 'U' | 'S' | 'A';
  /**
   * DI-030 Domestic Premise Indicator: A flag that indicates if the MPAN of the registration appointment is used to identify a domestic premises.
   */
  domesticPremiseIndicator: boolean;
  /**
   * DI-300 Consumption Component Class ID: The reference number for a consumption component class.
   */
  consumptionComponentClassID: number;
  /**
   * DI-080 Consumption Component Indicator: The consumption component indictor
   */
  consumptionComponentIndicator: 'C' | 'L';
}
/**
 * Settlement Day (B046) and defaulted data (B048)
 */
export interface B922 {
  settlementDay: B046;
  /**
   * @minItems 1
   */
  defaultedConsumptionPeriods: B048[];
}
/**
 * Settlement Day
 */
export interface B046 {
  /**
   * DI-101 Settlement Day Date: ISO 8601 Date/time
   */
  settlementDayDate: string;
  /**
   * DI-081 Settlement Period Duration: The settlement period duration in minutes.
   */
  periodDuration: number;
}
/**
 * Settlement Period Consumption Defaulted Data
 */
export interface B048 {
  /**
   * DI-082 Settlement Period Effective To DateTime: ISO 8601 Date/time
   */
  settlementPeriodEffectiveToDateTime: string;
  /**
   * DI-153 Defaulted SP Consumption: kWh Consumption (9,3) format - leading
   */
  defaultedSPConsumption: string;
  /**
   * DI-154 Default Load Shape Flag: Flag incicating nature / quality of LS used for determining Defaulted Consumption for SP
   */
  defaultLoadShapeFlag: 'A' | 'D' | 'E' | 'B';
}
/**
 * IF-014 [ActivePowerRejected]: Rejected - UTC Settlement Period Consumption Data.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-014-Payload.
 */
export interface IF014ActivePowerRejectedPayload {
  /**
   * MHHS Common Block for IF-014
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-014';
      schemaVersion: '011';
      eventCode: '[ActivePowerRejected]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  CustomBlock: IF014PayloadCustomBlock;
}
/**
 * IF014 Custom data block
 */
export interface IF014PayloadCustomBlock {
  B044: B044;
  B067: B067;
  B900: B900;
}
/**
 * Issuing Data Service
 */
export interface B044 {
  /**
   * DI-845 Issuing Data Service DIP ID: DIP Participant Id
   */
  issuingDataServiceDIPID: string;
}
/**
 * MQID (B045) Settlement Day Consumption periods (B901)
 */
export interface B900 {
  MQID: B045;
  /**
   * @minItems 1
   * @maxItems 200
   */
  settlementDayConsumptionPeriods: B901[];
}
/**
 * MQ ID
 */
export interface B045 {
  /**
   * DI-052 Measurement Quantity ID: Identifies the type of the quantity that is measured by the Settlement Period Value.
   */
  measurementQuantityID: 'AI' | 'AE' | 'RI' | 'RE';
}
/**
 * Settlement Day (B046) - SP consumption data (multiple child) block (B047)
 */
export interface B901 {
  settlementDay: B046;
  /**
   * @minItems 1
   * @maxItems 48
   */
  consumptionPeriods: B047[];
}
/**
 * Settlement Period Consumption Data
 */
export interface B047 {
  /**
   * DI-082 Settlement Period Effective To DateTime: ISO 8601 Date/time
   */
  sp: string;
  /**
   * DI-147 Period Consumption Value: kWh Consumption (9,3) format - leading
   */
  v: string;
  /**
   * DI-083 Settlement Period Quality Indicator: Describes if the Settlement Period Value is an actual or an estimate.
   */
  q:
    | 'A'
    | 'E'
    | 'E0'
    | 'E1'
    | 'E2'
    | 'E3'
    | 'E4'
    | 'E5'
    | 'E6'
    | 'E7'
    | 'E8'
    | 'E9'
    | 'ZE'
    | 'ZE1'
    | 'ZE2'
    | 'ZE3'
    | 'A1'
    | 'A2'
    | 'A3'
    | 'AAE1'
    | 'AAE2'
    | 'AAE3'
    | 'EAE1'
    | 'EAE2'
    | 'EAE3'
    | 'EA1'
    | 'EA2'
    | 'EA3'
    | 'EA4'
    | 'EA5'
    | 'EA6'
    | 'EA7'
    | 'EA8'
    | 'EA9'
    | 'EA10'
    | 'EA11'
    | 'EA12'
    | 'EA13';
  /**
   * DI-076 Estimation Reason Code: Used inconjunction with Settlement Period Quality Indicator to explain why data has been estimated
   */
  e: '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '10' | null;
  /**
   * DI-166 Supplier Consumption Amendment Reason Code: Consumption Amendment Reason Code
   */
  arc: 'A' | 'E' | 'M' | 'R' | 'S' | 'T' | 'X' | null;
}
/**
 * IF-014 [ConsumptionOnDeEnergisedMPAN]: Rejected - UTC Settlement Period Consumption Data.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-014-Payload.
 */
export interface IF014ConsumptionOnDeEnergisedMPANPayload {
  /**
   * MHHS Common Block for IF-014
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-014';
      schemaVersion: '011';
      eventCode: '[ConsumptionOnDeEnergisedMPAN]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  CustomBlock: IF014PayloadCustomBlock;
}
/**
 * IF-015 [ConsumptionReplay]: Request Historic Consumption Replay (ADV Sites Only).
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-015-Payload.
 */
export interface IF015ConsumptionReplayPayload {
  /**
   * MHHS Common Block for IF-015
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-015';
      schemaVersion: '011';
      eventCode: '[ConsumptionReplay]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
}
/**
 * IF-016 [ActivePower]: UTC Settlement Period Consumption Data - REPLAY.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-016-ActivePower.
 */
export interface IF016ActivePowerPayload {
  /**
   * MHHS Common Block for IF-016 Active Power
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-016';
      schemaVersion: '011';
      eventCode: '[ActivePower]';
    };
    S1: S1;
    S2: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R1: R0;
  };
  /**
   * IF01 copy of IF021 Custom data block
   */
  CustomBlock: {
    B044: B044;
    B067: B067;
    B900: B900;
  };
}
/**
 * IF-016 [ReactivePower]: UTC Settlement Period Consumption Data - REPLAY.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-016-ReactivePower.
 */
export interface IF016ReactivePowerPayload {
  /**
   * MHHS Common Block for IF-016 Reactive Power
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-016';
      schemaVersion: '011';
      eventCode: '[ReactivePower]';
    };
    S1: S1;
    S2: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R1: R0;
  };
  /**
   * Copy of IF021 Custom data block
   */
  CustomBlock: {
    B044: B044;
    B067: B067;
    B900: B900;
  };
}
/**
 * IF-016 [ActivePowerRejected]: UTC Settlement Period Consumption Data - REPLAY.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-016-ActivePowerRejected.
 */
export interface IF016ActivePowerRejectedPayload {
  /**
   * Copy of MHHS Common Block for IF-016
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-016';
      schemaVersion: '011';
      eventCode: '[ActivePowerRejected]';
    };
    S1: S1;
    S2: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
    R1: R0;
  };
  /**
   * Copy of IF014 Custom data block
   */
  CustomBlock: {
    B044: B044;
    B067: B067;
    B900: B900;
  };
}
/**
 * IF-016 [ActivePowerDefaulted]: UTC Settlement Period Consumption Data - REPLAY.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-016-ActivePowerDefaulted.
 */
export interface IF016ActivePowerDefaultedPayload {
  /**
   * Copy of MHHS Common Block for IF-013
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-016';
      schemaVersion: '011';
      eventCode: '[ActivePowerDefaulted]';
    };
    S1: S1;
    S2: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R1: R0;
  };
  /**
   * Copy of IF013 Custom data block
   */
  CustomBlock: {
    B043: B043;
    B049: B049;
    B067: B067;
    B920List: B920[];
  };
}
/**
 * IF-016 [ConsumptionRequestRejected]: UTC Settlement Period Consumption Data - REPLAY.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-016-ConsumptionRequestRejected.
 */
export interface IF016ConsumptionRequestRejectedPayload {
  /**
   * IF-016 ConsumptionRequestRejected
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-016';
      schemaVersion: '011';
      eventCode: '[ConsumptionRequestRejected]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R1: R0;
  };
}
/**
 * IF-018 [AddressChg]: Notification of Registration Data Item Changes.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-018-AddressChg.
 */
export interface IF018AddressChgPayload {
  /**
   * MHHS Common Block for IF-018
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-018';
      schemaVersion: '011';
      eventCode: '[AddressChg]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF018 Custom data block
   */
  CustomBlock: {
    B013?: B013;
    B001: B001;
    B022: B022;
  };
}
/**
 * GSP Effective From
 */
export interface B001 {
  /**
   * DI-036 GSP Group Effective From Date: ISO 8601 Date/time
   */
  GSPGroupEffectiveFromDate: string;
}
/**
 * IF-018 [GSPChg]: Notification of Registration Data Item Changes.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-018-GSPChg.
 */
export interface IF018GSPChgPayload {
  /**
   * MHHS Common Block for IF-018
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-018';
      schemaVersion: '011';
      eventCode: '[GSPChg]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF018 Custom data block
   */
  CustomBlock: {
    B013?: B013;
    B001: B001;
    B022: B022;
  };
}
/**
 * IF-018 [DomPremInd]: Notification of Registration Data Item Changes.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-018-DomPremInd.
 */
export interface IF018DomPremIndPayload {
  /**
   * MHHS Common Block for IF-018 for DomPremInd
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-018';
      schemaVersion: '011';
      eventCode: '[DomPremInd]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF018 Custom data block for DomPremInd
   */
  CustomBlock: {
    B013?: B013;
    B028: B028;
  };
}
/**
 * MPAN Dom Premise Indicator
 */
export interface B028 {
  /**
   * DI-030 Domestic Premise Indicator: A flag that indicates if the MPAN of the registration appointment is used to identify a domestic premises.
   */
  domesticPremiseIndicator: boolean;
  /**
   * DI-032 Domestic Premise Indicator Effective From Date: ISO 8601 Date/time
   */
  domesticPremiseIndicatorEffectiveFromDate: string;
}
/**
 * IF-018 [DUOSTariffIDChg]: Notification of Registration Data Item Changes.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-018-DUOSTariffIDChg.
 */
export interface IF018DUOSTariffIDChgPayload {
  /**
   * MHHS Common Block for IF-018
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-018';
      schemaVersion: '011';
      eventCode: '[DUOSTariffIDChg]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF018 Custom data block
   */
  CustomBlock: {
    B013?: B013;
    B024: B024;
  };
}
/**
 * IF-018 [EnergyDirection]: Notification of Registration Data Item Changes.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-018-EnergyDirection.
 */
export interface IF018EnergyDirectionPayload {
  /**
   * MHHS Common Block for IF-018
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-018';
      schemaVersion: '011';
      eventCode: '[EnergyDirection]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF018 Custom data block for event codes EnergyDirection
   */
  CustomBlock: {
    B013?: B013;
    B023: B023;
  };
}
/**
 * IF-018 [DCCEnrolment]: Notification of Registration Data Item Changes.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-018-DCCEnrolment.
 */
export interface IF018DCCEnrolmentPayload {
  /**
   * MHHS Common Block for IF-018
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-018';
      schemaVersion: '011';
      eventCode: '[DCCEnrolment]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF018 Custom data block
   */
  CustomBlock: {
    B013?: B013;
    B029: B029;
  };
}
/**
 * IF-018 [MUMIndicator]: Notification of Registration Data Item Changes.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-018-MUMIndicator.
 */
export interface IF018MUMIndicatorPayload {
  /**
   * MHHS Common Block for IF-018
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-018';
      schemaVersion: '011';
      eventCode: '[MUMIndicator]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF018 Custom data block for event codes  MUMIndicator
   */
  CustomBlock: {
    B013?: B013;
    B023: B023;
  };
}
/**
 * IF-019 [LinkedImportExportCreate]: Manage Meterpoint Relationships.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-019-Payload.
 */
export interface IF019LinkedImportExportCreatePayload {
  /**
   * MHHS Common Block for IF-019
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-019';
      schemaVersion: '011';
      eventCode: '[LinkedImportExportCreate]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M1: M1;
  };
  CustomBlock: IF019PayloadCustomBlock;
}
/**
 * Principal MPAN
 */
export interface M1 {
  /**
   * DI-073 Principal MPAN: MPAN Core
   */
  principalMPAN: string;
  /**
   * DI-108 Distributor DIP ID: DIP Participant Id
   */
  distributorDIPID: string;
  /**
   * DI-037 GSP Group ID: Identifies the distinct grid supply point group (physical region of the country) where the metering point is located.
   */
  GSPGroupID: '_A' | '_B' | '_C' | '_D' | '_E' | '_F' | '_G' | '_H' | '_J' | '_K' | '_L' | '_M' | '_N' | '_P';
}
/**
 * IF019 Custom data block
 */
export interface IF019PayloadCustomBlock {
  B090List: B090[];
  B091?: B091;
}
/**
 * Subsidiary MPAN
 */
export interface B090 {
  /**
   * DI-074 Subsidiary MPAN: MPAN Core
   */
  subsidiaryMPAN: string;
}
/**
 * MPAN  Relationship Additional Infromation
 */
export interface B091 {
  /**
   * DI-120 Additional Information: A free format character string for providing additional details.
   */
  additionalInformation: string | null;
}
/**
 * IF-019 [LinkedImportExportAdd]: Manage Meterpoint Relationships.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-019-Payload.
 */
export interface IF019LinkedImportExportAddPayload {
  /**
   * MHHS Common Block for IF-019
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-019';
      schemaVersion: '011';
      eventCode: '[LinkedImportExportAdd]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M1: M1;
  };
  CustomBlock: IF019PayloadCustomBlock;
}
/**
 * IF-019 [LinkedImportExportRemove]: Manage Meterpoint Relationships.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-019-Payload.
 */
export interface IF019LinkedImportExportRemovePayload {
  /**
   * MHHS Common Block for IF-019
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-019';
      schemaVersion: '011';
      eventCode: '[LinkedImportExportRemove]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M1: M1;
  };
  CustomBlock: IF019PayloadCustomBlock;
}
/**
 * IF-019 [RelatedCreate]: Manage Meterpoint Relationships.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-019-Payload.
 */
export interface IF019RelatedCreatePayload {
  /**
   * MHHS Common Block for IF-019
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-019';
      schemaVersion: '011';
      eventCode: '[RelatedCreate]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M1: M1;
  };
  CustomBlock: IF019PayloadCustomBlock;
}
/**
 * IF-019 [RelatedAdd]: Manage Meterpoint Relationships.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-019-Payload.
 */
export interface IF019RelatedAddPayload {
  /**
   * MHHS Common Block for IF-019
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-019';
      schemaVersion: '011';
      eventCode: '[RelatedAdd]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M1: M1;
  };
  CustomBlock: IF019PayloadCustomBlock;
}
/**
 * IF-019 [RelatedRemove]: Manage Meterpoint Relationships.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-019-Payload.
 */
export interface IF019RelatedRemovePayload {
  /**
   * MHHS Common Block for IF-019
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-019';
      schemaVersion: '011';
      eventCode: '[RelatedRemove]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M1: M1;
  };
  CustomBlock: IF019PayloadCustomBlock;
}
/**
 * IF-020 [LinkedImportExportCreate]: Manage Meterpoint Relationships Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-020-LinkedImportExportCreate.
 */
export interface IF020LinkedImportExportCreatePayload {
  /**
   * MHHS Common Block for IF-020-LinkedImportExportCreate
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-020';
      schemaVersion: '011';
      eventCode: '[LinkedImportExportCreate]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M1: M1;
    R0: R0;
  };
  /**
   * IF020 Custom data block
   */
  CustomBlock: {
    B090List: B090[];
    B091?: B091;
    B907List?: B907[];
  };
}
/**
 * IF-020 [LinkedImportExportAdd]: Manage Meterpoint Relationships Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-020-LinkedImportExportAdd.
 */
export interface IF020LinkedImportExportAddPayload {
  /**
   * MHHS Common Block for IF-020-LinkedImportExportCreate
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-020';
      schemaVersion: '011';
      eventCode: '[LinkedImportExportAdd]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M1: M1;
    R0: R0;
  };
  /**
   * IF020 Custom data block
   */
  CustomBlock: {
    B090List: B090[];
    B091?: B091;
    B907List?: B907[];
  };
}
/**
 * IF-020 [LinkedImportExportRemove]: Manage Meterpoint Relationships Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-020-LinkedImportExportRemove.
 */
export interface IF020LinkedImportExportRemovePayload {
  /**
   * MHHS Common Block for IF-020-LinkedImportExportCreate
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-020';
      schemaVersion: '011';
      eventCode: '[LinkedImportExportRemove]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M1: M1;
    R0: R0;
  };
  /**
   * IF020 Custom data block
   */
  CustomBlock: {
    B090List: B090[];
    B091?: B091;
    B907List?: B907[];
  };
}
/**
 * IF-020 [RelatedCreate]: Manage Meterpoint Relationships Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-020-RelatedCreate.
 */
export interface IF020RelatedCreatePayload {
  /**
   * MHHS Common Block for IF-020-LinkedImportExportCreate
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-020';
      schemaVersion: '011';
      eventCode: '[RelatedCreate]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M1: M1;
    R0: R0;
  };
  /**
   * IF020 Custom data block
   */
  CustomBlock: {
    B090List: B090[];
    B091?: B091;
  };
}
/**
 * IF-020 [RelatedAdd]: Manage Meterpoint Relationships Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-020-RelatedAdd.
 */
export interface IF020RelatedAddPayload {
  /**
   * MHHS Common Block for IF-020-LinkedImportExportCreate
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-020';
      schemaVersion: '011';
      eventCode: '[RelatedAdd]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M1: M1;
    R0: R0;
  };
  /**
   * IF020 Custom data block
   */
  CustomBlock: {
    B090List: B090[];
    B091?: B091;
  };
}
/**
 * IF-020 [RelatedRemove]: Manage Meterpoint Relationships Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-020-RelatedRemove.
 */
export interface IF020RelatedRemovePayload {
  /**
   * MHHS Common Block for IF-020-LinkedImportExportCreate
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-020';
      schemaVersion: '011';
      eventCode: '[RelatedRemove]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M1: M1;
    R0: R0;
  };
  /**
   * IF020 Custom data block
   */
  CustomBlock: {
    B090List: B090[];
    B091?: B091;
  };
}
/**
 * IF-021 [ActivePower]: UTC Settlement Period Consumption Data.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-021-Payload.
 */
export interface IF021ActivePowerPayload {
  /**
   * MHHS Common Block for IF-021
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-021';
      schemaVersion: '011';
      eventCode: '[ActivePower]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF021PayloadCustomBlock;
}
/**
 * IF021 Custom data block
 */
export interface IF021PayloadCustomBlock {
  B044: B044;
  B067: B067;
  B900: B900;
}
/**
 * IF-021 [ReactivePower]: UTC Settlement Period Consumption Data.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-021-Payload.
 */
export interface IF021ReactivePowerPayload {
  /**
   * MHHS Common Block for IF-021
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-021';
      schemaVersion: '011';
      eventCode: '[ReactivePower]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF021PayloadCustomBlock;
}
/**
 * IF-022 [LSSPeriodData]: Load Shape Period Data.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-022-Payload.
 */
export interface IF022LSSPeriodDataPayload {
  /**
   * MHHS Common Block for IF-022
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-022';
      schemaVersion: '011';
      eventCode: '[LSSPeriodData]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * IF022 Custom data block
   */
  CustomBlock: {
    /**
     * Load shape data (periods)
     */
    B903List: B903[];
  };
}
/**
 * Load shaping  SP
 */
export interface B903 {
  settlementDay?: B046;
  /**
   * @minItems 1
   */
  LSGSettlementPeriods?: B904[];
}
/**
 * Load shaping child record SP
 */
export interface B904 {
  LSGroup?: B051;
  /**
   * @minItems 1
   */
  LSGroupSettlementPeriods?: B052[];
}
/**
 * LS Criteria / Grouping
 */
export interface B051 {
  /**
   * DI-039 Load Shape GSP Group ID: The GSP Group ID assoicated with the Load Shape
   */
  loadShapeGSPGroupID:
    '_A' | '_B' | '_C' | '_D' | '_E' | '_F' | '_G' | '_H' | '_J' | '_K' | '_L' | '_M' | '_N' | '_P' | null;
  /**
   * DI-015 Connection Type Indicator: A code to indicate the type of connection.
   */
  connectionTypeIndicator: 'W' | 'L' | 'H' | 'E' | 'U';
  /**
   * DI-050 Market Segment Indicator: An enumeration of Smart/Advanced/Unmetered.
   */
  marketSegmentIndicator: 'U' | 'S' | 'A';
  /**
   * DI-031 Load Shape Domestic Premise Indicator: The Domestic Premises Indicator associated with the Load Shape
   */
  loadShapeDomesticPremiseIndicator: 'T' | 'F' | null;
  /**
   * DI-052 Measurement Quantity ID: Identifies the type of the quantity that is measured by the Settlement Period Value.
   */
  measurementQuantityID: 'AI' | 'AE' | 'RI' | 'RE';
}
/**
 * LS SP Info
 */
export interface B052 {
  /**
   * DI-082 Settlement Period Effective To DateTime: ISO 8601 Date/time
   */
  sp: string;
  /**
   * DI-102 Load Shape Period Value: kWh Consumption (9,3) format - leading
   */
  loadShapePeriodValue: string;
  /**
   * DI-154 Default Load Shape Flag: Flag incicating nature / quality of LS used for determining Defaulted Consumption for SP
   */
  defaultLoadShapeFlag: 'A' | 'D' | 'E' | 'B';
}
/**
 * IF-023 [LSSTotalsData]: Load Shape Total Data.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-023-Payload.
 */
export interface IF023LSSTotalsDataPayload {
  /**
   * MHHS Common Block for IF-023
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-023';
      schemaVersion: '011';
      eventCode: '[LSSTotalsData]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * IF023 Custom data block
   */
  CustomBlock: {
    /**
     * Load shape data (totals)
     */
    B912List: B912[];
  };
}
/**
 * Load shaping Totals
 */
export interface B912 {
  settlementDay?: B046;
  /**
   * @minItems 1
   */
  LSGTotals?: B913[];
}
/**
 * Load shaping child record Totals
 */
export interface B913 {
  LSGroup?: B051;
  LSAnnualConsumption?: B054;
  /**
   * @minItems 1
   */
  LSTTotals?: B053[];
}
/**
 * LS Annual Consumption
 */
export interface B054 {
  /**
   * DI-040 Annual Load Shape Total: kWh Consumption (9,3) format - leading
   */
  annualLoadShapeTotal: string;
}
/**
 * LS Total Info
 */
export interface B053 {
  /**
   * DI-046 Load Shape Day Total: kWh Consumption (9,3) format - leading
   */
  loadShapeDayTotal: string;
  /**
   * DI-045 Load Shape Day Peak Total: kWh Consumption (9,3) format
   */
  loadShapeDayPeakTotal: string | null;
  /**
   * DI-044 Load Shape Day Off Peak Total: kWh Consumption (9,3) format
   */
  loadShapeDayOffPeakTotal: string | null;
  /**
   * DI-043 Load Shape 7 Day Rolling Total: kWh Consumption (9,3) format - leading
   */
  loadShape7DayRollingTotal: string;
  /**
   * DI-042 Load Shape 7 Day Rolling Peak Total: kWh Consumption (9,3) format
   */
  loadShape7DayRollingPeakTotal: string | null;
  /**
   * DI-041 Load Shape 7 Day Rolling Off Peak Total: kWh Consumption (9,3) format
   */
  loadShape7DayRollingOffPeakTotal: string | null;
}
/**
 * IF-024 [SN-Vacant]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-024-SN-Vacant.
 */
export interface IF024SNVacantPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-024';
      schemaVersion: '011';
      eventCode: '[SN-Vacant]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF024 Custom data block
   */
  CustomBlock: {
    B057: B057;
  };
}
/**
 * Supplier Notifcation Info
 */
export interface B057 {
  /**
   * DI-100 Supplier Notification Effective From Date: ISO 8601 Date/time
   */
  supplierNotificationEffectiveFromDate: string;
  /**
   * DI-098 Supplier Notification Expiry Date: ISO 8601 Date/time
   */
  supplierNotificationExpiryDate: string | null;
  /**
   * DI-120 Additional Information: A free format character string for providing additional details.
   */
  additionalInformation: string | null;
}
/**
 * IF-024 [SN-NoComms]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-024-SN-NoComms.
 */
export interface IF024SNNoCommsPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-024';
      schemaVersion: '011';
      eventCode: '[SN-NoComms]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF024 Custom data block
   */
  CustomBlock: {
    B057: B057;
  };
}
/**
 * IF-024 [SN-RemoteEnabled]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-024-SN-RemoteEnabled.
 */
export interface IF024SNRemoteEnabledPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-024';
      schemaVersion: '011';
      eventCode: '[SN-RemoteEnabled]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF024-SN-RemoteEnabled Custom data block
   */
  CustomBlock: {
    B057: B057;
    B069: B069;
  };
}
/**
 * Supplier Advisory Notification Meter ID ( Mandatory for SN-RemoteEnabled and SN-RemoteDisabled)
 */
export interface B069 {
  /**
   * DI-056 Meter ID: Meter ID
   */
  meterID: string;
}
/**
 * IF-024 [SN-RemoteDisabled]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-024-SN-RemoteDisabled.
 */
export interface IF024SNRemoteDisabledPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-024';
      schemaVersion: '011';
      eventCode: '[SN-RemoteDisabled]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF-024 SN-RemoteDisabled Custom data block
   */
  CustomBlock: {
    B057: B057;
    B069: B069;
  };
}
/**
 * IF-024 [SN-SupplierAC]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-024-SN-SupplierAC.
 */
export interface IF024SNSupplierACPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-024';
      schemaVersion: '011';
      eventCode: '[SN-SupplierAC]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF024-SN-SupplierAC Custom data block
   */
  CustomBlock: {
    B057: B057;
    B058: B058;
  };
}
/**
 * Supplier SNAC
 */
export interface B058 {
  /**
   * DI-152 Supplier Nominated Annual Consumption: kWh Consumption (9,3) format - leading
   */
  supplierNominatedAnnualConsumption: string;
}
/**
 * IF-024 [SN-OffPeakDec]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-024-SN-OffPeakDec.
 */
export interface IF024SNOffPeakDecPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-024';
      schemaVersion: '011';
      eventCode: '[SN-OffPeakDec]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF024 Custom data block for SN-OffPeakDec
   */
  CustomBlock: {
    B097List: B097[];
  };
}
/**
 * Offpeak Declaration
 */
export interface B097 {
  /**
   * DI-510 Offpeak Declaration Date: ISO 8601 Date/time
   */
  offPeakDeclarationDate: string;
  /**
   * DI-511 Offpeak Declaration Proportion: Supplier defined OffPeak usage proportion
   */
  offPeakDeclarationProportion: number;
}
/**
 * IF-025 [ConsentGranularity]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-025-ConsentGranularity.
 */
export interface IF025ConsentGranularityPayload {
  /**
   * MHHS Common Block for IF-025
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-025';
      schemaVersion: '011';
      eventCode: '[ConsentGranularity]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF025 Custom data block
   */
  CustomBlock: {
    B013?: B013;
    B068: B068;
  };
}
/**
 * MPAN Consent Info
 */
export interface B068 {
  /**
   * DI-017 Consent Granularity: Describes the granularity of energy settlement data that a customer has deemed to have consented to.
   */
  consentGranularity: 'H' | 'D' | 'M' | 'N' | 'x';
  /**
   * DI-018 Consent Granularity Effective From Date: ISO 8601 Date/time
   */
  consentGranularityEffectiveFromDate: string;
}
/**
 * IF-025 [IHDInfo]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-025-IHDInfo.
 */
export interface IF025IHDInfoPayload {
  /**
   * MHHS Common Block for IF-025
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-025';
      schemaVersion: '011';
      eventCode: '[IHDInfo]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF025 Custom data block
   */
  CustomBlock: {
    B013?: B013;
    B030: B030;
  };
}
/**
 * IF-025 [SMSO]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-025-SMSO.
 */
export interface IF025SMSOPayload {
  /**
   * MHHS Common Block for IF-025
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-025';
      schemaVersion: '011';
      eventCode: '[SMSO]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF025 Custom data block
   */
  CustomBlock: {
    B013?: B013;
    B031: B031;
  };
}
/**
 * IF-025 [SSCandProfileClass]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-025-SSCandProfileClass.
 */
export interface IF025SSCandProfileClassPayload {
  /**
   * MHHS Common Block for IF-025
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-025';
      schemaVersion: '011';
      eventCode: '[SSCandProfileClass]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF025 Custom data block
   */
  CustomBlock: {
    B013?: B013;
    B032: B032;
  };
}
/**
 * IF-026 [ConsentGranularity]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-026-ConsentGranularity.
 */
export interface IF026ConsentGranularityPayload {
  /**
   * MHHS Common Block for IF-026
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-026';
      schemaVersion: '011';
      eventCode: '[ConsentGranularity]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * IF-026 Custom data block for Consent Granularity
   */
  CustomBlock: {
    B013?: B013;
    B068: B068;
  };
}
/**
 * IF-026 [IHDInfo]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-026-IHDInfo.
 */
export interface IF026IHDInfoPayload {
  /**
   * MHHS Common Block for IF-026 for IHDInfo
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-026';
      schemaVersion: '011';
      eventCode: '[IHDInfo]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * IF-026 Custom data block for IHDInfo
   */
  CustomBlock: {
    B013?: B013;
    B030: B030;
  };
}
/**
 * IF-026 [SMSO]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-026-SMSO.
 */
export interface IF026SMSOPayload {
  /**
   * MHHS Common Block for IF-026 for SMSO
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-026';
      schemaVersion: '011';
      eventCode: '[SMSO]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * IF-026 Custom data block for SMSO
   */
  CustomBlock: {
    B013?: B013;
    B031: B031;
  };
}
/**
 * IF-026 [SSCandProfileClass]: Supplier Advisory Notification to Data Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-026-SSCandProfileClass.
 */
export interface IF026SSCandProfileClassPayload {
  /**
   * MHHS Common Block for IF-026 for SSCandProfileClass
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-026';
      schemaVersion: '011';
      eventCode: '[SSCandProfileClass]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * IF-026 Custom data block for SSCandProfileClass
   */
  CustomBlock: {
    B013?: B013;
    B032: B032;
  };
}
/**
 * IF-027 [ConsumptionAmendment]: Supplier Consumption Amendment Request.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-027-Payload.
 */
export interface IF027ConsumptionAmendmentPayload {
  /**
   * MHHS Common Block for IF-027
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-027';
      schemaVersion: '011';
      eventCode: '[ConsumptionAmendment]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF027 Custom data block
   */
  CustomBlock: {
    /**
     * MQID (B045) Supplier Consumption Ammendment Requests
     */
    B902List: B902[];
  };
}
/**
 * MQID (B045) Supplier Consumption Amendment Requests  (B073)
 */
export interface B902 {
  MQID: B045;
  /**
   * @minItems 1
   */
  supplierConsumptionAmendmentRequests: B073[];
}
/**
 * Supplier Consumption Amendment Request
 */
export interface B073 {
  /**
   * DI-162 Consumption Amendment Supplier Reference: Supplier's own internal reference for the Consumption Amendment
   */
  consumptionAmendmentSupplierReference: string | null;
  /**
   * DI-163 Consumption Amendment Period Start Date: ISO 8601 Date/time
   */
  consumptionAmendmentPeriodStartDate: string;
  /**
   * DI-164 Consumption Amendment Period End Date: ISO 8601 Date/time
   */
  consumptionAmendmentPeriodEndDate: string;
  /**
   * DI-165 Gross Revised Consumption: kWh Consumption (9,3) format - leading
   */
  grossRevisedConsumption: string;
  /**
   * DI-166 Supplier Consumption Amendment Reason Code: Consumption Amendment Reason Code
   */
  arc: 'A' | 'E' | 'M' | 'R' | 'S' | 'T' | 'X' | null;
}
/**
 * IF-028 [ConsumptionAmendment]: Supplier Consumption Ammendment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-028-Payload.
 */
export interface IF028ConsumptionAmendmentPayload {
  /**
   * MHHS Common Block for IF-028
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-028';
      schemaVersion: '011';
      eventCode: '[ConsumptionAmendment]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * IF028 Custom data block
   */
  CustomBlock: {
    /**
     * MQID (B045) Supplier Consumption Ammendment Requests
     */
    B902List: B902[];
  };
}
/**
 * IF-031 [MSApp]: Supplier Service Provider Appointment Request.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-031-MSApp.
 */
export interface IF031MSAppPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-031';
      schemaVersion: '011';
      eventCode: '[MSApp]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF031 Custom data block
   */
  CustomBlock: {
    B013?: B013;
    B070: B070;
  };
}
/**
 * Proposed MeteringService
 */
export interface B070 {
  /**
   * DI-828 Proposed Metering Service DIP ID: DIP Participant Id
   */
  proposedMeteringServiceDIPID: string;
  /**
   * DI-213 Proposed Metering Service MPID: Legacy MPID
   */
  proposedMeteringServiceMPID: string;
  /**
   * DI-830 Proposed Metering Service DIP Effective From Date: ISO 8601 Date/time
   */
  proposedMeteringServiceDIPEffectiveFromDate: string;
  /**
   * DI-019 Contract Reference Metering Service: The unique reference of the contractual agreement between a supplier and the data service.
   */
  contractReferenceMeteringService: string | null;
  /**
   * DI-800 Appointment Scenario: Code used to identify the scenario around a Service Provider Appointment.
   */
  appointmentScenario: 'COS' | 'CSP' | 'USP' | 'SEG' | 'MCA' | 'MCS' | 'ALG';
}
/**
 * IF-031 [DSApp]: Supplier Service Provider Appointment Request.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-031-DSApp.
 */
export interface IF031DSAppPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-031';
      schemaVersion: '011';
      eventCode: '[DSApp]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF031 Custom data block
   */
  CustomBlock: {
    B013?: B013;
    B071: B071;
  };
}
/**
 * Proposed Data Service
 */
export interface B071 {
  /**
   * DI-831 Proposed Data Service DIP ID: DIP Participant Id
   */
  proposedDataServiceDIPID: string;
  /**
   * DI-214 Proposed Data Service MPID: Legacy MPID
   */
  proposedDataServiceMPID: string;
  /**
   * DI-833 Proposed Data Service DIP Effective From Date: ISO 8601 Date/time
   */
  proposedDataServiceDIPEffectiveFromDate: string;
  /**
   * DI-020 Contract Reference Data Service: The unique reference of the contractual agreement between a supplier and the metering service.
   */
  contractReferenceDataService: string | null;
  /**
   * DI-800 Appointment Scenario: Code used to identify the scenario around a Service Provider Appointment.
   */
  appointmentScenario: 'COS' | 'CSP' | 'USP' | 'SEG' | 'MCA' | 'MCS' | 'ALG';
  /**
   * DI-834 Supplier Nominated MDR DIP ID: DIP Participant Id
   */
  supplierNominatedMDRDIPID: string | null;
  /**
   * DI-215 Supplier Nominated MDR MPID: Legacy MPID
   */
  supplierNominatedMDRMPID: string | null;
  /**
   * DI-836 Supplier Nominated MDR Effective From Date: ISO 8601 Date/time
   */
  supplierNominatedMDREffectiveFromDate: string | null;
  /**
   * DI-838 Supplier Proposed Consent Granularity: Supplier Proposed Domestic Indicator
   */
  supplierProposedConsentGranularity: 'H' | 'D' | 'M' | 'N' | 'x';
  /**
   * DI-837 Supplier Proposed Domestic Indicator: Supplier Proposed Domestic Indicator
   */
  supplierProposedDomesticIndicator: boolean;
  /**
   * DI-126 Traditional Fall Back Read Frequency: Supplier requested Traditional / Fall Back Meter Reading Frequency
   */
  traditionalFallBackReadFrequency: 'W' | 'F' | 'M' | 'Q' | 'S' | 'A' | 'x' | null;
}
/**
 * IF-032 [MSAppInitialResp]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-032-MSAppInitialResp.
 */
export interface IF032MSAppInitialRespPayload {
  /**
   * MHHS Common Block for IF-032
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-032';
      schemaVersion: '011';
      eventCode: '[MSAppInitialResp]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0?: R0;
  };
  /**
   * IF032 Custom data block
   */
  CustomBlock: {
    B013?: B013;
    B070: B070;
  };
}
/**
 * IF-032 [DSAppInitialResp]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-032-DSAppInitialResp.
 */
export interface IF032DSAppInitialRespPayload {
  /**
   * MHHS Common Block for IF-032
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-032';
      schemaVersion: '011';
      eventCode: '[DSAppInitialResp]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0?: R0;
  };
  /**
   * IF032 Custom data block
   */
  CustomBlock: {
    B013?: B013;
    B071: B071;
  };
}
/**
 * IF-033 [MSAppSPRequest]: Registration Service Request for Service Appointment.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-033-MSAppSPRequest.
 */
export interface IF033MSAppSPRequestPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-033';
      schemaVersion: '011';
      eventCode: '[MSAppSPRequest]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF033 Custom data block for MSAppSPRequest
   */
  CustomBlock: {
    B012: B012;
    B013?: B013;
    B070: B070;
    B072?: B072;
    B022: B022;
    B023: B023;
    B024: B024;
    B025: B025;
    B026: B026;
    B029?: B029;
    B031?: B031;
    B032?: B032;
    B905List?: B905[];
    B907List?: B907[];
    B908List?: B908[];
  };
}
/**
 * Service Provider Appointment Requesting Supplier
 */
export interface B012 {
  /**
   * DI-847 Service Provider Appointment Requesting Supplier DIP ID: DIP Participant Id
   */
  serviceProviderAppointmentRequestingSupplierDIPID: string;
  /**
   * DI-206 Service Provider Appointment Requesting Supplier MPID: Legacy MPID
   */
  serviceProviderAppointmentRequestingSupplierMPID: string;
}
/**
 * Incumbent MeteringService
 */
export interface B072 {
  /**
   * DI-807 Incumbent Metering Service DIP ID: DIP Participant Id
   */
  incumbentMeteringServiceDIPID: string;
  /**
   * DI-217 Incumbent Metering Service MPID: Legacy MPID
   */
  incumbentMeteringServiceMPID: string;
}
/**
 * IF-033 [DSAppSPRequest]: Registration Service Request for Service Appointment.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-033-DSAppSPRequest.
 */
export interface IF033DSAppSPRequestPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-033';
      schemaVersion: '011';
      eventCode: '[DSAppSPRequest]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF033 Custom data block
   */
  CustomBlock: {
    B012: B012;
    B013?: B013;
    B071: B071;
    B072?: B072;
    B022: B022;
    B023: B023;
    B024: B024;
    B025: B025;
    B026: B026;
    B029?: B029;
    B031?: B031;
    B032?: B032;
    B905List?: B905[];
    B907List?: B907[];
    B908List?: B908[];
  };
}
/**
 * IF-034 [MSAppSPResponse]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-034-MSAppSPResponse.
 */
export interface IF034MSAppSPResponsePayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-034';
      schemaVersion: '011';
      eventCode: '[MSAppSPResponse]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF034 Custom data block for MSAppSPResponse
   */
  CustomBlock: {
    B007: B007;
    B012: B012;
    B013?: B013;
    B070: B070;
  };
}
/**
 * New SP Outcome
 */
export interface B007 {
  /**
   * DI-979 Response Code: Outcome Code associated with a Business Process Action Request
   */
  responseCode: 'A' | 'R' | 'L' | 'W' | 'x';
  /**
   * DI-143 Proposed Appointment Response Code: A code which defines the reason(s) why an agent appointment has been rejected.
   */
  proposedAppointmentResponseCode: string | null;
}
/**
 * IF-034 [DSAppSPResponse]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-034-DSAppSPResponse.
 */
export interface IF034DSAppSPResponsePayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-034';
      schemaVersion: '011';
      eventCode: '[DSAppSPResponse]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF034 Custom data block for DSAppSPResponse
   */
  CustomBlock: {
    B007: B007;
    B012: B012;
    B013?: B013;
    B070?: B070;
    B071: B071;
    B018?: B018;
  };
}
/**
 * SDS Nominated MDR
 */
export interface B018 {
  /**
   * DI-839 SDS Nominated MDR DIP ID: DIP Participant Id
   */
  SDSNominatedMDRDIPID: string;
  /**
   * DI-216 SDS Nominated MDR MPID: Legacy MPID
   */
  SDSNominatedMDRMPID: string;
  /**
   * DI-841 SDS Nominated MDR Requested Effective From Date: ISO 8601 Date/time
   */
  SDSNominatedMDRRequestedEffectiveFromDate: string;
}
/**
 * IF-034 [SDS-MDRUpdate]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-034-SDS-MDRUpdate.
 */
export interface IF034SDSMDRUpdatePayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-034';
      schemaVersion: '011';
      eventCode: '[SDS-MDRUpdate]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF034 Custom data block for SDS-MDRUpdate
   */
  CustomBlock: {
    B012: B012;
    B013?: B013;
    B018: B018;
  };
}
/**
 * IF-035 [MSAppAccepted]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-035-MSAppAccepted.
 */
export interface IF035MSAppAcceptedPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-035';
      schemaVersion: '011';
      eventCode: '[MSAppAccepted]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF035 Custom data block
   */
  CustomBlock: {
    B007: B007;
    B012: B012;
    B013?: B013;
    B070: B070;
  };
}
/**
 * IF-035 [MSAppRejected]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-035-MSAppRejected.
 */
export interface IF035MSAppRejectedPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-035';
      schemaVersion: '011';
      eventCode: '[MSAppRejected]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF035 Custom data block
   */
  CustomBlock: {
    B007: B007;
    B012: B012;
    B013?: B013;
    B070: B070;
  };
}
/**
 * IF-035 [MSAppLapsed]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-035-MSAppLapsed.
 */
export interface IF035MSAppLapsedPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-035';
      schemaVersion: '011';
      eventCode: '[MSAppLapsed]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF035 Custom data block
   */
  CustomBlock: {
    B007: B007;
    B012: B012;
    B013?: B013;
    B070: B070;
  };
}
/**
 * IF-035 [DSAppAccepted]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-035-DSAppAccepted.
 */
export interface IF035DSAppAcceptedPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-035';
      schemaVersion: '011';
      eventCode: '[DSAppAccepted]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF035 Custom data block
   */
  CustomBlock: {
    B007: B007;
    B012: B012;
    B013?: B013;
    B071: B071;
    B019?: B019;
  };
}
/**
 * Assigned MDR
 */
export interface B019 {
  /**
   * DI-842 Assigned MDR DIP ID: DIP Participant Id
   */
  assignedMDRDIPID: string;
  /**
   * DI-209 Assigned MDR MPID: Legacy MPID
   */
  assignedMDRMPID: string;
  /**
   * DI-844 Assigned MDR Effective From Date: ISO 8601 Date/time
   */
  assignedMDREffectiveFromDate: string;
}
/**
 * IF-035 [DSAppRejected]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-035-DSAppRejected.
 */
export interface IF035DSAppRejectedPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-035';
      schemaVersion: '011';
      eventCode: '[DSAppRejected]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF035 Custom data block for IF-035 DSAppRejected & DSAppLapsed
   */
  CustomBlock: {
    B007: B007;
    B012: B012;
    B013?: B013;
    B071: B071;
  };
}
/**
 * IF-035 [DSAppLapsed]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-035-DSAppLapsed.
 */
export interface IF035DSAppLapsedPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-035';
      schemaVersion: '011';
      eventCode: '[DSAppLapsed]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF035 Custom data block for IF-035 DSAppRejected & DSAppLapsed
   */
  CustomBlock: {
    B007: B007;
    B012: B012;
    B013?: B013;
    B071: B071;
  };
}
/**
 * IF-035 [IMS-SendMTD]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-035-IMS-SendMTD.
 */
export interface IF035IMSSendMTDPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-035';
      schemaVersion: '011';
      eventCode: '[IMS-SendMTD]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF035 Custom data block
   */
  CustomBlock: {
    B007: B007;
    B012: B012;
    B013?: B013;
    B070?: B070;
    B071?: B071;
    B019?: B019;
  };
}
/**
 * IF-035 [SDS-MDROutcome]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-035-SDS-MDROutcome.
 */
export interface IF035SDSMDROutcomePayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-035';
      schemaVersion: '011';
      eventCode: '[SDS-MDROutcome]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF035 Custom data block for SDS-MDROutcome
   */
  CustomBlock: {
    B012: B012;
    B013?: B013;
    B092: B092;
    B099: B099;
  };
}
/**
 * SDS MDR Outcome
 */
export interface B092 {
  /**
   * DI-842 Assigned MDR DIP ID: DIP Participant Id
   */
  assignedMDRDIPID: string;
  /**
   * DI-209 Assigned MDR MPID: Legacy MPID
   */
  assignedMDRMPID: string;
  /**
   * DI-844 Assigned MDR Effective From Date: ISO 8601 Date/time
   */
  assignedMDREffectiveFromDate: string;
}
/**
 * Response Block
 */
export interface B099 {
  /**
   * DI-979 Response Code: Outcome Code associated with a Business Process Action Request
   */
  responseCode: 'A' | 'R' | 'L' | 'W' | 'x';
  /**
   * Response message outcomes
   *
   * Items: DI-980 Status Error Messages: Status/Error messages
   */
  responseMessages: (string | null)[];
}
/**
 * IF-035 [DCC-MDROutcome]: Supplier Service Provider Appointment Request Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-035-DCC-MDROutcome.
 */
export interface IF035DCCMDROutcomePayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-035';
      schemaVersion: '011';
      eventCode: '[DCC-MDROutcome]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF035 Custom data block for DCC-MDROutcome
   */
  CustomBlock: {
    B012: B012;
    B013?: B013;
    B066: B066;
  };
}
/**
 * SDS MDR Outcome
 */
export interface B066 {
  /**
   * DI-842 Assigned MDR DIP ID: DIP Participant Id
   */
  assignedMDRDIPID: string;
  /**
   * DI-209 Assigned MDR MPID: Legacy MPID
   */
  assignedMDRMPID: string;
  /**
   * DI-844 Assigned MDR Effective From Date: ISO 8601 Date/time
   */
  assignedMDREffectiveFromDate: string;
  /**
   * DI-979 Response Code: Outcome Code associated with a Business Process Action Request
   */
  responseCode: 'A' | 'R' | 'L' | 'W' | 'x';
  /**
   * DI-980 Status Error Messages: Status/Error messages
   */
  responseMessage: string | null;
}
/**
 * IF-036 [MSAppActive]: Service Provider Notification of Appointment.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-036-MSAppActive.
 */
export interface IF036MSAppActivePayload {
  /**
   * MHHS Common Block for IF-036 event code MSAppActive
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-036';
      schemaVersion: '011';
      eventCode: '[MSAppActive]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF036 Custom data block for MSAppActive
   */
  CustomBlock: {
    B012: B012;
    B013?: B013;
    B014: B014;
    B005?: B005;
    B017?: B017;
    B022: B022;
    B023: B023;
    B024: B024;
    B025: B025;
    B026: B026;
    B027?: B027;
    B028: B028;
    B029?: B029;
    B030?: B030;
    B031?: B031;
    B032?: B032;
    B905List?: B905[];
    B035List?: B035[];
    B037List?: B037[];
  };
}
/**
 * Metering Service Active
 */
export interface B014 {
  /**
   * DI-822 Incoming Metering Service DIP ID: DIP Participant Id
   */
  incomingMeteringServiceDIPID: string;
  /**
   * DI-824 Incoming Metering Service Effective From Date: ISO 8601 Date/time
   */
  incomingMeteringServiceEffectiveFromDate: string;
  /**
   * DI-204 Incoming Metering Service MPID: Legacy MPID
   */
  incomingMeteringServiceMPID: string;
  /**
   * DI-019 Contract Reference Metering Service: The unique reference of the contractual agreement between a supplier and the data service.
   */
  contractReferenceMeteringService: string | null;
  /**
   * DI-800 Appointment Scenario: Code used to identify the scenario around a Service Provider Appointment.
   */
  appointmentScenario: 'COS' | 'CSP' | 'USP' | 'SEG' | 'MCA' | 'MCS' | 'ALG';
}
/**
 * Data Service Partner Service
 */
export interface B017 {
  /**
   * DI-825 Incoming Data Service DIP ID: DIP Participant Id
   */
  incomingDataServiceDIPID: string;
  /**
   * DI-205 Incoming Data Service MPID: Legacy MPID
   */
  incomingDataServiceMPID: string;
  /**
   * DI-827 Incoming Data Service Effective From Date: ISO 8601 Date/time
   */
  incomingDataServiceEffectiveFromDate: string;
}
/**
 * IF-036 [DSAppActive]: Service Provider Notification of Appointment.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-036-DSAppActive.
 */
export interface IF036DSAppActivePayload {
  /**
   * MHHS Common Block for IF-036 event code DSAppActive
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-036';
      schemaVersion: '011';
      eventCode: '[DSAppActive]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF036 Custom data block for event code DSAppActive
   */
  CustomBlock: {
    B012: B012;
    B013?: B013;
    B015: B015;
    B019?: B019;
    B005?: B005;
    B016?: B016;
    B022: B022;
    B023: B023;
    B024: B024;
    B025: B025;
    B026: B026;
    B027?: B027;
    B028: B028;
    B068?: B068;
    B029?: B029;
    B030?: B030;
    B031?: B031;
    B032?: B032;
    B905List?: B905[];
    B035List?: B035[];
    B037List?: B037[];
  };
}
/**
 * DataService Incoming (Active)
 */
export interface B015 {
  /**
   * DI-205 Incoming Data Service MPID: Legacy MPID
   */
  incomingDataServiceMPID: string;
  /**
   * DI-825 Incoming Data Service DIP ID: DIP Participant Id
   */
  incomingDataServiceDIPID: string;
  /**
   * DI-827 Incoming Data Service Effective From Date: ISO 8601 Date/time
   */
  incomingDataServiceEffectiveFromDate: string;
  /**
   * DI-020 Contract Reference Data Service: The unique reference of the contractual agreement between a supplier and the metering service.
   */
  contractReferenceDataService: string | null;
  /**
   * DI-800 Appointment Scenario: Code used to identify the scenario around a Service Provider Appointment.
   */
  appointmentScenario: 'COS' | 'CSP' | 'USP' | 'SEG' | 'MCA' | 'MCS' | 'ALG';
  /**
   * DI-126 Traditional Fall Back Read Frequency: Supplier requested Traditional / Fall Back Meter Reading Frequency
   */
  traditionalFallBackReadFrequency: 'W' | 'F' | 'M' | 'Q' | 'S' | 'A' | 'x' | null;
}
/**
 * MeteringService Partner Service
 */
export interface B016 {
  /**
   * DI-822 Incoming Metering Service DIP ID: DIP Participant Id
   */
  incomingMeteringServiceDIPID: string;
  /**
   * DI-204 Incoming Metering Service MPID: Legacy MPID
   */
  incomingMeteringServiceMPID: string;
  /**
   * DI-824 Incoming Metering Service Effective From Date: ISO 8601 Date/time
   */
  incomingMeteringServiceEffectiveFromDate: string;
}
/**
 * IF-037 [MSDeApp]: Service Provider Notification of Appointment.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-037-MSDeApp.
 */
export interface IF037MSDeAppPayload {
  /**
   * MHHS Common Block for IF-037 event code MSDeApp
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-037';
      schemaVersion: '011';
      eventCode: '[MSDeApp]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF037 Custom data block for event code MSDeApp
   */
  CustomBlock: {
    B013?: B013;
    B008: B008;
    B010?: B010;
    B002?: B002;
  };
}
/**
 * Metering Service Incoming Service Details
 */
export interface B010 {
  /**
   * DI-822 Incoming Metering Service DIP ID: DIP Participant Id
   */
  incomingMeteringServiceDIPID: string;
  /**
   * DI-204 Incoming Metering Service MPID: Legacy MPID
   */
  incomingMeteringServiceMPID: string;
  /**
   * DI-824 Incoming Metering Service Effective From Date: ISO 8601 Date/time
   */
  incomingMeteringServiceEffectiveFromDate: string;
}
/**
 * IF-037 [DSDeApp]: Service Provider Notification of Appointment.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-037-DSDeApp.
 */
export interface IF037DSDeAppPayload {
  /**
   * MHHS Common Block for IF-037 for event code DSDeApp
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-037';
      schemaVersion: '011';
      eventCode: '[DSDeApp]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF037 Custom data block for DSDeApp
   */
  CustomBlock: {
    B013?: B013;
    B009: B009;
    B011?: B011;
    B002?: B002;
  };
}
/**
 * DataService Incoming Service Details
 */
export interface B011 {
  /**
   * DI-825 Incoming Data Service DIP ID: DIP Participant Id
   */
  incomingDataServiceDIPID: string;
  /**
   * DI-205 Incoming Data Service MPID: Legacy MPID
   */
  incomingDataServiceMPID: string;
  /**
   * DI-827 Incoming Data Service Effective From Date: ISO 8601 Date/time
   */
  incomingDataServiceEffectiveFromDate: string;
}
/**
 * IF-037 [MSDeAppUpdate]: Service Provider Notification of Appointment.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-037-MSDeAppUpdate.
 */
export interface IF037MSDeAppUpdatePayload {
  /**
   * MHHS Common Block for IF-037 for event code MSDeAppUpdate
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-037';
      schemaVersion: '011';
      eventCode: '[MSDeAppUpdate]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF037 Custom data block for event code MSDeAppUpdate & DSDeAppUpdate
   */
  CustomBlock: {
    B013?: B013;
    B010: B010;
  };
}
/**
 * IF-037 [DSDeAppUpdate]: Service Provider Notification of Appointment.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-037-DSDeAppUpdate.
 */
export interface IF037DSDeAppUpdatePayload {
  /**
   * MHHS Common Block for IF-037 for event code DSDeAppUpdate
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-037';
      schemaVersion: '011';
      eventCode: '[DSDeAppUpdate]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF037 Custom data block for event code DSDeAppUpdate
   */
  CustomBlock: {
    B013?: B013;
    B011: B011;
  };
}
/**
 * IF-038 [DirectContractMSAdd]: Customer Direct Contract Advisory.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-038-DirectContractMSAdd.
 */
export interface IF038DirectContractMSAddPayload {
  /**
   * MHHS Common Block for IF-038
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-038';
      schemaVersion: '011';
      eventCode: '[DirectContractMSAdd]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF038 Custom data block
   */
  CustomBlock: {
    B020: B020;
  };
}
/**
 * MeteringService Cust Direct Set
 */
export interface B020 {
  /**
   * DI-140 Customer Direct Contract Metering Service DIP ID: DIP Participant Id
   */
  customerDirectContractMeteringServiceDIPID: string | null;
  /**
   * DI-145 Customer Direct Contract Metering Service Effective To Date: ISO 8601 Date/time
   */
  customerDirectContractMeteringServiceEffectiveToDate: string;
}
/**
 * IF-038 [DirectContractDSAdd]: Customer Direct Contract Advisory.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-038-DirectContractDSAdd.
 */
export interface IF038DirectContractDSAddPayload {
  /**
   * MHHS Common Block for IF-038
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-038';
      schemaVersion: '011';
      eventCode: '[DirectContractDSAdd]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF038 Custom data block
   */
  CustomBlock: {
    B021: B021;
  };
}
/**
 * DataService Cust Direct Set
 */
export interface B021 {
  /**
   * DI-138 Customer Direct Contract Data Service DIP ID: DIP Participant Id
   */
  customerDirectContractDataServiceDIPID: string | null;
  /**
   * DI-146 Customer Direct Contract Data Service Effective To Date: ISO 8601 Date/time
   */
  customerDirectContractDataServiceEffectiveToDate: string;
}
/**
 * IF-038 [DirectContractDSRemove]: Customer Direct Contract Advisory.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-038-DirectContractDSRemove.
 */
export interface IF038DirectContractDSRemovePayload {
  /**
   * MHHS Common Block for IF-038
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-038';
      schemaVersion: '011';
      eventCode: '[DirectContractDSRemove]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
}
/**
 * IF-038 [DirectContractMSRemove]: Customer Direct Contract Advisory.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-038-DirectContractMSRemove.
 */
export interface IF038DirectContractMSRemovePayload {
  /**
   * MHHS Common Block for IF-038
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-038';
      schemaVersion: '011';
      eventCode: '[DirectContractMSRemove]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
}
/**
 * IF-039 [DirectContractMSAdd]: Customer Direct Contract Advisory Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-039-DirectContractMSAdd.
 */
export interface IF039DirectContractMSAddPayload {
  /**
   * MHHS Common Block for IF-039
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-039';
      schemaVersion: '011';
      eventCode: '[DirectContractMSAdd]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * IF039 Custom data block
   */
  CustomBlock: {
    B020: B020;
  };
}
/**
 * IF-039 [DirectContractDSAdd]: Customer Direct Contract Advisory Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-039-DirectContractDSAdd.
 */
export interface IF039DirectContractDSAddPayload {
  /**
   * MHHS Common Block for IF-039
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-039';
      schemaVersion: '011';
      eventCode: '[DirectContractDSAdd]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * IF039 Custom data block
   */
  CustomBlock: {
    B021: B021;
  };
}
/**
 * IF-039 [DirectContractDSRemove]: Customer Direct Contract Advisory Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-039-DirectContractDSRemove.
 */
export interface IF039DirectContractDSRemovePayload {
  /**
   * MHHS Common Block for IF-039
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-039';
      schemaVersion: '011';
      eventCode: '[DirectContractDSRemove]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
}
/**
 * IF-039 [DirectContractMSRemove]: Customer Direct Contract Advisory Response.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-039-DirectContractMSRemove.
 */
export interface IF039DirectContractMSRemovePayload {
  /**
   * MHHS Common Block for IF-039
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-039';
      schemaVersion: '011';
      eventCode: '[DirectContractMSRemove]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
}
/**
 * IF-040 [AnnualConsumption]: Notification of ECS Calculated Consumption.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-040-Payload.
 */
export interface IF040AnnualConsumptionPayload {
  /**
   * MHHS Common Block for IF-040
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-040';
      schemaVersion: '011';
      eventCode: '[AnnualConsumption]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF040 Custom data block
   */
  CustomBlock: {
    B059: B059;
  };
}
/**
 * Annual Consumption
 */
export interface B059 {
  /**
   * DI-148 Annual Consumption: kWh Consumption (9,3) format - leading
   */
  annualConsumption: string;
  /**
   * DI-149 Annual Consumption Effective From Date: ISO 8601 Date/time
   */
  annualConsumptionEffectiveFromDate: string;
  /**
   * DI-150 Annual Consumption Quality Indicator: Assumed Annual Consumption Quality Indicator
   */
  annualConsumptionQualityIndicator: 'A' | '1' | '2' | '3' | '4' | '5' | 'D';
}
/**
 * IF-041 [ReadingRemote]: Smart/Advanced Readings.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-041-Payload.
 */
export interface IF041ReadingRemotePayload {
  /**
   * MHHS Common Block for IF-041
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-041';
      schemaVersion: '011';
      eventCode: '[ReadingRemote]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF041PayloadCustomBlock;
}
/**
 * IF041 Custom data block
 */
export interface IF041PayloadCustomBlock {
  B064List?: B064[];
  /**
   * @maxItems 48
   */
  B065List?: B065[];
}
/**
 * Cumulative Read
 */
export interface B064 {
  /**
   * DI-056 Meter ID: Meter ID
   */
  meterID: string;
  /**
   * DI-088 Cumulative Register Reading: kWh Consumption (9,3) format - leading
   */
  cumulativeRegisterReading: string;
  /**
   * DI-089 Cumulative Register Reading DateTime: ISO 8601 Date/time
   */
  cumulativeRegisterReadingDateTime: string;
  /**
   * DI-094 Reading Method: Indicates how the meter reading was obtained
   */
  readingMethod: 'A' | 'C' | 'E' | 'S';
  /**
   * DI-096 Site Visit Check Code: A code identifying either nature of checks made/to be made on metering equipment during a site visit or identifying reason for failure to obtain readings.
   */
  siteVisitCheckCode:
    | '01'
    | '02'
    | '03'
    | '04'
    | '05'
    | '06'
    | '07'
    | '08'
    | '09'
    | '10'
    | '11'
    | '13'
    | '14'
    | '15'
    | '16'
    | '17'
    | '18'
    | '19'
    | '20'
    | '21'
    | '22'
    | '23'
    | '24'
    | '25'
    | '26'
    | '27'
    | '28'
    | '29'
    | '30'
    | '31'
    | '32'
    | '33'
    | '34'
    | '35'
    | '36'
    | '37'
    | '38'
    | '39'
    | '40'
    | '41'
    | '42'
    | '43'
    | '44'
    | '50'
    | '51'
    | '52'
    | '53'
    | '54'
    | '55'
    | '56'
    | '57'
    | '58'
    | '88'
    | '89'
    | null;
}
/**
 * Configurable Registers
 */
export interface B065 {
  /**
   * DI-056 Meter ID: Meter ID
   */
  meterID: string;
  /**
   * DI-099 Configurable Register Reading Date: ISO 8601 Date/time
   */
  configurableRegisterReadingDate: string;
  /**
   * DI-103 Configurable Register ID: Register ID relating to a specific configurable (billing) register on a Smart Meter
   */
  configurableRegisterID: string;
  /**
   * DI-104 Configurable Register Reading: kWh Consumption (9,3) format - leading
   */
  configurableRegisterReading: string;
}
/**
 * IF-041 [ReadingRemv]: Smart/Advanced Readings.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-041-Payload.
 */
export interface IF041ReadingRemvPayload {
  /**
   * MHHS Common Block for IF-041
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-041';
      schemaVersion: '011';
      eventCode: '[ReadingRemv]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF041PayloadCustomBlock;
}
/**
 * IF-041 [ReadingInstl]: Smart/Advanced Readings.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-041-Payload.
 */
export interface IF041ReadingInstlPayload {
  /**
   * MHHS Common Block for IF-041
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-041';
      schemaVersion: '011';
      eventCode: '[ReadingInstl]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF041PayloadCustomBlock;
}
/**
 * IF-041 [ReadingEnergisationChg]: Smart/Advanced Readings.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-041-Payload.
 */
export interface IF041ReadingEnergisationChgPayload {
  /**
   * MHHS Common Block for IF-041
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-041';
      schemaVersion: '011';
      eventCode: '[ReadingEnergisationChg]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF041PayloadCustomBlock;
}
/**
 * IF-041 [ReadingCOR]: Smart/Advanced Readings.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-041-Payload.
 */
export interface IF041ReadingCORPayload {
  /**
   * MHHS Common Block for IF-041
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-041';
      schemaVersion: '011';
      eventCode: '[ReadingCOR]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF041PayloadCustomBlock;
}
/**
 * IF-041 [ReadingOnSite]: Smart/Advanced Readings.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-041-Payload.
 */
export interface IF041ReadingOnSitePayload {
  /**
   * MHHS Common Block for IF-041
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-041';
      schemaVersion: '011';
      eventCode: '[ReadingOnSite]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF041PayloadCustomBlock;
}
/**
 * IF-041 [ReadingCOS]: Smart/Advanced Readings.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-041-Payload.
 */
export interface IF041ReadingCOSPayload {
  /**
   * MHHS Common Block for IF-041
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-041';
      schemaVersion: '011';
      eventCode: '[ReadingCOS]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF041PayloadCustomBlock;
}
/**
 * IF-041 [DSEstimate]: Smart/Advanced Readings.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-041-Payload.
 */
export interface IF041DSEstimatePayload {
  /**
   * MHHS Common Block for IF-041
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-041';
      schemaVersion: '011';
      eventCode: '[DSEstimate]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF041PayloadCustomBlock;
}
/**
 * IF-041 [SupplierAgreedCOS]: Smart/Advanced Readings.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-041-Payload.
 */
export interface IF041SupplierAgreedCOSPayload {
  /**
   * MHHS Common Block for IF-041
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-041';
      schemaVersion: '011';
      eventCode: '[SupplierAgreedCOS]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF041PayloadCustomBlock;
}
/**
 * IF-041 [ReadingOverride]: Smart/Advanced Readings.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-041-Payload.
 */
export interface IF041ReadingOverridePayload {
  /**
   * MHHS Common Block for IF-041
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-041';
      schemaVersion: '011';
      eventCode: '[ReadingOverride]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF041PayloadCustomBlock;
}
/**
 * IF-043 [ConnectionTypeChange]: Registration Service Notification of Change in Connection Type.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-043-Payload.
 */
export interface IF043ConnectionTypeChangePayload {
  /**
   * MHHS Common Block for IF-043
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-043';
      schemaVersion: '011';
      eventCode: '[ConnectionTypeChange]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF043 Custom data block
   */
  CustomBlock: {
    B023: B023;
  };
}
/**
 * IF-044 [MarketSegmentChange]: Registration Service Notification of Change in Market Segment.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-044-Payload.
 */
export interface IF044MarketSegmentChangePayload {
  /**
   * MHHS Common Block for IF-044
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-044';
      schemaVersion: '011';
      eventCode: '[MarketSegmentChange]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF044 Custom data block
   */
  CustomBlock: {
    B026: B026;
    B023: B023;
  };
}
/**
 * IF-045 [InvalidMarketSegment]: Registration Service Reminder Notification.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-045-Payload.
 */
export interface IF045InvalidMarketSegmentPayload {
  /**
   * MHHS Common Block for IF-045
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-045';
      schemaVersion: '011';
      eventCode: '[InvalidMarketSegment]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF045PayloadCustomBlock;
}
/**
 * IF045 Custom data block
 */
export interface IF045PayloadCustomBlock {
  B060?: B060;
}
/**
 * Registration Reminder Add Info
 */
export interface B060 {
  /**
   * DI-120 Additional Information: A free format character string for providing additional details.
   */
  additionalInformation: string | null;
}
/**
 * IF-045 [ConsentGranularityInvalid]: Registration Service Reminder Notification.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-045-Payload.
 */
export interface IF045ConsentGranularityInvalidPayload {
  /**
   * MHHS Common Block for IF-045
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-045';
      schemaVersion: '011';
      eventCode: '[ConsentGranularityInvalid]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF045PayloadCustomBlock;
}
/**
 * IF-045 [NoMSAppointed]: Registration Service Reminder Notification.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-045-Payload.
 */
export interface IF045NoMSAppointedPayload {
  /**
   * MHHS Common Block for IF-045
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-045';
      schemaVersion: '011';
      eventCode: '[NoMSAppointed]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF045PayloadCustomBlock;
}
/**
 * IF-045 [NoDSAppointed]: Registration Service Reminder Notification.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-045-Payload.
 */
export interface IF045NoDSAppointedPayload {
  /**
   * MHHS Common Block for IF-045
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-045';
      schemaVersion: '011';
      eventCode: '[NoDSAppointed]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  CustomBlock: IF045PayloadCustomBlock;
}
/**
 * IF-047 [ISD]: Notification of the Publication of a Downloadable Asset.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-047-Payload.
 */
export interface IF047ISDPayload {
  /**
   * MHHS Common Block for IF-047
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-047';
      schemaVersion: '011';
      eventCode: '[ISD]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * IF047 Custom data block
   */
  CustomBlock: {
    P01?: P01;
    P02List?: P02[];
  };
}
/**
 * Publication Info
 */
export interface P01 {
  /**
   * DI-960 Publication Description: Description of Publication
   */
  publicationDescription: string;
  /**
   * DI-961 Publication Version ID: Publication Version ID / Number
   */
  publicationVersionID: string;
  /**
   * DI-962 Publication Date: ISO 8601 Date/time
   */
  publicationDate: string;
}
/**
 * Distribution Variant
 */
export interface P02 {
  /**
   * DI-963 Distribution Variant ID: Unique Identifier for Distubution Varient
   */
  distributionVariantID: string;
  /**
   * DI-964 Distribution Variant Name: Distribution Variant Name
   */
  distributionVariantName: string;
  /**
   * DI-965 Distribution Variant Description: Distribution Variant Description
   */
  distributionVariantDescription: string | null;
  /**
   * DI-966 Distribution Variant Version ID: Version Number of the Distibution Varient
   */
  distributionVariantVersionID: string;
  /**
   * DI-967 Distribution Variant Publication Date: ISO 8601 Date/time
   */
  distributionVariantPublicationDate: string;
  /**
   * DI-968 Distribution Variant Format: File Type of the Distibution Varient (e.g. JSON/CSV/PDF File)
   */
  distributionVariantFormat: string | null;
  /**
   * DI-969 Distribution Delivery Format: File Type of the Downloadable Asset (e.g. ZIP File)
   */
  distributionDeliveryFormat: string | null;
  /**
   * DI-970 Distribution Delivery URI: URI to allow direct download of the Distribution Varient
   */
  distributionDeliveryURI: string;
  /**
   * DI-120 Additional Information: A free format character string for providing additional details.
   */
  additionalInformation: string | null;
}
/**
 * IF-050 [MPANCreation]: EES Exclusive Updates.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-050-MPANCreation.
 */
export interface IF050MPANCreationPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-050';
      schemaVersion: '011';
      eventCode: '[MPANCreation]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF050 Custom data block for MPANCreation
   */
  CustomBlock: {
    B001: B001;
    B022: B022;
    B023: B023;
    B024: B024;
    B025: B025;
    B026: B026;
    B079: B079;
  };
}
/**
 * Meter Point Registration Statuses
 */
export interface B079 {
  /**
   * DI-130 RMP Status: The MPAN RMP Status as held in the Registration Service
   */
  RMPStatus: 'O' | 'C' | 'T';
  /**
   * DI-167 RMPStatus Effective From Date: ISO 8601 Date/time
   */
  RMPStatusEffectiveFromDate: string;
  /**
   * DI-131 MP Status: The MPAN MP or Trading Status as held in the Registration Service
   */
  MPStatus: 'N' | 'R' | 'T' | 'X';
  /**
   * DI-168 MPStatus Effective From Date: ISO 8601 Date/time
   */
  MPStatusEffectiveFromDate: string;
}
/**
 * IF-050 [MPStatusChange]: EES Exclusive Updates.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-050-MPStatusChange.
 */
export interface IF050MPStatusChangePayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-050';
      schemaVersion: '011';
      eventCode: '[MPStatusChange]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF050 Custom data block
   */
  CustomBlock: {
    B079: B079;
  };
}
/**
 * IF-050 [GreenDeal]: EES Exclusive Updates.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-050-GreenDeal.
 */
export interface IF050GreenDealPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-050';
      schemaVersion: '011';
      eventCode: '[GreenDeal]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF050 Custom data block
   */
  CustomBlock: {
    B080: B080;
  };
}
/**
 * Green Deal Information
 */
export interface B080 {
  /**
   * DI-111 Green Deal Effective From Date: ISO 8601 Date/time
   */
  greenDealEffectiveFromDate: string | null;
  /**
   * DI-112 Green Deal Effective To Date: ISO 8601 Date/time
   */
  greenDealEffectiveToDate: string | null;
}
/**
 * IF-051 [EESRefresh]: Message.
 * Schema version 001; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-051-Payload.
 */
export interface IF051EESRefreshPayload {
  /**
   * MHHS Common Block for IF-051
   */
  CommonBlock: {
    S0: {
      interfaceID: 'IF-051';
      schemaVersion: '001';
      eventCode: '[EESRefresh]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF051 Custom data block
   */
  CustomBlock: {
    B079: B079;
    B080?: B080;
    B001?: B001;
    B085?: B085;
    B013?: B013;
    B081?: B081;
    B082?: B082;
    B019?: B019;
    B020?: B020;
    B021?: B021;
    B022: B022;
    B023: B023;
    B024: B024;
    B025: B025;
    B026: B026;
    B028?: B028;
    B029?: B029;
    B030?: B030;
    B031?: B031;
    B032?: B032;
    B914List?: B914[];
    B035List?: B035[];
    B037List?: B037[];
  };
}
/**
 * Current Supplier Details
 */
export interface B085 {
  /**
   * DI-218 Current Supplier DIP ID: DIP Participant Id
   */
  currentSupplierDIPID: string;
  /**
   * DI-219 Current Supplier MPID: Legacy MPID
   */
  currentSupplierMPID: string;
  /**
   * DI-086 Supplier Effective From Date: ISO 8601 Date/time
   */
  currentSupplierEffectiveFromDate: string;
}
/**
 * Current Metering Service Details
 */
export interface B081 {
  /**
   * DI-809 Current Metering Service DIP ID: DIP Participant Id
   */
  currentMeteringServiceDIPID: string | null;
  /**
   * DI-207 Current Metering Service MPID: Legacy MPID
   */
  currentMeteringServiceMPID: string | null;
  /**
   * DI-061 Metering Service Effective From Date: ISO 8601 Date/time
   */
  currentMeteringServiceEffectiveFromDate: string;
}
/**
 * Current Data Service Details
 */
export interface B082 {
  /**
   * DI-811 Current Data Service DIP ID: DIP Participant Id
   */
  currentDataServiceDIPID: string | null;
  /**
   * DI-208 Current Data Service MPID: Legacy MPID
   */
  currentDataServiceMPID: string | null;
  /**
   * DI-023 Data Service Effective From Date: ISO 8601 Date/time
   */
  currentDataServiceEffectiveFromDate: string;
}
/**
 * Existing MPAN Meter details
 */
export interface B914 {
  existingMeter?: B086;
  recentMAP?: B075;
}
/**
 * MPAN Existing Meter Info
 */
export interface B086 {
  /**
   * DI-056 Meter ID: Meter ID
   */
  meterID: string;
  /**
   * DI-059 Meter Type: The type of meter, in relation to its capabilities. E.g. AMR.S1, S2, S2ADE
   */
  meterType:
    | 'CHECK'
    | 'H'
    | 'K'
    | 'LAG_'
    | 'LEAD_'
    | 'MAIN_'
    | 'N'
    | 'NCAMR'
    | 'NSS'
    | 'RCAMR'
    | 'RCAMY'
    | 'S'
    | 'S1'
    | 'S2A'
    | 'S2AD'
    | 'S2ADE'
    | 'S2B'
    | 'S2BD'
    | 'S2BDE'
    | 'S2C'
    | 'S2CD'
    | 'S2CDE'
    | 'SPECL'
    | 'T'
    | '2ADF'
    | '2ADEF'
    | '2AEF'
    | '2AF'
    | '2BF'
    | '2BDF'
    | '2BDEF'
    | '2BEF'
    | '2CDEF'
    | '2CF'
    | '2CDF'
    | '2CEF';
  /**
   * DI-048 Manufacturers Make And Type: The Meter Manufacturer Make and Type
   */
  manufacturersMakeAndType: string | null;
  /**
   * DI-085 ESME GUID: The Smart Device ID for a smart meter.  This is also known as the DCC GUID and is further defined within the DCC interface specifications.
   */
  ESMEGUID: string | null;
  /**
   * DI-090 Meter Location: The actual location of the metering system within the site
   */
  meterLocation:
    | 'A'
    | 'B'
    | 'C'
    | 'D'
    | 'E'
    | 'F'
    | 'G'
    | 'H'
    | 'I'
    | 'J'
    | 'K'
    | 'L'
    | 'M'
    | 'N'
    | 'O'
    | 'P'
    | 'R'
    | 'S'
    | 'T'
    | 'U'
    | 'V'
    | 'W'
    | 'X'
    | 'Y'
    | 'Z';
  /**
   * DI-091 Number Of Displayed Register Digits: Number of digits/dials to the left of the decimal point, of the Cumulative Register.
   */
  numberOfDisplayedRegisterDigits: number | null;
  /**
   * DI-057 Meter Installation Date: ISO 8601 Date/time
   */
  meterInstallationDate: string;
  /**
   * DI-058 Meter Removal Date: ISO 8601 Date/time
   */
  meterRemovalDate: string | null;
}
/**
 * IF-061 [MDRStart]: Request from SDS to initiate an MDR begins Data Retrieval Activity.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-061-Payload.
 */
export interface IF061MDRStartPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-061';
      schemaVersion: '011';
      eventCode: '[MDRStart]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * Request from SDS to initiate an MDR begins Data Retrieval Activity Custom Block
   */
  CustomBlock: {
    B019: B019;
    B012?: B012;
    B078: B078;
    B025: B025;
    B068: B068;
    B031?: B031;
    B074List?: B074[];
    B060?: B060;
  };
}
/**
 * Eenrgy Direction
 */
export interface B078 {
  /**
   * DI-035 Energy Direction: Indicates the direction of energy at a metering point. Values can be I = import / E = export
   */
  energyDirection: 'I' | 'E';
}
/**
 * IF-062 [MDRStartResponse]: Response to SDS request to initiate an MDR begins Data Retrieval Activity.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-062-Payload.
 */
export interface IF062MDRStartResponsePayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-062';
      schemaVersion: '011';
      eventCode: '[MDRStartResponse]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
    R0: R0;
  };
  /**
   * Response to SDS to initiate an MDR begins Data Retrieval Activity Custom Block
   */
  CustomBlock: {
    B019: B019;
    B012?: B012;
    B078: B078;
    B025: B025;
    B068: B068;
    B031?: B031;
    B074List?: B074[];
    B060?: B060;
  };
}
/**
 * IF-063 [MDRStop]: Response from SDS request to Stop a MDR Service.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-063-Payload.
 */
export interface IF063MDRStopPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-063';
      schemaVersion: '011';
      eventCode: '[MDRStop]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * SDS to stop an MDR service Custom Block
   */
  CustomBlock: {
    B083: B083;
    B060?: B060;
  };
}
/**
 * MDR End Date
 */
export interface B083 {
  /**
   * DI-842 Assigned MDR DIP ID: DIP Participant Id
   */
  assignedMDRDIPID: string;
  /**
   * DI-209 Assigned MDR MPID: Legacy MPID
   */
  assignedMDRMPID: string;
  /**
   * DI-850 MDR Effective To Date: ISO 8601 Date/time
   */
  assignedMDREffectiveToDate: string;
}
/**
 * IF-064 [MDRConsumption]: Provide MDR Consumption.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-064-Payload.
 */
export interface IF064MDRConsumptionPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-064';
      schemaVersion: '011';
      eventCode: '[MDRConsumption]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * MDR Consumption Period data
   */
  CustomBlock: {
    B045: B045;
    /**
     * @maxItems 200
     */
    B941List: B941[];
    B060?: B060;
  };
}
/**
 * MDR Settlement Day (B046) - SP consumption data (multiple child) block (B084)
 */
export interface B941 {
  settlementDay: B046;
  /**
   * @minItems 1
   * @maxItems 48
   */
  MDRConsumptionPeriods: B084[];
}
/**
 * MDR Settlement Period Consumption Data
 */
export interface B084 {
  /**
   * DI-082 Settlement Period Effective To DateTime: ISO 8601 Date/time
   */
  sp: string;
  /**
   * DI-147 Period Consumption Value: kWh Consumption (9,3) format - leading
   */
  v: string;
  /**
   * DI-083 Settlement Period Quality Indicator: Describes if the Settlement Period Value is an actual or an estimate.
   */
  q:
    | 'A'
    | 'E'
    | 'E0'
    | 'E1'
    | 'E2'
    | 'E3'
    | 'E4'
    | 'E5'
    | 'E6'
    | 'E7'
    | 'E8'
    | 'E9'
    | 'ZE'
    | 'ZE1'
    | 'ZE2'
    | 'ZE3'
    | 'A1'
    | 'A2'
    | 'A3'
    | 'AAE1'
    | 'AAE2'
    | 'AAE3'
    | 'EAE1'
    | 'EAE2'
    | 'EAE3'
    | 'EA1'
    | 'EA2'
    | 'EA3'
    | 'EA4'
    | 'EA5'
    | 'EA6'
    | 'EA7'
    | 'EA8'
    | 'EA9'
    | 'EA10'
    | 'EA11'
    | 'EA12'
    | 'EA13';
}
/**
 * IF-065 [ReadingRemote]: MDR Request / Provide Meter Reading.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-065-ReadingRemote.
 */
export interface IF065ReadingRemotePayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-065';
      schemaVersion: '011';
      eventCode: '[ReadingRemote]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF-065 Reading Remote
   */
  CustomBlock: {
    B076List?: B076[];
    B065List?: B065[];
    B060?: B060;
  };
}
/**
 * MDR Cumulative Reading Information
 */
export interface B076 {
  /**
   * DI-056 Meter ID: Meter ID
   */
  meterID: string;
  /**
   * DI-088 Cumulative Register Reading: kWh Consumption (9,3) format - leading
   */
  cumulativeRegisterReading: string;
  /**
   * DI-089 Cumulative Register Reading DateTime: ISO 8601 Date/time
   */
  cumulativeRegisterReadingDateTime: string;
}
/**
 * IF-065 [MDRInstantaneous]: MDR Request / Provide Meter Reading.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-065-MDRInstantaneous.
 */
export interface IF065MDRInstantaneousPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-065';
      schemaVersion: '011';
      eventCode: '[MDRInstantaneous]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF-065 MDRInstantaneous
   */
  CustomBlock: {
    B060?: B060;
  };
}
/**
 * IF-065 [MDRTOU]: MDR Request / Provide Meter Reading.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-065-MDRTOU.
 */
export interface IF065MDRTOUPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-065';
      schemaVersion: '011';
      eventCode: '[MDRTOU]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF-065 MDRTOU
   */
  CustomBlock: {
    B077: B077;
    B060?: B060;
  };
}
/**
 * MDR Reference Date
 */
export interface B077 {
  /**
   * DI-196 MDR Reference DateTime: ISO 8601 Date/time
   */
  MDRReferenceDateTime: string;
}
/**
 * IF-065 [MDRConsumption]: MDR Request / Provide Meter Reading.
 * Schema version 011; Interfaces-EventCodes-unresolved.yaml#/components/schemas/IF-065-MDRConsumption.
 */
export interface IF065MDRConsumptionPayload {
  CommonBlock: {
    S0: {
      interfaceID: 'IF-065';
      schemaVersion: '011';
      eventCode: '[MDRConsumption]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
    M0: M0;
  };
  /**
   * IF-065 Consumption
   */
  CustomBlock: {
    B077: B077;
    B060?: B060;
  };
}
/**
 * REP-002 [DUOSSupplierAggData]: Supplier report for DUoS – aggregated data.
 * Schema version 008; Interfaces-EventCodes-unresolved.yaml#/components/schemas/REP-002-Payload.
 */
export interface REP002DUOSSupplierAggDataPayload {
  /**
   * MHHS Common Block for REP002
   */
  CommonBlock: {
    S0: {
      interfaceID: 'REP-002';
      schemaVersion: '008';
      eventCode: '[DUOSSupplierAggData]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * MHHS Common Block for REP002, report adopts REP-002-CustomBlock format
   */
  CustomBlock: {
    P03: P03;
    schema?: REP002CustomBlock;
  };
}
/**
 * Compressed report object for ECS reports
 */
export interface P03 {
  /**
   * Compressed 64 Bit binary encoded report
   */
  compressedReport: string;
}
/**
 * REP002 Custom data block - Supplier report for DUOS - aggregated data
 */
export interface REP002CustomBlock {
  R007?: R007;
  R002?: R002;
  R009?: R009;
  /**
   * array of Distributor IDS
   */
  'REP002-R027'?: REP002R027[];
}
/**
 * Settlement Run Execution
 */
export interface R007 {
  /**
   * DI-159 Settlement Run Execution Date: ISO 8601 Date/time
   */
  settlementRunExecutionDate: string;
}
/**
 * Settlement Run Info
 */
export interface R002 {
  /**
   * DI-305 Settlement Date: ISO 8601 Date
   */
  settlementDate: string;
  /**
   * DI-160 Settlement Code: A code which, together with the Settlement Date, identifies a Settlement published in the Settlement Timetable. It identifies the type of Settlement.
   */
  settlementCode: 'SF' | 'R1' | 'R2' | 'R3' | 'RF' | 'DR' | 'DF' | 'II';
  /**
   * DI-161 Run Number: The identifier, unique within an Agent system, which identifies a run of that system.
   */
  runNumber: number;
}
/**
 * Supplier MPID
 */
export interface R009 {
  /**
   * DI-495 Supplier MPID: Supplier MPID  - as defined in ISD
   */
  supplierMPID: string;
}
/**
 * Distributor ID
 */
export interface REP002R027 {
  R027: R027;
  'REP002-R013': REP002R013[];
}
/**
 * Distributor ID
 */
export interface R027 {
  /**
   * DI-029 Distributor ID: The market-wide unique reference for the distributor who is responsible for the distribution network that a metering point is connected to.
   */
  distributorID: string;
}
/**
 * GSP Group
 */
export interface REP002R013 {
  R013: R013;
  'REP002-R010': REP002R010[];
}
/**
 * GSP Group
 */
export interface R013 {
  /**
   * DI-037 GSP Group ID: Identifies the distinct grid supply point group (physical region of the country) where the metering point is located.
   */
  GSPGroupID: '_A' | '_B' | '_C' | '_D' | '_E' | '_F' | '_G' | '_H' | '_J' | '_K' | '_L' | '_M' | '_N' | '_P';
}
/**
 * R010 - Tariff Characterisitics + child records
 */
export interface REP002R010 {
  R010?: R010;
  'REP002-R011'?: R011[];
  R0105?: R0105;
}
/**
 * Tariff Characteristics
 */
export interface R010 {
  /**
   * DI-345 DUoS Tariff ID: Reference to identify the DUoS Tarriff assigned to an MPAN
   */
  DUoSTariffID: string;
  /**
   * DI-485 DUoS Tariff Energy Direction: A flag that indicates if the DUoS Tariff is for import or export.
   */
  DUoSTariffEnergyDirection: 'E' | 'I';
  /**
   * DI-486 DUoS Tariff Domestic Premise Indicator: A flag that indicates if the DUoS Tariff is for domestic premises.
   */
  DUoSTariffDomesticPremiseIndicator: boolean;
}
/**
 * Consumption data by Settlement Period
 */
export interface R011 {
  /**
   * DI-496 Settlement Period: The reference number for a Settlement Period, unique within Settlement Date. Period Ids are assigned sequentially to each period in the local time day. Period 1 identifies the half hour period which ends at 00:30 local time.
   */
  settlementPeriod: number;
  /**
   * DI-081 Settlement Period Duration: The settlement period duration in minutes.
   */
  settlementPeriodDuration: number;
  /**
   * DI-347 Total Uncorrected Volume: Number (9,6) format
   */
  totalUncorrectedVolume: string;
  /**
   * DI-487 Total Number Energised MPANs: The Total number of Energised MPANs by Settlement Period.
   */
  totalNumberEnergisedMPANs: number;
  /**
   * DI-488 Total Number De Energised MPANs: The Total number of De-Energised MPANs  by Settlement Period.
   */
  totalNumberDeEnergisedMPANs: number;
}
/**
 * Daily volumes on Actuals or Estimates
 */
export interface R0105 {
  /**
   * DI-489 Daily Total Volume Based On Actual Data: Number (9,6) format
   */
  dailyTotalVolumeBasedOnActualData: string;
  /**
   * DI-490 Daily Total Volume Based On Estimated Data: Number (9,6) format
   */
  dailyTotalVolumeBasedOnEstimatedData: string;
}
/**
 * REP-002A [DUoSEmbeddedLDSOAggData]: Embedded Network report for DUoS – aggregated data.
 * Schema version 008; Interfaces-EventCodes-unresolved.yaml#/components/schemas/REP-002A-Payload.
 */
export interface REP002ADUoSEmbeddedLDSOAggDataPayload {
  /**
   * MHHS Common Block for REP002A
   */
  CommonBlock: {
    S0: {
      interfaceID: 'REP-002A';
      schemaVersion: '008';
      eventCode: '[DUoSEmbeddedLDSOAggData]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * MHHS Common Block for REP002A, report adopts REP-002A-CustomBlock format
   */
  CustomBlock: {
    P03: P03;
    schema?: REP002ACustomBlock;
  };
}
/**
 * REP002A Custom data block - Embedded Network report for DUoS – aggregated data
 */
export interface REP002ACustomBlock {
  R027?: R027;
  R013?: R013;
  R007?: R007;
  R002?: R002;
  /**
   * array of Embedded LDSOs
   */
  'REP002A-R006'?: REP002AR006[];
}
/**
 * R006 - Supplier + Tariff Characterisitics
 */
export interface REP002AR006 {
  R006?: R006;
  'REP002A-R010'?: REP002AR010[];
}
/**
 * Embedded LDSO ID
 */
export interface R006 {
  /**
   * DI-483 Embedded LDSO ID: The unique reference for an LDSO
   */
  embeddedLDSOID: string;
}
/**
 * R010 - Tariff Characterisitics + child records A
 */
export interface REP002AR010 {
  R010?: R010;
  'REP002A-R012'?: R012[];
  R0105?: R0105;
}
/**
 * Embedded Consumption data by Settlement Period
 */
export interface R012 {
  /**
   * DI-496 Settlement Period: The reference number for a Settlement Period, unique within Settlement Date. Period Ids are assigned sequentially to each period in the local time day. Period 1 identifies the half hour period which ends at 00:30 local time.
   */
  settlementPeriod: number;
  /**
   * DI-081 Settlement Period Duration: The settlement period duration in minutes.
   */
  settlementPeriodDuration: number;
  /**
   * DI-491 Embedded Total Uncorrected Volume: Number (9,6) format
   */
  embeddedTotalUncorrectedVolume: string;
  /**
   * DI-487 Total Number Energised MPANs: The Total number of Energised MPANs by Settlement Period.
   */
  totalNumberEnergisedMPANs: number;
  /**
   * DI-488 Total Number De Energised MPANs: The Total number of De-Energised MPANs  by Settlement Period.
   */
  totalNumberDeEnergisedMPANs: number;
}
/**
 * REP-002B [DUoSLDSOAggData]: Embedded Network report (LDSO) for DUoS – aggregated data.
 * Schema version 008; Interfaces-EventCodes-unresolved.yaml#/components/schemas/REP-002B-Payload.
 */
export interface REP002BDUoSLDSOAggDataPayload {
  /**
   * MHHS Common Block for REP002B
   */
  CommonBlock: {
    S0: {
      interfaceID: 'REP-002B';
      schemaVersion: '008';
      eventCode: '[DUoSLDSOAggData]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * MHHS Common Block for REP002B, report adopts REP-002B-CustomBlock format
   */
  CustomBlock: {
    P03: P03;
    schema?: REP002BCustomBlock;
  };
}
/**
 * REP002 Custom data block - LDSO report for DUOS - aggregated data
 */
export interface REP002BCustomBlock {
  R027?: R027;
  R013?: R013;
  R007?: R007;
  R002?: R002;
  /**
   * array of Suppliers
   */
  'REP002B-R009'?: REP002BR009[];
}
/**
 * R009 extended - Supplier + Tariff Characterisitics
 */
export interface REP002BR009 {
  R009?: R009;
  'REP002B-R010'?: REP002BR010[];
}
/**
 * R010 - Tariff Characterisitics + child records
 */
export interface REP002BR010 {
  R010?: R010;
  'REP002B-R011'?: R011[];
  R0105?: R0105;
}
/**
 * REP-003 [BMUnitAllocatedDemandVolumesToMarketParticipants]: BM Unit Allocated Demand Volumes to Suppliers.
 * Schema version 008; Interfaces-EventCodes-unresolved.yaml#/components/schemas/REP-003-Payload.
 */
export interface REP003BMUnitAllocatedDemandVolumesToMarketParticipantsPayload {
  /**
   * MHHS Common Block for REP003
   */
  CommonBlock: {
    S0: {
      interfaceID: 'REP-003';
      schemaVersion: '008';
      eventCode: '[BMUnitAllocatedDemandVolumesToMarketParticipants]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * MHHS Common Block for REP002, report adopts REP-002-CustomBlock format
   */
  CustomBlock: {
    P03: P03;
    schema?: REP003CustomBlock;
  };
}
/**
 * REP003 Custom data block
 */
export interface REP003CustomBlock {
  R013?: R013;
  R007?: R007;
  R002?: R002;
  R103?: R103;
  /**
   * Supplier(s)
   */
  'REP003-R015'?: REP003R015[];
  /**
   * GSP Group correction factors
   */
  'REP003-R024'?: R024[];
}
/**
 * Settlement Period Duration
 */
export interface R103 {
  /**
   * DI-081 Settlement Period Duration: The settlement period duration in minutes.
   */
  settlementPeriodDuration: number;
}
/**
 * R015 - extended records
 */
export interface REP003R015 {
  R015?: R015;
  'REP003-R016'?: REP003R016[];
}
/**
 * Supplier
 */
export interface R015 {
  /**
   * DI-495 Supplier MPID: Supplier MPID  - as defined in ISD
   */
  supplierMPID: string;
}
/**
 * R016 - extended records
 */
export interface REP003R016 {
  R016?: R016;
  'REP003-R017'?: REP003R017[];
  R021?: R021;
  'REP003-R051'?: REP003R051[];
}
/**
 * BM Unit Standing Data
 */
export interface R016 {
  /**
   * DI-302 BM Unit ID: The unique reference for a BM Unit.
   */
  BMUnitID: string;
  /**
   * DI-357 Default BM Unit Flag: Denotes whether or not the BM Unit is the default for a Supplier in a GSP Group.
   */
  defaultBMUnitFlag: boolean;
}
/**
 * R017 - extended records
 */
export interface REP003R017 {
  R017?: R017;
  R019?: R019;
  'REP003-R018'?: R018[];
}
/**
 * MHHS Consumption Component Class HH Energy
 */
export interface R017 {
  /**
   * DI-300 Consumption Component Class ID: The reference number for a consumption component class.
   */
  consumptionComponentClassID: number;
  /**
   * DI-325 GSP Group Correction Scaling Weight: Number (2,2) format
   */
  GSPGroupCorrectionScalingWeight: string;
  /**
   * DI-015 Connection Type Indicator: A code to indicate the type of connection.
   */
  connectionTypeIndicator: 'W' | 'L' | 'H' | 'E' | 'U';
  /**
   * DI-050 Market Segment Indicator: An enumeration of Smart/Advanced/Unmetered.
   */
  marketSegmentIndicator: 'U' | 'S' | 'A';
  /**
   * DI-080 Consumption Component Indicator: The consumption component indictor
   */
  consumptionComponentIndicator: 'C' | 'L';
}
/**
 * Daily Totals Per BM Unit by Consumption Component Class
 */
export interface R019 {
  /**
   * DI-363 Daily BM Unit Period Level Consumption: Number (9,6) format
   */
  dailyBMUnitPeriodLevelConsumption: string;
  /**
   * DI-364 Daily BM Unit Period Level Consumption Losses: Number (9,6) format
   */
  dailyBMUnitPeriodLevelConsumptionLosses: string | null;
  /**
   * DI-365 Daily Corrected Component: Number (9,6) format
   */
  dailyCorrectedComponent: string;
  /**
   * DI-366 Daily Corrected Component Losses: Number (9,6) format
   */
  dailyCorrectedComponentLosses: string;
}
/**
 * Corrected & Uncorrected Components
 */
export interface R018 {
  /**
   * DI-305 Settlement Date: ISO 8601 Date
   */
  settlementDate: string;
  /**
   * DI-496 Settlement Period: The reference number for a Settlement Period, unique within Settlement Date. Period Ids are assigned sequentially to each period in the local time day. Period 1 identifies the half hour period which ends at 00:30 local time.
   */
  settlementPeriod: number;
  /**
   * DI-359 Uncorrected BM Unit Period Level Consumption: Number (9,6) format
   */
  uncorrectedBMUnitPeriodLevelConsumption: string | null;
  /**
   * DI-360 Uncorrected BM Unit Period Level Consumption Losses: Number (9,6) format
   */
  uncorrectedBMUnitPeriodLevelConsumptionLosses: string | null;
  /**
   * DI-362 Corrected Component Consumption: Number (9,6) format
   */
  correctedComponentConsumption: string | null;
  /**
   * DI-324 Corrected Component Losses: Number (9,6) format
   */
  correctedComponentLosses: string | null;
}
/**
 * Daily Total (2) BM Unit HH  Energy
 */
export interface R021 {
  /**
   * DI-367 Daily Uncorrected Period BM Unit Total Allocated Volume: Number (9,6) format
   */
  dailyUncorrectedPeriodBMUnitTotalAllocatedVolume: string;
  /**
   * DI-368 Daily Period BM Unit Total Allocated Volume: Number (9,6) format
   */
  dailyPeriodBMUnitTotalAllocatedVolume: string;
  /**
   * DI-492 Daily BM Unit MSID Count: The count of HH MPANs for a BM Unit for a Settlement Day.
   */
  dailyBMUnitMSIDCount: number;
}
/**
 * Demand Disconnection Event Details - extended REP003
 */
export interface REP003R051 {
  R051?: R051;
  'REP003-R022'?: R022[];
  R023?: R023;
}
/**
 * Demand Disconnection Event Details
 */
export interface R051 {
  /**
   * DI-332 Demand Disconnection Event ID
   */
  demandDisconnectionEventID: string;
  /**
   * DI-334 DDE Start Datetime: ISO 8601 Date/time
   */
  DDEStartDate: string;
  /**
   * DI-335 DDE End Datetime: ISO 8601 Date/time
   */
  DDEEndDate: string;
}
/**
 * BM Unit Allocated Demand Disconnection Volume
 */
export interface R022 {
  /**
   * DI-496 Settlement Period: The reference number for a Settlement Period, unique within Settlement Date. Period Ids are assigned sequentially to each period in the local time day. Period 1 identifies the half hour period which ends at 00:30 local time.
   */
  SettlementPeriod: number;
  /**
   * DI-341 BM Unit Allocated Demand Disconnection Volume: Number (9,6) format
   */
  BMUnitAllocatedDemandDisconnectionVolume: string | null;
  /**
   * DI-339 BM Unit Allocated Demand Disconnection Volume Losses: Number (9,6) format
   */
  BMUnitAllocatedDemandDisconnectionVolumeLosses: string | null;
}
/**
 * DDE Daily Total
 */
export interface R023 {
  /**
   * DI-369 Daily BM Unit Allocated Demand Disconnection Volume: Number (9,6) format
   */
  dailyBMUnitAllocatedDemandDisconnectionVolume: string;
  /**
   * DI-370 Daily BM Unit Allocated Demand Disconnection Volume Losses: Number (9,6) format
   */
  dailyBMUnitAllocatedDemandDisconnectionVolumeLosses: string;
}
/**
 * GSP Group Correction Factors
 */
export interface R024 {
  /**
   * DI-496 Settlement Period: The reference number for a Settlement Period, unique within Settlement Date. Period Ids are assigned sequentially to each period in the local time day. Period 1 identifies the half hour period which ends at 00:30 local time.
   */
  settlementPeriodID: number;
  /**
   * DI-322 Group Correction Factor Import: Group Correction Factor (Number 9,9) format
   */
  groupCorrectionFactorImport: string;
  /**
   * DI-323 Group Correction Factor Export: Group Correction Factor (Number 9,9) format
   */
  groupCorrectionFactorExport: string;
}
/**
 * REP-003A [AggregatedBMUnitAllocatedDemandVolumes]: Aggregated BM Unit Allocated Demand Volumes to Suppliers.
 * Schema version 008; Interfaces-EventCodes-unresolved.yaml#/components/schemas/REP-003A-Payload.
 */
export interface REP003AAggregatedBMUnitAllocatedDemandVolumesPayload {
  /**
   * MHHS Common Block for REP003
   */
  CommonBlock: {
    S0: {
      interfaceID: 'REP-003A';
      schemaVersion: '008';
      eventCode: '[AggregatedBMUnitAllocatedDemandVolumes]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * MHHS Common Block for REP003A, report adopts REP-003A-CustomBlock format
   */
  CustomBlock: {
    P03: P03;
    schema?: REP003ACustomBlock;
  };
}
/**
 * REP003 Custom data block
 */
export interface REP003ACustomBlock {
  R013?: R013;
  R007?: R007;
  R002?: R002;
  R103?: R103;
  /**
   * Supplier(s)
   */
  'REP003A-R015'?: REP003AR015[];
  /**
   * GSP Group correction factors
   */
  'REP003A-R024'?: R024[];
}
/**
 * R015A - extended records
 */
export interface REP003AR015 {
  R015?: R015;
  'REP003A-R016'?: REP003AR016[];
}
/**
 * R016 - extended records
 */
export interface REP003AR016 {
  R016?: R016;
  'REP003A-R020'?: REP003AR020[];
  R021?: R021;
  'REP003A-R051'?: REP003AR051[];
}
/**
 * R020 Consumption Class- extended records
 */
export interface REP003AR020 {
  R020?: R020;
  R019?: R019;
  'REP003A-R018'?: R018[];
}
/**
 * Consumption Component Class HH Energy
 */
export interface R020 {
  /**
   * DI-303 CCC ID: The reference number for a consumption component class.
   */
  CCCID: number;
  /**
   * DI-325 GSP Group Correction Scaling Weight: Number (2,2) format
   */
  GSPGroupCorrectionScalingWeight: string;
}
/**
 * Demand Disconnection Event Details - extended REP003A
 */
export interface REP003AR051 {
  R051?: R051;
  'REP003-R022'?: R022[];
  R023?: R023;
}
/**
 * REP-004 [SupplierDeemedTakeReport]: Supplier Deemed Take Report.
 * Schema version 008; Interfaces-EventCodes-unresolved.yaml#/components/schemas/REP-004-Payload.
 */
export interface REP004SupplierDeemedTakeReportPayload {
  /**
   * MHHS Common Block for REP004
   */
  CommonBlock: {
    S0: {
      interfaceID: 'REP-004';
      schemaVersion: '008';
      eventCode: '[SupplierDeemedTakeReport]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * MHHS Common Block for REP004, report adopts REP-004-CustomBlock format
   */
  CustomBlock: {
    P03: P03;
    schema?: REP004CustomBlock;
  };
}
/**
 * REP004 Custom data block
 */
export interface REP004CustomBlock {
  R013?: R013;
  R007?: R007;
  R002?: R002;
  'REP004-R009'?: REP004R009;
}
/**
 * Supplier Deemed Take
 */
export interface REP004R009 {
  R009?: R009;
  'REP004-R026'?: R026[];
  'REP004-R025'?: R025[];
}
/**
 * Supplier Deemed Take Per Settlement Period
 */
export interface R026 {
  /**
   * DI-496 Settlement Period: The reference number for a Settlement Period, unique within Settlement Date. Period Ids are assigned sequentially to each period in the local time day. Period 1 identifies the half hour period which ends at 00:30 local time.
   */
  SettlementPeriod: number;
  /**
   * DI-327 Supplier Deemed Take: Number (9,6) format
   */
  supplierDeemedTake: string;
}
/**
 * Daily Supplier Deemed Take
 */
export interface R025 {
  /**
   * DI-373 Daily Supplier Deemed Take: Number (9,6) format
   */
  dailySupplierDeemedTakeforSettlementDay: string;
}
/**
 * REP-006 [UncorrectedConsumptionAndLossesByCCCID]: Aggregated Uncorrected volumes by CCC to Market Participants.
 * Schema version 008; Interfaces-EventCodes-unresolved.yaml#/components/schemas/REP-006-Payload.
 */
export interface REP006UncorrectedConsumptionAndLossesByCCCIDPayload {
  /**
   * MHHS Common Block for REP006
   */
  CommonBlock: {
    S0: {
      interfaceID: 'REP-006';
      schemaVersion: '008';
      eventCode: '[UncorrectedConsumptionAndLossesByCCCID]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * MHHS Common Block for REP006, report adopts REP-006-CustomBlock format
   */
  CustomBlock: {
    P03: P03;
    schema?: REP006CustomBlock;
  };
}
/**
 * REP006 Custom data block
 */
export interface REP006CustomBlock {
  R013?: R013;
  R007?: R007;
  R002?: R002;
  /**
   * Array of extended Supplier records
   */
  'REP006-R015'?: REP006R015[];
}
/**
 * R015 Supplier - extended records
 */
export interface REP006R015 {
  R015?: R015;
  'REP006-R032'?: REP006R032[];
}
/**
 * R032 - extended records
 */
export interface REP006R032 {
  R032?: R032;
  'REP006-R003'?: REP006R003[];
  'REP006-R051'?: REP006R051[];
}
/**
 * BM Unit ID
 */
export interface R032 {
  /**
   * DI-302 BM Unit ID: The unique reference for a BM Unit.
   */
  BMUnitID: string;
}
/**
 * R003 - extended records
 */
export interface REP006R003 {
  R003?: R003;
  'REP006-R033'?: R033[];
  R034?: R034;
}
/**
 * CCC Determination Data
 */
export interface R003 {
  /**
   * DI-015 Connection Type Indicator: A code to indicate the type of connection.
   */
  connectionTypeIndicator: 'W' | 'L' | 'H' | 'E' | 'U';
  /**
   * DI-052 Measurement Quantity ID: Identifies the type of the quantity that is measured by the Settlement Period Value.
   */
  measurementQuantityID: 'AI' | 'AE' | 'RI' | 'RE';
  /**
   * DI-050 Market Segment Indicator: An enumeration of Smart/Advanced/Unmetered.
   */
  marketSegmentIndicator: 'U' | 'S' | 'A';
  /**
   * DI-300 Consumption Component Class ID: The reference number for a consumption component class.
   */
  consumptionComponentClassID: number;
  /**
   * DI-080 Consumption Component Indicator: The consumption component indictor
   */
  consumptionComponentIndicator: 'C' | 'L';
}
/**
 * Uncorrected Aggregated Volumes
 */
export interface R033 {
  /**
   * DI-496 Settlement Period: The reference number for a Settlement Period, unique within Settlement Date. Period Ids are assigned sequentially to each period in the local time day. Period 1 identifies the half hour period which ends at 00:30 local time.
   */
  settlementPeriod: number;
  /**
   * DI-374 MSID Count: The count ofmetering systems by Consumption Component Class and Supplier in a GSP Group
   */
  MSIDCount: number;
  /**
   * DI-359 Uncorrected BM Unit Period Level Consumption: Number (9,6) format
   */
  uncorrectedBMUnitPeriodLevelConsumption: string | null;
  /**
   * DI-360 Uncorrected BM Unit Period Level Consumption Losses: Number (9,6) format
   */
  uncorrectedBMUnitPeriodLevelConsumptionLosses: string | null;
}
/**
 * Daily Totals
 */
export interface R034 {
  /**
   * DI-375 Daily Uncorrected BM Unit Period Level Consumption: Number (9,6) format
   */
  dailyUncorrectedBMUnitPeriodLevelConsumption: string | null;
  /**
   * DI-364 Daily BM Unit Period Level Consumption Losses: Number (9,6) format
   */
  dailyBMUnitPeriodLevelConsumptionLosses: string | null;
}
/**
 * Demand Disconnection Event Details - extended REP003
 */
export interface REP006R051 {
  R051?: R051;
  'REP006-R106'?: R106[];
  R107?: R107;
}
/**
 * Uncorrected Demand Disconnection Event Volumes by Supplier BM Unit- parent is R051
 */
export interface R106 {
  /**
   * DI-300 Consumption Component Class ID: The reference number for a consumption component class.
   */
  consumptionComponentClassID: number;
  /**
   * DI-496 Settlement Period: The reference number for a Settlement Period, unique within Settlement Date. Period Ids are assigned sequentially to each period in the local time day. Period 1 identifies the half hour period which ends at 00:30 local time.
   */
  settlementPeriodID: number;
  /**
   * DI-336 Supplier Advanced Demand Disconnection Volume: Number (9,6) format
   */
  supplierAdvancedDemandDisconnectionVolume: string;
  /**
   * DI-337 Supplier Advanced Demand Disconnection Volume Losses: Number (9,6) format
   */
  supplierAdvancedDemandDisconnectionVolumeLosses: string;
  /**
   * DI-338 BM Unit Demand Disconnection Volume: Number (9,6) format
   */
  BMUnitDemandDisconnectionVolume: string;
  /**
   * DI-339 BM Unit Allocated Demand Disconnection Volume Losses: Number (9,6) format
   */
  BMUnitDemandDisconnectionVolumeLosses: string | null;
}
/**
 * Daily Uncorrected Demand Disconnection Volumes
 */
export interface R107 {
  /**
   * DI-376 Daily Advanced Demand Disconnection Volume: Number (9,6) format
   */
  dailyAdvancedDemandDisconnectionVolume: string;
  /**
   * DI-377 Daily Advanced Demand Disconnection Volume Losses: Number (9,6) format
   */
  dailyAdvancedDemandDisconnectionVolumeLosses: string;
  /**
   * DI-378 Daily BMU Demand Disconnection Volume: Number (9,6) format
   */
  dailyBMUnitDemandDisconnectionVolume: string;
  /**
   * DI-379 Daily BMU Demand Disconnection Volume Losses: Number (9,6) format
   */
  dailyBMUnitDemandDisconnectionVolumeLosses: string;
}
/**
 * REP-007 [BMUnitDefaultsToSuppliers]: VAS Exception Report to Suppliers.
 * Schema version 008; Interfaces-EventCodes-unresolved.yaml#/components/schemas/REP-007-Payload.
 */
export interface REP007BMUnitDefaultsToSuppliersPayload {
  /**
   * MHHS Common Block for REP007
   */
  CommonBlock: {
    S0: {
      interfaceID: 'REP-007';
      schemaVersion: '008';
      eventCode: '[BMUnitDefaultsToSuppliers]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * MHHS Common Block for REP007, report adopts REP-007-CustomBlock format
   */
  CustomBlock: {
    P03: P03;
    schema?: REP007CustomBlock;
  };
}
/**
 * REP007 Custom data block
 */
export interface REP007CustomBlock {
  R007?: R007;
  R002?: R002;
  'REP007-R013'?: REP007R013[];
}
/**
 * R013 - extended records
 */
export interface REP007R013 {
  R013?: R013;
  /**
   * BMUs pertinent to the GSP
   */
  'REP007-R036'?: R036[];
}
/**
 * BMU Default Data Detail
 */
export interface R036 {
  /**
   * DI-302 BM Unit ID: The unique reference for a BM Unit.
   */
  BMUnitID: string;
  /**
   * DI-380 Details Of Default Data Used: Detail of all default data used for Data Services
   */
  detailsOfDefaultDataUsed: string;
}
/**
 * REP-008 [LDSOLLFDefaultData]: MDS Exception Report to LDSOs.
 * Schema version 008; Interfaces-EventCodes-unresolved.yaml#/components/schemas/REP-008-Payload.
 */
export interface REP008LDSOLLFDefaultDataPayload {
  /**
   * MHHS Common Block for REP008
   */
  CommonBlock: {
    S0: {
      interfaceID: 'REP-008';
      schemaVersion: '008';
      eventCode: '[LDSOLLFDefaultData]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * MHHS Common Block for REP008, report adopts REP-008-CustomBlock format
   */
  CustomBlock: {
    P03: P03;
    schema?: REP008CustomBlock;
  };
}
/**
 * REP008 Custom data block
 */
export interface REP008CustomBlock {
  R002?: R002;
  R013?: R013;
  R027?: R027;
  R039?: R039;
}
/**
 * LLF Default Data Detail
 */
export interface R039 {
  /**
   * DI-494 Details of Default LLF Data Used: Detail of all default LLF data used for Data Services
   */
  detailsofDefaultLLFDataUsed: string;
}
/**
 * REP-009 [EMRSReportForSuppliers]: EMRS Report for Suppliers.
 * Schema version 008; Interfaces-EventCodes-unresolved.yaml#/components/schemas/REP-009-Payload.
 */
export interface REP009EMRSReportForSuppliersPayload {
  /**
   * MHHS Common Block for REP009
   */
  CommonBlock: {
    S0: {
      interfaceID: 'REP-009';
      schemaVersion: '008';
      eventCode: '[EMRSReportForSuppliers]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * MHHS Common Block for REP002, report adopts REP-002-CustomBlock format
   */
  CustomBlock: {
    P03: P03;
    schema?: REP009CustomBlock;
  };
}
/**
 * REP009 Custom data block
 */
export interface REP009CustomBlock {
  R002?: R002;
  'REP009-R015'?: REP009R015;
}
/**
 * R015 - extended records
 */
export interface REP009R015 {
  R015?: R015;
  /**
   * GSPs for the Supplier
   */
  'REP009-R013'?: REP009R013[];
}
/**
 * R013 - extended records
 */
export interface REP009R013 {
  R013?: R013;
  /**
   * Period Metering data for the GSP
   */
  'REP009-R068'?: R068[];
}
/**
 * Period Metering Data
 */
export interface R068 {
  /**
   * DI-063 MPAN Core: MPAN Core
   */
  MPANCore: string;
  /**
   * DI-052 Measurement Quantity ID: Identifies the type of the quantity that is measured by the Settlement Period Value.
   */
  measurementQuantityID: 'AI' | 'AE' | 'RI' | 'RE';
  /**
   * DI-307 Settlement Period ID: The reference number for a Settlement Period, unique within Settlement Date. Period Ids are assigned sequentially to each period in the local time day. Period 1 identifies the half hour period which endst 00:30 local time.
   */
  settlementPeriodID: number;
  /**
   * DI-432 Period Metering System Metered Data: The metered data for a Metering System.
   */
  periodMeteringSystemMeteredData: string;
  /**
   * DI-083 Settlement Period Quality Indicator: Describes if the Settlement Period Value is an actual or an estimate.
   */
  settlementPeriodQualityIndicator:
    | 'A'
    | 'E'
    | 'E0'
    | 'E1'
    | 'E2'
    | 'E3'
    | 'E4'
    | 'E5'
    | 'E6'
    | 'E7'
    | 'E8'
    | 'E9'
    | 'ZE'
    | 'ZE1'
    | 'ZE2'
    | 'ZE3'
    | 'A1'
    | 'A2'
    | 'A3'
    | 'AAE1'
    | 'AAE2'
    | 'AAE3'
    | 'EAE1'
    | 'EAE2'
    | 'EAE3'
    | 'EA1'
    | 'EA2'
    | 'EA3'
    | 'EA4'
    | 'EA5'
    | 'EA6'
    | 'EA7'
    | 'EA8'
    | 'EA9'
    | 'EA10'
    | 'EA11'
    | 'EA12'
    | 'EA13';
}
/**
 * REP-900 [DUoSSupplierInvData]: LDSO E-Bill - Distribution Invoice.
 * Schema version 008; Interfaces-EventCodes-unresolved.yaml#/components/schemas/REP-900-Payload.
 */
export interface REP900DUoSSupplierInvDataPayload {
  /**
   * MHHS Common Block for REP900
   */
  CommonBlock: {
    S0: {
      interfaceID: 'REP-900';
      schemaVersion: '008';
      eventCode: '[DUoSSupplierInvData]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  /**
   * MHHS Common Block for REP002, report adopts REP-002-CustomBlock format
   */
  CustomBlock: {
    P03: P03;
    schema?: REP900CustomBlock;
  };
}
/**
 * REP900 Custom data block
 */
export interface REP900CustomBlock {
  'R900-01'?: R900_01;
  'R900-02'?: R900_02;
  /**
   * LDSO Billing Site Info
   */
  'R900-03'?: R900_03[];
}
/**
 * LDSO Billing Distributor Info (Mandatory)
 */
export interface R900_01 {
  /**
   * DI-029 Distributor ID: The market-wide unique reference for the distributor who is responsible for the distribution network that a metering point is connected to.
   */
  distributorID: string;
  /**
   * DI-520 Distributor Registered Name: The legal registered name of the Distributor issuing the invoice..
   */
  distributorRegisteredName: string;
  /**
   * DI-521 Distributor Company Registration Number: The legal registered number of the Distributor issuing the invoice..
   */
  distributorCompanyRegistrationNumber: string;
  /**
   * DI-522 Distributor Registered Address Line 1: Address Line
   */
  distributorRegisteredAddressLine1: string | null;
  /**
   * DI-523 Distributor Registered Address Line 2: Address Line
   */
  distributorRegisteredAddressLine2: string | null;
  /**
   * DI-524 Distributor Registered Address Line 3: Address Line
   */
  distributorRegisteredAddressLine3: string | null;
  /**
   * DI-525 Distributor Registered Address Line 4: Address Line
   */
  distributorRegisteredAddressLine4: string | null;
  /**
   * DI-526 Distributor Registered Address Line 5: Address Line
   */
  distributorRegisteredAddressLine5: string | null;
  /**
   * DI-527 Distributor Registered Address Line 6: Address Line
   */
  distributorRegisteredAddressLine6: string | null;
  /**
   * DI-528 Distributor Registered Address Line 7: Address Line
   */
  distributorRegisteredAddressLine7: string | null;
  /**
   * DI-529 Distributor Registered Address Line 8: Address Line
   */
  distributorRegisteredAddressLine8: string | null;
  /**
   * DI-530 Distributor Registered Address Line 9: Address Line
   */
  distributorRegisteredAddressLine9: string | null;
  /**
   * DI-531 Distributor Registered Address Postcode: UK Post Code
   */
  distributorRegisteredAddressPostcode: string;
  /**
   * DI-532 Distributor Billing Contact Name
   */
  distributorBillingContactName: string;
  /**
   * DI-533 Distributor Billing Email: E-mail address
   */
  distributorBillingEmail: string;
  /**
   * DI-534 Distributor Billing Telephone Number: Telephone Number
   */
  distributorBillingTelephoneNumber: string;
  /**
   * DI-535 Distributor Billing Address Line 1: Address Line
   */
  distributorBillingAddressLine1: string | null;
  /**
   * DI-536 Distributor Billing Address Line 2: Address Line
   */
  distributorBillingAddressLine2: string | null;
  /**
   * DI-537 Distributor Billing Address Line 3: Address Line
   */
  distributorBillingAddressLine3: string | null;
  /**
   * DI-538 Distributor Billing Address Line 4: Address Line
   */
  distributorBillingAddressLine4: string | null;
  /**
   * DI-539 Distributor Billing Address Line 5: Address Line
   */
  distributorBillingAddressLine5: string | null;
  /**
   * DI-540 Distributor Billing Address Line 6: Address Line
   */
  distributorBillingAddressLine6: string | null;
  /**
   * DI-541 Distributor Billing Address Line 7: Address Line
   */
  distributorBillingAddressLine7: string | null;
  /**
   * DI-542 Distributor Billing Address Line 8: Address Line
   */
  distributorBillingAddressLine8: string | null;
  /**
   * DI-543 Distributor Billing Address Line 9: Address Line
   */
  distributorBillingAddressLine9: string | null;
  /**
   * DI-544 Distributor Billing Postcode: UK Post Code
   */
  distributorBillingPostcode: string;
  /**
   * DI-545 Distributor Bank Sort Code: Bank Sort Code (only numbers, no spaces or hyphens)
   */
  distributorBankSortCode: string;
  /**
   * DI-546 Distributor Bank Account Number: Bank Account Number
   */
  distributorBankAccountNumber: string;
  /**
   * DI-547 Distributor VAT Registration Number
   */
  distributorVATRegistrationNumber: string;
}
/**
 * R900-02 - LDSO Billing Supplier Info (Mandatory)
 */
export interface R900_02 {
  /**
   * DI-495 Supplier MPID: Supplier MPID  - as defined in ISD
   */
  supplierMPID: string;
  /**
   * DI-087 Supplier DIP ID: DIP Participant Id
   */
  supplierDIPID: string;
  /**
   * DI-548 LDSO Billing Supplier Trading Name
   */
  LDSOBillingSupplierTradingName: string;
  /**
   * DI-549 LDSO Billing Supplier VAT Registration Number
   */
  LDSOBillingSupplierVATRegistrationNumber: string | null;
  /**
   * DI-550 LDSO Billing Supplier VAT additional text
   */
  LDSOBillingSupplierVATadditionaltext: string | null;
  /**
   * DI-551 LDSO Billing Supplier Bill To Contact Name
   */
  'LDSOBillingSupplierBill-ToContactName': string;
  /**
   * DI-552 LDSO Billing Supplier Bill To Address Line 1: Address Line
   */
  'LDSOBillingSupplierBill-ToAddressLine1': string | null;
  /**
   * DI-553 LDSO Billing Supplier Bill To Address Line 2: Address Line
   */
  'LDSOBillingSupplierBill-ToAddressLine2': string | null;
  /**
   * DI-554 LDSO Billing Supplier Bill To Address Line 3: Address Line
   */
  'LDSOBillingSupplierBill-ToAddressLine3': string | null;
  /**
   * DI-555 LDSO Billing Supplier Bill To Address Line 4: Address Line
   */
  'LDSOBillingSupplierBill-ToAddressLine4': string | null;
  /**
   * DI-556 LDSO Billing Supplier Bill To Address Line 5: Address Line
   */
  'LDSOBillingSupplierBill-ToAddressLine5': string | null;
  /**
   * DI-557 LDSO Billing Supplier Bill To Address Line 6: Address Line
   */
  'LDSOBillingSupplierBill-ToAddressLine6': string | null;
  /**
   * DI-558 LDSO Billing Supplier Bill To Address Line 7: Address Line
   */
  'LDSOBillingSupplierBill-ToAddressLine7': string | null;
  /**
   * DI-559 LDSO Billing Supplier Bill To Address Line 8: Address Line
   */
  'LDSOBillingSupplierBill-ToAddressLine8': string | null;
  /**
   * DI-560 LDSO Billing Supplier Bill To Address Line 9: Address Line
   */
  'LDSOBillingSupplierBill-ToAddressLine9': string | null;
  /**
   * DI-561 LDSO Billing Supplier Bill To Postcode: UK Post Code
   */
  'LDSOBillingSupplierBill-ToPostcode': string;
}
/**
 * R900-03 - LDSO Billing Site Info (Mandatory)
 */
export interface R900_03 {
  /**
   * DI-037 GSP Group ID: Identifies the distinct grid supply point group (physical region of the country) where the metering point is located.
   */
  GSPGroupID: '_A' | '_B' | '_C' | '_D' | '_E' | '_F' | '_G' | '_H' | '_J' | '_K' | '_L' | '_M' | '_N' | '_P';
  /**
   * DI-565 LDSO Billing Site ID: Uniquely identifies a metering point.  Can be for energy import or export but not both..
   */
  LDSOBillingSiteID: string;
  /**
   * DI-569 LDSO Billing Site Address Line 1: Address Line
   */
  LDSOBillingSiteAddressLine1: string | null;
  /**
   * DI-570 LDSO Billing Site Address Line 2: Address Line
   */
  LDSOBillingSiteAddressLine2: string | null;
  /**
   * DI-571 LDSO Billing Site Address Line 3: Address Line
   */
  LDSOBillingSiteAddressLine3: string | null;
  /**
   * DI-572 LDSO Billing Site Address Line 4: Address Line
   */
  LDSOBillingSiteAddressLine4: string | null;
  /**
   * DI-573 LDSO Billing Site Address Line 5: Address Line
   */
  LDSOBillingSiteAddressLine5: string | null;
  /**
   * DI-574 LDSO Billing Site Address Line 6: Address Line
   */
  LDSOBillingSiteAddressLine6: string | null;
  /**
   * DI-575 LDSO Billing Site Address Line 7: Address Line
   */
  LDSOBillingSiteAddressLine7: string | null;
  /**
   * DI-576 LDSO Billing Site Address Line 8: Address Line
   */
  LDSOBillingSiteAddressLine8: string | null;
  /**
   * DI-577 LDSO Billing Site Address Line 9: Address Line
   */
  LDSOBillingSiteAddressLine9: string | null;
  /**
   * DI-578 LDSO Billing Site Post Code: UK Post Code
   */
  LDSOBillingSitePostCode: string;
  /**
   * LDSO Billing Invoive Data
   */
  'R900-04'?: R900_04[];
}
/**
 * R900-04 - LDSO Billing Site Info (Mandatory)
 */
export interface R900_04 {
  /**
   * DI-612 LDSO Billing DUoS Tariff ID: Reference to identify the DUoS Tariff assigned to the billing site
   */
  DUoSTariffID: string;
  /**
   * DI-566 List Of MPANS On Site: List of MPANS on site.
   */
  listOfMPANSonSite: string;
  /**
   * DI-567 Misaligned Multi MPAN Site: Identifies if this is a site where billing has become split across supliers.
   */
  misalignedMultiMPANSite: boolean;
  /**
   * DI-568 LDSO Billing Site Capacity : LDSO Billing Site Capacity.
   */
  LDSOBillingSiteCapacity: number;
  /**
   * DI-580 LDSO Billing Invoice Type: LDSO Billing Invoice Type.
   */
  LDSOBillingInvoiceType: 'Site Specifc DUoS';
  /**
   * DI-581 Tax Point Date: ISO 8601 Date
   */
  taxPointDate: string;
  /**
   * DI-582 Invoice Date: ISO 8601 Date
   */
  invoiceDate: string;
  /**
   * DI-583 Invoice Due Date: ISO 8601 Date
   */
  invoiceDueDate: string;
  /**
   * DI-584 LDSO Biling Invoice Number: LDSO Biling Invoice Number.
   */
  LDSOBilingInvoiceNumber: string;
  /**
   * DI-585 Site Specific DUoS Invoice Type: Site-Specific DUoS Invoice Type.
   */
  siteSpecificDUoSInvoiceType: 'New' | 'Can' | 'Reb';
  /**
   * DI-586 LDSO Billing Cancelled Invoice Number: LDSO Billing Cancelled Invoice Number.
   */
  LDSOBillingCancelledInvoiceNumber: string | null;
  /**
   * DI-587 Cancelled Invoice Date: ISO 8601 Date
   */
  cancelledInvoiceDate: string | null;
  /**
   * DI-588 Charge Period Start Date: ISO 8601 Date
   */
  chargePeriodStartDate: string;
  /**
   * DI-589 Charge Period End Date: ISO 8601 Date
   */
  chargePeriodEndDate: string;
  /**
   * DI-590 Maximum Demand In The Invoice Period
   */
  maximumDemandInTheInvoicePeriod: number | null;
  /**
   * DI-591 Maximum Demand In The Invoice Period Date Time: ISO 8601 Date/time
   */
  maximumDemandInTheInvoicePeriodDateTime: string | null;
  /**
   * DI-592 Total Invoice Amount Ex VAT: Number (15,2) format
   */
  totalInvoiceAmountExVAT: string;
  /**
   * DI-593 Total invoice VAT: Number (15,2) format
   */
  totalInvoiceVAT: string;
  /**
   * DI-594 Total Invoice Amount Inc VAT: Number (15,2) format
   */
  totalInvoiceAmountIncVAT: string;
  /**
   * Invoice Lines
   */
  'R900-05': R900_05[];
}
/**
 * R900-05 - Invoice Lines
 */
export interface R900_05 {
  /**
   * DI-596 Charge Type: Charge Type
   */
  chargeType: 'FIXED' | 'CAPAC' | 'XSCAP' | 'REACT' | 'RED' | 'AMBER' | 'GREEN' | 'YELLO' | 'BLACK' | 'SUPER' | 'ZERO';
  /**
   * DI-597 Number Of Days Billed: Number of Days Billed
   */
  numberOfDaysBilled: number;
  /**
   * DI-598 Quantity: Number (13,3) format
   */
  quantity: string;
  /**
   * DI-599 Price: Number (15,5) format
   */
  price: string;
  /**
   * DI-600 Total Charge For Charge Type Ex VAT: Number (15,2) format
   */
  totalChargeForChargeTypeExVAT: string;
  /**
   * DI-601 VAT Rate Code
   */
  VATRateCode: 'E' | 'S' | 'Z' | 'N';
  /**
   * DI-602 VAT Rate: Number (2,2) format
   */
  VATRate: string;
}
/**
 * REP-901 [DUoSEmbeddedLDSOAggInvData]: LDSO E-Bill - Distribution Invoice.
 * Schema version 008; Interfaces-EventCodes-unresolved.yaml#/components/schemas/REP-901-Payload.
 */
export interface REP901DUoSEmbeddedLDSOAggInvDataPayload {
  /**
   * MHHS Common Block for REP901
   */
  CommonBlock: {
    S0: {
      interfaceID: 'REP-901';
      schemaVersion: '008';
      eventCode: '[DUoSEmbeddedLDSOAggInvData]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  CustomBlock: REP901PayloadCustomBlock;
}
/**
 * MHHS Common Block for REP901, report adopts REP-901-CustomBlock format
 */
export interface REP901PayloadCustomBlock {
  P03: P03;
  schema?: REP901CustomBlock;
}
/**
 * REP901 Custom data block
 */
export interface REP901CustomBlock {
  'R901-01'?: R901_01;
  'R901-02'?: R901_02;
  /**
   * Settlement Days
   */
  'R901-03'?: R901_03[];
}
/**
 * Distributor / GSP Group ID (Mandatory)
 */
export interface R901_01 {
  /**
   * DI-029 Distributor ID: The market-wide unique reference for the distributor who is responsible for the distribution network that a metering point is connected to.
   */
  distributorID: string;
  /**
   * DI-037 GSP Group ID: Identifies the distinct grid supply point group (physical region of the country) where the metering point is located.
   */
  GSPGroupID: '_A' | '_B' | '_C' | '_D' | '_E' | '_F' | '_G' | '_H' | '_J' | '_K' | '_L' | '_M' | '_N' | '_P';
}
/**
 * Settlement Run Info (Mandatory)
 */
export interface R901_02 {
  /**
   * DI-160 Settlement Code: A code which, together with the Settlement Date, identifies a Settlement published in the Settlement Timetable. It identifies the type of Settlement.
   */
  settlementCode: 'SF' | 'R1' | 'R2' | 'R3' | 'RF' | 'DR' | 'DF' | 'II';
  /**
   * DI-161 Run Number: The identifier, unique within an Agent system, which identifies a run of that system.
   */
  runNumber: number;
}
/**
 * UTC Settlement Date  (Mandatory)
 */
export interface R901_03 {
  /**
   * DI-305 Settlement Date: ISO 8601 Date
   */
  settlementDate: string;
  'R901-04'?: R901_04[];
  'R901-05'?: R901_05[];
}
/**
 * Supplier ID  (Mandatory)
 */
export interface R901_04 {
  /**
   * DI-087 Supplier DIP ID: DIP Participant Id
   */
  supplierDIPID: string;
  /**
   * DI-495 Supplier MPID: Supplier MPID  - as defined in ISD
   */
  supplierMPID?: string;
  'R901-06'?: R901_06[];
}
/**
 * Daily Totals
 */
export interface R901_06 {
  /**
   * DI-608 Daily Total MSID Count: Daily Total MSID Count.
   */
  dailyTotalMSIDCount?: number;
  /**
   * DI-609 Daily Total MSID Charge
   */
  dailyTotalMSIDCharge?: string;
  /**
   * DI-610 Daily Total Unit Volume: Number (10,6) format
   */
  dailyTotalUnitVolume?: string;
  /**
   * DI-611 Daily Total Unit Charge
   */
  dailyTotalUnitCharge?: string;
  /**
   * Tariff Characteristics list
   */
  'R901-07'?: R901_07[];
}
/**
 * Tariff Characteristics
 */
export interface R901_07 {
  /**
   * DI-345 DUoS Tariff ID: Reference to identify the DUoS Tarriff assigned to an MPAN
   */
  DUoSTariffID?: string;
  /**
   * DI-035 Energy Direction: Indicates the direction of energy at a metering point. Values can be I = import / E = export
   */
  energyDirection?: 'I' | 'E';
  /**
   * DI-030 Domestic Premise Indicator: A flag that indicates if the MPAN of the registration appointment is used to identify a domestic premises.
   */
  domesticPremiseIndicator?: boolean;
  /**
   * DI-603 Daily Tariff Number Of MSIDs
   */
  dailyTariffNumberOfMSIDs?: number;
  /**
   * DI-604 Daily Tariff MSID Charge
   */
  dailyTariffMSIDCharge?: string;
  /**
   * Charge Bandlist
   */
  'R901-08'?: R901_08[];
}
/**
 * Change Band
 */
export interface R901_08 {
  /**
   * DI-605 Charge Band
   */
  chargeBand?: 'red' | 'amber' | 'green' | 'black' | 'yellow';
  /**
   * DI-606 Daily Uncorrected Volume For Charge Band: Number (9,6) format
   */
  dailyUncorrectedVolumeForChargeBand?: string;
  /**
   * DI-607 Total Volume Charge For Charge Band
   */
  totalVolumeChargeForChargeBand?: string;
}
/**
 * Embedded LDSO ID  (Mandatory)
 */
export interface R901_05 {
  /**
   * DI-613 LDSO DIPID: DIP Participant Id
   */
  LDSODIPID?: string;
  /**
   * DI-483 Embedded LDSO ID: The unique reference for an LDSO
   */
  embeddedLDSOID?: string;
  'R901-06'?: R901_06[];
}
/**
 * REP-901 [DUoSSupplierAggInvData]: LDSO E-Bill - Distribution Invoice.
 * Schema version 008; Interfaces-EventCodes-unresolved.yaml#/components/schemas/REP-901-Payload.
 */
export interface REP901DUoSSupplierAggInvDataPayload {
  /**
   * MHHS Common Block for REP901
   */
  CommonBlock: {
    S0: {
      interfaceID: 'REP-901';
      schemaVersion: '008';
      eventCode: '[DUoSSupplierAggInvData]';
    };
    S1: S1;
    A0?: A0;
    D0?: D0;
  };
  CustomBlock: REP901PayloadCustomBlock;
}

# Written by `npm run features:generate` from scenarios/role-interfaces.yaml and the DIP API
# definitions; edit those, not this file.
@DIP @role:supplier @segment:smart @REQ-DIP-WEBHOOK-RESPONSE
Feature: The Supplier takes every publication the DIP delivers to it
  DIP on-boarding asks a participant to show that its webhook takes each publication its
  role receives: 89 interface and event code pairs for a Supplier, every one
  the role table lists it as receiving. Each is answered 201 with a StandardResponse that
  names its transaction; one that breaks its schema is answered 400 with RCP1001.

  @IF-001 @BP001 @COS-09
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-001    | [InitialRegistration]                              |
      | IF-001    | [ChangeOfSupplier]                                 |

  @IF-002 @BP001 @BP006 @MIGRATION @COS-02 @NC-02 @MIG-04
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-002    | [GainMPANInfo]                                     |

  @IF-003 @MIGRATION @MIG-06
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-003    | [MSDeAppRM]                                        |
      | IF-003    | [DSDeAppRM]                                        |
      | IF-003    | [ReverseMigNotification]                           |

  @IF-004
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-004    | [CommsHubInfo]                                     |

  @IF-006 @BP006 @BP009 @NC-05 @COM-07
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-006    | [MeterInstall]                                     |

  @IF-006 @BP009 @COM-07
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-006    | [MeterRemoval]                                     |
      | IF-006    | [MeterExchange]                                    |
      | IF-006    | [MeterUpdate]                                      |
      | IF-006    | [MeterHistoryUpdate]                               |

  @IF-007
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-007    | [EnergisationStatusChange]                         |

  @IF-007 @BP008 @CES-03
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-007    | [EnergisationStatusFailure]                        |

  @IF-008 @BP008 @CES-04
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-008    | [EnergisationStatusChange]                         |

  @IF-009 @BP007 @DIS-01
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-009    | [MPANDisconnection]                                |

  @IF-009 @BP007 @DIS-02
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-009    | [MPANReconnection]                                 |

  @IF-009 @BP007 @DIS-03
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-009    | [CSSDeRegistration]                                |

  @IF-013 @BP005 @SET-04
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-013    | [ActivePowerDefaulted]                             |

  @IF-014 @BP005 @SET-03
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-014    | [ActivePowerRejected]                              |

  @IF-014
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-014    | [ConsumptionOnDeEnergisedMPAN]                     |

  @IF-018 @BP010 @CRD-03
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-018    | [AddressChg]                                       |
      | IF-018    | [GSPChg]                                           |
      | IF-018    | [DomPremInd]                                       |
      | IF-018    | [DUOSTariffIDChg]                                  |
      | IF-018    | [EnergyDirection]                                  |
      | IF-018    | [DCCEnrolment]                                     |
      | IF-018    | [MUMIndicator]                                     |

  @IF-020 @MIGRATION @RELATED-MPANS @MIG-07 @REL-03
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-020    | [LinkedImportExportCreate]                         |
      | IF-020    | [LinkedImportExportAdd]                            |
      | IF-020    | [LinkedImportExportRemove]                         |
      | IF-020    | [RelatedCreate]                                    |
      | IF-020    | [RelatedAdd]                                       |
      | IF-020    | [RelatedRemove]                                    |

  @IF-021 @BP005 @SET-02
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-021    | [ActivePower]                                      |
      | IF-021    | [ReactivePower]                                    |

  @IF-022 @BP005 @SET-01
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-022    | [LSSPeriodData]                                    |

  @IF-023
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-023    | [LSSTotalsData]                                    |

  @IF-026 @BP010 @MIGRATION @CRD-02 @MIG-07
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-026    | [ConsentGranularity]                               |
      | IF-026    | [IHDInfo]                                          |
      | IF-026    | [SMSO]                                             |
      | IF-026    | [SSCandProfileClass]                               |

  @IF-028 @SUPPLIER-TO-DS @SDA-03
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-028    | [ConsumptionAmendment]                             |

  @IF-032 @BP001 @BP002 @MIGRATION @RELATED-MPANS @REC-22.6.3 @COS-14 @CMS-02 @MIG-07 @REL-06
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-032    | [MSAppInitialResp]                                 |

  @IF-032 @BP001 @MIGRATION @RELATED-MPANS @COS-14 @MIG-07 @REL-06
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-032    | [DSAppInitialResp]                                 |

  @IF-035 @BP001 @BP002 @BP003 @COS-05 @COS-14 @CMS-05 @CDS-03
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-035    | [MSAppAccepted]                                    |
      | IF-035    | [MSAppRejected]                                    |

  @IF-035 @BP001 @BP002 @BP003 @COS-12 @COS-14 @CMS-05 @CDS-03
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-035    | [MSAppLapsed]                                      |

  @IF-035 @BP001 @BP002 @BP003 @COS-14 @CMS-05 @CDS-03
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-035    | [DSAppAccepted]                                    |
      | IF-035    | [DSAppRejected]                                    |
      | IF-035    | [DSAppLapsed]                                      |
      | IF-035    | [IMS-SendMTD]                                      |
      | IF-035    | [DCC-MDROutcome]                                   |

  @IF-035 @BP001 @BP002 @BP003 @BP003B @COS-14 @CMS-05 @CDS-03 @3B-03
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-035    | [SDS-MDROutcome]                                   |

  @IF-036 @BP001 @BP002 @BP003 @RELATED-MPANS @COS-10 @CMS-07 @CDS-03 @REL-04
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-036    | [MSAppActive]                                      |

  @IF-036 @BP003 @RELATED-MPANS @CDS-03 @REL-04
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-036    | [DSAppActive]                                      |

  @IF-037 @BP001 @BP002 @BP003 @BP007 @RELATED-MPANS @COS-11 @CMS-08 @CDS-03 @DIS-04 @REL-04
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-037    | [MSDeApp]                                          |

  @IF-037 @BP003 @BP007 @RELATED-MPANS @CDS-03 @DIS-04 @REL-04
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-037    | [DSDeApp]                                          |
      | IF-037    | [DSDeAppUpdate]                                    |

  @IF-037 @BP002 @BP003 @BP007 @RELATED-MPANS @CMS-09 @CDS-03 @DIS-04 @REL-04
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-037    | [MSDeAppUpdate]                                    |

  @IF-040
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-040    | [AnnualConsumption]                                |

  @IF-041
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-041    | [ReadingRemote]                                    |
      | IF-041    | [ReadingCOR]                                       |
      | IF-041    | [ReadingOnSite]                                    |
      | IF-041    | [DSEstimate]                                       |
      | IF-041    | [ReadingOverride]                                  |

  @IF-041 @BP009 @BP011 @COM-09 @SEG-05
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-041    | [ReadingRemv]                                      |
      | IF-041    | [ReadingInstl]                                     |

  @IF-041 @BP008 @CES-05
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-041    | [ReadingEnergisationChg]                           |

  @IF-041 @BP001 @COS-16
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-041    | [ReadingCOS]                                       |
      | IF-041    | [SupplierAgreedCOS]                                |

  @IF-044 @BP011 @SEG-02
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-044    | [MarketSegmentChange]                              |

  @IF-045 @BP011 @IF045-REMINDERS @SEG-06 @REM-01
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-045    | [InvalidMarketSegment]                             |

  @IF-045 @BP010 @IF045-REMINDERS @CRD-05 @REM-01
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-045    | [ConsentGranularityInvalid]                        |

  @IF-045 @BP001 @IF045-REMINDERS @COS-15 @REM-01
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | IF-045    | [NoMSAppointed]                                    |
      | IF-045    | [NoDSAppointed]                                    |

  @REP-002
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | REP-002   | [DUOSSupplierAggData]                              |

  @REP-002A
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | REP-002A  | [DUoSEmbeddedLDSOAggData]                          |

  @REP-002B
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | REP-002B  | [DUoSLDSOAggData]                                  |

  @REP-003
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | REP-003   | [BMUnitAllocatedDemandVolumesToMarketParticipants] |

  @REP-003A
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | REP-003A  | [AggregatedBMUnitAllocatedDemandVolumes]           |

  @REP-004
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | REP-004   | [SupplierDeemedTakeReport]                         |

  @REP-006
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | REP-006   | [UncorrectedConsumptionAndLossesByCCCID]           |

  @REP-007
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | REP-007   | [BMUnitDefaultsToSuppliers]                        |

  @REP-008
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | REP-008   | [LDSOLLFDefaultData]                               |

  @REP-009
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | REP-009   | [EMRSReportForSuppliers]                           |

  @REP-900
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | REP-900   | [DUoSSupplierInvData]                              |

  @REP-901
  Scenario Outline: The Supplier acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                                         |
      | REP-901   | [DUoSEmbeddedLDSOAggInvData]                       |
      | REP-901   | [DUoSSupplierAggInvData]                           |

  @IF-001 @BP001 @COS-09 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-001    | [InitialRegistration]                              |
      | IF-001    | [ChangeOfSupplier]                                 |

  @IF-002 @BP001 @BP006 @MIGRATION @COS-02 @NC-02 @MIG-04 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-002    | [GainMPANInfo]                                     |

  @IF-003 @MIGRATION @MIG-06 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-003    | [MSDeAppRM]                                        |
      | IF-003    | [DSDeAppRM]                                        |
      | IF-003    | [ReverseMigNotification]                           |

  @IF-004 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-004    | [CommsHubInfo]                                     |

  @IF-006 @BP006 @BP009 @NC-05 @COM-07 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-006    | [MeterInstall]                                     |

  @IF-006 @BP009 @COM-07 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-006    | [MeterRemoval]                                     |
      | IF-006    | [MeterExchange]                                    |
      | IF-006    | [MeterUpdate]                                      |
      | IF-006    | [MeterHistoryUpdate]                               |

  @IF-007 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-007    | [EnergisationStatusChange]                         |

  @IF-007 @BP008 @CES-03 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-007    | [EnergisationStatusFailure]                        |

  @IF-008 @BP008 @CES-04 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-008    | [EnergisationStatusChange]                         |

  @IF-009 @BP007 @DIS-01 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-009    | [MPANDisconnection]                                |

  @IF-009 @BP007 @DIS-02 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-009    | [MPANReconnection]                                 |

  @IF-009 @BP007 @DIS-03 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-009    | [CSSDeRegistration]                                |

  @IF-013 @BP005 @SET-04 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-013    | [ActivePowerDefaulted]                             |

  @IF-014 @BP005 @SET-03 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-014    | [ActivePowerRejected]                              |

  @IF-014 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-014    | [ConsumptionOnDeEnergisedMPAN]                     |

  @IF-018 @BP010 @CRD-03 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-018    | [AddressChg]                                       |
      | IF-018    | [GSPChg]                                           |
      | IF-018    | [DomPremInd]                                       |
      | IF-018    | [DUOSTariffIDChg]                                  |
      | IF-018    | [EnergyDirection]                                  |
      | IF-018    | [DCCEnrolment]                                     |
      | IF-018    | [MUMIndicator]                                     |

  @IF-020 @MIGRATION @RELATED-MPANS @MIG-07 @REL-03 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-020    | [LinkedImportExportCreate]                         |
      | IF-020    | [LinkedImportExportAdd]                            |
      | IF-020    | [LinkedImportExportRemove]                         |
      | IF-020    | [RelatedCreate]                                    |
      | IF-020    | [RelatedAdd]                                       |
      | IF-020    | [RelatedRemove]                                    |

  @IF-021 @BP005 @SET-02 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-021    | [ActivePower]                                      |
      | IF-021    | [ReactivePower]                                    |

  @IF-022 @BP005 @SET-01 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-022    | [LSSPeriodData]                                    |

  @IF-023 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-023    | [LSSTotalsData]                                    |

  @IF-026 @BP010 @MIGRATION @CRD-02 @MIG-07 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-026    | [ConsentGranularity]                               |
      | IF-026    | [IHDInfo]                                          |
      | IF-026    | [SMSO]                                             |
      | IF-026    | [SSCandProfileClass]                               |

  @IF-028 @SUPPLIER-TO-DS @SDA-03 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-028    | [ConsumptionAmendment]                             |

  @IF-032 @BP001 @BP002 @MIGRATION @RELATED-MPANS @REC-22.6.3 @COS-14 @CMS-02 @MIG-07 @REL-06 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-032    | [MSAppInitialResp]                                 |

  @IF-032 @BP001 @MIGRATION @RELATED-MPANS @COS-14 @MIG-07 @REL-06 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-032    | [DSAppInitialResp]                                 |

  @IF-035 @BP001 @BP002 @BP003 @COS-05 @COS-14 @CMS-05 @CDS-03 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-035    | [MSAppAccepted]                                    |
      | IF-035    | [MSAppRejected]                                    |

  @IF-035 @BP001 @BP002 @BP003 @COS-12 @COS-14 @CMS-05 @CDS-03 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-035    | [MSAppLapsed]                                      |

  @IF-035 @BP001 @BP002 @BP003 @COS-14 @CMS-05 @CDS-03 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-035    | [DSAppAccepted]                                    |
      | IF-035    | [DSAppRejected]                                    |
      | IF-035    | [DSAppLapsed]                                      |
      | IF-035    | [IMS-SendMTD]                                      |
      | IF-035    | [DCC-MDROutcome]                                   |

  @IF-035 @BP001 @BP002 @BP003 @BP003B @COS-14 @CMS-05 @CDS-03 @3B-03 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-035    | [SDS-MDROutcome]                                   |

  @IF-036 @BP001 @BP002 @BP003 @RELATED-MPANS @COS-10 @CMS-07 @CDS-03 @REL-04 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-036    | [MSAppActive]                                      |

  @IF-036 @BP003 @RELATED-MPANS @CDS-03 @REL-04 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-036    | [DSAppActive]                                      |

  @IF-037 @BP001 @BP002 @BP003 @BP007 @RELATED-MPANS @COS-11 @CMS-08 @CDS-03 @DIS-04 @REL-04 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-037    | [MSDeApp]                                          |

  @IF-037 @BP003 @BP007 @RELATED-MPANS @CDS-03 @DIS-04 @REL-04 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-037    | [DSDeApp]                                          |
      | IF-037    | [DSDeAppUpdate]                                    |

  @IF-037 @BP002 @BP003 @BP007 @RELATED-MPANS @CMS-09 @CDS-03 @DIS-04 @REL-04 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-037    | [MSDeAppUpdate]                                    |

  @IF-040 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-040    | [AnnualConsumption]                                |

  @IF-041 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-041    | [ReadingRemote]                                    |
      | IF-041    | [ReadingCOR]                                       |
      | IF-041    | [ReadingOnSite]                                    |
      | IF-041    | [DSEstimate]                                       |
      | IF-041    | [ReadingOverride]                                  |

  @IF-041 @BP009 @BP011 @COM-09 @SEG-05 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-041    | [ReadingRemv]                                      |
      | IF-041    | [ReadingInstl]                                     |

  @IF-041 @BP008 @CES-05 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-041    | [ReadingEnergisationChg]                           |

  @IF-041 @BP001 @COS-16 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-041    | [ReadingCOS]                                       |
      | IF-041    | [SupplierAgreedCOS]                                |

  @IF-044 @BP011 @SEG-02 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-044    | [MarketSegmentChange]                              |

  @IF-045 @BP011 @IF045-REMINDERS @SEG-06 @REM-01 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-045    | [InvalidMarketSegment]                             |

  @IF-045 @BP010 @IF045-REMINDERS @CRD-05 @REM-01 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-045    | [ConsentGranularityInvalid]                        |

  @IF-045 @BP001 @IF045-REMINDERS @COS-15 @REM-01 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | IF-045    | [NoMSAppointed]                                    |
      | IF-045    | [NoDSAppointed]                                    |

  @REP-002 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | REP-002   | [DUOSSupplierAggData]                              |

  @REP-002A @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | REP-002A  | [DUoSEmbeddedLDSOAggData]                          |

  @REP-002B @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | REP-002B  | [DUoSLDSOAggData]                                  |

  @REP-003 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | REP-003   | [BMUnitAllocatedDemandVolumesToMarketParticipants] |

  @REP-003A @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | REP-003A  | [AggregatedBMUnitAllocatedDemandVolumes]           |

  @REP-004 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | REP-004   | [SupplierDeemedTakeReport]                         |

  @REP-006 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | REP-006   | [UncorrectedConsumptionAndLossesByCCCID]           |

  @REP-007 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | REP-007   | [BMUnitDefaultsToSuppliers]                        |

  @REP-008 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | REP-008   | [LDSOLLFDefaultData]                               |

  @REP-009 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | REP-009   | [EMRSReportForSuppliers]                           |

  @REP-900 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | REP-900   | [DUoSSupplierInvData]                              |

  @REP-901 @REQ-RCP-1001
  Scenario Outline: The Supplier refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                                         |
      | REP-901   | [DUoSEmbeddedLDSOAggInvData]                       |
      | REP-901   | [DUoSSupplierAggInvData]                           |

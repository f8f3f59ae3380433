# Written by `npm run features:generate` from scenarios/role-interfaces.yaml and the DIP API
# definitions; edit those, not this file.
@DIP @role:data-service @segment:smart @REQ-DIP-WEBHOOK-RESPONSE
Feature: The Smart Data Service takes every publication the DIP delivers to it
  DIP on-boarding asks a participant to show that its webhook takes each publication its
  role receives: 62 interface and event code pairs for a Smart Data Service, every one
  the role table lists it as receiving. Each is answered 201 with a StandardResponse that
  names its transaction; one that breaks its schema is answered 400 with RCP1001.

  @IF-003 @MIGRATION @MIG-06
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-003    | [DSDeAppRM]                    |
      | IF-003    | [ReverseMigNotification]       |

  @IF-006 @BP006 @BP009 @NC-05 @COM-07
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-006    | [MeterInstall]                 |

  @IF-006 @BP009 @COM-07
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-006    | [MeterRemoval]                 |
      | IF-006    | [MeterExchange]                |
      | IF-006    | [MeterUpdate]                  |
      | IF-006    | [MeterHistoryUpdate]           |

  @IF-008 @BP008 @CES-04
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-008    | [EnergisationStatusChange]     |

  @IF-013 @BP005 @SET-04
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-013    | [ActivePowerDefaulted]         |

  @IF-014 @BP005 @SET-03
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-014    | [ActivePowerRejected]          |

  @IF-014
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-014    | [ConsumptionOnDeEnergisedMPAN] |

  @IF-018 @BP010 @CRD-03
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-018    | [AddressChg]                   |
      | IF-018    | [GSPChg]                       |
      | IF-018    | [DomPremInd]                   |
      | IF-018    | [DUOSTariffIDChg]              |
      | IF-018    | [EnergyDirection]              |
      | IF-018    | [DCCEnrolment]                 |
      | IF-018    | [MUMIndicator]                 |

  @IF-020 @RELATED-MPANS @REL-03
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-020    | [LinkedImportExportCreate]     |
      | IF-020    | [LinkedImportExportAdd]        |
      | IF-020    | [LinkedImportExportRemove]     |
      | IF-020    | [RelatedCreate]                |
      | IF-020    | [RelatedAdd]                   |
      | IF-020    | [RelatedRemove]                |

  @IF-022 @BP005 @SET-01
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-022    | [LSSPeriodData]                |

  @IF-023
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-023    | [LSSTotalsData]                |

  @IF-024 @SUPPLIER-TO-DS @SDA-01
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-024    | [SN-Vacant]                    |
      | IF-024    | [SN-NoComms]                   |
      | IF-024    | [SN-RemoteEnabled]             |
      | IF-024    | [SN-RemoteDisabled]            |
      | IF-024    | [SN-SupplierAC]                |
      | IF-024    | [SN-OffPeakDec]                |

  @IF-026 @BP010 @CRD-02
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-026    | [ConsentGranularity]           |
      | IF-026    | [IHDInfo]                      |
      | IF-026    | [SMSO]                         |
      | IF-026    | [SSCandProfileClass]           |

  @IF-027 @SUPPLIER-TO-DS @SDA-02
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-027    | [ConsumptionAmendment]         |

  @IF-033 @MIGRATION @MIG-02
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-033    | [DSAppSPRequest]               |

  @IF-035 @BP003 @CDS-03
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-035    | [DSAppAccepted]                |
      | IF-035    | [DSAppRejected]                |
      | IF-035    | [DSAppLapsed]                  |
      | IF-035    | [DCC-MDROutcome]               |

  @IF-035 @BP003 @BP003B @CDS-03 @3B-03
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-035    | [SDS-MDROutcome]               |

  @IF-036 @BP003 @RELATED-MPANS @CDS-03 @REL-04
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-036    | [DSAppActive]                  |

  @IF-037 @BP003 @BP007 @BP011 @RELATED-MPANS @CDS-03 @DIS-04 @SEG-04 @REL-04
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-037    | [DSDeApp]                      |
      | IF-037    | [DSDeAppUpdate]                |

  @IF-039
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-039    | [DirectContractDSAdd]          |
      | IF-039    | [DirectContractDSRemove]       |

  @IF-040
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-040    | [AnnualConsumption]            |

  @IF-041
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-041    | [ReadingRemote]                |
      | IF-041    | [ReadingCOR]                   |
      | IF-041    | [ReadingOnSite]                |
      | IF-041    | [ReadingCOS]                   |
      | IF-041    | [DSEstimate]                   |
      | IF-041    | [ReadingOverride]              |

  @IF-041 @BP009 @BP011 @COM-09 @SEG-05
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-041    | [ReadingRemv]                  |
      | IF-041    | [ReadingInstl]                 |

  @IF-041 @BP008 @CES-05
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-041    | [ReadingEnergisationChg]       |

  @IF-041 @SUPPLIER-TO-DS @SDA-04
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-041    | [SupplierAgreedCOS]            |

  @IF-045 @BP011 @IF045-REMINDERS @SEG-06 @REM-01
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-045    | [InvalidMarketSegment]         |

  @IF-045 @IF045-REMINDERS @REM-01
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-045    | [ConsentGranularityInvalid]    |

  @IF-045 @BP001 @IF045-REMINDERS @COS-15 @REM-01
  Scenario Outline: The Smart Data Service acknowledges <interface> <event code>
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                     |
      | IF-045    | [NoDSAppointed]                |

  @IF-003 @MIGRATION @MIG-06 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-003    | [DSDeAppRM]                    |
      | IF-003    | [ReverseMigNotification]       |

  @IF-006 @BP006 @BP009 @NC-05 @COM-07 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-006    | [MeterInstall]                 |

  @IF-006 @BP009 @COM-07 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-006    | [MeterRemoval]                 |
      | IF-006    | [MeterExchange]                |
      | IF-006    | [MeterUpdate]                  |
      | IF-006    | [MeterHistoryUpdate]           |

  @IF-008 @BP008 @CES-04 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-008    | [EnergisationStatusChange]     |

  @IF-013 @BP005 @SET-04 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-013    | [ActivePowerDefaulted]         |

  @IF-014 @BP005 @SET-03 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-014    | [ActivePowerRejected]          |

  @IF-014 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-014    | [ConsumptionOnDeEnergisedMPAN] |

  @IF-018 @BP010 @CRD-03 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-018    | [AddressChg]                   |
      | IF-018    | [GSPChg]                       |
      | IF-018    | [DomPremInd]                   |
      | IF-018    | [DUOSTariffIDChg]              |
      | IF-018    | [EnergyDirection]              |
      | IF-018    | [DCCEnrolment]                 |
      | IF-018    | [MUMIndicator]                 |

  @IF-020 @RELATED-MPANS @REL-03 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-020    | [LinkedImportExportCreate]     |
      | IF-020    | [LinkedImportExportAdd]        |
      | IF-020    | [LinkedImportExportRemove]     |
      | IF-020    | [RelatedCreate]                |
      | IF-020    | [RelatedAdd]                   |
      | IF-020    | [RelatedRemove]                |

  @IF-022 @BP005 @SET-01 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-022    | [LSSPeriodData]                |

  @IF-023 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-023    | [LSSTotalsData]                |

  @IF-024 @SUPPLIER-TO-DS @SDA-01 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-024    | [SN-Vacant]                    |
      | IF-024    | [SN-NoComms]                   |
      | IF-024    | [SN-RemoteEnabled]             |
      | IF-024    | [SN-RemoteDisabled]            |
      | IF-024    | [SN-SupplierAC]                |
      | IF-024    | [SN-OffPeakDec]                |

  @IF-026 @BP010 @CRD-02 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-026    | [ConsentGranularity]           |
      | IF-026    | [IHDInfo]                      |
      | IF-026    | [SMSO]                         |
      | IF-026    | [SSCandProfileClass]           |

  @IF-027 @SUPPLIER-TO-DS @SDA-02 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-027    | [ConsumptionAmendment]         |

  @IF-033 @MIGRATION @MIG-02 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-033    | [DSAppSPRequest]               |

  @IF-035 @BP003 @CDS-03 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-035    | [DSAppAccepted]                |
      | IF-035    | [DSAppRejected]                |
      | IF-035    | [DSAppLapsed]                  |
      | IF-035    | [DCC-MDROutcome]               |

  @IF-035 @BP003 @BP003B @CDS-03 @3B-03 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-035    | [SDS-MDROutcome]               |

  @IF-036 @BP003 @RELATED-MPANS @CDS-03 @REL-04 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-036    | [DSAppActive]                  |

  @IF-037 @BP003 @BP007 @BP011 @RELATED-MPANS @CDS-03 @DIS-04 @SEG-04 @REL-04 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-037    | [DSDeApp]                      |
      | IF-037    | [DSDeAppUpdate]                |

  @IF-039 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-039    | [DirectContractDSAdd]          |
      | IF-039    | [DirectContractDSRemove]       |

  @IF-040 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-040    | [AnnualConsumption]            |

  @IF-041 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-041    | [ReadingRemote]                |
      | IF-041    | [ReadingCOR]                   |
      | IF-041    | [ReadingOnSite]                |
      | IF-041    | [ReadingCOS]                   |
      | IF-041    | [DSEstimate]                   |
      | IF-041    | [ReadingOverride]              |

  @IF-041 @BP009 @BP011 @COM-09 @SEG-05 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-041    | [ReadingRemv]                  |
      | IF-041    | [ReadingInstl]                 |

  @IF-041 @BP008 @CES-05 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-041    | [ReadingEnergisationChg]       |

  @IF-041 @SUPPLIER-TO-DS @SDA-04 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-041    | [SupplierAgreedCOS]            |

  @IF-045 @BP011 @IF045-REMINDERS @SEG-06 @REM-01 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-045    | [InvalidMarketSegment]         |

  @IF-045 @IF045-REMINDERS @REM-01 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-045    | [ConsentGranularityInvalid]    |

  @IF-045 @BP001 @IF045-REMINDERS @COS-15 @REM-01 @REQ-RCP-1001
  Scenario Outline: The Smart Data Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Smart Data Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                     |
      | IF-045    | [NoDSAppointed]                |

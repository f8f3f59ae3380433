# Written by `npm run features:generate` from scenarios/role-interfaces.yaml and the DIP API
# definitions; edit those, not this file.
@DIP @role:data-service @segment:advanced
Feature: The Advanced Data Service on rainy days, for every publication the DIP delivers to it
  Each of the 60 publications an Advanced Data Service receives (those of
  advanced-data-service-receives-every-publication.feature), pushed in three ways a webhook must be ready for,
  one Rule each: about an MPAN it does not know, in a schema version no definition has, and
  delivered again and replayed.

  Rule: The Advanced Data Service reports a publication about an MPAN it does not know with RCP1061
    About an MPAN the Advanced Data Service does not know: answered 201, then reported through a status
    message RCP1061 naming the transaction (L4). That is 57 of them: those that name an MPAN
    (M0, or M1's principal MPAN) and open no process.
    IF-033 [DSAppSPRequest] opens a process about an MPAN new to the Advanced Data Service,
    so an unknown MPAN is no fault there.
    2 publications name no MPAN at all (IF-022, IF-023).

    @IF-003 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-003    | [DSDeAppRM]                    |
        | IF-003    | [ReverseMigNotification]       |

    @IF-006 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-006    | [MeterInstall]                 |
        | IF-006    | [MeterRemoval]                 |
        | IF-006    | [MeterExchange]                |
        | IF-006    | [MeterUpdate]                  |
        | IF-006    | [MeterHistoryUpdate]           |

    @IF-008 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-008    | [EnergisationStatusChange]     |

    @IF-013 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-013    | [ActivePowerDefaulted]         |

    @IF-014 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-014    | [ActivePowerRejected]          |
        | IF-014    | [ConsumptionOnDeEnergisedMPAN] |

    @IF-018 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-018    | [AddressChg]                   |
        | IF-018    | [GSPChg]                       |
        | IF-018    | [DomPremInd]                   |
        | IF-018    | [DUOSTariffIDChg]              |
        | IF-018    | [EnergyDirection]              |
        | IF-018    | [DCCEnrolment]                 |
        | IF-018    | [MUMIndicator]                 |

    @IF-020 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-020    | [LinkedImportExportCreate]     |
        | IF-020    | [LinkedImportExportAdd]        |
        | IF-020    | [LinkedImportExportRemove]     |
        | IF-020    | [RelatedCreate]                |
        | IF-020    | [RelatedAdd]                   |
        | IF-020    | [RelatedRemove]                |

    @IF-024 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-024    | [SN-Vacant]                    |
        | IF-024    | [SN-NoComms]                   |
        | IF-024    | [SN-RemoteEnabled]             |
        | IF-024    | [SN-RemoteDisabled]            |
        | IF-024    | [SN-SupplierAC]                |
        | IF-024    | [SN-OffPeakDec]                |

    @IF-026 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-026    | [ConsentGranularity]           |
        | IF-026    | [IHDInfo]                      |
        | IF-026    | [SMSO]                         |
        | IF-026    | [SSCandProfileClass]           |

    @IF-027 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-027    | [ConsumptionAmendment]         |

    @IF-035 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-035    | [DSAppAccepted]                |
        | IF-035    | [DSAppRejected]                |
        | IF-035    | [DSAppLapsed]                  |

    @IF-036 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-036    | [DSAppActive]                  |

    @IF-037 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-037    | [DSDeApp]                      |
        | IF-037    | [DSDeAppUpdate]                |

    @IF-039 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-039    | [DirectContractDSAdd]          |
        | IF-039    | [DirectContractDSRemove]       |

    @IF-040 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-040    | [AnnualConsumption]            |

    @IF-041 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-041    | [ReadingRemote]                |
        | IF-041    | [ReadingRemv]                  |
        | IF-041    | [ReadingInstl]                 |
        | IF-041    | [ReadingEnergisationChg]       |
        | IF-041    | [ReadingCOR]                   |
        | IF-041    | [ReadingOnSite]                |
        | IF-041    | [ReadingCOS]                   |
        | IF-041    | [DSEstimate]                   |
        | IF-041    | [SupplierAgreedCOS]            |
        | IF-041    | [ReadingOverride]              |

    @IF-045 @REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
    Scenario Outline: The Advanced Data Service reports <interface> <event code> about an MPAN it does not know with RCP1061
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code                     |
        | IF-045    | [InvalidMarketSegment]         |
        | IF-045    | [ConsentGranularityInvalid]    |
        | IF-045    | [NoDSAppointed]                |

  Rule: The Advanced Data Service refuses a schema version it does not take with 400 and RCP1005
    In schema version 999, which no definition has: answered 400 with RCP1005 (L3), not RCP1001.

    @IF-003 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-003    | [DSDeAppRM]                    |
        | IF-003    | [ReverseMigNotification]       |

    @IF-006 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-006    | [MeterInstall]                 |
        | IF-006    | [MeterRemoval]                 |
        | IF-006    | [MeterExchange]                |
        | IF-006    | [MeterUpdate]                  |
        | IF-006    | [MeterHistoryUpdate]           |

    @IF-008 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-008    | [EnergisationStatusChange]     |

    @IF-013 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-013    | [ActivePowerDefaulted]         |

    @IF-014 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-014    | [ActivePowerRejected]          |
        | IF-014    | [ConsumptionOnDeEnergisedMPAN] |

    @IF-018 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-018    | [AddressChg]                   |
        | IF-018    | [GSPChg]                       |
        | IF-018    | [DomPremInd]                   |
        | IF-018    | [DUOSTariffIDChg]              |
        | IF-018    | [EnergyDirection]              |
        | IF-018    | [DCCEnrolment]                 |
        | IF-018    | [MUMIndicator]                 |

    @IF-020 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-020    | [LinkedImportExportCreate]     |
        | IF-020    | [LinkedImportExportAdd]        |
        | IF-020    | [LinkedImportExportRemove]     |
        | IF-020    | [RelatedCreate]                |
        | IF-020    | [RelatedAdd]                   |
        | IF-020    | [RelatedRemove]                |

    @IF-022 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-022    | [LSSPeriodData]                |

    @IF-023 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-023    | [LSSTotalsData]                |

    @IF-024 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-024    | [SN-Vacant]                    |
        | IF-024    | [SN-NoComms]                   |
        | IF-024    | [SN-RemoteEnabled]             |
        | IF-024    | [SN-RemoteDisabled]            |
        | IF-024    | [SN-SupplierAC]                |
        | IF-024    | [SN-OffPeakDec]                |

    @IF-026 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-026    | [ConsentGranularity]           |
        | IF-026    | [IHDInfo]                      |
        | IF-026    | [SMSO]                         |
        | IF-026    | [SSCandProfileClass]           |

    @IF-027 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-027    | [ConsumptionAmendment]         |

    @IF-033 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-033    | [DSAppSPRequest]               |

    @IF-035 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-035    | [DSAppAccepted]                |
        | IF-035    | [DSAppRejected]                |
        | IF-035    | [DSAppLapsed]                  |

    @IF-036 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-036    | [DSAppActive]                  |

    @IF-037 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-037    | [DSDeApp]                      |
        | IF-037    | [DSDeAppUpdate]                |

    @IF-039 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-039    | [DirectContractDSAdd]          |
        | IF-039    | [DirectContractDSRemove]       |

    @IF-040 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-040    | [AnnualConsumption]            |

    @IF-041 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-041    | [ReadingRemote]                |
        | IF-041    | [ReadingRemv]                  |
        | IF-041    | [ReadingInstl]                 |
        | IF-041    | [ReadingEnergisationChg]       |
        | IF-041    | [ReadingCOR]                   |
        | IF-041    | [ReadingOnSite]                |
        | IF-041    | [ReadingCOS]                   |
        | IF-041    | [DSEstimate]                   |
        | IF-041    | [SupplierAgreedCOS]            |
        | IF-041    | [ReadingOverride]              |

    @IF-045 @REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service refuses <interface> <event code> of schema version 999 with 400 and RCP1005
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service an <interface> <event code> of schema version 999
      Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
      And its StandardResponse to <interface> <event code> carries RCP1005

      Examples:
        | interface | event code                     |
        | IF-045    | [InvalidMarketSegment]         |
        | IF-045    | [ConsentGranularityInvalid]    |
        | IF-045    | [NoDSAppointed]                |

  Rule: The Advanced Data Service acknowledges a repeated or replayed transaction and acts on it at most once
    Delivered again with the same D0.transactionID (a DIP retry) and then replayed with
    replayIndicator true: each delivery answered 201 with a StandardResponse naming the
    transaction, and acted on at most once. RCP1006 (sender unique reference duplicated) is
    not accepted here: the repeat is the DIP's own, of a transaction the participant already
    took, so the sender did nothing wrong; and the DIP does not retry after a 400, so
    refusing a retry whose first answer was lost would leave the DIP and the sender believing
    the message refused while the participant acted on it.

    "Acted on at most once" is judged on what the participant sends, the only part of its
    state the suite can see: every status message naming the transaction and every DIP message
    about the MPAN (new to the participant, so nothing else is about it), by kind (interface and
    event code, or RCP code), and no kind may appear twice. Where its only action is a status
    message (RCP1061 for an MPAN it does not know), that message must not come again; where it
    takes no action at all (a settlement report it only files), the repeats must leave what it
    sends unchanged: nothing. The scenario listens 3 market minutes from the first
    delivery, or, once the participant has reacted to it, until twice that reaction's delay
    (at least half a minute) after the last repeat, and gives its verdict. The run keeps
    listening, without holding the scenario up, until the longest SLA of anything the delivery
    calls for has passed since the first delivery (60 minutes for a status message): a kind
    sent again by then fails the run, as a run-level finding naming the scenario.

    @IF-003 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-003    | [DSDeAppRM]                    |
        | IF-003    | [ReverseMigNotification]       |

    @IF-006 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-006    | [MeterInstall]                 |
        | IF-006    | [MeterRemoval]                 |
        | IF-006    | [MeterExchange]                |
        | IF-006    | [MeterUpdate]                  |
        | IF-006    | [MeterHistoryUpdate]           |

    @IF-008 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-008    | [EnergisationStatusChange]     |

    @IF-013 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-013    | [ActivePowerDefaulted]         |

    @IF-014 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-014    | [ActivePowerRejected]          |
        | IF-014    | [ConsumptionOnDeEnergisedMPAN] |

    @IF-018 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-018    | [AddressChg]                   |
        | IF-018    | [GSPChg]                       |
        | IF-018    | [DomPremInd]                   |
        | IF-018    | [DUOSTariffIDChg]              |
        | IF-018    | [EnergyDirection]              |
        | IF-018    | [DCCEnrolment]                 |
        | IF-018    | [MUMIndicator]                 |

    @IF-020 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-020    | [LinkedImportExportCreate]     |
        | IF-020    | [LinkedImportExportAdd]        |
        | IF-020    | [LinkedImportExportRemove]     |
        | IF-020    | [RelatedCreate]                |
        | IF-020    | [RelatedAdd]                   |
        | IF-020    | [RelatedRemove]                |

    @IF-022 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-022    | [LSSPeriodData]                |

    @IF-023 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-023    | [LSSTotalsData]                |

    @IF-024 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-024    | [SN-Vacant]                    |
        | IF-024    | [SN-NoComms]                   |
        | IF-024    | [SN-RemoteEnabled]             |
        | IF-024    | [SN-RemoteDisabled]            |
        | IF-024    | [SN-SupplierAC]                |
        | IF-024    | [SN-OffPeakDec]                |

    @IF-026 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-026    | [ConsentGranularity]           |
        | IF-026    | [IHDInfo]                      |
        | IF-026    | [SMSO]                         |
        | IF-026    | [SSCandProfileClass]           |

    @IF-027 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-027    | [ConsumptionAmendment]         |

    @IF-033 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-033    | [DSAppSPRequest]               |

    @IF-035 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-035    | [DSAppAccepted]                |
        | IF-035    | [DSAppRejected]                |
        | IF-035    | [DSAppLapsed]                  |

    @IF-036 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-036    | [DSAppActive]                  |

    @IF-037 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-037    | [DSDeApp]                      |
        | IF-037    | [DSDeAppUpdate]                |

    @IF-039 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-039    | [DirectContractDSAdd]          |
        | IF-039    | [DirectContractDSRemove]       |

    @IF-040 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-040    | [AnnualConsumption]            |

    @IF-041 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-041    | [ReadingRemote]                |
        | IF-041    | [ReadingRemv]                  |
        | IF-041    | [ReadingInstl]                 |
        | IF-041    | [ReadingEnergisationChg]       |
        | IF-041    | [ReadingCOR]                   |
        | IF-041    | [ReadingOnSite]                |
        | IF-041    | [ReadingCOS]                   |
        | IF-041    | [DSEstimate]                   |
        | IF-041    | [SupplierAgreedCOS]            |
        | IF-041    | [ReadingOverride]              |

    @IF-045 @REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario Outline: The Advanced Data Service acts at most once on <interface> <event code> delivered again and replayed
      Given an Advanced MPAN registered to another Supplier
      When the DIP pushes the participant's Advanced Data Service a valid <interface> <event code> about the MPAN
      And the DIP delivers the same <interface> <event code> again
      And the DIP replays the same <interface> <event code>
      Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse
      And over 3 minutes the participant acts on <interface> <event code> at most once

      Examples:
        | interface | event code                     |
        | IF-045    | [InvalidMarketSegment]         |
        | IF-045    | [ConsentGranularityInvalid]    |
        | IF-045    | [NoDSAppointed]                |

# Written by `npm run features:generate` from scenarios/role-interfaces.yaml and the DIP API
# definitions; edit those, not this file.
@DIP @role:metering-service @segment:advanced @REQ-DIP-WEBHOOK-RESPONSE
Feature: The Advanced Metering Service takes every publication the DIP delivers to it
  DIP on-boarding asks a participant to show that its webhook takes each publication its
  role receives: 38 interface and event code pairs for an Advanced Metering Service, every one
  the role table lists it as receiving. Each is answered 201 with a StandardResponse that
  names its transaction; one that breaks its schema is answered 400 with RCP1001.

  @IF-003 @MIGRATION @MIG-06
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-003    | [MSDeAppRM]                 |
      | IF-003    | [ReverseMigNotification]    |

  @IF-006 @BP006 @BP007 @BP009 @NC-05 @DIS-05 @COM-07
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-006    | [MeterInstall]              |

  @IF-006 @BP007 @BP009 @DIS-05 @COM-07
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-006    | [MeterRemoval]              |
      | IF-006    | [MeterExchange]             |
      | IF-006    | [MeterUpdate]               |
      | IF-006    | [MeterHistoryUpdate]        |

  @IF-008 @BP008 @CES-04
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-008    | [EnergisationStatusChange]  |

  @IF-018 @BP010 @CRD-03
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-018    | [AddressChg]                |
      | IF-018    | [GSPChg]                    |
      | IF-018    | [DomPremInd]                |
      | IF-018    | [DUOSTariffIDChg]           |
      | IF-018    | [EnergyDirection]           |
      | IF-018    | [DCCEnrolment]              |
      | IF-018    | [MUMIndicator]              |

  @IF-020 @RELATED-MPANS @REL-03
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-020    | [LinkedImportExportCreate]  |
      | IF-020    | [LinkedImportExportAdd]     |
      | IF-020    | [LinkedImportExportRemove]  |
      | IF-020    | [RelatedCreate]             |
      | IF-020    | [RelatedAdd]                |
      | IF-020    | [RelatedRemove]             |

  @IF-026 @BP010 @CRD-02
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-026    | [ConsentGranularity]        |
      | IF-026    | [IHDInfo]                   |
      | IF-026    | [SMSO]                      |
      | IF-026    | [SSCandProfileClass]        |

  @IF-033 @BP001 @BP002 @MIGRATION @COS-03 @CMS-03 @MIG-02
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-033    | [MSAppSPRequest]            |

  @IF-035 @BP001 @BP002 @COS-05 @CMS-05
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-035    | [MSAppAccepted]             |
      | IF-035    | [MSAppRejected]             |

  @IF-035 @BP001 @BP002 @COS-12 @CMS-05
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-035    | [MSAppLapsed]               |

  @IF-035 @BP001 @BP002 @COS-06 @CMS-05
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-035    | [IMS-SendMTD]               |

  @IF-036 @BP001 @BP002 @RELATED-MPANS @COS-10 @CMS-07 @REL-04 @REL-05
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-036    | [MSAppActive]               |

  @IF-037 @BP001 @BP002 @BP007 @BP011 @RELATED-MPANS @COS-11 @CMS-08 @DIS-04 @SEG-04 @REL-04 @REL-05
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-037    | [MSDeApp]                   |

  @IF-037 @BP002 @BP007 @BP011 @RELATED-MPANS @CMS-09 @DIS-04 @SEG-04 @REL-04 @REL-05
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-037    | [MSDeAppUpdate]             |

  @IF-039
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-039    | [DirectContractMSAdd]       |
      | IF-039    | [DirectContractMSRemove]    |

  @IF-045 @BP011 @IF045-REMINDERS @SEG-06 @REM-01
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-045    | [InvalidMarketSegment]      |

  @IF-045 @IF045-REMINDERS @REM-01
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-045    | [ConsentGranularityInvalid] |

  @IF-045 @BP001 @IF045-REMINDERS @COS-15 @REM-01
  Scenario Outline: The Advanced Metering Service acknowledges <interface> <event code>
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a valid <interface> <event code> about the MPAN
    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse

    Examples:
      | interface | event code                  |
      | IF-045    | [NoMSAppointed]             |

  @IF-003 @MIGRATION @MIG-06 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-003    | [MSDeAppRM]                 |
      | IF-003    | [ReverseMigNotification]    |

  @IF-006 @BP006 @BP007 @BP009 @NC-05 @DIS-05 @COM-07 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-006    | [MeterInstall]              |

  @IF-006 @BP007 @BP009 @DIS-05 @COM-07 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-006    | [MeterRemoval]              |
      | IF-006    | [MeterExchange]             |
      | IF-006    | [MeterUpdate]               |
      | IF-006    | [MeterHistoryUpdate]        |

  @IF-008 @BP008 @CES-04 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-008    | [EnergisationStatusChange]  |

  @IF-018 @BP010 @CRD-03 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-018    | [AddressChg]                |
      | IF-018    | [GSPChg]                    |
      | IF-018    | [DomPremInd]                |
      | IF-018    | [DUOSTariffIDChg]           |
      | IF-018    | [EnergyDirection]           |
      | IF-018    | [DCCEnrolment]              |
      | IF-018    | [MUMIndicator]              |

  @IF-020 @RELATED-MPANS @REL-03 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-020    | [LinkedImportExportCreate]  |
      | IF-020    | [LinkedImportExportAdd]     |
      | IF-020    | [LinkedImportExportRemove]  |
      | IF-020    | [RelatedCreate]             |
      | IF-020    | [RelatedAdd]                |
      | IF-020    | [RelatedRemove]             |

  @IF-026 @BP010 @CRD-02 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-026    | [ConsentGranularity]        |
      | IF-026    | [IHDInfo]                   |
      | IF-026    | [SMSO]                      |
      | IF-026    | [SSCandProfileClass]        |

  @IF-033 @BP001 @BP002 @MIGRATION @COS-03 @CMS-03 @MIG-02 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-033    | [MSAppSPRequest]            |

  @IF-035 @BP001 @BP002 @COS-05 @CMS-05 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-035    | [MSAppAccepted]             |
      | IF-035    | [MSAppRejected]             |

  @IF-035 @BP001 @BP002 @COS-12 @CMS-05 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-035    | [MSAppLapsed]               |

  @IF-035 @BP001 @BP002 @COS-06 @CMS-05 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-035    | [IMS-SendMTD]               |

  @IF-036 @BP001 @BP002 @RELATED-MPANS @COS-10 @CMS-07 @REL-04 @REL-05 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-036    | [MSAppActive]               |

  @IF-037 @BP001 @BP002 @BP007 @BP011 @RELATED-MPANS @COS-11 @CMS-08 @DIS-04 @SEG-04 @REL-04 @REL-05 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-037    | [MSDeApp]                   |

  @IF-037 @BP002 @BP007 @BP011 @RELATED-MPANS @CMS-09 @DIS-04 @SEG-04 @REL-04 @REL-05 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-037    | [MSDeAppUpdate]             |

  @IF-039 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-039    | [DirectContractMSAdd]       |
      | IF-039    | [DirectContractMSRemove]    |

  @IF-045 @BP011 @IF045-REMINDERS @SEG-06 @REM-01 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-045    | [InvalidMarketSegment]      |

  @IF-045 @IF045-REMINDERS @REM-01 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-045    | [ConsentGranularityInvalid] |

  @IF-045 @BP001 @IF045-REMINDERS @COS-15 @REM-01 @REQ-RCP-1001
  Scenario Outline: The Advanced Metering Service refuses a broken <interface> <event code> with 400 and RCP1001
    Given an Advanced MPAN registered to another Supplier
    When the DIP pushes the participant's Advanced Metering Service a <interface> <event code> without its sender unique reference
    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse
    And its StandardResponse to <interface> <event code> carries RCP1001

    Examples:
      | interface | event code                  |
      | IF-045    | [NoMSAppointed]             |

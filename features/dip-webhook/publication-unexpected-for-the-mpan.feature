@DIP @REQ-RCP-1062 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer
Feature: The participant reports a publication its MPAN's process cannot be expecting with RCP1062
  RCP1062 is "PUB Unexpected given MPAN Process Status/Condition" (DIP API ResponseCodes, L4
  recipient validation): the participant knows the MPAN, but where its own process for the MPAN
  stands the publication cannot be meant for it. It still answers the push 201 (the message is
  well formed and addressed to it), changes nothing because of it, and says why through a
  status message naming the transaction.

  Which states make a publication clearly unexpected is our reading [INFERRED]; the DIP L3/L4
  validation guidance note that would say is not public. We test only cases where no process
  could explain the publication: an answer to a request the Supplier never made (IF-032 answers
  its IF-031, IF-035 reports the outcome of the appointment it requested, PROCESS-TABLES §4.1
  REC 22.6.3, COS-05), and an acceptance or activation of an appointment the Metering Service
  itself declined (IF-034 `R`, COS-04). Not here: an IF-036 to a Supplier that requested
  nothing, which auto-appointments of related and linked MPANs send (REL-04, REL-05), and an
  IF-036 that arrives before the IF-035 it follows, which is only out of order (see
  out-of-order-delivery.feature).

  @role:supplier @segment:smart @IF-032 @IF-035
  Rule: The Supplier refuses an outcome of an appointment it never asked for

    Scenario Outline: The Supplier reports <interface> <event code> for an appointment it never requested with RCP1062
      Given a Smart MPAN registered to another Supplier
      And the participant has asked CSS to register the MPAN from a supply start date 7 days ahead
      When the DIP pushes the participant's Supplier a valid <interface> <event code> about the MPAN
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1062 about that <interface> <event code> through the DIP within 60 minutes

      Examples:
        | interface | event code          |
        | IF-032    | [MSAppInitialResp]  |
        | IF-032    | [DSAppInitialResp]  |
        | IF-035    | [MSAppAccepted]     |
        | IF-035    | [MSAppRejected]     |
        | IF-035    | [MSAppLapsed]       |
        | IF-035    | [DSAppAccepted]     |
        | IF-035    | [DSAppRejected]     |
        | IF-035    | [DSAppLapsed]       |

  @role:metering-service @IF-033 @IF-034
  Rule: The Metering Service refuses the acceptance or activation of an appointment it declined

    Scenario Outline: The <segment> Metering Service reports an <interface> <event code> of an appointment it declined with RCP1062
      Given <an MPAN> in a GSP group the participant does not serve
      And another Supplier is gaining the MPAN
      And the gaining Supplier asks the SMRS to appoint the participant as Metering Service
      And the participant sends IF-034 [MSAppSPResponse] to the SMRS within 60 minutes of IF-033 [MSAppSPRequest]
      And it rejects the appointment with SP007
      When the DIP pushes the participant's <segment> Metering Service a valid <interface> <event code> about the MPAN that names it as the Metering Service
      Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse
      And the participant reports RCP1062 about that <interface> <event code> through the DIP within 60 minutes

      @IF-035 @segment:smart
      Examples: the acceptance, to a Smart Metering Service
        | segment | an MPAN      | interface | event code      |
        | Smart   | a Smart MPAN | IF-035    | [MSAppAccepted] |

      @IF-036 @segment:smart
      Examples: the activation, to a Smart Metering Service
        | segment | an MPAN      | interface | event code    |
        | Smart   | a Smart MPAN | IF-036    | [MSAppActive] |

      @IF-036 @segment:advanced
      Examples: the activation, to an Advanced Metering Service
        | segment  | an MPAN          | interface | event code    |
        | Advanced | an Advanced MPAN | IF-036    | [MSAppActive] |

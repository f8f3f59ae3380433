@SUPPLIER-TO-DS @role:supplier @segment:smart
Feature: The Supplier advises its Data Service, asks it to amend consumption and sends it agreed reads
  A Supplier may tell the Data Service appointed to an MPAN what it has learnt about the site
  (IF-024 Supplier Advisory Notification), and ask it to amend consumption (IF-027 Supplier
  Consumption Amendment Request), which the Data Service answers with IF-028. Not every Supplier
  sends them: these scenarios apply when the profile declares the interface in
  capabilities.sends, and are not applicable otherwise. When the incoming and the outgoing
  Supplier settle a disputed Change of Supplier read between them, the Supplier sends the agreed
  read to the Data Service (IF-041 [SupplierAgreedCOS]); any Supplier may have to. No SLA is
  published; the suite listens for the 60-minute default.

  Rule: An advisory goes to the MPAN's Data Service, with the event code for what the Supplier learnt

    @SDA-01 @IF-024 @sends:IF-024 @REQ-SUP-IF024-ADVISORY @REQ-PROCESS-CONTENT
    Scenario Outline: Advises the Data Service with IF-024 <event code> when "<news>"
      Given a Smart MPAN the participant supplies
      When the participant's Supplier notes "<news>" for the MPAN's Data Service
      Then the participant sends IF-024 <event code> to the MPAN's Data Service

      Examples:
        | news                                         | event code      |
        | premises found vacant                        | [SN-Vacant]     |
        | smart meter not communicating                | [SN-NoComms]    |
        | annual consumption nominated by the Supplier | [SN-SupplierAC] |

  Rule: An amendment request names what to amend, goes to the MPAN's Data Service, and its answer is taken

    @SDA-02 @SDA-03 @IF-027 @IF-028 @sends:IF-027 @REQ-SUP-IF027-AMENDMENT @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario: Asks the Data Service to amend consumption and takes its IF-028 answer
      Given a Smart MPAN the participant supplies
      When the participant's Supplier notes "consumption amendment requested" for the MPAN's Data Service
      Then the participant sends IF-027 [ConsumptionAmendment] to the MPAN's Data Service
      And its IF-027 [ConsumptionAmendment] asks for at least one amendment
      And the Data Service accepts it with IF-028 [ConsumptionAmendment]
      And the participant answers IF-028 [ConsumptionAmendment] with HTTP 201 and a StandardResponse

  Rule: An agreed Change of Supplier read goes to the MPAN's Data Service, taken on the supply start date [INFERRED]

    @SDA-04 @IF-041 @REQ-SUP-AGREED-COS-READ @REQ-PROCESS-CONTENT
    Scenario: Sends the Data Service the Change of Supplier read agreed with the other Supplier
      Given a Smart MPAN the participant supplies
      And the participant took over its supply from another Supplier 7 days ago
      When the participant's Supplier notes "change of supplier read agreed with the other Supplier" for the MPAN's Data Service
      Then the participant sends IF-041 [SupplierAgreedCOS] to the MPAN's Data Service
      And the Data Service receives the agreed read for the MPAN, taken on the supply start date

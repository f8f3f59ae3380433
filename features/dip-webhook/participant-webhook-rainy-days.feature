@DIP @role:supplier @role:metering-service
Feature: The participant's webhook on rainy days
  A participant's webhook answers every DIP push synchronously: 201 with a StandardResponse
  for what it accepts, 400 with the reason for what breaks the schema. Problems it finds
  later go back through the DIP as status messages with RCP codes. A delivery the DIP repeats
  (same transaction) is acknowledged again and acted on once. Nothing received is lost.

  These scenarios take one publication each; features/dip-channels/*-rainy-days.feature put
  every publication each role receives through the same rainy days, and the features beside
  this one take publications the MPAN's process cannot be expecting (RCP1062) and publications
  delivered out of order.

  @IF-036 @segment:smart @REQ-DIP-WEBHOOK-RESPONSE @REQ-RCP-1001
  Scenario: Refuses a publication that breaks its schema with 400 and RCP1001
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant an IF-036 [MSAppActive] that breaks its schema
    Then the participant answers IF-036 [MSAppActive] with HTTP 400 and a StandardResponse
    And its StandardResponse to IF-036 [MSAppActive] carries RCP1001

  @IF-036 @segment:smart @REQ-DIP-STATUS-MESSAGE @REQ-RCP-1061 @REQ-SLA-status-message-answer
  Scenario: Reports an unknown MPAN through a status message
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant an IF-036 [MSAppActive] for an MPAN it does not know
    Then the participant answers IF-036 [MSAppActive] with HTTP 201 and a StandardResponse
    And the participant reports RCP1061 about that IF-036 [MSAppActive] through the DIP within 60 minutes

  @IF-033 @IF-034 @segment:smart @REQ-DIP-IDEMPOTENT-RECEIPT
  Scenario: Acts once on a transaction the DIP delivers twice
    Given a Smart MPAN registered to another Supplier
    And another Supplier is gaining the MPAN
    When the gaining Supplier asks the SMRS to appoint the participant as Metering Service
    And the DIP delivers the same IF-033 [MSAppSPRequest] again
    Then the participant answers IF-033 [MSAppSPRequest] with HTTP 201 and a StandardResponse
    And over 60 minutes the participant sends IF-034 [MSAppSPResponse] only once for the IF-033 [MSAppSPRequest] it received twice

  @IF-033 @IF-034 @segment:smart @REQ-DIP-IDEMPOTENT-RECEIPT
  Scenario: Acts once on a transaction the DIP replays
    Given a Smart MPAN registered to another Supplier
    And another Supplier is gaining the MPAN
    When the gaining Supplier asks the SMRS to appoint the participant as Metering Service
    And the DIP replays the same IF-033 [MSAppSPRequest]
    Then the participant answers IF-033 [MSAppSPRequest] with HTTP 201 and a StandardResponse
    And over 60 minutes the participant sends IF-034 [MSAppSPResponse] only once for the IF-033 [MSAppSPRequest] it received twice

  @IF-036 @segment:smart @REQ-DIP-WEBHOOK-RESPONSE @REQ-RCP-1005
  Scenario: Refuses a publication of a schema version it does not take with 400 and RCP1005
    Given a Smart MPAN registered to another Supplier
    When the DIP pushes the participant's Supplier an IF-036 [MSAppActive] of schema version 999
    Then the participant answers IF-036 [MSAppActive] with HTTP 400 and a StandardResponse
    And its StandardResponse to IF-036 [MSAppActive] carries RCP1005

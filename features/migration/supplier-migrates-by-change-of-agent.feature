@MIGRATION @role:supplier @segment:smart
Feature: Forward migration by Change of Agent
  A qualified current Supplier migrates a legacy MPAN to MHHS by appointing MHHS service
  providers with appointment scenario MCA: only on an MPAN not yet migrated (REG9007), while
  MHHS scenario codes on an un-migrated MPAN are refused (REG9009). The appointment chain then
  runs as usual and the SMRS tells the Supplier the outcome with IF-035.

  @MIG-01 @IF-031 @IF-035 @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario Outline: Migrates the <service> appointment with scenario MCA
    Given a Smart MPAN the participant supplies
    And the MPAN has not been migrated to MHHS yet
    When the participant's Supplier asks the SMRS for a MCA appointment of its <service> from 7 days ahead
    Then the participant sends IF-031 for its <service> with appointment scenario MCA
    And the SMRS sends the participant IF-035 <accepted>
    And the participant answers IF-035 <accepted> with HTTP 201 and a StandardResponse

    Examples:
      | service          | accepted        |
      | Metering Service | [MSAppAccepted] |
      | Data Service     | [DSAppAccepted] |

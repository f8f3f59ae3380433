@MIGRATION @role:supplier @segment:smart
Feature: Forward migration by Change of Supplier
  When a qualified Supplier gains an MPAN that is still under the legacy arrangements, the SMRS
  tells it through the DTN as well as by IF-002, and the Supplier migrates the MPAN alongside
  the switch: it asks for its Metering and Data Service appointments with appointment scenario
  MCS (a current Supplier may not: REG9006; MHHS scenario codes such as COS on an un-migrated
  MPAN are refused: REG9009). The suite tells the participant what the DTN would (the
  css-registration trigger with `migrating: true`). The 60-minute window of REC 22.6.1 is
  applied, as its wording covers a pending Switch [INFERRED].

  Background:
    Given a Smart MPAN registered to another Supplier
    And the MPAN has not been migrated to MHHS yet
    And the participant has asked CSS to register the MPAN from a supply start date 7 days ahead, to migrate it to MHHS with the switch

  @MIG-04 @MIG-05 @IF-002 @IF-031 @IF-035 @REQ-SLA-ms-appointment-request @REQ-PROCESS-CONTENT
  Scenario: Migrates the MPAN with the switch: Metering Service appointment with scenario MCS
    When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
    Then the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
    And its IF-031 [MSApp] names appointment scenario MCS
    And its IF-031 [MSApp] proposes an appointment effective from the supply start date
    And its IF-031 [MSApp] is for the CSS registration the participant raised, with the gain's appointment scenario and a provider on offer
    And the SMRS sends the participant IF-035 [MSAppAccepted]

  @MIG-05 @IF-031 @IF-035 @REQ-SLA-ds-appointment-request @REQ-PROCESS-CONTENT
  Scenario: Migrates the MPAN with the switch: Data Service appointment with scenario MCS
    When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
    Then the participant sends IF-031 [DSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
    And its IF-031 [DSApp] names appointment scenario MCS
    And the SMRS sends the participant IF-035 [DSAppAccepted]

  @MIG-05 @IF-036 @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: The Metering Service appointment with scenario MCS becomes active on Secured Active
    Given the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
    And the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
    And its IF-031 [MSApp] names appointment scenario MCS
    And the SMRS sends the participant IF-035 [MSAppAccepted]
    When the switch reaches Secured Active
    Then the SMRS sends the participant IF-036 [MSAppActive]
    And the participant answers IF-036 [MSAppActive] with HTTP 201 and a StandardResponse

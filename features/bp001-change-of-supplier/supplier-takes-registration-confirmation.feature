@BP001 @BP006 @role:supplier @segment:smart
Feature: The incoming Supplier takes the SMRS's confirmation of its registration
  When the switch reaches Secured Active, the evening before the Supplier Registration Effective
  From Date, the SMRS confirms the registration to the incoming Supplier with IF-001:
  [ChangeOfSupplier] when another Supplier held the MPAN, [InitialRegistration] for a new
  connection. The Supplier is gaining the MPAN, so it answers 201 with a StandardResponse and
  reports no problem with it (no status message such as RCP1061).

  @COS-09 @IF-001 @REQ-SUP-REGISTRATION-CONFIRMED @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: Takes IF-001 [ChangeOfSupplier] on Secured Active
    Given a Smart MPAN registered to another Supplier
    And the participant has asked CSS to register the MPAN from a supply start date 7 days ahead
    And the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
    And the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
    When the switch reaches Secured Active
    Then the SMRS sends the participant IF-001 [ChangeOfSupplier]
    And the participant answers IF-001 [ChangeOfSupplier] with HTTP 201 and a StandardResponse
    And over 60 minutes the participant reports no problem with IF-001 [ChangeOfSupplier]

  @NC-03 @COS-09 @IF-001 @REQ-SUP-REGISTRATION-CONFIRMED @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: Takes IF-001 [InitialRegistration] for a new connection on Secured Active
    Given a new Smart MPAN with no Supplier or service providers yet
    And the participant has asked CSS to register the MPAN from a supply start date 7 days ahead
    And the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
    And the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
    When the switch reaches Secured Active
    Then the SMRS sends the participant IF-001 [InitialRegistration]
    And the participant answers IF-001 [InitialRegistration] with HTTP 201 and a StandardResponse
    And over 60 minutes the participant reports no problem with IF-001 [InitialRegistration]

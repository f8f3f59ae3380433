@BP006 @BP002 @BP003 @role:supplier @segment:smart
Feature: New Connection: the Supplier appoints the first Metering and Data Services
  A new MPAN has no Supplier and no service providers. When the Supplier's initial registration
  with CSS is pending, the SMRS sends it IF-002 with no current services to name, and the
  Supplier must request its Metering Service and Data Service appointments (IF-031) within 60
  minutes (REC 22.6.1), effective from its supply start date. The appointment chain then runs as
  on a Change of Supplier, with no outgoing service to de-appoint. The Metering Service's part
  (the install MTDs, NC-04 and NC-05, and energisation, NC-06) is in the BP009 and BP008 features.

  Background:
    Given a new Smart MPAN with no Supplier or service providers yet
    And the participant has asked CSS to register the MPAN from a supply start date 7 days ahead

  @NC-02 @NC-03 @IF-002 @IF-031 @REQ-REC-22.6.1 @REQ-SLA-ms-appointment-request @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: Requests the first Metering Service within 60 minutes of the initial registration's IF-002
    When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
    Then the participant answers IF-002 [GainMPANInfo] with HTTP 201 and a StandardResponse
    And the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
    And its IF-031 [MSApp] proposes an appointment effective from the supply start date
    And its IF-031 [MSApp] is for the CSS registration the participant raised, with the gain's appointment scenario and a provider on offer

  @NC-03 @IF-031 @IF-035 @REQ-SLA-ds-appointment-request @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: Requests the first Data Service within 60 minutes of the initial registration's IF-002, and hears it accepted
    When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
    Then the participant sends IF-031 [DSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
    And its IF-031 [DSApp] proposes an appointment effective from the supply start date
    And its IF-031 [DSApp] is for the CSS registration the participant raised, with the gain's appointment scenario and a provider on offer
    And the SMRS sends the participant IF-035 [DSAppAccepted]
    And the participant answers IF-035 [DSAppAccepted] with HTTP 201 and a StandardResponse

  @NC-03 @IF-036 @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: The first Data Service appointment becomes active on Secured Active
    Given the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
    And the participant sends IF-031 [DSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
    And the SMRS sends the participant IF-035 [DSAppAccepted]
    When the switch reaches Secured Active
    Then the SMRS sends the participant IF-036 [DSAppActive]
    And the participant answers IF-036 [DSAppActive] with HTTP 201 and a StandardResponse

@BP002 @role:supplier @segment:smart
Feature: The Supplier changes its Metering Service without a change of supplier
  The current Supplier that chooses a new Metering Service asks the SMRS with IF-031 [MSApp] and
  appointment scenario CSP, proposing a provider other than the one appointed (REG1026), from an
  Effective From Date no more than 28 days ahead. The SMRS offers the appointment (IF-033), the
  provider answers (IF-034), and the SMRS tells the Supplier the outcome with IF-035.

  @CMS-01 @CMS-03 @CMS-04 @CMS-05 @IF-031 @IF-035 @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: Appoints a new Metering Service with scenario CSP and hears it accepted
    Given a Smart MPAN the participant supplies
    When the participant's Supplier asks the SMRS for a CSP appointment of its Metering Service from 7 days ahead
    Then the participant sends IF-031 for its Metering Service with appointment scenario CSP
    And the SMRS sends the participant IF-035 [MSAppAccepted]
    And the participant answers IF-035 [MSAppAccepted] with HTTP 201 and a StandardResponse

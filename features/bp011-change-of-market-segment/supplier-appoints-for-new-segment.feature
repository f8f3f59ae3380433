@BP011 @role:supplier
Feature: The Supplier appoints the Metering Service of the MPAN's new market segment
  When a metering change moves an MPAN to another market segment (a Smart site becoming
  Advanced), a Metering Service that serves only the old segment cannot stay: the Supplier
  appoints one for the new segment with IF-031, appointment scenario SEG. The provider must
  serve the new segment (REG1031) and must not be the one appointed (REG1095).

  @SEG-01 @IF-031 @IF-035 @segment:smart @segment:advanced @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: Appoints an Advanced Metering Service with scenario SEG when a Smart MPAN becomes Advanced
    Given a Smart MPAN the participant supplies
    And the MPAN is moving to the Advanced market segment
    When the participant's Supplier asks the SMRS for a SEG appointment of its Metering Service from 7 days ahead
    Then the participant sends IF-031 for its Metering Service with appointment scenario SEG
    And the SMRS sends the participant IF-035 [MSAppAccepted]
    And the participant answers IF-035 [MSAppAccepted] with HTTP 201 and a StandardResponse

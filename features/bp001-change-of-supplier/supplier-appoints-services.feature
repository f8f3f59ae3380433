@BP001 @BP002 @BP003 @role:supplier
Feature: Gaining Supplier appoints its Metering and Data Services on Change of Supplier
  When the SMRS tells a Gaining Supplier that its registration is pending (IF-002), the Supplier
  must request its Metering Service and Data Service appointments (IF-031) within 60 minutes,
  effective from its supply start date, and answer every DIP push with a StandardResponse.

  Rule: REC 22.6.1 – the MOA appointment request follows IF-002 within 60 minutes

    Background:
      Given a Smart MPAN registered to another Supplier
      And the participant has asked CSS to register the MPAN from a supply start date 7 days ahead

    @COS-02 @REC-22.6.1 @IF-002 @IF-031 @segment:smart @REQ-REC-22.6.1 @REQ-SLA-ms-appointment-request @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
    Scenario: Metering Service appointment request follows the gain notification within the SLA
      When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
      Then the participant answers IF-002 [GainMPANInfo] with HTTP 201 and a StandardResponse
      And the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
      And its IF-031 [MSApp] proposes an appointment effective from the supply start date
      And its IF-031 [MSApp] is for the CSS registration the participant raised, with the gain's appointment scenario and a provider on offer

    @COS-02 @IF-002 @IF-031 @segment:smart @REQ-SLA-ds-appointment-request @REQ-PROCESS-CONTENT
    Scenario: Data Service appointment request follows the gain notification within the SLA
      When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
      Then the participant sends IF-031 [DSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
      And its IF-031 [DSApp] proposes an appointment effective from the supply start date
      And its IF-031 [DSApp] is for the CSS registration the participant raised, with the gain's appointment scenario and a provider on offer

  Rule: The Supplier acts on what the SMRS answers, and every answer is acknowledged

    Background:
      Given a Smart MPAN registered to another Supplier
      And the participant has asked CSS to register the MPAN from a supply start date 7 days ahead

    @COS-05 @IF-035 @segment:smart @REQ-DIP-WEBHOOK-RESPONSE
    Scenario: The SMRS accepts the Metering Service appointment with IF-035
      When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
      Then the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
      And the SMRS sends the participant IF-035 [MSAppAccepted]
      And the participant answers IF-035 [MSAppAccepted] with HTTP 201 and a StandardResponse

    @COS-10 @IF-036 @segment:smart @REQ-DIP-WEBHOOK-RESPONSE
    Scenario: Accepted appointment becomes active on Secured Active
      Given the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
      And the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
      And the SMRS sends the participant IF-035 [MSAppAccepted]
      When the switch reaches Secured Active
      Then the SMRS sends the participant IF-036 [MSAppActive]
      And the participant answers IF-036 [MSAppActive] with HTTP 201 and a StandardResponse

    @REC-22.6.3 @IF-032 @segment:smart @REQ-DIP-WEBHOOK-RESPONSE
    Scenario: SMRS rejects the Metering Service appointment with IF-032
      Given the SMRS will reject the Metering Service appointment with REG1031
      When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
      Then the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
      Then the SMRS sends the participant IF-032 [MSAppInitialResp]
      And the participant answers IF-032 [MSAppInitialResp] with HTTP 201 and a StandardResponse

    @COS-05 @IF-035 @segment:smart @REQ-DIP-WEBHOOK-RESPONSE
    Scenario: The proposed Metering Service refuses and the SMRS reports it with IF-035
      Given the proposed Metering Service will refuse the appointment with SP011
      When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
      Then the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
      And the SMRS sends the participant IF-035 [MSAppRejected]
      And the participant answers IF-035 [MSAppRejected] with HTTP 201 and a StandardResponse

    @COS-12 @IF-035 @segment:smart @REQ-DIP-WEBHOOK-RESPONSE
    Scenario: Appointment lapses when the switch is cancelled
      Given the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
      And the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
      And the SMRS sends the participant IF-035 [MSAppAccepted]
      When the switch is cancelled
      Then the SMRS sends the participant IF-035 [MSAppLapsed]
      And the participant answers IF-035 [MSAppLapsed] with HTTP 201 and a StandardResponse

  Rule: An Advanced MPAN gets an Advanced Metering Service

    @COS-02 @REC-22.6.1 @IF-002 @IF-031 @segment:advanced @REQ-REC-22.6.1 @REQ-SLA-ms-appointment-request @REQ-PROCESS-CONTENT
    Scenario: Appointment request for an Advanced MPAN within the SLA
      Given an Advanced MPAN registered to another Supplier
      And the participant has asked CSS to register the MPAN from a supply start date 10 days ahead
      When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
      Then the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
      And its IF-031 [MSApp] proposes an appointment effective from the supply start date
      And its IF-031 [MSApp] is for the CSS registration the participant raised, with the gain's appointment scenario and a provider on offer
      And the SMRS sends the participant IF-035 [MSAppAccepted]

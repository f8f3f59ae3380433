@BP001 @BP002 @BP003 @role:supplier
Feature: Gaining Supplier appoints its Metering and Data Services on Change of Supplier
  When the SMRS tells a Gaining Supplier that its registration is pending (IF-002), the Supplier
  must request its Metering Service and Data Service appointments (IF-031) within 60 minutes,
  effective from its supply start date, and answer every DIP push with a StandardResponse.

  Rule: REC 22.6.1 – the MOA appointment request follows IF-002 within 60 minutes

    Background:
      Given a Smart MPAN registered to another Supplier
      And the participant has asked CSS to register the MPAN from a supply start date 7 days ahead

    @COS-02 @REC-22.6.1 @IF-002 @IF-031 @segment:smart @REQ-REC-22.6.1 @REQ-DIP-WEBHOOK-RESPONSE
    Scenario: Metering Service appointment request follows the gain notification within the SLA
      When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
      Then the participant answers IF-002 [GainMPANInfo] with HTTP 201 and a StandardResponse
      And the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
      And its IF-031 [MSApp] proposes an appointment effective from the supply start date

    @COS-02 @IF-002 @IF-031 @segment:smart @REQ-REC-22.6.1
    Scenario: Data Service appointment request follows the gain notification within the SLA
      When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
      Then the participant sends IF-031 [DSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
      And its IF-031 [DSApp] proposes an appointment effective from the supply start date

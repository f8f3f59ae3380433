@BP001 @role:supplier @segment:smart
Feature: The gaining Supplier does not supersede its own appointment requests
  CSS may update a pending switch, and the SMRS then sends the incoming Supplier IF-002 again for
  the same CSS registration. The appointment requests the Supplier already made stand: a second
  IF-031 of the same kind for the MPAN would replace the first, which the SMRS reports with
  REG1089 "Subsequent Appointment Received" (which interface carries it is our reading: IF-035).

  @COS-14 @IF-002 @IF-031 @IF-035 @REQ-SUP-NO-SUPERSEDE @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: A repeated IF-002 for the same registration leaves the requests in flight
    Given a Smart MPAN registered to another Supplier
    And the participant has asked CSS to register the MPAN from a supply start date 7 days ahead
    And the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
    And the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
    And the SMRS sends the participant IF-035 [MSAppAccepted]
    When the SMRS sends the participant IF-002 [GainMPANInfo] again for the same CSS registration
    Then the participant answers IF-002 [GainMPANInfo] with HTTP 201 and a StandardResponse
    And over 60 minutes the participant requests IF-031 [MSApp] only once, so the SMRS supersedes nothing with REG1089

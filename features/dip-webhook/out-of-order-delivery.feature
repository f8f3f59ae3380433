@DIP @BP001 @REQ-DIP-ORDER-TOLERANT @REQ-DIP-WEBHOOK-RESPONSE
Feature: The participant takes publications the DIP delivers out of the process's order
  The Registration Service sends IF-035 (the appointment accepted, COS-05) before IF-036 (the
  appointment active, COS-10, on Secured Active), but the DIP promises no order between two
  publications: a retried push (408, 429, 5xx) or a requeue can bring IF-036 first. The
  participant must answer both 201, lose neither, and end where the in-order process ends: the
  appointment active. It must not take IF-036 for unexpected (RCP1062) because the acceptance
  has not reached it yet, nor drop it, nor let the late IF-035 take the appointment back to
  "accepted".

  What the suite can see is what the participant sends: it checks that both are acknowledged
  and that no status message with a code other than RCP0000 names either transaction over the
  window. A participant that silently drops the early IF-036, or lets the late IF-035 overwrite
  it, shows nothing on the wire here; the reference participant's own tests check its end state
  (test/reference-participant-flow.test.ts).

  @role:supplier @segment:smart @COS-05 @COS-10 @IF-035 @IF-036
  Scenario: The Supplier takes IF-036 [MSAppActive] delivered before the IF-035 [MSAppAccepted] it follows
    Given a Smart MPAN registered to another Supplier
    And the participant has asked CSS to register the MPAN from a supply start date 7 days ahead
    And the DIP holds back the SMRS's next IF-035 [MSAppAccepted] to the participant
    When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
    Then the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
    And the SMRS sends the participant IF-035 [MSAppAccepted], which the DIP holds back
    When the switch reaches Secured Active
    Then the SMRS sends the participant IF-036 [MSAppActive]
    When the DIP delivers the IF-035 [MSAppAccepted] it held back
    Then the participant answers IF-036 [MSAppActive] with HTTP 201 and a StandardResponse
    And the participant answers IF-035 [MSAppAccepted] with HTTP 201 and a StandardResponse
    And over 60 minutes the participant refuses neither IF-036 [MSAppActive] nor IF-035 [MSAppAccepted]

  @role:metering-service @COS-04 @COS-05 @COS-10 @IF-033 @IF-034 @IF-035 @IF-036
  Scenario Outline: The <segment> Metering Service takes IF-036 [MSAppActive] delivered before the IF-035 [MSAppAccepted] it follows
    Given <an MPAN> registered to another Supplier
    And another Supplier is gaining the MPAN
    When the gaining Supplier asks the SMRS to appoint the participant as Metering Service
    Then the participant sends IF-034 [MSAppSPResponse] to the SMRS within 60 minutes of IF-033 [MSAppSPRequest]
    And it accepts the appointment with SP000
    When the switch reaches Secured Active
    Then the SMRS sends the participant IF-036 [MSAppActive]
    When the SMRS's IF-035 [MSAppAccepted] about the appointment reaches the participant only now
    Then the participant answers IF-036 [MSAppActive] with HTTP 201 and a StandardResponse
    And the participant answers IF-035 [MSAppAccepted] with HTTP 201 and a StandardResponse
    And over 60 minutes the participant refuses neither IF-036 [MSAppActive] nor IF-035 [MSAppAccepted]

    @segment:smart
    Examples: Smart
      | segment | an MPAN       |
      | Smart   | a Smart MPAN  |

    @segment:advanced
    Examples: Advanced
      | segment  | an MPAN          |
      | Advanced | an Advanced MPAN |

@BP001 @BP002 @role:metering-service
Feature: Metering Service answers appointment offers and hands over when replaced
  When the SMRS offers a Metering Service an appointment (IF-033), the service must answer
  with IF-034: accepted (SP000) where it serves the MPAN's market segment, meter types and
  area, rejected with the reason otherwise. As the incumbent it must acknowledge the instruction to send its
  Meter Technical Details (IF-035 [IMS-SendMTD]) and its de-appointment (IF-037).

  Rule: The Metering Service answers an offer within the window

    @COS-03 @COS-04 @IF-033 @IF-034 @segment:smart @REQ-DIP-WEBHOOK-RESPONSE @REQ-SLA-ms-appointment-answer @REQ-PROCESS-CONTENT
    Scenario: Accepts an appointment for a Smart MPAN it serves
      Given a Smart MPAN registered to another Supplier
      And another Supplier is gaining the MPAN
      When the gaining Supplier asks the SMRS to appoint the participant as Metering Service
      Then the participant answers IF-033 [MSAppSPRequest] with HTTP 201 and a StandardResponse
      And the participant sends IF-034 [MSAppSPResponse] to the SMRS within 60 minutes of IF-033 [MSAppSPRequest]
      And it accepts the appointment with SP000

    @COS-03 @COS-04 @IF-033 @IF-034 @segment:advanced @REQ-SLA-ms-appointment-answer @REQ-PROCESS-CONTENT
    Scenario: Accepts an appointment for an Advanced MPAN it serves
      Given an Advanced MPAN registered to another Supplier
      And another Supplier is gaining the MPAN
      When the gaining Supplier asks the SMRS to appoint the participant as Metering Service
      Then the participant sends IF-034 [MSAppSPResponse] to the SMRS within 60 minutes of IF-033 [MSAppSPRequest]
      And it accepts the appointment with SP000

    @COS-04 @IF-033 @IF-034 @segment:smart @REQ-SP-007
    Scenario: Rejects an appointment outside its operational area with SP007
      Given a Smart MPAN in a GSP group the participant does not serve
      And another Supplier is gaining the MPAN
      When the gaining Supplier asks the SMRS to appoint the participant as Metering Service
      Then the participant sends IF-034 [MSAppSPResponse] to the SMRS within 60 minutes of IF-033 [MSAppSPRequest]
      And it rejects the appointment with SP007

    @COS-04 @IF-033 @IF-034 @segment:smart @REQ-SP-006
    Scenario: Rejects an appointment for a meter type it does not support with SP006
      Given a Smart MPAN with a meter of a type the participant does not support
      And another Supplier is gaining the MPAN
      When the gaining Supplier asks the SMRS to appoint the participant as Metering Service
      Then the participant sends IF-034 [MSAppSPResponse] to the SMRS within 60 minutes of IF-033 [MSAppSPRequest]
      And it rejects the appointment with SP006

  Rule: The incumbent Metering Service acknowledges its replacement

    @COS-06 @IF-035 @segment:smart @REQ-DIP-WEBHOOK-RESPONSE
    Scenario: Incumbent is told to send its MTDs
      Given a Smart MPAN the participant serves as Metering Service
      And another Supplier is gaining the MPAN
      When the gaining Supplier asks the SMRS to appoint another Metering Service
      Then the SMRS sends the participant IF-035 [IMS-SendMTD]
      And the participant answers IF-035 [IMS-SendMTD] with HTTP 201 and a StandardResponse

    @COS-11 @IF-037 @segment:smart @REQ-DIP-WEBHOOK-RESPONSE
    Scenario: Incumbent is de-appointed on Secured Active
      Given a Smart MPAN the participant serves as Metering Service
      And another Supplier is gaining the MPAN
      And the gaining Supplier asks the SMRS to appoint another Metering Service
      And the SMRS sends the participant IF-035 [IMS-SendMTD]
      When the switch reaches Secured Active
      Then the SMRS sends the participant IF-037 [MSDeApp]
      And the participant answers IF-037 [MSDeApp] with HTTP 201 and a StandardResponse

@BP003 @role:data-service
Feature: Data Service answers appointment offers, naming its Meter Data Retriever
  When the SMRS offers a Data Service an appointment (IF-033 [DSAppSPRequest]), the service must
  answer with IF-034 [DSAppSPResponse]. A Smart Data Service that accepts names its Meter Data
  Retriever (B018): the one the Supplier nominated where it supports it, else one of its own
  choosing. It rejects an MDR it does not support with DS001, and an offer without a traditional
  or fall-back read frequency with DS003.

  Rule: The Data Service answers an offer within the window

    @CDS-02 @IF-033 @IF-034 @segment:smart @REQ-DIP-WEBHOOK-RESPONSE @REQ-SLA-ds-appointment-answer @REQ-PROCESS-CONTENT @REQ-DS-MDR-NAMED
    Scenario: The Smart Data Service accepts an appointment and names its Meter Data Retriever
      Given a Smart MPAN registered to another Supplier
      And another Supplier is gaining the MPAN
      When the gaining Supplier asks the SMRS to appoint the participant as Data Service, nominating no MDR
      Then the participant answers IF-033 [DSAppSPRequest] with HTTP 201 and a StandardResponse
      And the participant sends IF-034 [DSAppSPResponse] to the SMRS within 60 minutes of IF-033 [DSAppSPRequest]
      And it accepts the appointment with SP000
      And it names a Meter Data Retriever it supports

    @CDS-01 @CDS-02 @IF-033 @IF-034 @segment:smart @REQ-SLA-ds-appointment-answer @REQ-DS-MDR-NAMED
    Scenario: The Smart Data Service takes the Meter Data Retriever the Supplier nominated
      Given a Smart MPAN registered to another Supplier
      And another Supplier is gaining the MPAN
      When the gaining Supplier asks the SMRS to appoint the participant as Data Service, nominating an MDR it supports
      Then the participant sends IF-034 [DSAppSPResponse] to the SMRS within 60 minutes of IF-033 [DSAppSPRequest]
      And it accepts the appointment with SP000
      And it names the Meter Data Retriever the Supplier nominated

    @CDS-02 @IF-033 @IF-034 @segment:advanced @REQ-SLA-ds-appointment-answer @REQ-PROCESS-CONTENT
    Scenario: The Advanced Data Service accepts an appointment
      Given an Advanced MPAN registered to another Supplier
      And another Supplier is gaining the MPAN
      When the gaining Supplier asks the SMRS to appoint the participant as Data Service, nominating no MDR
      Then the participant sends IF-034 [DSAppSPResponse] to the SMRS within 60 minutes of IF-033 [DSAppSPRequest]
      And it accepts the appointment with SP000

  Rule: The Smart Data Service rejects what it cannot serve, with the DS code that says why

    @CDS-02 @IF-033 @IF-034 @segment:smart @REQ-SLA-ds-appointment-answer @REQ-DS-001
    Scenario: Rejects an appointment nominating a Meter Data Retriever it does not support with DS001
      Given a Smart MPAN registered to another Supplier
      And another Supplier is gaining the MPAN
      When the gaining Supplier asks the SMRS to appoint the participant as Data Service, nominating an MDR it does not support
      Then the participant sends IF-034 [DSAppSPResponse] to the SMRS within 60 minutes of IF-033 [DSAppSPRequest]
      And it rejects the appointment with DS001

    @CDS-02 @IF-033 @IF-034 @segment:smart @REQ-SLA-ds-appointment-answer @REQ-DS-003
    Scenario: Rejects an appointment without a fall-back read frequency with DS003
      Given a Smart MPAN registered to another Supplier
      And another Supplier is gaining the MPAN
      When the gaining Supplier asks the SMRS to appoint the participant as Data Service, giving no fall-back read frequency
      Then the participant sends IF-034 [DSAppSPResponse] to the SMRS within 60 minutes of IF-033 [DSAppSPRequest]
      And it rejects the appointment with DS003

@BP008 @role:metering-service @segment:smart
Feature: The Metering Service reports a change of energisation status
  When the Supplier has asked for a meter to be energised or de-energised, the Metering Service
  reports the outcome with IF-007: [EnergisationStatusChange] to the Registration Service, which
  tells every party with IF-008; or, when the work could not be done, [EnergisationStatusFailure]
  to the Registration Service and the Supplier. No SLA for IF-007 is published: the suite
  applies the 60-minute default (provisional).

  @CES-02 @CES-04 @BP006 @NC-06 @IF-007 @IF-008 @REQ-SLA-energisation-change-outcome @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: Reports a changed energisation status, and the SMRS tells the parties
    Given a Smart MPAN the participant serves as Metering Service
    When the participant's engineer records "energisation status changed on site"
    Then the participant reports "energisation status changed on site" with IF-007 [EnergisationStatusChange] within 60 minutes
    And the SMRS confirms it with IF-008 [EnergisationStatusChange]
    And the participant answers IF-008 [EnergisationStatusChange] with HTTP 201 and a StandardResponse

  @CES-03 @IF-007 @REQ-SLA-energisation-failure-outcome @REQ-PROCESS-CONTENT
  Scenario: Reports energisation work it could not do, to the SMRS and the Supplier
    Given a Smart MPAN the participant serves as Metering Service
    When the participant's engineer records "energisation request found impossible on site"
    Then the participant reports "energisation request found impossible on site" with IF-007 [EnergisationStatusFailure] within 60 minutes
    And its IF-007 [EnergisationStatusFailure] goes to the Supplier too

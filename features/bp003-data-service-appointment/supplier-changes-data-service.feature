@BP003 @role:supplier @segment:smart
Feature: The Supplier changes its Data Service, or the details of its appointment
  The current Supplier appoints a new Data Service with IF-031 [DSApp], appointment scenario
  CSP; it changes the details of the Data Service already appointed (its MDR, its contract
  reference) with scenario USP, which only the appointed provider may be named in (REG1025).
  Either way the SMRS offers the appointment and tells the Supplier the outcome with IF-035.

  @CDS-01 @CDS-03 @IF-031 @IF-035 @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: Appoints a new Data Service with scenario CSP and hears it accepted
    Given a Smart MPAN the participant supplies
    When the participant's Supplier asks the SMRS for a CSP appointment of its Data Service from 7 days ahead
    Then the participant sends IF-031 for its Data Service with appointment scenario CSP
    And the SMRS sends the participant IF-035 [DSAppAccepted]
    And the participant answers IF-035 [DSAppAccepted] with HTTP 201 and a StandardResponse

  @BP003B @3B-01 @IF-031 @IF-035 @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: Updates the details of the appointed Data Service with scenario USP
    Given a Smart MPAN the participant supplies
    When the participant's Supplier asks the SMRS for a USP appointment of its Data Service from 3 days ahead
    Then the participant sends IF-031 for its Data Service with appointment scenario USP
    And the SMRS sends the participant IF-035 [DSAppAccepted]
    And the participant answers IF-035 [DSAppAccepted] with HTTP 201 and a StandardResponse

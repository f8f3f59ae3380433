@BP003B @role:data-service @segment:smart
Feature: The Smart Data Service changes the Meter Data Retriever of an MPAN it serves
  A Smart Data Service may change the Meter Data Retriever (MDR) that retrieves an MPAN's data
  itself, without the Supplier asking: it sends IF-034 [SDS-MDRUpdate] to the SMRS naming the
  new MDR and its Effective From Date in B018. The SMRS refuses a date in the past (REG1024) or
  more than 5 days ahead (REG1082), and tells the Smart Data Service and the Supplier the
  outcome with IF-035 [SDS-MDROutcome].

  @3B-02 @3B-03 @IF-034 @IF-035 @REQ-SLA-mdr-update @REQ-DS-MDR-UPDATE @REQ-DS-MDR-UPDATE-WINDOW @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: The Smart Data Service changes its Meter Data Retriever and hears the SMRS accept it
    Given a Smart MPAN the participant's Data Service has served for 10 days
    When the Smart Data Service is asked to have another Meter Data Retriever it works with retrieve the MPAN's data from 3 days ahead
    Then the participant sends IF-034 [SDS-MDRUpdate] to the SMRS within 60 minutes of the change being asked
    And it names the new Meter Data Retriever in B018
    And its Effective From Date is the date asked, neither in the past nor more than 5 days ahead
    And the SMRS sends the participant IF-035 [SDS-MDROutcome]
    And the participant answers IF-035 [SDS-MDROutcome] with HTTP 201 and a StandardResponse

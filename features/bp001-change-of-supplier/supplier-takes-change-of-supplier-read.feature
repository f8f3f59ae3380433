@BP001 @role:supplier @segment:smart
Feature: Both Suppliers take the Change of Supplier read
  When the switch is complete, the MPAN's Data Service supplies the Change of Supplier read with
  IF-041 [ReadingCOS]: a midnight cumulative read on the supply start date, which lets it go to
  both the incoming and the outgoing Supplier (DES138 routing, IR8.8). Each Supplier answers 201
  with a StandardResponse and reports no problem with it: the incoming one opens its account on
  it, the outgoing one closes its account on it.

  @COS-16 @IF-041 @REQ-SUP-COS-READ @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: The incoming Supplier takes the Change of Supplier read
    Given a Smart MPAN registered to another Supplier
    And the participant has asked CSS to register the MPAN from a supply start date 7 days ahead
    And the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]
    And the participant sends IF-031 [DSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]
    And the SMRS sends the participant IF-035 [DSAppAccepted]
    When the switch reaches Secured Active
    And the MPAN's Data Service sends the Change of Supplier read with IF-041 [ReadingCOS] to both Suppliers
    Then the participant answers IF-041 [ReadingCOS] with HTTP 201 and a StandardResponse
    And over 60 minutes the participant reports no problem with IF-041 [ReadingCOS]

  @COS-16 @IF-041 @REQ-SUP-COS-READ @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: The outgoing Supplier takes the Change of Supplier read of the MPAN it is losing
    Given a Smart MPAN the participant supplies
    And another Supplier is gaining the MPAN
    When the switch reaches Secured Active
    And the MPAN's Data Service sends the Change of Supplier read with IF-041 [ReadingCOS] to both Suppliers
    Then the participant answers IF-041 [ReadingCOS] with HTTP 201 and a StandardResponse
    And over 60 minutes the participant reports no problem with IF-041 [ReadingCOS]

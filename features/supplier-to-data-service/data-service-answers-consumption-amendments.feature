@SUPPLIER-TO-DS @BP005 @role:data-service
Feature: Data Service answers a Supplier's consumption amendment request
  A Supplier that finds an MPAN's settled consumption wrong asks the MPAN's Data Service to amend
  it with IF-027 [ConsumptionAmendment]: per measurement quantity, the period, the revised
  consumption and a reason (B902List). The Data Service answers the Supplier that asked with
  IF-028 [ConsumptionAmendment]: the same MPAN, the B902List as asked, and its outcome in R0. The
  Programme calls this BP016 Consumption Amendment, a Data Service process beside data processing
  (BP005). The DIP publishes no response codes for IF-028: a rejection is R with its reason.

  Rule: The registered Supplier's request is accepted

    @SDA-02 @SDA-03 @IF-027 @IF-028 @segment:smart @REQ-SLA-consumption-amendment-answer @REQ-DS-AMENDMENT-ANSWER @REQ-DS-AMENDMENT-OUTCOME
    Scenario: The Smart Data Service accepts the registered Supplier's consumption amendment with IF-028
      Given a Smart MPAN the participant's Data Service has served for 10 days
      When the MPAN's Supplier asks the Data Service with IF-027 [ConsumptionAmendment] to amend the consumption of yesterday's settlement day
      Then the participant sends IF-028 [ConsumptionAmendment] within 60 minutes of IF-027 [ConsumptionAmendment]
      And the IF-028 accepts the amendment, on the MPAN and with the amendments asked

    @SDA-02 @SDA-03 @IF-027 @IF-028 @segment:advanced @REQ-SLA-consumption-amendment-answer @REQ-DS-AMENDMENT-ANSWER @REQ-DS-AMENDMENT-OUTCOME
    Scenario: The Advanced Data Service accepts the registered Supplier's consumption amendment with IF-028
      Given an Advanced MPAN the participant's Data Service has served for 10 days
      When the MPAN's Supplier asks the Data Service with IF-027 [ConsumptionAmendment] to amend the consumption of yesterday's settlement day
      Then the participant sends IF-028 [ConsumptionAmendment] within 60 minutes of IF-027 [ConsumptionAmendment]
      And the IF-028 accepts the amendment, on the MPAN and with the amendments asked

  Rule: Another Supplier's request is rejected

    @SDA-02 @SDA-03 @IF-027 @IF-028 @segment:smart @REQ-SLA-consumption-amendment-answer @REQ-DS-AMENDMENT-ANSWER @REQ-DS-AMENDMENT-OUTCOME
    Scenario: The Smart Data Service rejects a consumption amendment from a Supplier not registered to the MPAN
      Given a Smart MPAN the participant's Data Service has served for 10 days
      When a Supplier not registered to the MPAN asks the Data Service with IF-027 [ConsumptionAmendment] to amend the consumption of yesterday's settlement day
      Then the participant sends IF-028 [ConsumptionAmendment] within 60 minutes of IF-027 [ConsumptionAmendment]
      And the IF-028 rejects the amendment, saying why, on the MPAN and with the amendments asked

@BP010 @role:metering-service @segment:smart
Feature: The Metering Service records, and removes, a Customer Direct Contract
  A Metering Service whose customer contracts with it directly tells the Registration Service
  with IF-038 [DirectContractMSAdd], naming itself (REG1076) and the contract's Effective To Date
  (not in the past: REG1071), and removes the record with IF-038 [DirectContractMSRemove]. Only
  the appointed service may (REG1075); a second contract for the same period is refused
  (REG1073), and so is removing one that is not held (REG1074). The SMRS answers IF-039 with the
  same event code and its outcome in R0. Not every Metering Service holds direct contracts: these
  scenarios apply when the profile declares IF-038 in capabilities.sends.

  @CRD-04 @IF-038 @IF-039 @sends:IF-038 @REQ-MS-CDC @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: Records a Customer Direct Contract
    Given a Smart MPAN the participant serves as Metering Service
    When the participant's Metering Service records "customer direct contract agreed" until 90 days ahead
    Then the participant tells the SMRS with IF-038 [DirectContractMSAdd]
    And the SMRS records it and answers IF-039 [DirectContractMSAdd]
    And the participant answers IF-039 [DirectContractMSAdd] with HTTP 201 and a StandardResponse

  @CRD-04 @IF-038 @IF-039 @sends:IF-038 @REQ-MS-CDC @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: Removes the Customer Direct Contract it recorded
    Given a Smart MPAN the participant serves as Metering Service
    And the participant's Metering Service records "customer direct contract agreed" until 90 days ahead
    And the participant tells the SMRS with IF-038 [DirectContractMSAdd]
    And the SMRS records it and answers IF-039 [DirectContractMSAdd]
    When the participant's Metering Service records "customer direct contract ended"
    Then the participant tells the SMRS with IF-038 [DirectContractMSRemove]
    And the SMRS records it and answers IF-039 [DirectContractMSRemove]
    And the participant answers IF-039 [DirectContractMSRemove] with HTTP 201 and a StandardResponse

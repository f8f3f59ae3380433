@MIGRATION @market:before-M14
Feature: Reverse migration de-appoints the MHHS services, until M14
  Until M14 (28 October 2026) an unqualified Supplier could register a migrated MPAN and take it
  back to the legacy arrangements. The SMRS then de-appoints the MHHS Metering Service with
  IF-003 [MSDeAppRM], naming the incoming legacy MOP, and tells the outgoing Supplier with
  IF-003 [ReverseMigNotification], giving the end of the MHHS regime. After M14 the SMRS refuses
  a reverse migration: these scenarios apply only to a run whose market clock starts on or
  before 28 October 2026 (`run --market-start 2026-10-20`), and are not applicable otherwise.

  @MIG-06 @IF-003 @role:metering-service @segment:smart @REQ-REVERSE-MIGRATION
  Scenario: The Metering Service takes its de-appointment by reverse migration
    Given a Smart MPAN the participant serves as Metering Service
    When an unqualified Supplier's registration reverse-migrates the MPAN
    Then the SMRS sends the participant IF-003 [MSDeAppRM]
    And the participant answers IF-003 [MSDeAppRM] with HTTP 201 and a StandardResponse

  @MIG-06 @IF-003 @role:supplier @segment:smart @REQ-REVERSE-MIGRATION
  Scenario: The outgoing Supplier takes the reverse migration notification
    Given a Smart MPAN the participant supplies
    When an unqualified Supplier's registration reverse-migrates the MPAN
    Then the SMRS sends the participant IF-003 [ReverseMigNotification]
    And the participant answers IF-003 [ReverseMigNotification] with HTTP 201 and a StandardResponse

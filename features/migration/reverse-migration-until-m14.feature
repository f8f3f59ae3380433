@MIGRATION @market:before-M14
Feature: Reverse migration de-appoints the MHHS services, until M14
  Until M14 (28 October 2026) an unqualified Supplier could register a migrated MPAN and take it
  back to the legacy arrangements. The SMRS then de-appoints the MHHS Metering Service with
  IF-003 [MSDeAppRM], naming the incoming legacy MOP, and tells the outgoing Supplier with
  IF-003 [ReverseMigNotification], giving the end of the MHHS regime. After M14 the SMRS refuses
  a reverse migration: these scenarios apply only to a run whose market clock starts on or
  before 28 October 2026 (`run --market-start 2026-10-20`), and are not applicable otherwise.

  @MIG-06 @IF-003 @segment:smart @REQ-REVERSE-MIGRATION
  Scenario Outline: The <party> takes <its notice>
    Given a Smart MPAN the participant <holds it as>
    When an unqualified Supplier's registration reverse-migrates the MPAN
    Then the SMRS sends the participant IF-003 <event code>
    And the participant answers IF-003 <event code> with HTTP 201 and a StandardResponse

    @role:metering-service
    Examples: the Metering Service
      | party            | its notice                               | holds it as                | event code  |
      | Metering Service | its de-appointment by reverse migration | serves as Metering Service | [MSDeAppRM] |

    @role:supplier
    Examples: the outgoing Supplier
      | party             | its notice                         | holds it as | event code               |
      | outgoing Supplier | the reverse migration notification | supplies    | [ReverseMigNotification] |

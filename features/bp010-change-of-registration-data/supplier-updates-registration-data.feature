@BP010 @role:supplier @segment:smart
Feature: The Supplier updates the registration data it owns
  The current Supplier keeps the registration data it owns up to date with IF-025: the consent
  granularity, in-home display details, the smart metering system operator, and the standard
  settlement configuration and profile class. Only the current Supplier may (REG1021). The
  SMRS confirms each update with IF-026 and the same event code, and tells the other parties.

  @CRD-01 @CRD-02 @IF-025 @IF-026 @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario Outline: Updates the SMRS when "<change>"
    Given a Smart MPAN the participant supplies
    When the participant's Supplier records "<change>"
    Then the participant updates the SMRS with IF-025 <event code>
    And the SMRS confirms it with IF-026 <event code>
    And the participant answers IF-026 <event code> with HTTP 201 and a StandardResponse

    Examples:
      | change                                                     | event code           |
      | consent granularity changed                                | [ConsentGranularity] |
      | in-home display details changed                            | [IHDInfo]            |
      | smart metering system operator changed                     | [SMSO]               |
      | standard settlement configuration or profile class changed | [SSCandProfileClass] |

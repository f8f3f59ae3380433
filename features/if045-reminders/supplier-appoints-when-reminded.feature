@IF045-REMINDERS @BP001 @role:supplier @segment:smart
Feature: The Supplier appoints a missing Metering or Data Service when the SMRS reminds it
  Every MPAN must have a Metering Service and a Data Service appointed. While one is missing
  after the Supplier Registration Effective From Date, the SMRS sends the registered Supplier
  IF-045 [NoMSAppointed] or [NoDSAppointed] every 7 days until the appointment is made. The
  Supplier must act on the reminder: request the appointment with IF-031 (no SLA is published;
  the suite applies the 60-minute default and reports it as provisional), so that by the
  SMRS's next reminder run the gap is closed and the reminders stop.

  @COS-15 @REM-01 @REM-02 @IF-045 @IF-031 @IF-035 @REQ-IF045-GAP-CLOSED @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario Outline: Appoints a <service> when reminded that none is appointed, and the reminders stop
    Given a Smart MPAN the participant supplies
    And the SMRS holds no <service> appointment for the MPAN
    When the SMRS's reminder run sends the participant IF-045 <reminder>
    Then the participant answers IF-045 <reminder> with HTTP 201 and a StandardResponse
    And the participant sends IF-031 <request> to the SMRS within 60 minutes of IF-045 <reminder>
    And the SMRS sends the participant IF-035 <accepted>
    And the participant answers IF-035 <accepted> with HTTP 201 and a StandardResponse
    When the SMRS's reminder run comes round again 7 days later
    Then the SMRS sends no further IF-045 <reminder> for the MPAN

    @REQ-SLA-ms-appointment-after-reminder
    Examples: a Metering Service
      | service          | reminder        | request | accepted        |
      | Metering Service | [NoMSAppointed] | [MSApp] | [MSAppAccepted] |

    @REQ-SLA-ds-appointment-after-reminder
    Examples: a Data Service
      | service      | reminder        | request | accepted        |
      | Data Service | [NoDSAppointed] | [DSApp] | [DSAppAccepted] |

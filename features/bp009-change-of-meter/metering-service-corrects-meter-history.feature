@BP009 @role:metering-service
Feature: The Metering Service corrects the asset history held by the Registration Service
  When the record of a meter taken out earlier is wrong, the appointed Metering Service corrects
  it with IF-005 [MeterHistoryUpdate], naming that meter as both the installed and the removed
  one (REG1016). The meter installed now is corrected with [MeterUpdate] instead: a history
  update may not touch it (REG1018). The SMRS checks the correction against the asset history it
  holds and answers with IF-006. No window is published beyond the "post appointment update
  period" (REG1003, length not public): the suite applies the 3 working days of updates after
  meter works (provisional).

  @COM-06 @COM-07 @IF-005 @IF-006 @REQ-METER-HISTORY @REQ-SLA-meter-history-update-mtds @REQ-PROCESS-CONTENT
  Scenario Outline: Corrects the record of a removed meter with IF-005 [MeterHistoryUpdate] (<segment> MPAN)
    Given a <segment> MPAN the participant serves as Metering Service
    When the participant's engineer records "removed meter's history found wrong"
    Then the participant reports "removed meter's history found wrong" to the SMRS with IF-005 [MeterHistoryUpdate] within 3 working days
    And the SMRS takes the correction: IF-006 [MeterHistoryUpdate] comes back accepted
    And the participant answers IF-006 [MeterHistoryUpdate] with HTTP 201 and a StandardResponse

    @segment:smart
    Examples: Smart
      | segment |
      | Smart   |

    @segment:advanced
    Examples: Advanced
      | segment  |
      | Advanced |

@BP008 @role:metering-service
Feature: The Metering Service shares the read taken at a change of energisation status
  When a Smart or Advanced meter is energised or de-energised, the Metering Service shares the
  cumulative register read taken on site with IF-041 [ReadingEnergisationChg], to the Data
  Service appointed to the MPAN (and to the Supplier and the Distributor), dated the day of the
  change. A separate notification of the change itself goes to the Registration Service
  (IF-007). No SLA for IF-041 is published: the suite applies the 60-minute default (provisional).

  @CES-05 @IF-041 @REQ-READS-SHARED @REQ-SLA-energisation-read @REQ-PROCESS-CONTENT
  Scenario Outline: Shares the energisation-change read with IF-041 [ReadingEnergisationChg] (<segment> MPAN)
    Given a <segment> MPAN the participant serves as Metering Service
    When the participant's engineer records "energisation status changed on site"
    Then the participant shares the read with IF-041 [ReadingEnergisationChg] within 60 minutes of "energisation status changed on site"
    And the Data Service receives the IF-041 [ReadingEnergisationChg] read for the MPAN, taken on the day of "energisation status changed on site"

    @segment:smart
    Examples: Smart
      | segment |
      | Smart   |

    @segment:advanced
    Examples: Advanced
      | segment  |
      | Advanced |

@BP009 @role:metering-service
Feature: The Metering Service reports meter works to the Registration Service
  After work on a meter the appointed Metering Service updates the registration with IF-005
  within 3 working days of the works (RECCo MHHS SLAs). The SMRS confirms the update to it with
  IF-006 and the same event code, and passes it on to the Supplier and the other parties.

  @IF-005 @IF-006 @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario Outline: Reports "<works>" with IF-005 <event code> (<segment> MPAN)
    Given a <segment> MPAN the participant serves as Metering Service
    When the participant's engineer records "<works>"
    Then the participant reports "<works>" to the SMRS with IF-005 <event code> within 3 working days
    And the SMRS confirms it with IF-006 <event code>
    And the participant answers IF-006 <event code> with HTTP 201 and a StandardResponse

    @COM-02 @COM-07 @BP006 @NC-04 @NC-05 @REQ-SLA-meter-install-mtds @segment:smart
    Examples: meter installed
      | segment | works                   | event code     |
      | Smart   | meter installed on site | [MeterInstall] |

    @COM-03 @REQ-SLA-meter-removal-mtds @segment:smart
    Examples: meter removed
      | segment | works                 | event code     |
      | Smart   | meter removed on site | [MeterRemoval] |

    @COM-04 @REQ-SLA-meter-exchange-mtds @segment:smart
    Examples: meter exchanged, Smart
      | segment | works                   | event code      |
      | Smart   | meter exchanged on site | [MeterExchange] |

    @COM-04 @REQ-SLA-meter-exchange-mtds @segment:advanced
    Examples: meter exchanged, Advanced
      | segment  | works                   | event code      |
      | Advanced | meter exchanged on site | [MeterExchange] |

    @COM-05 @REQ-SLA-meter-update-mtds @segment:smart
    Examples: meter details changed
      | segment | works                                   | event code    |
      | Smart   | installed meter details changed on site | [MeterUpdate] |

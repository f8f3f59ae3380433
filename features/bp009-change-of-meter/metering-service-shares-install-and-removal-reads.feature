@BP009 @role:metering-service
Feature: The Metering Service shares the install and removal reads with the Data Service
  After installing or removing a Smart or Advanced meter the Metering Service shares the
  cumulative register read taken on site with IF-041: [ReadingInstl] for the meter put in,
  [ReadingRemv] for the meter taken out. The read goes to the Data Service appointed to the
  MPAN (and to the Supplier and the Distributor) and is dated the day of the work. No SLA for
  IF-041 is published: the suite applies the 60-minute default (provisional).

  @COM-09 @IF-041 @REQ-READS-SHARED @REQ-PROCESS-CONTENT
  Scenario Outline: Shares the <read> read with IF-041 <event code> (<segment> MPAN)
    Given a <segment> MPAN the participant serves as Metering Service
    When the participant's engineer records "<works>"
    Then the participant shares the read with IF-041 <event code> within 60 minutes of "<works>"
    And the Data Service receives the IF-041 <event code> read for the MPAN, taken on the day of "<works>"

    @REQ-SLA-install-read @segment:smart
    Examples: install read, Smart
      | segment | read    | works                   | event code     |
      | Smart   | install | meter installed on site | [ReadingInstl] |

    @REQ-SLA-removal-read @segment:smart
    Examples: removal read, Smart
      | segment | read    | works                 | event code    |
      | Smart   | removal | meter removed on site | [ReadingRemv] |

    @REQ-SLA-install-read @segment:advanced
    Examples: install read, Advanced
      | segment  | read    | works                   | event code     |
      | Advanced | install | meter installed on site | [ReadingInstl] |

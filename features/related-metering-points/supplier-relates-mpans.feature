@RELATED-MPANS @role:supplier @segment:smart
Feature: The Supplier groups related MPANs and links Import with Export
  A Supplier that owns the MPANs of a related group, or an Import and an Export MPAN, asks for
  the relationship with IF-019: a related group of the Registration Service, an Import/Export
  link through the Distributor. The request names the group's principal MPAN in M1 and the
  others in B090List. The answer comes back as IF-020 with the same event code and an R0 block,
  and the Supplier answers it 201.

  @IF-019 @IF-020 @REL-03 @REQ-PROCESS-CONTENT @REQ-DIP-WEBHOOK-RESPONSE
  Scenario Outline: Asks for "<change>" with IF-019 <event code>
    Given a Smart MPAN the participant supplies
    When the participant's Supplier records "<change>"
    Then the participant updates the SMRS with IF-019 <event code>
    And the SMRS confirms it with IF-020 <event code>
    And the participant answers IF-020 <event code> with HTTP 201 and a StandardResponse

    @REL-01
    Examples: a related group
      | change                          | event code      |
      | related metering points grouped | [RelatedCreate] |

    @REL-02
    Examples: an Import/Export link
      | change                         | event code                 |
      | import and export MPANs linked | [LinkedImportExportCreate] |

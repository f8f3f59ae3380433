@BP005 @role:data-service @segment:advanced @IF-015 @IF-016
Feature: The Advanced Data Service asks the DIP to replay an Advanced MPAN's consumption
  An Advanced Data Service may ask the DIP for a replay of an Advanced site's historic
  consumption with IF-015 [ConsumptionReplay], which names only the MPAN. The DIP replays each
  IF-021 it holds for the MPAN as IF-016, the original sender's header in S2, and the Advanced
  Data Service takes each replay.

  @SET-05 @IF-021 @REQ-SLA-consumption-replay @REQ-DS-CONSUMPTION-REPLAY @REQ-DIP-WEBHOOK-RESPONSE
  Scenario: The Advanced Data Service requests a consumption replay and takes the replayed settlement day
    Given an Advanced MPAN the participant's Data Service has served for 10 days
    And the participant's Data Service has sent yesterday's settlement day of the MPAN, which the MDS accepted
    When the Advanced Data Service is asked to request a replay of the MPAN's consumption
    Then the participant sends IF-015 [ConsumptionReplay] to the DIP within 60 minutes of the replay being asked
    And it asks about the Advanced MPAN its Data Service serves, as the ADS
    And the DIP replays the MPAN's consumption to the participant as IF-016 [ActivePower]
    And the participant answers IF-016 [ActivePower] with HTTP 201 and a StandardResponse

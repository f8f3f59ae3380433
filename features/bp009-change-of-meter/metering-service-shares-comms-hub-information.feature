@BP009 @role:metering-service @segment:smart
Feature: The Smart Metering Service shares Comms Hub information with the Supplier
  By bilateral agreement a Smart Metering Service and a Supplier may exchange Comms Hub
  information with IF-004 [CommsHubInfo] (optional). The scenario runs only for a participant
  whose profile declares it (capabilities.sends: [IF-004]); for any other it is
  not applicable. The information goes to the MPAN's Supplier, not the Registration Service. No
  window is published: the suite listens for 60 minutes.

  @COM-10 @IF-004 @sends:IF-004 @REQ-IF004-COMMS-HUB @REQ-PROCESS-CONTENT
  Scenario: Sends the Supplier IF-004 [CommsHubInfo] after installing a Comms Hub
    Given a Smart MPAN the participant serves as Metering Service
    When the participant's engineer records "comms hub installed on site"
    Then the participant sends the Supplier IF-004 [CommsHubInfo] after "comms hub installed on site"

@BP009 @role:supplier @segment:smart
Feature: The Supplier shares Comms Hub information with the Smart Metering Service
  By bilateral agreement a Supplier and a Smart Metering Service may exchange Comms Hub
  information with IF-004 [CommsHubInfo] (optional; DES138 lists the Supplier among its senders
  and the Smart Metering Service among its receivers). The scenario runs only for a participant
  whose profile declares it (capabilities.sends: [IF-004]); for any other it is not applicable.
  The information goes to the Metering Service appointed to the MPAN, not the Registration
  Service. No window is published: the suite listens for 60 minutes.

  @COM-10 @IF-004 @sends:IF-004 @REQ-SUP-IF004-COMMS-HUB @REQ-PROCESS-CONTENT
  Scenario: Sends the MPAN's Metering Service IF-004 [CommsHubInfo]
    Given a Smart MPAN the participant supplies
    When the participant's Supplier has "comms hub information to share" for the MPAN's Metering Service
    Then the participant sends the MPAN's Metering Service IF-004 [CommsHubInfo] after "comms hub information to share"

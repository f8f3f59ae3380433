@BP005 @role:data-service
Feature: Data Service sends each settlement day of its MPANs to settlement
  A Data Service collects the half-hourly reads of each MPAN it serves from its Meter Data
  Retriever and sends every UTC settlement day to settlement as IF-021 [ActivePower]: all 48
  periods, the reads as actuals, the periods it could not read estimated along the load shape
  the LSS published for the MPAN's GSP group (IF-022). The MDS refuses, with IF-014, a day that
  is not whole and well formed, or that comes from a Data Service not appointed on it, and
  defaults, with IF-013, a day a settlement run finds no data for.

  Rule: A day of reads is sent whole, the reads as actuals

    @SET-02 @IF-021 @segment:smart @REQ-SLA-settlement-data @REQ-DS-SETTLEMENT-DAY @REQ-DS-SETTLEMENT-QUALITY
    Scenario: The Smart Data Service sends a day of actual reads that the MDS accepts
      Given a Smart MPAN the participant's Data Service has served for 10 days
      When the Meter Data Retriever hands the Data Service every half-hourly read of yesterday's settlement day
      Then the participant sends IF-021 [ActivePower] within 60 minutes of the reads
      And the MDS accepts the settlement day
      And the reads are sent as actuals and any unread period as an estimate

    @SET-02 @IF-021 @segment:advanced @REQ-SLA-settlement-data @REQ-DS-SETTLEMENT-DAY @REQ-DS-SETTLEMENT-QUALITY
    Scenario: The Advanced Data Service sends a day of actual reads that the MDS accepts
      Given an Advanced MPAN the participant's Data Service has served for 10 days
      When the Meter Data Retriever hands the Data Service every half-hourly read of yesterday's settlement day
      Then the participant sends IF-021 [ActivePower] within 60 minutes of the reads
      And the MDS accepts the settlement day
      And the reads are sent as actuals and any unread period as an estimate

    @SET-02 @IF-021 @segment:advanced @REQ-SLA-settlement-data-reactive @REQ-DS-REACTIVE-POWER @REQ-DS-SETTLEMENT-DAY @REQ-DS-SETTLEMENT-QUALITY
    Scenario: The Advanced Data Service sends a day of reactive import reads as IF-021 [ReactivePower]
      Given an Advanced MPAN the participant's Data Service has served for 10 days
      When the Meter Data Retriever hands the Data Service every half-hourly reactive import read of yesterday's settlement day
      Then the participant sends IF-021 [ReactivePower] within 60 minutes of the reactive reads
      And the MDS accepts the settlement day
      And the reads are sent as actuals and any unread period as an estimate

  Rule: Periods the Meter Data Retriever could not read are estimated along the load shape

    @SET-01 @SET-02 @IF-022 @IF-021 @segment:smart @REQ-SLA-settlement-data @REQ-DS-SETTLEMENT-DAY @REQ-DS-SETTLEMENT-QUALITY @REQ-DS-ESTIMATE-SHAPE
    Scenario: The Smart Data Service estimates the periods it could not read from the LSS load shape
      Given a Smart MPAN the participant's Data Service has served for 10 days
      And the LSS has published the load shapes of yesterday's settlement day
      When the Meter Data Retriever hands the Data Service yesterday's half-hourly reads, all but periods 20 to 27
      Then the participant sends IF-021 [ActivePower] within 60 minutes of the reads
      And the MDS accepts the settlement day
      And the reads are sent as actuals and any unread period as an estimate
      And the estimates follow the LSS load shape

  Rule: A day the MDS refuses is sent again

    @SET-02 @SET-03 @IF-021 @IF-014 @segment:smart @REQ-SLA-settlement-data-resubmission @REQ-DS-RESUBMISSION
    Scenario: The Smart Data Service sends a settlement day again after the MDS refuses it
      Given a Smart MPAN the participant's Data Service has served for 10 days
      And the MDS cannot yet record consumption for the MPAN: ECS1009, its MPAN status
      When the Meter Data Retriever hands the Data Service every half-hourly read of yesterday's settlement day
      Then the participant sends IF-021 [ActivePower] within 60 minutes of the reads
      And the MDS refuses it with IF-014 [ActivePowerRejected]
      And the participant sends IF-021 [ActivePower] again within 60 minutes of IF-014 [ActivePowerRejected]
      And the MDS accepts the settlement day

  Rule: A day the MDS defaulted is sent, estimated where nothing was read

    @SET-02 @SET-04 @IF-013 @IF-021 @segment:smart @REQ-SLA-settlement-data-default @REQ-DS-DEFAULT-RESUBMISSION @REQ-DS-SETTLEMENT-QUALITY @REQ-DS-ESTIMATE-SHAPE
    Scenario: The Smart Data Service sends a settlement day the MDS defaulted, every period estimated along the load shape
      Given a Smart MPAN the participant's Data Service has served for 10 days
      And the LSS has published the load shapes of yesterday's settlement day
      When the MDS's Interim Initial run of yesterday's settlement day finds no data for the MPAN and defaults it with IF-013 [ActivePowerDefaulted]
      Then the participant sends IF-021 [ActivePower] within 60 minutes of IF-013 [ActivePowerDefaulted]
      And the MDS accepts the settlement day
      And every period is sent as an estimate, none having been read
      And the estimates follow the LSS load shape

    @SET-02 @SET-04 @IF-013 @IF-021 @segment:advanced @REQ-SLA-settlement-data-default @REQ-DS-DEFAULT-RESUBMISSION @REQ-DS-SETTLEMENT-QUALITY
    Scenario: The Advanced Data Service sends a settlement day the MDS defaulted
      Given an Advanced MPAN the participant's Data Service has served for 10 days
      And the LSS has published the load shapes of yesterday's settlement day
      When the MDS's Interim Initial run of yesterday's settlement day finds no data for the MPAN and defaults it with IF-013 [ActivePowerDefaulted]
      Then the participant sends IF-021 [ActivePower] within 60 minutes of IF-013 [ActivePowerDefaulted]
      And the MDS accepts the settlement day
      And every period is sent as an estimate, none having been read

  Rule: A Data Service sends only the days it was appointed on

    @SET-02 @IF-021 @segment:smart @REQ-DS-APPOINTED-DAYS
    Scenario: The Smart Data Service sends nothing for a day before its appointment
      Given a Smart MPAN the participant's Data Service has served for 10 days
      When the Meter Data Retriever hands the Data Service every half-hourly read of the settlement day 12 days ago
      Then the participant sends no IF-021 for that day within 60 minutes

    @SET-02 @IF-037 @IF-021 @segment:smart @REQ-DS-APPOINTED-DAYS
    Scenario: The Smart Data Service sends nothing for a day after its de-appointment
      Given a Smart MPAN the participant's Data Service has served for 10 days
      And the SMRS de-appointed the participant's Data Service from the MPAN after the day 3 days ago, with IF-037 [DSDeApp]
      When the Meter Data Retriever hands the Data Service every half-hourly read of yesterday's settlement day
      Then the participant sends no IF-021 for that day within 60 minutes

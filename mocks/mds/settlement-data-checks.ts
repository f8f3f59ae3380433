// The checks the simulated MDS makes on a Data Service's settlement data (IF-021), each with the
// ECS response code its IF-014 names where the definitions have one (ResponseCodes ECS1002 …
// ECS1016). Declared in the shape of the suite's check registry (src/findings/check-registry.ts)
// and, like its PROCESS-CONTENT, citing the requirement of the scenario that judges the data, or
// REQ-PROCESS-CONTENT while none does: the catalogue holds no Data Service requirement yet.
import type { CaseCheck } from '../../src/rules/rule.ts';

const check = (id: string, title: string, source: string, severity: 'fail' | 'warn' = 'fail'): CaseCheck => ({
  id,
  title,
  severity,
  source,
  requirement: {
    decidedBy: 'the requirement the scenario judging the data names, REQ-PROCESS-CONTENT when it names none',
    usual: 'REQ-PROCESS-CONTENT',
    of: (requirement) => requirement,
  },
});

export const SETTLEMENT_DATA_CHECKS = {
  dayStart: check(
    'IF021-DAY-START',
    'Each settlement day of IF-021 starts when its calendar says: 00:00:00 UTC (ECS1014)',
    'DIP API DI-101 Settlement Day Date ("UTC Date"); ResponseCodes ECS1014',
  ),
  periodBoundary: check(
    'IF021-PERIOD-BOUNDARY',
    'Each period ends (sp) on a UTC half hour inside the settlement day its block names (ECS1005)',
    'DIP API DI-082 Settlement Period Effective To DateTime, DI-081 (30 minutes); ResponseCodes ECS1005',
  ),
  periodOnce: check(
    'IF021-PERIOD-ONCE',
    'No settlement period is sent twice for one MPAN, quantity and day in one message (ECS1006)',
    'ResponseCodes ECS1006',
  ),
  dayComplete: check(
    'IF021-DAY-COMPLETE',
    'IF-021 carries every settlement period of each day it names: 48 (46 or 50 on a GB local clock-change day)',
    'DIP API B901 (a settlement day and its periods, at most 48), DI-101, DI-082; completeness is the MDS simulator\'s rule, no ECS code states it',
  ),
  quantityFitsEvent: check(
    'IF021-MQID',
    'The measurement quantity fits the event: AI or AE for [ActivePower], RI or RE for [ReactivePower] (ECS1002)',
    'DIP API DI-052 Measurement Quantity ID; ResponseCodes ECS1002',
  ),
  value: check(
    'IF021-VALUE',
    'Each period value is a kWh (9,3) decimal, never negative, and zero for a ZE estimate (ECS1010, ECS1011)',
    'DIP API DI-147 (DT-016 Decimal 9,3); ResponseCodes ECS1010, ECS1011',
  ),
  qualityFlag: check(
    'IF021-QUALITY-FLAG',
    'Quality flags suit the sender (ADS-only flags from an ADS) and an estimate names its reason (ECS1015)',
    'DIP API DI-083 Settlement Period Quality Indicator ("ADS Only" flags), DI-076 Estimation Reason Code; ResponseCodes ECS1015',
  ),
  senderAppointed: check(
    'IF021-SENDER-APPOINTED',
    'The sender is the Data Service the SMRS holds appointed to the MPAN on each day of the data, and the issuing one named',
    'MHHS TOM: the Data Service appointed to an MPAN submits its consumption (seed 003); DIP API B044 Issuing Data Service',
  ),
  beforeFinalRun: check(
    'IF021-BEFORE-FINAL-RUN',
    "Data for a settlement day reaches the MDS before the day's final reconciliation run, RF (ECS1003)",
    'ResponseCodes ECS1003 (SP End Date/Time has already past MDS Run Date (RF)); DI-160 Settlement Code',
  ),
  dataForRun: check(
    'IF021-DATA-FOR-RUN',
    'A settlement run finds accepted data for each MPAN with a Data Service appointed; the MDS defaults the rest (IF-013)',
    'DIP API IF-013 Notification of Defaulted UTC Settlement Period Consumption Data (B043, B049, B920)',
  ),
  estimatesFollowShape: check(
    'IF021-ESTIMATES-FOLLOW-SHAPE',
    "Estimated periods follow the LSS load shape of the MPAN's GSP group and day (IF-022)",
    'DIP API IF-022 Load Shape Period Data, DI-102, DI-083; the scaling of estimates to the shape is the suite\'s reading, so a warning',
    'warn',
  ),
} as const;

export type SettlementDataCheck = (typeof SETTLEMENT_DATA_CHECKS)[keyof typeof SETTLEMENT_DATA_CHECKS];

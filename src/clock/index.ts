// The market clock and SLA windows: what steps, simulators and evidence import.
export type { AdjustableClock, Clock } from './clock.ts';
export { MarketClock, type MarketClockOptions } from './market-clock.ts';
export { ManualClock } from './manual-clock.ts';
export { StallMeter, type StallMeterOptions, type StallSummary } from './stall-meter.ts';
export {
  BankHolidayCoverageError,
  loadBankHolidays,
  parseBankHolidayTable,
  type BankHoliday,
  type BankHolidayTable,
} from './bank-holidays.ts';
export { addCalendarDays, weekdayOf } from './gb-calendar-date.ts';
export {
  addWorkingDays,
  addWorkingDaysToDate,
  createWorkingDayCalendar,
  isWorkingDay,
  workingDayCalendar,
  workingDaysBetween,
  type WorkingDayCalendar,
} from './working-days.ts';
export {
  loadSlaTable,
  parseSlaTable,
  type SlaEndpoint,
  type SlaTable,
  type SlaWindow,
  type SlaWindowLength,
} from './sla-windows.ts';
export { describeEndpoint, describeSla, describeWindowLength, formatDuration } from './describe-sla.ts';
export { measureSla, slaDeadline, type SlaMeasurement } from './measure-sla.ts';
export { formatSlaMeasurement } from './format-sla.ts';

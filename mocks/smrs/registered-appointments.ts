// The SMRS's records as the MDS needs them (mocks/mds/appointments-on-day.ts): who supplied an
// MPAN and which Data Service was appointed to it on a GB day. The SMRS simulator keeps each
// MPAN's current Data Service, the day its appointment took effect and, once ended, its last
// day; not the whole history: a day outside those has no Data Service. Enough for the
// settlement scenarios, which appoint once (and perhaps end it) and send data for one day.
import type { AppointmentsOnDay, GspGroup, SettlementStanding } from '../mds/appointments-on-day.ts';
import { HELD_SINCE, type MeteringPointStore } from './metering-points.ts';

const HELD_SINCE_DATE = `${HELD_SINCE.year}-${String(HELD_SINCE.month).padStart(2, '0')}-${String(HELD_SINCE.day).padStart(2, '0')}`;

export class RegisteredAppointments implements AppointmentsOnDay {
  constructor(private readonly points: MeteringPointStore) {}

  on(mpan: string, gbDate: string): SettlementStanding | undefined {
    const point = this.points.get(mpan);
    if (!point?.supplier || gbDate < HELD_SINCE_DATE) return undefined;
    const appointed = point.dataService !== undefined && (point.dataServiceFrom ?? HELD_SINCE_DATE) <= gbDate && (point.dataServiceUntil === undefined || gbDate <= point.dataServiceUntil);
    return {
      mpan,
      distributorDipId: point.distributorDipId,
      gspGroup: point.gspGroup as GspGroup,
      segment: point.segment,
      supplier: point.supplier,
      ...(appointed ? { dataService: point.dataService } : {}),
    };
  }

  *withDataServiceOn(gbDate: string): Iterable<string> {
    for (const point of this.points.all()) if (this.on(point.mpan, gbDate)?.dataService) yield point.mpan;
  }
}

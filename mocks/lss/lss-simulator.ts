// The Load Shaping Service (DIP role LSS) as Suppliers and Data Services meet it: for each
// settlement day it publishes the load shapes of every GSP group and load shape category
// (IF-022 [LSSPeriodData]) and their totals (IF-023 [LSSTotalsData]) to the parties that take
// them, and it records the settlement data (IF-021) Data Services send it. The shapes are drawn
// from a seed (load-shapes.ts) and kept: a checker asks `shapeFor` whether estimates follow
// them, the MDS defaults with them. It meets the DIP through its two ports (mocks/dip/dip-ports.ts).
import type { Faker } from '@faker-js/faker';
import { buildMessage } from '../../src/builders/message-builder.ts';
import { addCalendarDays } from '../../src/clock/gb-calendar-date.ts';
import { loadRoleInterfaceTable } from '../../src/rules/role-interface-table.ts';
import { readField, textField } from '../../src/spec/payload-fields.ts';
import type { LoadedSpec } from '../../src/spec/load-spec.ts';
import { type SettlementDayBasis, settlementDay } from '../../src/time/settlement-periods.ts';
import type { DipInbox, DipPublisher } from '../dip/dip-ports.ts';
import type { AcceptedMessage } from '../dip/ingress-judgement.ts';
import type { PushOutcome } from '../dip/publication-push.ts';
import type { Party, PartyDirectory } from '../isd/party-directory.ts';
import type { Publication } from '../smrs/publications.ts';
import { DEFAULT_CATEGORIES, GSP_GROUPS, type GspGroup, type LoadShape, LoadShapeBook, type LoadShapeCategory, type LoadShapeGroup, type LoadShapeSource } from './load-shapes.ts';
import { periodData, type ShapeTotals, totalsData } from './lss-publications.ts';

export interface LssSimulatorOptions {
  readonly spec: LoadedSpec;
  readonly emulator: DipInbox & DipPublisher;
  readonly directory: PartyDirectory;
  /** The LSS's own party (role LSS): the sender of its publications. */
  readonly loadShapingService: Party;
  readonly now: () => number;
  readonly faker: Faker;
  /** Draws the shapes: the same seed gives the same shapes. */
  readonly seed: number;
  /** The calendar of the shapes' settlement days: `utc` (the default), as the definitions have IF-022's. */
  readonly basis?: SettlementDayBasis;
  readonly gspGroups?: readonly GspGroup[];
  readonly categories?: readonly LoadShapeCategory[];
}

/** An IF-021 the LSS was sent. */
export interface ReceivedConsumption {
  readonly transactionID: string;
  readonly senderDipId: string;
  readonly eventCode: string;
  readonly mpan: string;
  readonly payload: Record<string, unknown>;
  /** Market millis it arrived. */
  readonly at: number;
}

export interface LssPublished {
  readonly at: number;
  readonly publication: Publication;
  readonly payload: Record<string, unknown>;
  readonly outcome?: PushOutcome;
}

export class LssSimulator implements LoadShapeSource {
  readonly received: ReceivedConsumption[] = [];
  /** What the LSS published, in order: its own tests read it; scenarios read the journal. */
  readonly published: LssPublished[] = [];
  private readonly book: LoadShapeBook;

  constructor(private readonly options: LssSimulatorOptions) {
    this.book = new LoadShapeBook(options.seed, options.basis ?? 'utc');
    options.emulator.onAccepted((message) => this.receive(message));
  }

  /** Every load shape group the LSS publishes: each GSP group in each category. */
  get groups(): LoadShapeGroup[] {
    const categories = this.options.categories ?? DEFAULT_CATEGORIES;
    return (this.options.gspGroups ?? GSP_GROUPS).flatMap((gspGroup) => categories.map((category) => ({ ...category, gspGroup })));
  }

  /** The shape of a group for a settlement day: the one published, or to be. */
  shapeFor(group: LoadShapeGroup, settlementDate: string): LoadShape {
    return this.book.shapeFor(group, settlementDate);
  }

  /**
   * Publishes the day's shapes (IF-022) and totals (IF-023) to `recipients` (DIP IDs), by
   * default every party registered with a role that takes them (role-interfaces.yaml); with
   * `gspGroups`, the shapes of those GSP groups only.
   */
  async publishDay(settlementDate: string, recipients?: readonly string[], gspGroups?: readonly GspGroup[]): Promise<void> {
    const day = settlementDay(settlementDate, this.book.basis);
    // A recipient serving a few GSP groups is sent theirs only: every group's shapes run to hundreds of periods.
    const groups = gspGroups ? this.groups.filter((group) => gspGroups.includes(group.gspGroup)) : this.groups;
    const shapes = groups.map((group) => this.shapeFor(group, settlementDate));
    const totals = shapes.map((shape): ShapeTotals => ({
      shape,
      week: Array.from({ length: 7 }, (_, back) => this.shapeFor(shape.group, addCalendarDays(settlementDate, back - 6))),
      annualThousandths: this.book.annualTotal(shape.group, settlementDate),
    }));
    for (const to of this.recipientsOf(recipients)) {
      await this.publish(periodData(to, day, shapes));
      await this.publish(totalsData(to, day, totals));
    }
  }

  private recipientsOf(recipients: readonly string[] | undefined): Array<{ dipId: string; mpid: string }> {
    const { directory } = this.options;
    if (recipients) return recipients.map((dipId) => ({ dipId, mpid: directory.byDip(dipId)?.mpid ?? '' }));
    const takers = new Set(loadRoleInterfaceTable().rows.find((row) => row.interfaceID === 'IF-022')?.receivers ?? []);
    return directory.all.filter((party) => takers.has(party.role)).map((party) => ({ dipId: party.dipId, mpid: party.mpid }));
  }

  private receive(message: AcceptedMessage): void {
    if (message.interfaceID !== 'IF-021') return;
    const named = readField(message.payload, 'CommonBlock', 'A0', 'primaryRecipients');
    if (!Array.isArray(named) || !named.includes(this.options.loadShapingService.dipId)) return;
    this.received.push({
      transactionID: message.transactionID,
      senderDipId: message.senderDipId,
      eventCode: message.eventCode,
      mpan: textField(message.payload, 'CommonBlock', 'M0', 'MPANCore') ?? '',
      payload: message.payload,
      at: this.options.now(),
    });
  }

  /** Pushed to a party with a webhook; handed on, journaled, to one the suite plays. */
  private async publish(publication: Publication): Promise<void> {
    const { spec, faker, loadShapingService, directory, emulator } = this.options;
    const at = this.options.now();
    const payload = buildMessage(spec, {
      faker,
      interfaceID: publication.interfaceID,
      eventCode: publication.eventCode,
      now: at,
      sender: { dipId: loadShapingService.dipId, role: loadShapingService.role },
      fixed: publication.fixed,
    }) as unknown as Record<string, unknown>;
    if (directory.byDip(publication.to.dipId)?.webhookUrl) {
      const outcome = await emulator.push(publication.to.dipId, publication.interfaceID, [payload]);
      this.published.push({ at, publication, payload, outcome });
    } else {
      await emulator.handOn(publication.to.dipId, [payload]);
      this.published.push({ at, publication, payload });
    }
  }
}

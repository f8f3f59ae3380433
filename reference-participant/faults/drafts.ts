// The faults that change what the participant drafts on its own initiative (site works, a
// change of registration data, a change of MDR) before the message is built: the event code it
// files a change under, the reads it shares after work on site, the MDR and date of an MDR update. A decorator on the drafting
// (drafted-update.ts): the code that decides what happened names the right thing, always.
import { gbDateAfter, gbLocalMidnight } from '../../src/builders/identifiers.ts';
import type { ReferenceParticipantConfig } from '../config.ts';
import type { DraftedUpdate } from '../drafted-update.ts';
import type { FaultSwitches } from '../faults.ts';
import type { OwnIdentity } from '../identities.ts';

export function spoiltDraft(faults: FaultSwitches, config: ReferenceParticipantConfig, now: number): (update: DraftedUpdate) => DraftedUpdate {
  const spoilMdrUpdate = mdrUpdateSpoiler(faults, now);
  const wrongWorksEvent = faults.has('wrong-meter-works-event');
  const wrongRegistrationEvent = faults.has('wrong-registration-data-event');
  const noReads = faults.has('sends-no-reads');
  const wrongReadEvent = faults.has('wrong-read-event');
  return (update) => {
    if (update.trigger === 'site-works') {
      let spoilt = update;
      // wrong-meter-works-event: every meter work reported as a details update.
      if (wrongWorksEvent && update.interfaceID === 'IF-005') spoilt = { ...spoilt, eventCode: '[MeterUpdate]' };
      // sends-no-reads: no reads shared at all; wrong-read-event: each filed as an ordinary on-site read.
      if (noReads) spoilt = { ...spoilt, followUps: [] };
      else if (wrongReadEvent) spoilt = { ...spoilt, followUps: (spoilt.followUps ?? []).map((read) => ({ ...read, eventCode: '[ReadingOnSite]' })) };
      return spoilt;
    }
    // wrong-registration-data-event: every change as the first event code of its interface,
    // which goes to the Registration Service (an Import/Export link would go through the Distributor).
    if (update.trigger === 'mdr-change' && spoilMdrUpdate && update.customBlock) {
      const drafted = update.customBlock;
      return { ...update, customBlock: (blocks) => spoilMdrUpdate(update.sender, drafted(blocks)) };
    }
    if (update.trigger === 'registration-data' && wrongRegistrationEvent) {
      return { ...update, eventCode: update.interfaceID === 'IF-025' ? '[ConsentGranularity]' : '[RelatedCreate]', recipients: [config.registrationServiceDipId] };
    }
    return update;
  };
}

/**
 * The Smart Data Service's IF-034 [SDS-MDRUpdate] B018 as a fault has it, or undefined with none
 * on. mdr-update-too-far-ahead: from 8 days after today; mdr-update-retrospective: from
 * yesterday; mdr-update-names-itself: the SDS named as the MDR.
 */
function mdrUpdateSpoiler(faults: FaultSwitches, now: number): ((sds: OwnIdentity, blocks: Record<string, unknown> | undefined) => Record<string, unknown> | undefined) | undefined {
  const daysAhead = faults.has('mdr-update-too-far-ahead') ? 8 : faults.has('mdr-update-retrospective') ? -1 : undefined;
  const namesItself = faults.has('mdr-update-names-itself');
  if (daysAhead === undefined && !namesItself) return undefined;
  return (sds, blocks) => {
    const b018 = { ...(blocks?.B018 as Record<string, unknown> | undefined) };
    if (daysAhead !== undefined) b018.SDSNominatedMDRRequestedEffectiveFromDate = gbLocalMidnight(gbDateAfter(now, daysAhead));
    if (namesItself) Object.assign(b018, { SDSNominatedMDRDIPID: sds.dipId, SDSNominatedMDRMPID: sds.mpid });
    return { ...blocks, B018: b018 };
  };
}

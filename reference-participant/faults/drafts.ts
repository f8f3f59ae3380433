// The faults that change what the participant drafts on its own initiative (site works, a
// change of registration data) before the message is built: the event code it files a change
// under, and the reads it shares after work on site. A decorator on the drafting
// (drafted-update.ts): the code that decides what happened names the right thing, always.
import type { ReferenceParticipantConfig } from '../config.ts';
import type { DraftedUpdate } from '../drafted-update.ts';
import type { FaultSwitches } from '../faults.ts';

export function spoiltDraft(faults: FaultSwitches, config: ReferenceParticipantConfig): (update: DraftedUpdate) => DraftedUpdate {
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
    if (update.trigger === 'registration-data' && wrongRegistrationEvent) {
      return { ...update, eventCode: update.interfaceID === 'IF-025' ? '[ConsentGranularity]' : '[RelatedCreate]', recipients: [config.registrationServiceDipId] };
    }
    return update;
  };
}

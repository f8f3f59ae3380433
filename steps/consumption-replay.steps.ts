// Steps of the Advanced Data Service's consumption replay (IF-015 / IF-016).
import { Given, Then, When } from '@cucumber/cucumber';
import * as replay from '../src/scenario/consumption-replay-steps.ts';
import * as settlement from '../src/scenario/settlement-data-steps.ts';
import * as siteWorks from '../src/scenario/site-works-steps.ts';
import type { MessageKind } from '../src/spec/message-kind.ts';
import type { QualificationWorld } from './support/hooks.ts';

Given("the participant's Data Service has sent yesterday's settlement day of the MPAN, which the MDS accepted", async function (this: QualificationWorld) {
  await settlement.mdrHandsReads(this.context, 1);
  await siteWorks.expectWorkReported(this.context, settlement.READS_HANDED);
  await settlement.expectMdsAccepts(this.context);
});

When("the Advanced Data Service is asked to request a replay of the MPAN's consumption", async function (this: QualificationWorld) {
  await replay.askAdsForReplay(this.context);
});

Then('the participant sends {message} to the DIP within {int} minutes of the replay being asked', async function (this: QualificationWorld, message: MessageKind, minutes: number) {
  siteWorks.checkStatedSla(replay.REPLAY_ASKED, message, { minutes });
  await siteWorks.expectWorkReported(this.context, replay.REPLAY_ASKED);
});

Then('it asks about the Advanced MPAN its Data Service serves, as the ADS', function (this: QualificationWorld) {
  replay.expectReplayOfServedMpan(this.context);
});

Then("the DIP replays the MPAN's consumption to the participant as {message}", async function (this: QualificationWorld, message: MessageKind) {
  await replay.dipHasReplayed(this.context, message);
});

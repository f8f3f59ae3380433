// What the central systems and the simulated parties need of the DIP, as two small ports: an
// inbox of what the DIP accepted, and a publisher that pushes to a party's webhook. They are
// built against these, not the DIP emulator itself, so one can be tested with a stand-in and
// the emulator's other duties (judging, signing, journaling) stay its own.
import type { AcceptedMessage } from './ingress-judgement.ts';
import type { PushOutcome } from './publication-push.ts';

export interface PublishOptions {
  readonly initialCorrelationID?: string | null;
  readonly replay?: boolean;
  readonly scenario?: string;
}

/** The messages the DIP accepted, each handed on once it is journaled and answered. */
export interface DipInbox {
  /** Calls `listener` with each accepted message; returns how to stop. */
  onAccepted(listener: (message: AcceptedMessage) => void): () => void;
  /** Resolves once every message already received has been handed on. */
  routed(): Promise<void>;
}

/** Publishing through the DIP: to a participant's webhook, or in-process to a party the suite plays. */
export interface DipPublisher {
  /** A push to a party's webhook, D0 added, retried as the DIP does. */
  push(recipientDipId: string, interfaceID: string, payloads: ReadonlyArray<Record<string, unknown>>, options?: PublishOptions): Promise<PushOutcome>;
  /** Journals the handing of publications to a party the suite plays (it has no webhook); resolves once they are evidence. */
  handOn(recipientDipId: string, payloads: ReadonlyArray<Record<string, unknown>>): Promise<void>;
}

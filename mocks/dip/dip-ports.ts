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

/** Publishing through the DIP: a push to a party's webhook, D0 added, retried as the DIP does. */
export interface DipPublisher {
  push(recipientDipId: string, interfaceID: string, payloads: ReadonlyArray<Record<string, unknown>>, options?: PublishOptions): Promise<PushOutcome>;
}

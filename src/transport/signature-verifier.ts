// Checks DIP message signatures with their CPU work on a thread of its own.
//
// Under load the DIP emulator's one event loop is the limit (`npm run bench:ingest`), and the
// RSA check and body hash of every signed request were a quarter of its time. They move to one
// worker thread, which the machine's other core can run while the loop reads, judges and
// journals. Work goes over in one batch per turn of the event loop, so a burst of requests
// costs one message each way; the thread answers batches in order, so requests reach the
// judgement in the order they arrived (which the "reference already used" check relies on).
// Should the thread fail, the work is done on this thread instead: slower, never lost.
import { Worker } from 'node:worker_threads';
import type { Finding } from '../rules/rule.ts';
import { prepareVerification, type VerifyRequest } from './dip-signature.ts';
import { doSignatureWork, type SignatureWork, type SignatureWorkResult } from './signature-work.mjs';

interface PendingWork {
  readonly work: SignatureWork;
  readonly resolve: (result: SignatureWorkResult) => void;
}

export class SignatureVerifier {
  private thread: Worker | undefined;
  /** Set once the thread failed or the verifier closed: from then on the work is done here. */
  private inThisThread = false;
  /** Work waiting for the end of this turn of the event loop. */
  private queued: PendingWork[] = [];
  /** Batches sent to the thread, oldest first: its answers come back in this order. */
  private readonly sent: PendingWork[][] = [];

  /** Every finding about a request's signature, as verifyRequest gives them. */
  async verify(request: VerifyRequest): Promise<Finding[]> {
    const prepared = prepareVerification(request);
    if (!prepared.work) return prepared.findings;
    return prepared.conclude(await this.run(prepared.work));
  }

  /**
   * Starts the thread ahead of the first request. Started on demand, the first signed
   * submission waited for a new thread to load (hundreds of milliseconds on a busy machine),
   * and the participant waiting for that answer was timed through it.
   */
  start(): void {
    if (!this.inThisThread) this.threadToUse();
  }

  /** Stops the thread; work still out is done on this thread. */
  async close(): Promise<void> {
    const thread = this.thread;
    this.fallBack();
    await thread?.terminate();
  }

  private run(work: SignatureWork): Promise<SignatureWorkResult> {
    if (this.inThisThread) return Promise.resolve(doSignatureWork(work));
    return new Promise((resolve) => {
      // A copy of just the body: a received Buffer is often a slice of a shared pool, and
      // posting it as it is would copy the whole pool. It is copied again, not transferred,
      // so the work can still be done here should the thread fail before it answers.
      this.queued.push({ work: { ...work, body: new Uint8Array(work.body) }, resolve });
      if (this.queued.length === 1) setImmediate(() => this.send());
    });
  }

  private send(): void {
    const batch = this.queued;
    this.queued = [];
    if (batch.length === 0) return;
    if (this.inThisThread) {
      for (const pending of batch) pending.resolve(doSignatureWork(pending.work));
      return;
    }
    const thread = this.threadToUse();
    this.sent.push(batch);
    thread.ref();
    thread.postMessage(batch.map((pending) => pending.work));
  }

  private threadToUse(): Worker {
    if (this.thread) return this.thread;
    // execArgv is emptied so the thread does not load the TypeScript loader the suite may run under.
    const thread = new Worker(new URL('./signature-thread.mjs', import.meta.url), { execArgv: [] });
    thread.on('message', (results: SignatureWorkResult[]) => {
      const batch = this.sent.shift() ?? [];
      batch.forEach((pending, index) => pending.resolve(results[index]!));
      if (this.sent.length === 0) thread.unref();
    });
    thread.on('error', () => this.fallBack());
    thread.on('exit', () => this.fallBack());
    thread.unref();
    this.thread = thread;
    return thread;
  }

  /** From now on the work is done here, starting with whatever the thread had not answered. */
  private fallBack(): void {
    this.inThisThread = true;
    this.thread = undefined;
    for (const batch of this.sent.splice(0)) for (const pending of batch) pending.resolve(doSignatureWork(pending.work));
  }
}

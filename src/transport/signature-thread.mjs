// The signature thread: takes batches of signature work from the DIP emulator and answers each
// batch with its results in the same order (signature-verifier.ts says why it exists).
import { parentPort } from 'node:worker_threads';
import { doSignatureWork } from './signature-work.mjs';

parentPort.on('message', (batch) => {
  parentPort.postMessage(batch.map(doSignatureWork));
});

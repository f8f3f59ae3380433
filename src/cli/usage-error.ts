/** A mistake in how the command was called; exit code 2 with this message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

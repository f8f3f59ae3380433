// Where a command writes. Commands take this instead of touching process.stdout, so tests
// run them in-process and read exactly what a user would see.
export interface ConsoleIO {
  out(text: string): void;
  err(text: string): void;
  /** Colour only for a person at a terminal, never in files or CI logs. */
  readonly colour: boolean;
}

export function processIO(): ConsoleIO {
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    colour,
  };
}

export function memoryIO(colour = false): ConsoleIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, colour, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}

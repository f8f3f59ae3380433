// JSON-lines logging on stdout, for a parent process (the suite) to read. The first line is
// always exactly {"event":"listening","url":…}; every later line carries an event name
// (received, sent, rejected, retry, error …) and its time.

export type LineWriter = (line: string) => void;

export type Logger = (event: string, fields?: Record<string, unknown>) => void;

export const stdoutWriter: LineWriter = (line) => {
  process.stdout.write(`${line}\n`);
};

export function createLogger(write: LineWriter): Logger {
  return (event, fields = {}) => {
    try {
      write(JSON.stringify({ event, time: new Date().toISOString(), ...fields }));
    } catch {
      // A log line must never take the participant down (closed pipe, unserialisable field).
    }
  };
}

/** The one line a parent process waits for; written bare so it can be matched exactly. */
export function listeningLine(url: string): string {
  return JSON.stringify({ event: 'listening', url });
}

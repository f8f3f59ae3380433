// The live view of a run at a terminal: one status line, redrawn in place, naming the scenario
// and step under way, how long it has run in real and market time, and for a step that waits on
// an SLA window ("within 60 minutes") how much of that window is left. The per-scenario result
// lines are printed above it as scenarios finish. Off a terminal (CI, a log file) the run prints
// those plain lines only: this view is not started.
import type { Envelope } from '@cucumber/messages';

/** A step's words, its start (real ms), and the SLA window it names in minutes, if any. */
interface RunningStep {
  readonly scenario: string;
  readonly text: string;
  readonly started: number;
  readonly windowMinutes: number | undefined;
}

export interface ProgressLine {
  /** The line as it reads now. */
  readonly text: string;
}

const WINDOW = /within (\d+) minutes/;

export class LiveProgress {
  private readonly pickles = new Map<string, { name: string; steps: Map<string, string> }>();
  private readonly testSteps = new Map<string, { pickleId: string; pickleStepId: string | undefined }>();
  private readonly testCases = new Map<string, string>();
  private readonly running = new Map<string, RunningStep>();
  private total = 0;
  private finished = 0;

  constructor(private readonly timeScale: number) {}

  accept(envelope: Envelope): void {
    if (envelope.pickle) {
      this.pickles.set(envelope.pickle.id, { name: envelope.pickle.name, steps: new Map(envelope.pickle.steps.map((step) => [step.id, step.text])) });
    }
    if (envelope.testCase) {
      this.total += 1;
      this.testCases.set(envelope.testCase.id, envelope.testCase.pickleId);
      for (const step of envelope.testCase.testSteps) this.testSteps.set(step.id, { pickleId: envelope.testCase.pickleId, pickleStepId: step.pickleStepId });
    }
    if (envelope.testStepStarted) {
      const step = this.testSteps.get(envelope.testStepStarted.testStepId);
      const pickle = step ? this.pickles.get(step.pickleId) : undefined;
      const text = step?.pickleStepId ? pickle?.steps.get(step.pickleStepId) : undefined;
      // Hooks have no words: the scenario keeps showing its last step.
      if (pickle && text) {
        const window = WINDOW.exec(text);
        this.running.set(envelope.testStepStarted.testCaseStartedId, { scenario: pickle.name, text, started: Date.now(), windowMinutes: window ? Number(window[1]) : undefined });
      }
    }
    if (envelope.testCaseFinished) {
      this.running.delete(envelope.testCaseFinished.testCaseStartedId);
      if (!envelope.testCaseFinished.willBeRetried) this.finished += 1;
    }
  }

  /** The status line: scenarios done out of all, then each running scenario's step. */
  line(now = Date.now()): ProgressLine {
    const parts = [...this.running.values()].map((step) => {
      const realSeconds = (now - step.started) / 1000;
      const marketMinutes = (realSeconds * this.timeScale) / 60;
      const window = step.windowMinutes === undefined ? '' : `, ${Math.max(0, Math.round(step.windowMinutes - marketMinutes))} of ${step.windowMinutes} market min left`;
      return `${step.scenario} › ${step.text} (${realSeconds.toFixed(1)} s, ${Math.round(marketMinutes)} market min${window})`;
    });
    return { text: `[${this.finished}/${this.total}] ${parts.join(' | ') || 'starting…'}` };
  }
}

/** Draws a LiveProgress on a terminal stream: redraws in place, and prints result lines above it. */
export class TerminalProgress {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly progress: LiveProgress,
    private readonly stream: NodeJS.WriteStream,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.draw(), 250);
    this.timer.unref();
  }

  /** A finished line, printed above the status line. */
  print(text: string): void {
    this.clear();
    this.stream.write(`${text}\n`);
    this.draw();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.clear();
  }

  private clear(): void {
    this.stream.write('\r\x1b[2K');
  }

  private draw(): void {
    const width = Math.max(20, (this.stream.columns ?? 120) - 1);
    const text = this.progress.line().text;
    this.clear();
    this.stream.write(text.length > width ? `${text.slice(0, width - 1)}…` : text);
  }
}

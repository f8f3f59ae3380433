// Posts to the DIP: `POST {dipBaseUrl}{path}` with a JSON body, the X-API-Key header of the
// sending identity and a timeout. It reports what happened
// and never retries: retrying is the outbox's decision.
//
// Message signing (X-DIP-Signature …) and mTLS are not done: the DIP emulator does not
// require them and the canonicalisation is not officially published (DIP-REFERENCE §2.2).

export type PostResult =
  | { readonly kind: 'answered'; readonly status: number; readonly body: unknown; readonly retryAfterMillis: number | undefined }
  | { readonly kind: 'network-error'; readonly error: string };

export interface DipClientOptions {
  readonly baseUrl: string;
  readonly timeoutMillis: number;
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export class DipClient {
  private readonly inFlight = new Set<AbortController>();

  constructor(private readonly options: DipClientOptions) {}

  async post(path: string, body: unknown, apiKey: string | undefined): Promise<PostResult> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`no answer within ${this.options.timeoutMillis} ms`)), this.options.timeoutMillis);
    this.inFlight.add(controller);
    try {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
      if (apiKey) headers['X-API-Key'] = apiKey;
      const response = await fetch(this.options.baseUrl + path, { method: 'POST', headers, body: JSON.stringify(body), signal: controller.signal });
      const text = await response.text();
      let parsed: unknown = null;
      if (text.length > 0) {
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = text;
        }
      }
      return { kind: 'answered', status: response.status, body: parsed, retryAfterMillis: retryAfter(response.headers.get('retry-after')) };
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return { kind: 'network-error', error: cause?.code ?? cause?.message ?? (error as Error).message };
    } finally {
      clearTimeout(timer);
      this.inFlight.delete(controller);
    }
  }

  /** Abandons requests in flight (on stop); their outbox entries stay pending for next time. */
  abortAll(): void {
    for (const controller of this.inFlight) controller.abort(new Error('participant stopping'));
  }
}

// Posts to the DIP: `POST {dipBaseUrl}{path}` with a JSON body, the X-API-Key header of the
// sending identity, the DIP message signature headers, over mTLS when configured, and a
// timeout. It reports what happened and never retries: retrying is the outbox's decision.
import { readFileSync } from 'node:fs';
import { createPostAgent, postRequest } from '../src/transport/post-request.ts';
import type { TlsConfig } from './config.ts';
import type { Signer } from './message-signature.ts';

export type PostResult =
  | { readonly kind: 'answered'; readonly status: number; readonly body: unknown; readonly retryAfterMillis: number | undefined }
  | { readonly kind: 'network-error'; readonly error: string };

export interface DipClientOptions {
  readonly baseUrl: string;
  readonly timeoutMillis: number;
  readonly tls?: TlsConfig | undefined;
  /** Signs every request; undefined sends them unsigned (or the unsigned-submissions fault). */
  readonly signer?: Signer | undefined;
}

/**
 * The host and port of a URL as written, for the Host header: the DIP checks our signature over
 * the URL it rebuilds from that header, and Node's own would lower-case the host and drop a
 * default port the signed URL may carry.
 */
function hostAsWritten(url: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#]*)/i.exec(url)?.[1];
}

function retryAfter(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export class DipClient {
  private readonly agent;
  private stopped = false;

  constructor(private readonly options: DipClientOptions) {
    const tls = options.tls;
    this.agent = createPostAgent(
      tls
        ? {
            identity: { certificatePem: readFileSync(tls.clientCertFile, 'utf8'), privateKeyPem: readFileSync(tls.clientKeyFile, 'utf8') },
            trustedCaPems: [readFileSync(tls.caFile, 'utf8')],
          }
        : undefined,
    );
  }

  /** `paddingBytes` blanks follow the JSON: still JSON, only bigger (the padded-request fault). */
  async post(path: string, body: unknown, apiKey: string | undefined, paddingBytes = 0): Promise<PostResult> {
    if (this.stopped) return { kind: 'network-error', error: 'participant stopping' };
    const url = this.options.baseUrl + path;
    const json = Buffer.from(JSON.stringify(body), 'utf8');
    const bytes = paddingBytes > 0 ? Buffer.concat([json, Buffer.alloc(paddingBytes, ' ')]) : json;
    const host = hostAsWritten(url);
    const headers: Record<string, string> = { ...(host ? { Host: host } : {}), 'Content-Type': 'application/json', Accept: 'application/json', ...this.options.signer?.headers('POST', url, bytes) };
    if (apiKey) headers['X-API-Key'] = apiKey;
    const outcome = await postRequest({ url, headers, body: bytes, timeoutMs: this.options.timeoutMillis, agent: this.agent });
    if (outcome.kind === 'transport-error') return { kind: 'network-error', error: `${outcome.code}: ${outcome.message}` };
    const text = outcome.body.toString('utf8');
    let parsed: unknown = null;
    if (text.length > 0) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    const retryHeader = outcome.headers.find(([name]) => name === 'retry-after')?.[1];
    return { kind: 'answered', status: outcome.status, body: parsed, retryAfterMillis: retryAfter(retryHeader) };
  }

  /** Abandons requests in flight (on stop); their outbox entries stay pending for next time. */
  abortAll(): void {
    this.stopped = true;
    this.agent.destroy();
  }
}

// Types of signature-work.mjs.

/** What checking one signature asks of the CPU. */
export interface SignatureWork {
  /** The body as received, hashed for X-DIP-Content-Hash. */
  readonly body: Uint8Array;
  /** The RSA check, when the certificate could be read at all. */
  readonly rsa?: {
    /** The canonical string the participant should have signed. */
    readonly toSign: string;
    /** X-DIP-Signature as sent (base64). */
    readonly signature: string;
    /** X-DIP-Signature-Certificate as sent (base64 of the PEM). */
    readonly certificateHeader: string;
  };
}

export interface SignatureWorkResult {
  /** Base64 SHA-256 of the body. */
  readonly contentHash: string;
  /** Whether the signature verifies; undefined when no RSA check was asked. */
  readonly valid: boolean | undefined;
}

/** X-DIP-Content-Hash: the base64 SHA-256 of the body's bytes. */
export function contentHash(body: Uint8Array): string;

export function doSignatureWork(work: SignatureWork): SignatureWorkResult;

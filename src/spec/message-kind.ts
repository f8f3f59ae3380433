// A kind of DIP message: an interface and one of its event codes, as the DIP API names them
// (`IF-031 [MSApp]`). Features, steps and the library name messages this way; the text is
// parsed once, here, so no module splits a string on a space to find the interface again.

export interface MessageKind {
  /** `IF-031`, or a settlement report's `REP-002A` */
  readonly interfaceID: string;
  /** `[MSApp]`, with its brackets, as the payload's CommonBlock.S0.eventCode carries it. */
  readonly eventCode: string;
  /** `IF-031 [MSApp]`: how features, findings and the evidence name it. */
  readonly label: string;
}

/** An interface ID: `IF-` and three digits, or a report's `REP-`, three digits and perhaps a letter (`REP-002A`). */
const INTERFACE_ID = /^(?:IF-\d{3}|REP-\d{3}[A-Z]?)$/;
/** An event code in brackets: letters, digits and hyphens (`[SDS-MDRUpdate]`). */
const EVENT_CODE = /^\[[A-Za-z0-9-]+\]$/;

/**
 * The text a Cucumber parameter type matches (steps/support/parameter-types.ts): its two groups
 * are the interface ID and the event code.
 */
export const MESSAGE_KIND_PATTERN = /(IF-\d{3}|REP-\d{3}[A-Z]?) (\[[A-Za-z0-9-]+\])/;

export class MessageKindError extends Error {}

/** The kind of `interfaceID` `eventCode`; refuses a malformed one, naming it. */
export function messageKind(interfaceID: string, eventCode: string): MessageKind {
  if (!INTERFACE_ID.test(interfaceID)) throw new MessageKindError(`"${interfaceID}" is not an interface ID: expected IF- and three digits (IF-031) or a report's REP-002A`);
  if (!EVENT_CODE.test(eventCode)) throw new MessageKindError(`"${eventCode}" is not an event code of ${interfaceID}: expected a bracketed code, e.g. [MSApp]`);
  return Object.freeze({ interfaceID, eventCode, label: `${interfaceID} ${eventCode}` });
}

/** Parses `IF-031 [MSApp]`; refuses anything else with a message naming the text. */
export function parseMessageKind(text: string): MessageKind {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== 2) throw new MessageKindError(`"${text}" does not name a message: expected an interface and an event code, e.g. IF-031 [MSApp]`);
  return messageKind(parts[0]!, parts[1]!);
}

/** Whether `other` (a kind, or a message read from a body, whose fields may be missing) is of kind `one`. */
export function sameKind(one: MessageKind, other: { readonly interfaceID?: string | undefined; readonly eventCode?: string | undefined }): boolean {
  return one.interfaceID === other.interfaceID && one.eventCode === other.eventCode;
}

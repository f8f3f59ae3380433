// The text of the rainy-day features of the DIP channels: for each participant role, every
// publication the role receives (the list the DIP-channel features are written from) pushed
// about an MPAN the role does not know (RCP1061), in a schema version it does not take
// (RCP1005), and delivered again and replayed (acted on at most once). Written by
// `npm run features:generate`; test/dip-channel-features.test.ts fails when a file is stale.
import { type ChannelRole, withArticle } from './dip-channel-features.ts';
import { OPENING_PUBLICATIONS, type Publication, unknownMpanPublications } from './receivable-publications.ts';

/**
 * The scenario's own window over which a repeat must not be acted on again (see
 * expectActedOnAtMostOnce); the worker watches the rest of the SLA (src/scenario/late-repeats.ts).
 */
export const REPEAT_WINDOW_MINUTES = 3;
/** The schema version no definition has: the participant must name it, not call it a schema failure. */
export const UNKNOWN_SCHEMA_VERSION = '999';

function byInterface(publications: readonly Publication[]): Publication[][] {
  const groups = new Map<string, Publication[]>();
  for (const publication of publications) groups.set(publication.interfaceID, [...(groups.get(publication.interfaceID) ?? []), publication]);
  return [...groups.values()];
}

/**
 * One outline per interface, each with its own Examples table (Allure attaches every table of
 * an outline to each of its scenarios), inside the rule.
 */
function outlines(publications: readonly Publication[], tags: string, outline: (interfaceID: string) => readonly string[]): string[] {
  const width = Math.max(...publications.map((publication) => publication.eventCode.length), 'event code'.length);
  return byInterface(publications).flatMap((group) => [
    '',
    `    @${group[0]!.interfaceID} ${tags}`,
    ...outline(group[0]!.interfaceID).map((line) => `    ${line}`),
    '',
    '      Examples:',
    `        | interface | ${'event code'.padEnd(width)} |`,
    ...group.map((publication) => `        | ${publication.interfaceID.padEnd('interface'.length)} | ${publication.eventCode.padEnd(width)} |`),
  ]);
}

const pairs = (list: readonly Publication[]) => list.map((publication) => `${publication.interfaceID} ${publication.eventCode}`);

export function rainyDayFeature(role: ChannelRole, publications: readonly Publication[]): string {
  const unknown = unknownMpanPublications(role.code, publications);
  const withoutMpan = publications.filter((publication) => publication.mpanBlock === undefined);
  const opening = OPENING_PUBLICATIONS[role.code] ?? [];
  const push = `When the DIP pushes the participant's ${role.name} a valid <interface> <event code> about the MPAN`;
  const leftOut = [
    ...(opening.length ? [`  ${opening.join(' and ')} open${opening.length === 1 ? 's' : ''} a process about an MPAN new to the ${role.name},`, '  so an unknown MPAN is no fault there.'] : []),
    ...(withoutMpan.length
      ? [`  ${withoutMpan.length === 1 ? 'One publication names' : `${withoutMpan.length} publications name`} no MPAN at all (${[...new Set(withoutMpan.map((publication) => publication.interfaceID))].join(', ')}).`]
      : []),
  ];
  return [
    '# Written by `npm run features:generate` from scenarios/role-interfaces.yaml and the DIP API',
    '# definitions; edit those, not this file.',
    `@DIP ${role.roleTag} ${role.segmentTag}`,
    `Feature: The ${role.name} on rainy days, for every publication the DIP delivers to it`,
    // Kept short: the report repeats a feature's description on each of its scenarios. What
    // each way is, and how its verdict is reached, is said once, under its Rule.
    `  Each of the ${publications.length} publications ${withArticle(role.name)} receives (those of`,
    `  ${role.file}), pushed in three ways a webhook must be ready for,`,
    '  one Rule each: about an MPAN it does not know, in a schema version no definition has, and',
    '  delivered again and replayed.',
    '',
    ...(unknown.length
      ? [
          `  Rule: The ${role.name} reports a publication about an MPAN it does not know with RCP1061`,
          `    About an MPAN the ${role.name} does not know: answered 201, then reported through a status`,
          `    message RCP1061 naming the transaction (L4). That is ${unknown.length} of them: those that name an MPAN`,
          `    (M0, or M1's principal MPAN) and open no process.`,
          ...leftOut.map((line) => `    ${line.trimStart()}`),
          ...outlines(unknown, '@REQ-RCP-1061 @REQ-DIP-STATUS-MESSAGE @REQ-SLA-status-message-answer', () => [
            `Scenario Outline: The ${role.name} reports <interface> <event code> about an MPAN it does not know with RCP1061`,
            `  ${role.given}`,
            `  ${push}`,
            '  Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse',
            '  And the participant reports RCP1061 about that <interface> <event code> through the DIP within 60 minutes',
          ]),
          '',
        ]
      : []),
    `  Rule: The ${role.name} refuses a schema version it does not take with 400 and RCP1005`,
    `    In schema version ${UNKNOWN_SCHEMA_VERSION}, which no definition has: answered 400 with RCP1005 (L3), not RCP1001.`,
    ...outlines(publications, '@REQ-RCP-1005 @REQ-DIP-WEBHOOK-RESPONSE', (interfaceID) => [
      `Scenario Outline: The ${role.name} refuses <interface> <event code> of schema version ${UNKNOWN_SCHEMA_VERSION} with 400 and RCP1005`,
      `  ${role.given}`,
      // "an IF-036", "a REP-002", as the words are said.
      `  When the DIP pushes the participant's ${role.name} ${interfaceID.startsWith('IF-') ? 'an' : 'a'} <interface> <event code> of schema version ${UNKNOWN_SCHEMA_VERSION}`,
      '  Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse',
      '  And its StandardResponse to <interface> <event code> carries RCP1005',
    ]),
    '',
    `  Rule: The ${role.name} acknowledges a repeated or replayed transaction and acts on it at most once`,
    '    Delivered again with the same D0.transactionID (a DIP retry) and then replayed with',
    '    replayIndicator true: each delivery answered 201 with a StandardResponse naming the',
    '    transaction, and acted on at most once. RCP1006 (sender unique reference duplicated) is',
    "    not accepted here: the repeat is the DIP's own, of a transaction the participant already",
    '    took, so the sender did nothing wrong; and the DIP does not retry after a 400, so',
    '    refusing a retry whose first answer was lost would leave the DIP and the sender believing',
    '    the message refused while the participant acted on it.',
    '',
    '    "Acted on at most once" is judged on what the participant sends, the only part of its',
    '    state the suite can see: every status message naming the transaction and every DIP message',
    '    about the MPAN (new to the participant, so nothing else is about it), by kind (interface and',
    '    event code, or RCP code), and no kind may appear twice. Where its only action is a status',
    '    message (RCP1061 for an MPAN it does not know), that message must not come again; where it',
    '    takes no action at all (a settlement report it only files), the repeats must leave what it',
    `    sends unchanged: nothing. The scenario listens ${REPEAT_WINDOW_MINUTES} market minutes from the first`,
    "    delivery, or, once the participant has reacted to it, until twice that reaction's delay",
    '    (at least half a minute) after the last repeat, and gives its verdict. The run keeps',
    '    listening, without holding the scenario up, until the longest SLA of anything the delivery',
    '    calls for has passed since the first delivery (60 minutes for a status message): a kind',
    '    sent again by then fails the run, as a run-level finding naming the scenario.',
    ...outlines(publications, '@REQ-DIP-IDEMPOTENT-RECEIPT @REQ-DIP-WEBHOOK-RESPONSE', () => [
      `Scenario Outline: The ${role.name} acts at most once on <interface> <event code> delivered again and replayed`,
      `  ${role.given}`,
      `  ${push}`,
      '  And the DIP delivers the same <interface> <event code> again',
      '  And the DIP replays the same <interface> <event code>',
      '  Then the participant answers every delivery of <interface> <event code> with HTTP 201 and a StandardResponse',
      `  And over ${REPEAT_WINDOW_MINUTES} minutes the participant acts on <interface> <event code> at most once`,
    ]),
    '',
  ].join('\n');
}

/** For tests: the pairs each rule of a role's rainy-day feature covers. */
export function rainyDayPairs(role: ChannelRole, publications: readonly Publication[]): { unknownMpan: string[]; schemaVersion: string[]; repeats: string[] } {
  return { unknownMpan: pairs(unknownMpanPublications(role.code, publications)), schemaVersion: pairs(publications), repeats: pairs(publications) };
}

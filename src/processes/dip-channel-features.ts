// The text of the DIP-channel features: for each participant role, one scenario outline that
// pushes every publication the role receives and expects 201 with a StandardResponse, and one
// that pushes each broken (no sender unique reference) and expects 400 with RCP1001. Written by
// `npm run features:generate`; test/dip-channel-features.test.ts fails when a file is stale.
import type { Publication } from './receivable-publications.ts';

export interface ChannelRole {
  /** DIP role code (SUP, MSS, MSA, SDS, ADS). */
  readonly code: string;
  /** The role as the features name it. */
  readonly name: string;
  /** Feature-level tag of the role. */
  readonly roleTag: string;
  readonly segmentTag: string;
  /**
   * The Given that sets up the MPAN the publications are about: a fresh one, so that a profile
   * need not list a served MPAN per scenario. The synchronous answer is what is judged; a
   * participant may report the MPAN unknown afterwards (RCP1061).
   */
  readonly given: string;
  readonly file: string;
  /** The role's rainy-day feature (src/processes/rainy-day-features.ts), beside `file`. */
  readonly rainyDayFile: string;
}

export const CHANNEL_ROLES: readonly ChannelRole[] = [
  { code: 'SUP', name: 'Supplier', roleTag: '@role:supplier', segmentTag: '@segment:smart', given: 'Given a Smart MPAN registered to another Supplier', file: 'supplier-receives-every-publication.feature', rainyDayFile: 'supplier-rainy-days.feature' },
  { code: 'MSS', name: 'Smart Metering Service', roleTag: '@role:metering-service', segmentTag: '@segment:smart', given: 'Given a Smart MPAN registered to another Supplier', file: 'smart-metering-service-receives-every-publication.feature', rainyDayFile: 'smart-metering-service-rainy-days.feature' },
  { code: 'MSA', name: 'Advanced Metering Service', roleTag: '@role:metering-service', segmentTag: '@segment:advanced', given: 'Given an Advanced MPAN registered to another Supplier', file: 'advanced-metering-service-receives-every-publication.feature', rainyDayFile: 'advanced-metering-service-rainy-days.feature' },
  { code: 'SDS', name: 'Smart Data Service', roleTag: '@role:data-service', segmentTag: '@segment:smart', given: 'Given a Smart MPAN registered to another Supplier', file: 'smart-data-service-receives-every-publication.feature', rainyDayFile: 'smart-data-service-rainy-days.feature' },
  { code: 'ADS', name: 'Advanced Data Service', roleTag: '@role:data-service', segmentTag: '@segment:advanced', given: 'Given an Advanced MPAN registered to another Supplier', file: 'advanced-data-service-receives-every-publication.feature', rainyDayFile: 'advanced-data-service-rainy-days.feature' },
];

/** The role with its article: "a Supplier", "an Advanced Data Service". */
export const withArticle = (name: string): string => `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;

/** Publications grouped by interface and the set of process rows they stand for, tagged with those rows' processes too. */
function groupsOf(publications: readonly Publication[]): Array<{ tags: string; list: Publication[] }> {
  const groups = new Map<string, Publication[]>();
  for (const publication of publications) {
    const tags = [`@${publication.interfaceID}`, ...(publication.processTags ?? []), ...(publication.rowTags ?? [])].join(' ');
    groups.set(tags, [...(groups.get(tags) ?? []), publication]);
  }
  return [...groups].map(([tags, list]) => ({ tags, list }));
}

function examplesTable(list: readonly Publication[], width: number): string[] {
  return [
    '',
    '    Examples:',
    `      | interface | ${'event code'.padEnd(width)} |`,
    ...list.map((publication) => `      | ${publication.interfaceID.padEnd('interface'.length)} | ${publication.eventCode.padEnd(width)} |`),
  ];
}

/**
 * One outline per interface and set of process rows, each with its own Examples table: Allure
 * attaches every Examples table of an outline to each of its scenarios, so one outline with
 * forty tables would give every scenario forty attachments.
 */
function outlines(role: ChannelRole, publications: readonly Publication[], outline: (group: { tags: string }) => string[]): string[] {
  const width = Math.max(...publications.map((publication) => publication.eventCode.length), 'event code'.length);
  return groupsOf(publications).flatMap((group) => ['', ...outline(group), ...examplesTable(group.list, width)]);
}

export function dipChannelFeature(role: ChannelRole, publications: readonly Publication[]): string {
  return [
    '# Written by `npm run features:generate` from scenarios/role-interfaces.yaml and the DIP API',
    '# definitions; edit those, not this file.',
    `@DIP ${role.roleTag} ${role.segmentTag} @REQ-DIP-WEBHOOK-RESPONSE`,
    `Feature: The ${role.name} takes every publication the DIP delivers to it`,
    `  DIP on-boarding asks a participant to show that its webhook takes each publication its`,
    `  role receives: ${publications.length} interface and event code pairs for ${withArticle(role.name)}, every one`,
    '  the role table lists it as receiving. Each is answered 201 with a StandardResponse that',
    '  names its transaction; one that breaks its schema is answered 400 with RCP1001.',
    ...outlines(role, publications, (group) => [
      `  ${group.tags}`,
      `  Scenario Outline: The ${role.name} acknowledges <interface> <event code>`,
      `    ${role.given}`,
      `    When the DIP pushes the participant's ${role.name} a valid <interface> <event code> about the MPAN`,
      '    Then the participant answers <interface> <event code> with HTTP 201 and a StandardResponse',
    ]),
    ...outlines(role, publications, (group) => [
      `  ${group.tags} @REQ-RCP-1001`,
      `  Scenario Outline: The ${role.name} refuses a broken <interface> <event code> with 400 and RCP1001`,
      `    ${role.given}`,
      `    When the DIP pushes the participant's ${role.name} a <interface> <event code> without its sender unique reference`,
      '    Then the participant answers <interface> <event code> with HTTP 400 and a StandardResponse',
      '    And its StandardResponse to <interface> <event code> carries RCP1001',
    ]),
    '',
  ].join('\n');
}

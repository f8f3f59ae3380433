// The message kind a feature names (`IF-031 [MSApp]`), parsed once: the Cucumber parameter type
// and the library read the same two parts, and a malformed one is refused with its text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_KIND_PATTERN, MessageKindError, messageKind, parseMessageKind, sameKind } from '../src/spec/message-kind.ts';

describe('message kinds', () => {
  it('parses an interface and an event code into its two parts and its label', () => {
    expect(parseMessageKind('IF-031 [MSApp]')).toEqual({ interfaceID: 'IF-031', eventCode: '[MSApp]', label: 'IF-031 [MSApp]' });
    expect(parseMessageKind('IF-034 [SDS-MDRUpdate]').eventCode).toBe('[SDS-MDRUpdate]');
    expect(parseMessageKind('REP-002A [SettlementReport]').interfaceID).toBe('REP-002A');
    expect(sameKind(messageKind('IF-035', '[MSAppAccepted]'), { interfaceID: 'IF-035', eventCode: '[MSAppAccepted]' })).toBe(true);
    expect(sameKind(messageKind('IF-035', '[MSAppAccepted]'), { interfaceID: 'IF-035', eventCode: '[DSAppAccepted]' })).toBe(false);
  });

  it.each([
    ['IF-031', /does not name a message/],
    ['IF-31 [MSApp]', /"IF-31" is not an interface ID/],
    ['REP-02 [X]', /"REP-02" is not an interface ID/],
    ['IF-031 MSApp', /"MSApp" is not an event code of IF-031/],
    ['IF-031 [MSApp] [DSApp]', /does not name a message/],
  ])('refuses %j, naming what is wrong', (text, message) => {
    expect(() => parseMessageKind(text)).toThrow(MessageKindError);
    expect(() => parseMessageKind(text)).toThrow(message);
  });

  it("the step pattern's groups are the two parts the parser reads", () => {
    const match = new RegExp(MESSAGE_KIND_PATTERN.source).exec('the SMRS sends the participant IF-035 [MSAppAccepted]');
    expect(match?.slice(1)).toEqual(['IF-035', '[MSAppAccepted]']);
  });

  it('every message a step of a feature names is matched whole by the pattern and parses', () => {
    const features: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.name.endsWith('.feature')) features.push(file);
      }
    };
    walk('features');
    const named = new Set<string>();
    for (const file of features) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:IF|REP)-\d{3}[A-Z]? \[[^\]\s]*\]/g)) named.add(match[0]);
    }
    expect(named.size).toBeGreaterThan(20);
    for (const text of named) {
      expect(new RegExp(`^${MESSAGE_KIND_PATTERN.source}$`).test(text), text).toBe(true);
      expect(parseMessageKind(text).label).toBe(text);
    }
  });
});

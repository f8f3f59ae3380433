// The two faces of a validation result: the JSON contract CI and tools parse, and the text
// a person reads (one block per message, findings grouped by rule, colour on a TTY only).
import { createColors } from 'picocolors';
import type { Finding } from '../../rules/rule.ts';
import type { MessageReport } from '../../validation/validate-body.ts';

export interface FileReport {
  readonly file: string;
  readonly messages: readonly MessageReport[];
}

/** Exactly {"files":[{"file","messages":[{"index","interfaceID","eventCode","verdict","findings"}]}]}. */
export function validationJson(files: readonly FileReport[]): string {
  const shaped = {
    files: files.map((file) => ({
      file: file.file,
      messages: file.messages.map((message) => ({
        index: message.index,
        interfaceID: message.interfaceID,
        eventCode: message.eventCode,
        verdict: message.verdict,
        findings: message.findings.map((finding) => ({
          rule: finding.rule,
          severity: finding.severity,
          pointer: finding.pointer,
          message: finding.message,
          requirement: finding.requirement,
        })),
      })),
    })),
  };
  return JSON.stringify(shaped, null, 2);
}

function groupByRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.rule, [...(groups.get(finding.rule) ?? []), finding]);
  return groups;
}

export function validationText(files: readonly FileReport[], colour: boolean): string {
  const c = createColors(colour);
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    lines.push(c.bold(file.file));
    for (const message of file.messages) {
      const name = message.interfaceID ? `${message.interfaceID} ${message.eventCode ?? ''}`.trim() : '(no interface)';
      const fails = message.findings.filter((finding) => finding.severity === 'fail').length;
      const warns = message.findings.length - fails;
      const counts = message.findings.length ? `  ${fails} failure(s), ${warns} warning(s)` : '';
      if (message.verdict === 'pass') passed += 1;
      else failed += 1;
      const verdict = message.verdict === 'pass' ? c.green('PASS') : c.red('FAIL');
      lines.push(`  message ${message.index}  ${name}  ${verdict}${counts}`);
      for (const [rule, findings] of groupByRule(message.findings)) {
        const severity = findings[0]!.severity === 'fail' ? c.red('fail') : c.yellow('warn');
        lines.push(`    ${severity} ${c.bold(rule)}  (${findings[0]!.requirement})`);
        for (const finding of findings) {
          lines.push(`      ${c.dim(finding.pointer || '/')}`);
          lines.push(`        ${finding.message}`);
        }
      }
    }
  }
  const total = passed + failed;
  lines.push('');
  lines.push(`${total} message(s) in ${files.length} file(s): ${c.green(`${passed} passed`)}, ${failed ? c.red(`${failed} failed`) : '0 failed'}`);
  return lines.join('\n');
}

// A finding's check as the summary names it: the ID the finding carries and the one line of the
// check registry saying what the check holds, so a reader of a failed requirement or scenario
// need not look the ID up (`SLA — A message the process calls for comes within …`).
import { checkTitle } from '../../findings/check-registry.ts';
import { esc } from './html-text.ts';

/** The check's ID, then its title from the registry; the ID alone for one the registry does not hold. */
export function checkLabel(rule: string): string {
  const title = checkTitle(rule);
  return `<span class="rule">${esc(rule)}</span>${title ? `<span class="check-title"> — ${esc(title)}</span>` : ''}`;
}

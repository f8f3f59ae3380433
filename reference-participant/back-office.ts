// A small back office, as a participant's staff would use it: a page with a form to record a
// registration the Supplier has raised with CSS. It does what the css-registration test hook
// does, through a browser, so that the suite's Playwright trigger has a real web UI to drive.
//
//   GET  /back-office                     the form
//   POST /back-office/css-registration    form fields mpan, supplyStartDate, cssRegistrationId
import type { HttpAnswer } from './records.ts';

export const BACK_OFFICE_PAGE = '/back-office';
export const BACK_OFFICE_CSS_REGISTRATION = '/back-office/css-registration';

const escape = (text: string): string => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function page(title: string, body: string, status = 200): HttpAnswer {
  return {
    status,
    body: null,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} · Reference participant back office</title>
<style>body{font-family:sans-serif;margin:2rem;max-width:40rem}label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.3rem}button{margin-top:1rem;padding:.4rem 1rem}.outcome{padding:.6rem;border:1px solid #888}</style>
</head><body><h1>${escape(title)}</h1>${body}</body></html>`,
  };
}

export function backOfficeForm(): HttpAnswer {
  return page(
    'Raise a registration with CSS',
    `<form method="post" action="${BACK_OFFICE_CSS_REGISTRATION}">
<label for="mpan">MPAN core</label><input id="mpan" name="mpan" inputmode="numeric" required>
<label for="supplyStartDate">Supply start date</label><input id="supplyStartDate" name="supplyStartDate" type="date" required>
<label for="cssRegistrationId">CSS registration ID</label><input id="cssRegistrationId" name="cssRegistrationId" required>
<button type="submit">Record registration</button>
</form>`,
  );
}

/** The form's fields as the JSON the test hook takes. */
export function formToJson(rawText: string): string {
  const fields = new URLSearchParams(rawText);
  return JSON.stringify({ mpan: fields.get('mpan') ?? '', supplyStartDate: fields.get('supplyStartDate') ?? '', cssRegistrationId: fields.get('cssRegistrationId') ?? '' });
}

/** The page after the form was sent: what was recorded, or why not. */
export function backOfficeOutcome(answer: HttpAnswer, rawText: string): HttpAnswer {
  const fields = new URLSearchParams(rawText);
  if (answer.status >= 200 && answer.status < 300) {
    return page('Registration recorded', `<p class="outcome" role="status">Registration ${escape(fields.get('cssRegistrationId') ?? '')} recorded for MPAN ${escape(fields.get('mpan') ?? '')} from ${escape(fields.get('supplyStartDate') ?? '')}.</p><p><a href="${BACK_OFFICE_PAGE}">Record another</a></p>`);
  }
  const why = (answer.body as { error?: string } | null)?.error ?? `HTTP ${answer.status}`;
  return page('Registration not recorded', `<p class="outcome" role="alert">${escape(why)}</p><p><a href="${BACK_OFFICE_PAGE}">Back</a></p>`, answer.status);
}

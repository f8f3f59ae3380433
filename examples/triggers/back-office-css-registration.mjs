// A Playwright trigger for the css-registration step: it records the registration in the
// reference participant's back office as a member of staff would, through the web form.
// Point a profile's trigger at it:
//
//   triggers:
//     css-registration:
//       playwright: { script: ../examples/triggers/back-office-css-registration.mjs }
//
// The suite calls the default export with the page (in Chromium, presenting the DIP's client
// certificate), the trigger's payload {mpan, supplyStartDate, cssRegistrationId}, the
// participant's base URL, and step(name), which keeps a screenshot for the evidence.
export default async function recordCssRegistration({ page, payload, participantUrl, step }) {
  await page.goto(`${participantUrl}/back-office`);
  await step('back office form');
  await page.getByLabel('MPAN core').fill(payload.mpan);
  await page.getByLabel('Supply start date').fill(payload.supplyStartDate);
  await page.getByLabel('CSS registration ID').fill(payload.cssRegistrationId);
  await step('form filled in');
  await page.getByRole('button', { name: 'Record registration' }).click();
  const outcome = page.getByRole('status');
  await outcome.waitFor();
  const text = await outcome.textContent();
  if (!text?.includes(payload.mpan)) throw new Error(`the back office did not confirm the registration: ${text}`);
}

// The portfolio check of `mhhs-qualify doctor`: the scenarios that start from an MPAN the
// participant already supplies or serves take one from the profile's portfolio each (the
// incumbent scenarios), and are inconclusive without one. Doctor counts the scenarios of the
// profile that take one, by their Given step, as the run would select them, so an empty or
// short portfolio is a warning before the run rather than a surprise after it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';
import type { ParticipantProfile } from '../profile/participant-profile.ts';
import { FEATURES_DIR } from '../requirements/feature-scenarios.ts';
import { isValidMpanCore, mpanCheckDigit } from '../rules/mpan-check-digit.ts';
import { notApplicable } from '../scenario/applicability.ts';
import { type CheckResult, fail, ok, warn } from './doctor-checks.ts';

export type PortfolioKey = 'supplier' | 'meteringService';

/**
 * The Given steps that take an MPAN from the portfolio (steps/registration-data.steps.ts and
 * steps/metering-service.steps.ts); test/doctor.test.ts fails when a step's wording drifts.
 */
export const PORTFOLIO_STEPS: Readonly<Record<PortfolioKey, RegExp>> = {
  supplier: /^an? \w+ MPAN the participant supplies$/,
  meteringService: /^an? \w+ MPAN the participant serves as Metering Service$/,
};

const PORTFOLIO_ROLES: Readonly<Record<PortfolioKey, readonly string[]>> = { supplier: ['SUP'], meteringService: ['MSS', 'MSA'] };

const WHAT: Readonly<Record<PortfolioKey, { who: string; verb: string; step: string }>> = {
  supplier: { who: 'your Supplier', verb: 'supplies', step: 'Given a … MPAN the participant supplies' },
  meteringService: { who: 'your Metering Service', verb: 'serves', step: 'Given a … MPAN the participant serves as Metering Service' },
};

function featureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? featureFiles(path.join(dir, entry.name)) : entry.name.endsWith('.feature') ? [path.join(dir, entry.name)] : [],
  );
}

/**
 * How many scenarios of a run with this profile take an MPAN from each part of the portfolio:
 * the applicable ones (roles, segments, optional interfaces, the market calendar at `marketNow`)
 * with a step that takes one.
 */
export function portfolioNeeds(profile: ParticipantProfile, marketNow: number, dir = FEATURES_DIR): Record<PortfolioKey, number> {
  const newId = IdGenerator.incrementing();
  const needs = { supplier: 0, meteringService: 0 };
  for (const file of featureFiles(dir)) {
    const document = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher()).parse(readFileSync(file, 'utf8'));
    for (const pickle of compile(document, file, newId)) {
      if (notApplicable(pickle.tags.map((tag) => tag.name), profile, marketNow)) continue;
      for (const key of ['supplier', 'meteringService'] as const) {
        if (pickle.steps.some((step) => PORTFOLIO_STEPS[key].test(step.text))) needs[key] += 1;
      }
    }
  }
  return needs;
}

/** One line per part of the portfolio a declared role uses; `needs` undefined when the features could not be read. */
export function checkPortfolio(profile: ParticipantProfile, needs: Record<PortfolioKey, number> | undefined): CheckResult[] {
  const results: CheckResult[] = [];
  for (const key of ['supplier', 'meteringService'] as const) {
    const roles = profile.roles.filter((role) => PORTFOLIO_ROLES[key].includes(role.role));
    if (roles.length === 0) continue;
    const check = `portfolio.${key}`;
    const { who, verb, step } = WHAT[key];
    const flag = roles.map((role) => `--portfolio ${role.role}:MPAN,MPAN…`).join(' or ');
    const mpans = profile.portfolio[key];
    const invalid = mpans.filter((mpan) => !isValidMpanCore(mpan));
    if (invalid.length) {
      const wrong = invalid.map((mpan) => `${mpan} (its check digit must be ${mpanCheckDigit(mpan)})`).join(', ');
      results.push(fail(check, `${wrong}: not a valid MPAN core, which no system holds and every recipient rejects (RCP1061)`, `correct the MPAN in portfolio.${key}`));
      continue;
    }
    const need = needs?.[key];
    const fix = `give MPANs ${who} ${verb} in the test environment, one per scenario (a run leaves each changed): mhhs-qualify init ${flag}, or portfolio.${key} in the profile`;
    if (need === 0) continue;
    if (mpans.length === 0) {
      const scenarios = need === undefined ? `the scenarios that start from one (${step}: the incumbent ones)` : `the ${need} scenarios of this profile that start from one (${step})`;
      results.push(warn(check, `lists no MPAN ${who} already ${verb}, so ${scenarios} will be inconclusive`, fix));
    } else if (need !== undefined && mpans.length < need) {
      results.push(warn(check, `lists ${mpans.length} MPAN(s) for the ${need} scenarios that take one each (${step}): the ${need - mpans.length} left without one will be inconclusive`, fix));
    } else {
      results.push(ok(check, need === undefined ? `${mpans.length} MPAN(s)` : `${mpans.length} MPAN(s) for the ${need} scenarios that take one each`));
    }
  }
  return results;
}

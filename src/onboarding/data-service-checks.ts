// What `mhhs-qualify doctor` says of a profile's Data Service roles (SDS, ADS): what they
// declare of their Meter Data Retrievers, and whether any scenario is written for a Data
// Service yet. Until one is, a run judges nothing of these roles' own behaviour, and doctor
// says so as a warning, not a failure: the profile is right, the suite has yet to catch up.
import { MDR_MODEL_NAMES } from '../profile/meter-data-retrievers.ts';
import type { ParticipantProfile } from '../profile/participant-profile.ts';
import { DATA_SERVICE_ROLES } from '../profile/participant-roles.ts';
import type { FeatureScenario } from '../requirements/feature-scenarios.ts';
import { notApplicable } from '../scenario/applicability.ts';
import { type CheckResult, ok, warn } from './doctor-checks.ts';

/** The tag of the scenarios that apply to a Data Service, as `mhhs-qualify list --role data-service` reads it. */
export const DATA_SERVICE_TAG = '@role:data-service';

/** Undefined for a profile without a Data Service role; `scenarios` undefined when the features cannot be read. */
export function checkDataServiceRoles(profile: ParticipantProfile, scenarios: readonly FeatureScenario[] | undefined): CheckResult | undefined {
  const roles = profile.roles.filter((role) => DATA_SERVICE_ROLES.includes(role.role as (typeof DATA_SERVICE_ROLES)[number]));
  if (roles.length === 0) return undefined;
  const check = 'Data Service scenarios';
  const named = roles.map((role) => `${role.role} ${role.dipId}`).join(', ');
  const declared = profile.capabilities.dataService;
  const mdrs = declared
    ? `; MDR model ${MDR_MODEL_NAMES[declared.mdrModel]}, MDRs: ${[...(declared.ownMdr ? ['its own'] : []), ...declared.mdrs.map((mdr) => `${mdr.mpid} ${mdr.dipId}`)].join(', ')}`
    : '';
  if (!scenarios) return warn(check, `${named}${mdrs}: the feature files could not be read to count the scenarios that apply`, 'run doctor from the suite\'s own folder');
  const written = scenarios.filter((scenario) => scenario.tags.includes(DATA_SERVICE_TAG));
  if (written.length === 0) {
    return warn(
      check,
      `${named}${mdrs}: no Data Service scenarios exist yet (none is tagged ${DATA_SERVICE_TAG}), so a run judges nothing of these roles' own behaviour`,
      'nothing to do in the profile; mhhs-qualify list --role data-service shows the scenarios once they are written',
    );
  }
  // Those this profile runs: an SDS alone is not asked the Advanced Data Service's scenarios, nor
  // those of a process it does not declare.
  const count = written.filter((scenario) => notApplicable(scenario.tags, profile) === undefined).length;
  return ok(check, `${named}${mdrs}: ${count === 1 ? '1 scenario applies' : `${count} scenarios apply`} to a Data Service of this profile, of ${written.length} written for one (mhhs-qualify list --role data-service)`);
}

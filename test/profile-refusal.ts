// The message a profile is refused with: what a test of the profile reader asserts on.
import { expect } from 'vitest';
import { parseProfile, ProfileError } from '../src/profile/participant-profile.ts';

/** Reads `source` as a profile, expects a ProfileError, and returns its message. */
export function profileRefusal(source: string): string {
  try {
    parseProfile(source, 'my-profile.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ProfileError);
    return (error as Error).message;
  }
  throw new Error('the profile was accepted');
}

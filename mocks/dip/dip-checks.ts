// The checks the DIP makes on a submission itself (the key, the request's size, the sender's
// identity, the uniqueness of its references) are declared with every other check in the
// suite's registry, so their findings and the selftest's list of checks no fault made fail
// speak of the same thing.
export { DIP_CHECKS } from '../../src/findings/check-registry.ts';

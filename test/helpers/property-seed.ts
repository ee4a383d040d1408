/**
 * The seed of every property test: one by default, so that a run that fails
 * can be run again as it was; PROPERTY_SEED explores (`npm run test:fuzz`
 * runs many seeds, each in a bounded process).
 */
export const SEED = Number(process.env.PROPERTY_SEED ?? 20261130);

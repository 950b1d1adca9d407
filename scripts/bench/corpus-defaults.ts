/** The corpus the benchmark builds unless told otherwise; docs/benchmarks.md states these. */
export const CORPUS_DEFAULTS = {
  seed: 1,
  seedsDir: 'seeds',
  /** Roughly one plan in seven is a Traditional repost like the Hangzhou seed. */
  traditionalShare: 0.15,
  /** Roughly one plan in seven is a city's second plan, so its departments are shared. */
  secondPlanShare: 0.15,
  statementSwapRate: 0.5,
} as const;

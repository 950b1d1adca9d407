/** Scoring a search against the query set in tests/search/queries.json: recall@k and reciprocal rank. */
import { readFileSync } from 'node:fs';

export interface QueryCase {
  q: string;
  /** Result URLs a reader wants among the first results. */
  expect: string[];
}

export interface QueryGroup {
  name: string;
  about: string;
  /** The answers are only in the other script. */
  crossScript?: boolean;
  queries: QueryCase[];
}

/** The query set, read from tests/search/queries.json. */
export function querySet(): QueryGroup[] {
  const file = new URL('../search/queries.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { groups: QueryGroup[] }).groups;
}

/**
 * Share of the expected URLs found among the first `k` results (of at most `k` expected).
 * @example recallAt(['/a/', '/b/'], ['/x/', '/a/'], 5) // 0.5
 */
export function recallAt(expected: readonly string[], results: readonly string[], k: number): number {
  const top = new Set(results.slice(0, k));
  return expected.filter((url) => top.has(url)).length / Math.min(expected.length, k);
}

/**
 * One over the rank of the first expected URL, 0 when none is found.
 * @example reciprocalRank(['/a/'], ['/x/', '/a/']) // 0.5
 */
export function reciprocalRank(expected: readonly string[], results: readonly string[]): number {
  const rank = results.findIndex((url) => expected.includes(url));
  return rank === -1 ? 0 : 1 / (rank + 1);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

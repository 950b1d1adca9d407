/**
 * Ordering results. Pagefind ranks by word statistics, ANDs words without adjacency and drops a
 * word that matches nothing, so its list mixes pages that say what was typed with pages that only
 * share some words. Each result gets a match class — its name is the query, the query is most of
 * its name, its text holds the query literally, its text holds every word, or less — and results are
 * grouped by kind, best class first within a group, Pagefind's order breaking ties. Groups follow
 * the best class they hold, and then the order tasks, departments, indicators, plans, topics: a
 * unit's name typed whole brings its department up before the tasks that mention it, and a theme's
 * name typed whole its topic before all else.
 */
import { SEARCH_KINDS, type SearchKind } from '../../search/contract.ts';
import { compact, type SimplifiedTable } from './normalise.ts';

/** Match classes, best first. */
export const MATCHES = ['exact', 'name', 'literal', 'words', 'partial'] as const;
export type Match = (typeof MATCHES)[number];

export interface Candidate {
  kind: SearchKind;
  /** Position in Pagefind's ranking, 0 first. */
  rank: number;
  /** Names the record answers to as a whole. */
  names: readonly string[];
  /** The record's text in its source script. */
  text: string;
}

/**
 * How well a record matches the query (both compared without script, width, spaces or punctuation).
 * @example matchOf({ names: ['市科技局', '市科技局〈市知识产权局〉'], … }, '市科技局（市知识产权局）', …) // 'exact'
 */
export function matchOf(candidate: Candidate, query: string, words: readonly string[], table: SimplifiedTable): Match {
  const q = compact(query, table).text;
  if (!q) return 'partial';
  const names = candidate.names.map((n) => compact(n, table).text);
  if (names.some((n) => n === q)) return 'exact';
  // A name holds the query when the query is most of it: 科技局 in 市科技局, not 专利 in 涉外专利申请量.
  if (names.some((n) => n.includes(q) && q.length * 2 >= n.length)) return 'name';
  const text = compact(candidate.text, table).text;
  if (text.includes(q)) return 'literal';
  if (words.length > 0 && words.every((w) => text.includes(compact(w, table).text))) return 'words';
  return 'partial';
}

export interface Group<T> {
  kind: SearchKind;
  items: T[];
}

/**
 * Where a group's best result places the group. Indicators are named after what they measure, so
 * a theme typed (知识产权质押融资) is most of many an indicator's name (知识产权质押融资金额); such
 * a match places the group as a literal one, and the tasks that carry the theme out come first.
 * An indicator's whole name typed still brings the indicators first, but for a theme's own name:
 * 地理标志 is a topic and, in plan after plan, an indicator (新增地理标志 counted as 地理标志), and
 * the topic page, which gathers every plan's tasks on the theme, is where a reader typing it begins.
 */
function groupScore(result: { kind: SearchKind; match: Match }): number {
  if (result.kind === 'topic' && result.match === 'exact') return -1;
  return MATCHES.indexOf(result.kind === 'indicator' && result.match === 'name' ? 'literal' : result.match);
}

/**
 * Results grouped by kind and ordered as described above.
 * @example groupResults(results).map((g) => g.kind) // ['department', 'task'] for 市科技局
 */
export function groupResults<T extends { kind: SearchKind; rank: number; match: Match }>(results: readonly T[]): Group<T>[] {
  const score = (r: T) => MATCHES.indexOf(r.match);
  const groups = SEARCH_KINDS
    .map((kind) => ({ kind, items: results.filter((r) => r.kind === kind).sort((a, b) => score(a) - score(b) || a.rank - b.rank) }))
    .filter((g) => g.items.length > 0);
  return groups.sort((a, b) => groupScore(a.items[0]) - groupScore(b.items[0]) || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind));
}

/** Pagefind's IDF of a word on one page of `pages` (BM25, as pagefind_web scores): the largest an index gives. */
function largestIdf(pages: number): number {
  return Math.log(1 + (pages - 0.5) / 1.5);
}

/**
 * The weight of the topics' index beside the province indexes merged with it. Pagefind scores each
 * index's pages by BM25, whose IDF, ln(1 + (N − n + 0.5) / (n + 0.5)), grows with the index's pages
 * N: a theme's word on 1 of 15 topics weighs less than on 10 of a province's 1,000 pages, so the
 * topic a query names fell below the first results, whose data alone the page loads (at 100 plans,
 * 质押融资 over every province: not in the first ten). The topics' scores are scaled by the ratio of
 * the largest IDF of an index the size of those searched to the topics' own, which puts both on one
 * scale; the match classes then place each result as for one index.
 * @example topicsIndexWeight(15, 982) // 2.74: one topic scores as a page of a 982-record index
 */
export function topicsIndexWeight(topicRecords: number, recordsPerIndex: number): number {
  if (topicRecords < 1 || recordsPerIndex <= topicRecords) return 1;
  return largestIdf(recordsPerIndex) / largestIdf(topicRecords);
}

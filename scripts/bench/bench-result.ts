/** What one benchmark run of one corpus size measured; saved as .bench/results/n-<N>.json. */
import type { AstroPhases } from './read-astro-log.ts';
import type { StageCost } from './measure-command.ts';
import type { SiteSize } from './measure-site.ts';

export interface BenchResult {
  n: number;
  /** ISO date and time the run finished. */
  date: string;
  /** `git describe --always --dirty` of the tree that was built. */
  commit: string;
  corpus: { seedsDir: string; seed: number | null; plans: number; tasks: number; departments: number; indicators: number };
  content: StageCost & { pipelineSeconds: number; modelJsonSeconds: number; mdxSeconds: number };
  astro: StageCost & AstroPhases;
  /** null when the project's build runs no Pagefind step. */
  pagefind: StageCost | null;
  total: StageCost;
  /** A second `astro build` with nothing changed, or null when it was not asked for. */
  rebuild: (StageCost & AstroPhases) | null;
  site: SiteSize;
  /**
   * Query cost in Chromium, or why it was not measured: of the whole library when it is one index,
   * else of its largest province (`search.province`).
   */
  search: SearchSummary;
  /** In a library searched by province, the same with `province=all`, for the record; else null. */
  searchAll?: SearchSummary | null;
  /** recall@5 and MRR of tests/search/queries.json, each query in the province of its answers when the library is searched by province. */
  quality?: SearchQuality | null;
}

/** The query set's scores (tests/helpers/search-quality.ts). */
export interface SearchQuality {
  /** `whole` for one index, `by province` when each query was asked in each province of its answers (tests/helpers/search-quality.ts, scopedCases). */
  scope: 'whole' | 'by province';
  /** Queries asked: by province, a query counts once per province asked. */
  queries: number;
  recall: number;
  mrr: number;
  /** Of those, asked of one province rather than of `all`. */
  inOneProvince: number;
}

/**
 * The search columns: worst first-query bytes (as sent and as gzip would send them, recorded under
 * Playwright), median times in a Chromium nothing records (search-timing.ts), and the warm median
 * under Playwright for comparison.
 */
export type SearchSummary =
  | { measured: false; reason: string }
  | {
    measured: true; queries: number; firstKbSent: number; firstKbGzip: number; firstMs: number; warmMs: number; repeatMs: number; recordedWarmMs?: number;
    /** Median main-thread CPU of a warm query (DevTools protocol). */
    warmCpuMs?: number;
    /** The province searched, its records and indexes, in a library searched by province. */
    province?: { name: string; records: number; indexes: number };
    /** The first query's bytes by purpose, for the worst query (KB gzip). */
    firstParts?: { page: number; pagefind: number; index: number; fragments: number; filters: number };
  };



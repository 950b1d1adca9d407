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
  /** Query cost in Chromium, or why it was not measured. */
  search: SearchSummary;
}

/**
 * The search columns: worst first-query bytes (as sent and as gzip would send them, recorded under
 * Playwright), median times in a Chromium nothing records (search-timing.ts), and the warm median
 * under Playwright for comparison.
 */
export type SearchSummary =
  | { measured: false; reason: string }
  | { measured: true; queries: number; firstKbSent: number; firstKbGzip: number; firstMs: number; warmMs: number; repeatMs: number; recordedWarmMs?: number };



/**
 * A synthetic library of plans (scripts/bench/synthetic-corpus.ts, from the real seeds) built
 * beside the project's own content and site, for tests of how pages hold up as the library grows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { CORPUS_DEFAULTS } from '../../scripts/bench/corpus-defaults.ts';
import type { PolicyModel } from '../../src/pipeline/model.ts';
import { buildContent, buildSite, ROOT, type RunResult } from './cli.ts';
import { scratchDir } from './scratch.ts';

export interface SyntheticLibrary {
  content: RunResult;
  /** The site build; undefined when the content build failed. */
  site: RunResult | undefined;
  /** The built site's folder, ending in `/`. */
  dist: string;
  model: PolicyModel;
}

/**
 * Generates `size` plans, builds their content and then their site, with `env` added to the site
 * build's environment (`SEARCH_INDEX_RECORDS`).
 * @example const { dist, model } = buildSyntheticLibrary(48); // model.documents.length === 48
 */
export function buildSyntheticLibrary(size: number, env: Record<string, string> = {}): SyntheticLibrary {
  const seeds = scratchDir('corpus-');
  generateCorpus({ ...CORPUS_DEFAULTS, seedsDir: join(ROOT, 'seeds'), size, outDir: seeds });
  const content = buildContent(seeds);
  const site = content.status === 0 ? buildSite(content.out, { env }) : undefined;
  const model = JSON.parse(readFileSync(join(content.out, 'model.json'), 'utf8')) as PolicyModel;
  return { content, site, dist: `${site?.out}/`, model };
}

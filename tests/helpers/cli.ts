/** Running the project's own command-line entry points, as a user would, on a seed folder of a test's making. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../src/pipeline/catalog.ts';
import { scratchDir } from './scratch.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;

export interface SeedCase {
  /** File name → contents. */
  files: Record<string, string | Uint8Array>;
  /** Catalog entries; `sha256` is filled in from the file unless given. Or a raw catalog text. */
  catalog: Record<string, unknown>[] | string;
}

/** Writes a seed folder (files and catalog.json) into a fresh temporary directory. */
export function writeSeedFolder(seed: SeedCase): string {
  const dir = scratchDir('seeds-');
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  for (const [name, content] of Object.entries(seed.files)) writeFileSync(join(dir, name), bytes(content));
  const catalog = typeof seed.catalog === 'string' ? seed.catalog : JSON.stringify({
    documents: seed.catalog.map((entry) => {
      const file = entry.file as string;
      const content = seed.files[file];
      return { ...entry, sha256: entry.sha256 ?? (content === undefined ? '0'.repeat(64) : sha256(bytes(content))) };
    }),
  }, null, 2);
  writeFileSync(join(dir, 'catalog.json'), catalog);
  return dir;
}

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
  out: string;
}

/** `npm run build:content -- --seeds DIR --out OUT`, on the Node that runs the tests; OUT is a fresh temporary folder unless given. */
export function buildContent(seeds: string, out = scratchDir('content-'), args: string[] = []): RunResult {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build-content.ts'), '--seeds', seeds, '--out', out, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr, out };
}

export interface BuildSiteOptions {
  /** The output folder; a fresh temporary one unless given. */
  dist?: string;
  /** Astro's cache folder (content store, incremental-build manifest); inside the content folder unless given. */
  cache?: string;
  /** `astro build --force`: ignore the incremental-build cache and render every page. */
  force?: boolean;
  /** More environment for the build, such as `SEARCH_INDEX_RECORDS`. */
  env?: Record<string, string>;
}

/** `astro build` of a content folder into its own dist and cache, beside the project's own. */
export function buildSite(content: string, options: BuildSiteOptions = {}): RunResult {
  const dist = options.dist ?? scratchDir('dist-');
  mkdirSync(dist, { recursive: true });
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(options.force ? ['--force'] : [])], {
    cwd: ROOT, encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: options.cache ?? join(content, '.astro-cache'), ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
  });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr, out: dist };
}

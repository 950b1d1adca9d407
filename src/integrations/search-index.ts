/**
 * Astro integration: once the site is built, index every search record with Pagefind's Node API
 * (the extended binary, which segments Chinese) into dist/pagefind/. Any Pagefind error, or a
 * record whose page was not built, fails the build. Everything is indexed as one language, `zh`,
 * so that Simplified and Traditional pages share one index; each page keeps its own `lang`.
 *
 * A large library is indexed by province, one Pagefind process after another (scopes.ts), so that
 * the indexer's memory follows a province, not the library.
 *
 * Pagefind's entry file (`pagefind-entry.json`) is the one file of an index whose name does not
 * change with its content; the search page asks for it with the tag the build writes into the page
 * (`data-meta-cache-tag`, a digest of every entry file), so that a host may cache it like the rest.
 *
 * Pagefind's index is a function of the records and of Pagefind itself. The last index written is
 * kept in Astro's cache folder with the digest of both (kept-index.ts), and a build whose records
 * are unchanged links it back into the output instead of indexing again (at 1,000 plans, two
 * minutes and most of the build's memory); `astro build --force` indexes again.
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadModel } from '../lib/model.ts';
import { PAGEFIND_STARTUP } from '../search/contract.ts';
import { recordHtml } from '../search/record-html.ts';
import { indexingOrder, modelSearchLayout } from '../search/scopes.ts';
import { keptIndex } from './kept-index.ts';
import { backgroundRecompressor, RECOMPRESSION } from './recompress.ts';

/**
 * Index chunks of an index of `pages` records, in word locations (Pagefind's default is 20,000).
 * A query fetches the chunk holding each of its words, and Pagefind's metadata, fetched before
 * any query, lists every chunk (about 14 bytes each, compressed): small chunks make a query's
 * download small and the metadata large. With L locations, chunks of size s cost the metadata
 * ∝ L/s and a query ∝ s, so the best size grows as √L, which grows with the records. Measured on
 * the worst first query: the four seeds (237 records) 102.6 KB at 700, 105.5 KB at 1,000; the
 * topics of the 1,000-plan corpus (15 records) fetch 1.4 KB at 150 and 3.7 KB at 1,000; the
 * largest province of that corpus (4,665 records) is best at about 3,000 (its metadata and chunks
 * 61.3 KB at 3,100, 62.5 at 2,000, 72.0 at 4,500). Pagefind reads this from its environment and
 * calls it unstable; should it go away, the index is written with the default chunks and search
 * still works, only heavier. `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` set by hand wins.
 * @example indexChunkSize(237) // 700
 * @example indexChunkSize(15) // 200
 * @example indexChunkSize(4665) // 3100
 */
export function indexChunkSize(pages: number): number {
  return Math.min(5000, Math.max(100, Math.round(Math.sqrt(pages / 500) * 10) * 100));
}

interface PagefindResponse {
  errors: string[];
}

function assertOk<T extends PagefindResponse>(response: T, what: string): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind failed while ${what}:\n${response.errors.join('\n')}\nThe search index was not written; fix the cause and run \`npm run build\` again.`);
  }
  return response;
}

/** Pagefind's options here, in the digest of the index: any change means indexing again. */
const INDEX_OPTIONS = { forceLanguage: 'zh' } as const;

/**
 * The installed Pagefind's version, from node_modules/pagefind/package.json under the project
 * (the package exports neither that file nor a CommonJS entry to resolve it from); undefined when
 * it cannot be read, and then no index is reused.
 */
function pagefindVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(process.cwd(), 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** Pagefind configuration files it may read from the folder it runs in. */
const PAGEFIND_CONFIG_FILES = ['pagefind.yml', 'pagefind.yaml', 'pagefind.toml', 'pagefind.json'];

/**
 * What the index is made from: the records as Pagefind reads them, Pagefind's version, its options
 * here, its environment (`PAGEFIND_*`: chunk size, binary path) and any configuration file.
 */
function indexDigest(indexes: readonly IndexOfPages[]): string | undefined {
  const version = pagefindVersion();
  if (!version) return undefined;
  const environment = Object.entries(process.env).filter(([name]) => name.startsWith('PAGEFIND_')).sort(([a], [b]) => a.localeCompare(b));
  const configs = PAGEFIND_CONFIG_FILES.map((file) => join(process.cwd(), file)).filter(existsSync).map((file) => [file, readFileSync(file, 'utf8')]);
  const hash = createHash('sha256').update(JSON.stringify({ version, options: INDEX_OPTIONS, recompression: RECOMPRESSION, environment, configs, folders: indexes.map((i) => [i.folder, chunkSizeOf(i)]) }));
  for (const { folder, pages } of indexes) {
    for (const page of pages) hash.update(`\n${folder}\n${page.url}\n${page.html}`);
  }
  return hash.digest('hex');
}

/** A record as Pagefind reads it. */
interface IndexedPage {
  url: string;
  html: string;
}

/** One index to write: its folder under the site's root, and its pages. */
interface IndexOfPages {
  folder: string;
  pages: IndexedPage[];
}

/**
 * What the search page reads from an index it merges (Pagefind's mergeIndex), a province's: the
 * entry file, metadata, index chunks, fragments and filters. Pagefind writes its script, wasm and
 * UI files into every index (0.7 MB), but they are read from `pagefind/` only.
 */
export const MERGED_INDEX_FILES = /^(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|index|fragment|filter)$/;

/** Removes from a merged index's folder what the search page never reads there. */
function keepOnlyMergedFiles(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (!MERGED_INDEX_FILES.test(name)) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

/** The chunk size an index is written with: set by hand in the environment, else indexChunkSize. */
function chunkSizeOf(index: IndexOfPages): string {
  return CHUNK_SIZE_SET ?? String(indexChunkSize(index.pages.length));
}

const CHUNK_SIZE_SET = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;

/** Indexes one index's pages into `folder` in a Pagefind process of its own, which ends with it. */
async function indexPages(index: IndexOfPages, outDir: string, what: string): Promise<void> {
  const folder = join(outDir, index.folder);
  // Read by the Pagefind process that createIndex starts, one per index.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSizeOf(index);
  try {
    const { index: writer } = assertOk(await pagefind.createIndex(INDEX_OPTIONS), `creating the index${what}`);
    if (!writer) throw new Error('Pagefind returned no index.');
    for (const page of index.pages) {
      assertOk(await writer.addHTMLFile({ url: page.url, content: page.html }), `indexing ${page.url}`);
    }
    assertOk(await writer.writeFiles({ outputPath: folder }), `writing ${folder}`);
  } finally {
    // Closing ends Pagefind's process and gives its memory back before the next index starts.
    await pagefind.close();
    if (CHUNK_SIZE_SET === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = CHUNK_SIZE_SET;
  }
}

export interface SearchIndexResult {
  /** Pages in the index. */
  pages: number;
  /** Whether the index of the last build was reused because nothing it is made from changed. */
  reused: boolean;
}

/** Where progress is told: Astro's logger for the integration. */
export interface IndexLogger {
  info: (message: string) => void;
}

export interface SearchIndexOptions {
  logger?: IndexLogger;
  /** Where the last index is kept for reuse; none is kept or reused without it. */
  cacheDir?: string;
  /** Index again even if nothing changed (`astro build --force`). */
  force?: boolean;
}

/**
 * Indexes the records of content/model.json into `<outDir>/pagefind/`, by province in folders
 * inside it when the library is large (scopes.ts). With `cacheDir`, an index made from the same
 * records by the same Pagefind is reused from there, and a new one kept there.
 */
export async function writeSearchIndex(outDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const { logger, cacheDir, force = false } = options;
  const { indexes: layout } = modelSearchLayout(loadModel());
  const records = layout.flatMap((index) => index.records);
  const missing = records.filter((r) => !existsSync(join(outDir, r.url, 'index.html')));
  if (missing.length > 0) {
    const listed = missing.slice(0, 10).map((r) => r.url).join(', ');
    throw new Error(`${missing.length} of ${records.length} search records point at pages that were not built in ${outDir}: ${listed}${missing.length > 10 ? ', …' : ''}. Every record must open a page; check src/search/records.ts against src/pages/.`);
  }
  const indexes: IndexOfPages[] = layout.map(({ folder, records: mine }) => ({ folder, pages: indexingOrder(mine).map((record) => ({ url: record.url, html: recordHtml(record) })) }));
  const count = indexes.length;
  const output = join(outDir, 'pagefind');
  const kept = cacheDir ? keptIndex(cacheDir) : undefined;
  const digest = indexDigest(indexes);
  const inIndexes = count > 1 ? ` in ${count} indexes (${count - 1} by province, and the topics)` : '';
  rmSync(output, { recursive: true, force: true });
  if (!force && digest && kept?.restore(digest, output)) {
    checkStartupFiles(outDir, indexes);
    tagSearchPage(outDir, indexes);
    logger?.info(`search records unchanged: the index of ${records.length} pages${inIndexes} from the last build is reused`);
    return { pages: records.length, reused: true };
  }
  // `pagefind/` first: Pagefind empties the folder it writes, and the others are inside it. Each
  // index's start-up files are recompressed in a worker while the next index is written.
  const recompressor = backgroundRecompressor();
  let saved = 0;
  try {
    const recompressed: Promise<number>[] = [];
    for (const [i, index] of indexes.entries()) {
      await indexPages(index, outDir, count > 1 ? ` (${index.folder}, ${i + 1} of ${count})` : '');
      if (i > 0) keepOnlyMergedFiles(join(outDir, index.folder));
      const done = recompressor.recompress(join(outDir, index.folder));
      done.catch(() => { /* awaited below, unless indexing fails first */ });
      recompressed.push(done);
    }
    for (const done of recompressed) saved += await done;
  } finally {
    await recompressor.close();
  }
  checkStartupFiles(outDir, indexes);
  tagSearchPage(outDir, indexes);
  kept?.keep(digest, output);
  logger?.info(`indexed ${records.length} pages for search${inIndexes}; metadata and wasm recompressed, ${(saved / 1024).toFixed(1)} KB smaller`);
  return { pages: records.length, reused: false };
}

/** The files the search page asks for before a query: Pagefind's script and wasm, and each index's entry file. */
function checkStartupFiles(outDir: string, indexes: readonly IndexOfPages[]): void {
  for (const file of Object.values(PAGEFIND_STARTUP)) {
    if (!existsSync(join(outDir, 'pagefind', file))) {
      throw new Error(`Pagefind did not write pagefind/${file}, which the search page preloads; update PAGEFIND_STARTUP in src/search/contract.ts to the files in dist/pagefind/.`);
    }
  }
  for (const { folder } of indexes) {
    const entry = join(folder, 'pagefind-entry.json');
    if (!existsSync(join(outDir, entry))) throw new Error(`Pagefind did not write ${entry}, which the search page opens; the search index is incomplete.`);
  }
}

/** The attribute of the search page's form that holds the index's tag, which the page gives Pagefind as `metaCacheTag`. */
export const META_CACHE_TAG = /data-meta-cache-tag="[^"]*"/;

/**
 * Writes into the search page the digest of every index's entry file, which the page gives
 * Pagefind as `metaCacheTag`: Pagefind then asks for `pagefind-entry.json?ts=<tag>`, an address
 * that changes exactly when the index does, instead of a new one on every visit.
 */
function tagSearchPage(outDir: string, indexes: readonly IndexOfPages[]): void {
  const hash = createHash('sha256');
  for (const { folder } of indexes) hash.update(`${folder}\n`).update(readFileSync(join(outDir, folder, 'pagefind-entry.json')));
  const tag = hash.digest('hex').slice(0, 16);
  const page = join(outDir, 'search', 'index.html');
  const html = readFileSync(page, 'utf8');
  if (!META_CACHE_TAG.test(html)) throw new Error(`${page} has no data-meta-cache-tag attribute for the search index's tag; src/pages/search.astro writes one on its form.`);
  writeFileSync(page, html.replace(META_CACHE_TAG, `data-meta-cache-tag="${tag}"`));
}

/** What the indexing process tells the build, one message at a time. */
export type IndexMessage =
  | { type: 'log'; message: string }
  | { type: 'done'; result: SearchIndexResult }
  | { type: 'error'; message: string };

/**
 * writeSearchIndex in a Node process of its own (search-index-process.ts), which ends with it.
 * Astro's process already holds every page it rendered; loading the model once more, with every
 * record and its HTML, added 0.7 GB to it at 1,000 plans, where it peaked at 2.2 GB.
 */
export function writeSearchIndexApart(outDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const { logger, cacheDir, force = false } = options;
  const script = fileURLToPath(new URL('./search-index-process.ts', import.meta.url));
  const child = fork(script, [outDir, cacheDir ?? '', force ? '--force' : ''], { execArgv: [], stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    let result: SearchIndexResult | undefined;
    let failure: string | undefined;
    child.on('message', (message: IndexMessage) => {
      if (message.type === 'log') logger?.info(message.message);
      else if (message.type === 'done') result = message.result;
      else failure = message.message;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (result && code === 0) resolve(result);
      else reject(new Error(failure ?? `the search index process (${script}) stopped with ${signal ?? `exit code ${code}`} before it finished:\n${stderr.trim() || '(it printed nothing)'}`));
    });
  });
}

/** The integration for astro.config.mjs. */
export function searchIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'zhengceku:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // Astro does not tell integrations about --force; it is on the command line.
        const { reused } = await writeSearchIndexApart(fileURLToPath(dir), { logger, cacheDir, force: process.argv.includes('--force') });
        logger.info(`search index ${reused ? 'reused' : 'written'} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

/**
 * Astro integration: once the site is built, index every search record with Pagefind's Node API
 * (the extended binary, which segments Chinese) into dist/pagefind/. Any Pagefind error, or a
 * record whose page was not built, fails the build. Everything is indexed as one language, `zh`,
 * so that Simplified and Traditional pages share one index; each page keeps its own `lang`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { loadModel } from '../lib/model.ts';
import { PAGEFIND_STARTUP } from '../search/contract.ts';
import { recordHtml } from '../search/record-html.ts';
import { searchRecords } from '../search/records.ts';

/**
 * Index chunks of about 1,000 word locations instead of Pagefind's 20,000. A query fetches the
 * chunk holding each of its words, so small chunks cut a first query's index download from
 * 25–140 KB to 4–15 KB, for a pagefind.*.pf_meta about 1.5 KB larger. Pagefind reads this from its
 * environment and calls it unstable; should it go away, the index is written with the default
 * chunks and search still works, only heavier.
 */
const INDEX_CHUNK_SIZE = '1000';

interface PagefindResponse {
  errors: string[];
}

function assertOk<T extends PagefindResponse>(response: T, what: string): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind failed while ${what}:\n${response.errors.join('\n')}\nThe search index was not written; fix the cause and run \`npm run build\` again.`);
  }
  return response;
}

/** Indexes the records of content/model.json into `<outDir>/pagefind/`; returns how many pages were indexed. */
export async function writeSearchIndex(outDir: string, logger?: AstroIntegrationLogger): Promise<number> {
  const records = searchRecords(loadModel());
  const missing = records.filter((r) => !existsSync(join(outDir, r.url, 'index.html')));
  if (missing.length > 0) {
    throw new Error(`search records point at pages that were not built: ${missing.map((r) => r.url).join(', ')}. Every record must open a page; check src/search/records.ts against src/pages/.`);
  }
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  try {
    const { index } = assertOk(await pagefind.createIndex({ forceLanguage: 'zh' }), 'creating the index');
    if (!index) throw new Error('Pagefind returned no index.');
    for (const record of records) {
      assertOk(await index.addHTMLFile({ url: record.url, content: recordHtml(record) }), `indexing ${record.url}`);
    }
    assertOk(await index.writeFiles({ outputPath: join(outDir, 'pagefind') }), 'writing dist/pagefind/');
    for (const file of Object.values(PAGEFIND_STARTUP)) {
      if (!existsSync(join(outDir, 'pagefind', file))) {
        throw new Error(`Pagefind did not write pagefind/${file}, which the search page preloads; update PAGEFIND_STARTUP in src/search/contract.ts to the files in dist/pagefind/.`);
      }
    }
    logger?.info(`indexed ${records.length} pages for search`);
    return records.length;
  } finally {
    await pagefind.close();
  }
}

/** The integration for astro.config.mjs. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'zhengceku:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        await writeSearchIndex(fileURLToPath(dir), logger);
        logger.info(`search index written in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

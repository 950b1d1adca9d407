/**
 * The search index in parts, as a large library is indexed (src/search/parts.ts): the real seeds
 * built beside the project's own with a limit per part small enough for three parts. Every record
 * is indexed once, in the part its URL names, and the search page, which merges the parts, answers
 * the query set as well as it does from one index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PolicyModel } from '../../src/pipeline/model.ts';
import { indexPartFolder } from '../../src/search/contract.ts';
import { MERGED_PART_FILES } from '../../src/integrations/search-index.ts';
import { splitIntoParts } from '../../src/search/parts.ts';
import { searchRecords } from '../../src/search/records.ts';
import { buildContent, buildSite, ROOT } from '../helpers/cli.ts';
import { mean, querySet, runQuerySet, scoreLines, type Scored } from '../helpers/search-quality.ts';
import { useSite } from '../helpers/site.ts';

const LIMIT = 20_000;
const content = buildContent(join(ROOT, 'seeds'));
const build = content.status === 0 ? buildSite(content.out, { env: { SEARCH_PART_CHARACTERS: String(LIMIT) } }) : undefined;
const dist = build?.out ?? '';
const model = JSON.parse(readFileSync(join(content.out, 'model.json'), 'utf8')) as PolicyModel;
const records = searchRecords(model);
const split = splitIntoParts(records, LIMIT);
const parts = split.length;
const partOfUrl = new Map(split.flatMap((part, i) => part.map((record) => [record.url, i] as const)));

const site = useSite(() => `${dist}/`);
const groups = querySet();
let scored: Scored[] = [];

beforeAll(async () => {
  if (build?.status !== 0) return;
  scored = await runQuerySet(site, groups);
  console.log(`search index in ${parts} parts:\n${scoreLines(groups, scored)}`);
}, 600_000);

describe('a search index in parts', () => {
  it('builds, in three parts', () => {
    expect(content.status, content.stderr).toBe(0);
    expect(build?.status, `${build?.stdout}${build?.stderr}`).toBe(0);
    expect(parts).toBe(3);
    expect(build?.stdout).toContain(`indexed ${records.length} pages for search in 3 parts`);
  });

  it('indexes every record once, in the part its URL names', () => {
    const counts = Array.from({ length: parts }, (_, part) => {
      const entry = JSON.parse(readFileSync(join(dist, indexPartFolder(part), 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    });
    const expected = split.map((part) => part.length);
    expect(counts).toEqual(expected);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(records.length);
    for (const count of counts) expect(count).toBeGreaterThan(0);
  });

  it('keeps in each merged part only the index the search page reads there, not Pagefind’s script, wasm and UI', () => {
    for (let part = 1; part < parts; part++) {
      const names = readdirSync(join(dist, indexPartFolder(part)));
      expect(names.filter((name) => !MERGED_PART_FILES.test(name))).toEqual([]);
      expect(names.filter((name) => name.endsWith('.pf_meta'))).toHaveLength(1);
      expect(names).toEqual(expect.arrayContaining(['pagefind-entry.json', 'index', 'fragment']));
    }
    expect(existsSync(join(dist, indexPartFolder(0), 'pagefind.js'))).toBe(true);
  });

  it('reuses every part when the records are unchanged', () => {
    const again = buildSite(content.out, { dist, env: { SEARCH_PART_CHARACTERS: String(LIMIT) } });
    expect(again.status, `${again.stdout}${again.stderr}`).toBe(0);
    expect(again.stdout).toContain(`the index of ${records.length} pages in 3 parts from the last build is reused`);
    for (let part = 0; part < parts; part++) expect(existsSync(join(dist, indexPartFolder(part), 'pagefind-entry.json'))).toBe(true);
  });

  it('tells the search page how many parts to merge', () => {
    expect(readFileSync(join(dist, 'search/index.html'), 'utf8')).toContain('data-index-parts="3"');
  });

  it('answers the query set from all parts: recall@5 at least 0.9, and every cross-script answer found', () => {
    expect(scored.length).toBeGreaterThanOrEqual(40);
    expect(mean(scored.map((s) => s.recall))).toBeGreaterThanOrEqual(0.9);
    expect(scored.filter((s) => s.group.crossScript && s.recall < 1).map((s) => s.q)).toEqual([]);
    const partsAnswering = new Set(scored.flatMap((s) => s.results.map((url) => partOfUrl.get(url))));
    expect([...partsAnswering].sort()).toEqual([0, 1, 2]);
  });
});

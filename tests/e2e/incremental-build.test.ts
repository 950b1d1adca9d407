/**
 * Incremental builds (experimental.incrementalBuild, keys from src/lib/page-keys.ts), on the real
 * seeds built beside the project's own: a second build of unchanged content renders no page with
 * a key again and reuses the search index; after one plan's text changes, the next build renders
 * again every page that can show it, keeps the other plans' text pages, indexes again, and writes
 * exactly what a clean build writes. `--force`, or a kept index changed in place, means indexing again.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/pipeline/catalog.ts';
import { buildContent, buildSite, ROOT, type RunResult } from '../helpers/cli.ts';
import { builtFiles } from '../helpers/site-files.ts';
import { scratchDir } from '../helpers/scratch.ts';

/** The plan text that the edit changes, and the words it adds. */
const EDITED = { slug: 'bozhou-draft', file: 'bozhou-draft.txt', before: '大健康等新技术领域', after: '大健康、低空经济等新技术领域', added: '低空经济' };
const EDITED_TASK = '/policies/bozhou-draft/2-3/';
const OTHER_PLANS = ['/policies/hangzhou-2023/', '/policies/hangzhou-2023/zh-hant/', '/policies/kunming-2022/', '/policies/wuhan-2018/'];

/** Pages the build rendered and pages it restored from its cache, from Astro's log. */
function pagesOf(build: RunResult): { rendered: string[]; cached: string[] } {
  const rendered: string[] = [];
  const cached: string[] = [];
  // Astro colours its log when it thinks a terminal or a CI service reads it.
  for (const line of build.stdout.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const page = /[├└]─ (\/\S*)/.exec(line)?.[1];
    if (!page) continue;
    const path = page.replace(/index\.html$/, '');
    (/\((cached|restored)\)/.test(line) ? cached : rendered).push(path);
  }
  return { rendered, cached };
}

/** Every file under `root`, by site path, with the digest of its bytes. */
function snapshot(root: string): Map<string, string> {
  return new Map(builtFiles(root).map((file) => [file, createHash('sha256').update(readFileSync(join(root, file))).digest('hex')]));
}

/** Every route without a dynamic segment: Astro renders these on every build, as they have no key. */
const UNKEYED = ['/', '/404.html', '/about/', '/about/repairs/', '/data/', '/departments/', '/indicators/', '/policies/', '/provinces/', '/robots.txt', '/search/', '/search/script-table.json', '/tasks/', '/topics/'];

// One seed folder, edited in place between builds, as a maintainer edits seeds/.
const seeds = scratchDir('seeds-incremental-');
cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
const content = buildContent(seeds);
const dist = scratchDir('dist-incremental-');
const cache = scratchDir('cache-incremental-');
const first = buildSite(content.out, { dist, cache });
const second = buildSite(content.out, { dist, cache });

const text = readFileSync(join(seeds, EDITED.file), 'utf8');
writeFileSync(join(seeds, EDITED.file), text.replace(EDITED.before, EDITED.after));
const catalog = JSON.parse(readFileSync(join(seeds, 'catalog.json'), 'utf8')) as { documents: { file: string; sha256: string }[] };
for (const entry of catalog.documents) if (entry.file === EDITED.file) entry.sha256 = sha256(readFileSync(join(seeds, EDITED.file)));
writeFileSync(join(seeds, 'catalog.json'), JSON.stringify(catalog, null, 2));
const editedContent = buildContent(seeds, content.out);
const third = buildSite(editedContent.out, { dist, cache });
const afterThird = snapshot(dist);
const clean = buildSite(editedContent.out, { force: true, cache: scratchDir('cache-clean-') });
// --force renders every page and indexes again; so does a build after the kept index was changed
// in place (through dist/, whose files are linked to the kept ones).
const forced = buildSite(editedContent.out, { dist, cache, force: true });
const entry = join(dist, 'pagefind', 'pagefind-entry.json');
writeFileSync(entry, `${readFileSync(entry, 'utf8')} `);
const tampered = buildSite(editedContent.out, { dist, cache });

describe('incremental builds', () => {
  it('build', () => {
    for (const run of [content, editedContent]) expect(run.status, run.stderr).toBe(0);
    for (const run of [first, second, third, clean, forced, tampered]) expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    expect(text).toContain(EDITED.before);
    expect(text).not.toContain(EDITED.added);
  });

  it('render every page the first time and, with nothing changed, none that has a key', () => {
    const all = pagesOf(first);
    expect(all.cached).toEqual([]);
    expect(all.rendered.length).toBeGreaterThan(250);
    const again = pagesOf(second);
    expect(again.rendered.sort()).toEqual([...UNKEYED].sort());
    expect(again.cached.length).toBe(all.rendered.length - UNKEYED.length);
  });

  it('render the changed plan and the pages that show other plans again, and keep the other plans’ text pages', () => {
    const { rendered, cached } = pagesOf(third);
    expect(rendered).toContain('/policies/bozhou-draft/');
    expect(rendered).toContain(EDITED_TASK);
    expect(rendered).toContain('/departments/bozhou-shi-ke-ji-ju/');
    for (const page of OTHER_PLANS) expect(cached).toContain(page);
  });

  it('reuse the search index while the search records are unchanged, and index again when they change', () => {
    const reused = /search records unchanged/;
    expect(first.stdout).not.toMatch(reused);
    expect(second.stdout).toMatch(reused);
    expect(third.stdout).not.toMatch(reused);
    expect(third.stdout).toMatch(/indexed \d+ pages for search/);
  });

  it('render and index everything with --force, and index again when the kept index was changed in place', () => {
    expect(pagesOf(forced).cached).toEqual([]);
    expect(forced.stdout).not.toMatch(/search records unchanged/);
    expect(tampered.stdout).not.toMatch(/search records unchanged/);
    expect(readFileSync(entry, 'utf8').endsWith(' ')).toBe(false);
  });

  it('write what a clean build of the changed seeds writes, file for file', () => {
    for (const page of ['/policies/bozhou-draft/', EDITED_TASK]) {
      expect(readFileSync(join(clean.out, page, 'index.html'), 'utf8')).toContain(EDITED.added);
    }
    const files = builtFiles(clean.out).sort();
    expect([...afterThird.keys()].sort()).toEqual(files);
    const differing = files.filter((file) => afterThird.get(file) !== createHash('sha256').update(readFileSync(join(clean.out, file))).digest('hex'));
    expect(differing).toEqual([]);
  });
});

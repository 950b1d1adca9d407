/**
 * Search by province, as a large library is searched (src/search/scopes.ts): the real seeds built
 * beside the project's own with an index limit low enough that each of their four provinces gets
 * an index of its own. A plan page's header box searches its province and says so, `province=all`
 * searches every province, a province chosen on the search page is remembered, and the query set,
 * each query scoped to the province of its answers, is answered as well as from one index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PolicyModel } from '../../src/pipeline/model.ts';
import { MERGED_INDEX_FILES } from '../../src/integrations/search-index.ts';
import { searchLayout } from '../../src/search/scopes.ts';
import { searchRecords } from '../../src/search/records.ts';
import { buildContent, buildSite, ROOT } from '../helpers/cli.ts';
import { mean, querySet, runQuerySet, scoreLines, type Scored } from '../helpers/search-quality.ts';
import { useSite } from '../helpers/site.ts';

const LIMIT = 100;
const content = buildContent(join(ROOT, 'seeds'));
const build = content.status === 0 ? buildSite(content.out, { env: { SEARCH_INDEX_RECORDS: String(LIMIT) } }) : undefined;
const dist = build?.out ?? '';
const model = JSON.parse(readFileSync(join(content.out, 'model.json'), 'utf8')) as PolicyModel;
const records = searchRecords(model);
const layout = searchLayout(records, LIMIT);
const provinceOfUrl = new Map(records.map((r) => [r.url, r.province]));

const site = useSite(() => `${dist}/`);
const DONE = '[data-search-results][data-state="done"]';
const links = (page: Page) => page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
/** The city of each result but the topics, which span provinces and are searched with each. */
const cities = (page: Page) => page.$$eval('[data-search-results] section:not([data-kind="topic"]) .result-where', (ps) => ps.map((p) => p.textContent?.split(' · ')[0]));
/** The index folders under /pagefind/ that the page asked for anything from. */
const foldersRequested = (page: Page) => page.evaluate(() => [...new Set(performance.getEntriesByType('resource')
  .map((e) => new URL(e.name).pathname).filter((path) => path.startsWith('/pagefind/'))
  .map((path) => /^\/pagefind\/([a-z]+(?:-\d+)?)\/(?:index|fragment|filter|pagefind)/.exec(path)?.[1] ?? ''))].sort());

const groups = querySet();
let scored: Scored[] = [];

beforeAll(async () => {
  if (build?.status !== 0) return;
  scored = await runQuerySet(site, groups, (url) => provinceOfUrl.get(url));
  console.log(`searched by province:\n${scoreLines(groups, scored)}`);
}, 600_000);

describe('a library searched by province', () => {
  it('builds an index per province, and one of the topics in pagefind/', () => {
    expect(content.status, content.stderr).toBe(0);
    expect(build?.status, `${build?.stdout}${build?.stderr}`).toBe(0);
    expect(build?.stdout).toContain(`indexed ${records.length} pages for search in 5 indexes (4 by province, and the topics)`);
    for (const { folder, records: mine } of layout.indexes) {
      const entry = JSON.parse(readFileSync(join(dist, folder, 'pagefind-entry.json'), 'utf8')) as { languages: { zh: { page_count: number } } };
      expect(entry.languages.zh.page_count, folder).toBe(mine.length);
    }
    for (const { folder } of layout.indexes.slice(1)) expect(readdirSync(join(dist, folder)).filter((name) => !MERGED_INDEX_FILES.test(name))).toEqual([]);
  });

  it('searches the page’s province from a plan page’s header box, and says so', async () => {
    const { page, errors } = await site.open('/policies/wuhan-2018/');
    const scope = page.locator('.site-search .search-scope');
    expect(await scope.innerText()).toMatch(/在湖北省内搜索\s*·\s*搜索全部省份/);
    expect(await page.getByRole('radio', { name: '在湖北省内搜索' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: '搜索全部省份' }).isChecked()).toBe(false);
    await page.locator('#site-q').fill('专利导航');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?/);
    await page.waitForSelector(DONE, { state: 'attached' });
    expect(new URL(page.url()).searchParams.get('province')).toBe('湖北');
    expect(await page.inputValue('select[name="province"]')).toBe('湖北');
    expect(await links(page)).toContain('/policies/wuhan-2018/3-1-1/');
    expect(new Set(await cities(page))).toEqual(new Set(['武汉']));
    expect(await foldersRequested(page)).toEqual(['', 'hubei']);
    expect(await page.locator('#search-status').innerText()).toContain('（筛选：湖北省）');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('searches every province with province=all, merging every index', async () => {
    const { page, errors } = await site.open('/search/?q=市科技局&province=all');
    await page.waitForSelector(DONE, { state: 'attached' });
    expect((await links(page)).slice(0, 3).sort()).toEqual(['/departments/bozhou-shi-ke-ji-ju/', '/departments/kunming-shi-ke-ji-ju/', '/departments/wuhan-shi-ke-ji-ju/']);
    expect(await foldersRequested(page)).toEqual(['', 'anhui', 'hubei', 'yunnan', 'zhejiang']);
    expect(await page.locator('[data-scope-note]').innerText()).toContain('更慢');
    expect(await page.locator('#search-status').innerText()).toContain('全部省份');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fetches the cities of the provinces searched for the city filter, and applies a city from the address', async () => {
    const scopesJson = /<script[^>]*id="search-scopes"[^>]*>(.*?)<\/script>/s.exec(readFileSync(join(dist, 'search', 'index.html'), 'utf8'))?.[1] ?? '';
    expect(scopesJson).toContain('search/cities/hubei.json');
    expect(scopesJson).not.toContain('武汉');
    const { page, errors } = await site.open('/search/?q=市科技局&province=all&city=武汉');
    await page.waitForSelector(DONE, { state: 'attached' });
    expect(await page.inputValue('select[name="city"]')).toBe('武汉');
    expect(await page.$$eval('select[name="city"] optgroup', (gs) => gs.map((g) => `${g.getAttribute('label')}:${[...g.querySelectorAll('option')].map((o) => o.value).join()}`)))
      .toEqual(['安徽:亳州', '湖北:武汉', '云南:昆明', '浙江:杭州']);
    expect(new Set(await cities(page))).toEqual(new Set(['武汉']));
    expect(await links(page)).toContain('/departments/wuhan-shi-ke-ji-ju/');
    const cityFiles = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((path) => path.startsWith('/search/cities/')).sort());
    expect(cityFiles).toEqual(['/search/cities/anhui.json', '/search/cities/hubei.json', '/search/cities/yunnan.json', '/search/cities/zhejiang.json']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('asks for a province first, and remembers the one chosen', async () => {
    const { page, errors } = await site.open('/search/?q=专利导航');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent !== '');
    expect(await page.locator('#search-status').innerText()).toBe('请先选择要搜索的省份。');
    expect(await links(page)).toEqual([]);
    await page.selectOption('select[name="province"]', '云南');
    await page.waitForURL((url) => url.searchParams.get('province') === '云南');
    await page.waitForSelector(DONE, { state: 'attached' });
    expect(new Set(await cities(page))).toEqual(new Set(['昆明']));
    await page.goto(site.url('/search/?q=质押融资'));
    await page.waitForSelector(DONE, { state: 'attached' });
    expect(await page.inputValue('select[name="province"]')).toBe('云南');
    expect(new URL(page.url()).searchParams.get('province')).toBe('云南');
    expect(await page.$$eval('select[name="city"] option', (os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['', '昆明']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no serious or critical axe violation on a scoped plan page and search page', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const path of ['/policies/wuhan-2018/', '/departments/wuhan-shi-ke-ji-ju/', '/search/?q=专利导航&province=all']) {
      const { page } = await site.open(path, { bypassCSP: true });
      if (path.startsWith('/search/')) await page.waitForSelector(DONE, { state: 'attached' });
      await page.evaluate(axeSource);
      const result = await page.evaluate('axe.run(document, { resultTypes: ["violations"] })') as { violations: { id: string; impact: string }[] };
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), path).toEqual([]);
      await page.context().close();
    }
  });

  it('answers the query set, each query in the province of its answers: recall@5 at least 0.9', () => {
    expect(scored.length).toBeGreaterThanOrEqual(40);
    expect(mean(scored.map((s) => s.recall))).toBeGreaterThanOrEqual(0.9);
    expect(scored.filter((s) => s.group.crossScript && s.recall < 1).map((s) => s.q)).toEqual([]);
  });
});

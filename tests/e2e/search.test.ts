/**
 * The search page as a reader uses it, in Chromium on a phone-sized screen: the header box, a
 * shared address, typing, filters, what a result shows, nothing found, and what it costs other pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const DONE = '[data-search-results][data-state="done"]';
const links = (page: Page) => page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href')));

describe('the search box in the header', () => {
  it('is focused by /, and opens the search page with the query and its results', async () => {
    const { page, errors } = await site.open('/policies/wuhan-2018/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-q');
    await page.keyboard.type('专利导航');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector(DONE, { state: 'attached' });
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=专利导航');
    expect(await links(page)).toContain('/policies/wuhan-2018/3-1-1/');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads nothing of search on other pages', async () => {
    const { page } = await site.open('/policies/bozhou-draft/');
    await page.waitForLoadState('networkidle');
    const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(requested.filter((url) => /pagefind|search/.test(url))).toEqual([]);
    await page.context().close();
  });
});

describe('the four seeds, a small library', () => {
  it('are searched whole from every page: no scope on the header box, no province to choose, one index', async () => {
    const { page, errors } = await site.open('/policies/wuhan-2018/');
    expect(await page.locator('.site-search .search-scope').count()).toBe(0);
    expect(await page.locator('.site-search input[name="province"]').count()).toBe(0);
    await page.goto(site.url('/search/?q=市科技局'));
    await page.waitForSelector(DONE, { state: 'attached' });
    expect(await page.locator('select[name="province"]').count()).toBe(0);
    expect((await links(page)).slice(0, 3).sort()).toEqual(['/departments/bozhou-shi-ke-ji-ju/', '/departments/kunming-shi-ke-ji-ju/', '/departments/wuhan-shi-ke-ji-ju/']);
    const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name)).filter((u) => u.pathname.startsWith('/pagefind/')));
    expect(requested.every((u) => /^\/pagefind\/(index|fragment|filter)?\/?[^/]*$/.test(u.pathname))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ask for the index’s entry file by the tag the build wrote, so that a host may cache it', async () => {
    const { page } = await site.open('/search/?q=专利导航');
    await page.waitForSelector(DONE, { state: 'attached' });
    const tag = await page.getAttribute('#search-form', 'data-meta-cache-tag');
    expect(tag).toMatch(/^[0-9a-f]{16}$/);
    const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name)).filter((u) => u.pathname.endsWith('/pagefind-entry.json')).map((u) => u.search));
    expect(entries).toEqual([`?ts=${tag}`]);
    await page.context().close();
  });
});

describe('a shared search address', () => {
  it('runs its query on load and groups the results by kind, tasks first when no other kind names the query', async () => {
    const { page, errors } = await site.open('/search/?q=技术调查官');
    await page.waitForSelector(DONE, { state: 'attached' });
    expect(await page.inputValue('#search-q')).toBe('技术调查官');
    expect(await page.$$eval('[data-search-results] section', (s) => s.map((g) => g.getAttribute('data-kind')))).toEqual(['task']);
    expect(await page.locator('#search-status').innerText()).toBe('“技术调查官”：找到 4 项。');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('puts the departments first when a unit’s name is typed, then the tasks that name it', async () => {
    const { page } = await site.open('/search/?q=市科技局');
    await page.waitForSelector(DONE, { state: 'attached' });
    const kinds = await page.$$eval('[data-search-results] section', (s) => s.map((g) => g.getAttribute('data-kind')));
    expect(kinds.slice(0, 2)).toEqual(['department', 'task']);
    expect((await links(page)).slice(0, 3).sort()).toEqual(['/departments/bozhou-shi-ke-ji-ju/', '/departments/kunming-shi-ke-ji-ju/', '/departments/wuhan-shi-ke-ji-ju/']);
    await page.context().close();
  });
});

describe('a theme typed', () => {
  it('brings the tasks that carry it out first, before the indicators named after it', async () => {
    const { page } = await site.open('/search/?q=知识产权质押融资');
    await page.waitForSelector(DONE, { state: 'attached' });
    const kinds = await page.$$eval('[data-search-results] section', (s) => s.map((g) => g.getAttribute('data-kind')));
    expect(kinds[0]).toBe('task');
    expect(kinds).toContain('indicator');
    expect((await links(page)).slice(0, 3).every((href) => /^\/policies\/[^/]+\/[^/]+\/$/.test(href ?? ''))).toBe(true);
    await page.context().close();
  });
});

describe('a result', () => {
  it('shows its city, path and plan, its owners with the lead marked, and an excerpt with the match marked', async () => {
    const { page } = await site.open('/search/?q=知识产权白皮书');
    await page.waitForSelector(DONE, { state: 'attached' });
    const first = page.locator('[data-search-results] li').first();
    expect(await first.locator('a').innerText()).toBe('深入开展知识产权宣传教育');
    expect(await first.locator('.result-where').innerText()).toBe('武汉 · 三、(四)4. · 《武汉市知识产权运营服务体系建设实施方案(2018—2020年)》');
    expect(await first.locator('.result-owners strong').first().innerText()).toBe('负责');
    expect(await first.locator('.result-excerpt mark').innerText()).toBe('知识产权白皮书');
    await page.context().close();
  });

  it('quotes a Traditional transcription of a Simplified plan in Simplified, whatever the query’s script', async () => {
    const { page } = await site.open('/search/?q=專利執行險');
    await page.waitForSelector(DONE, { state: 'attached' });
    const first = page.locator('[data-search-results] li').first();
    expect(await first.locator('a').getAttribute('lang')).toBe('zh-Hans');
    expect(await first.locator('.result-excerpt').getAttribute('lang')).toBe('zh-Hans');
    expect(await first.locator('.result-excerpt mark').innerText()).toBe('专利执行险');
    expect(await first.locator('.result-owners').innerText()).toBe('全篇牵头：市市场监管局');
    await page.context().close();
  });
});

describe('typing and filtering', () => {
  it('searches as you type and keeps the query in the address', async () => {
    const { page } = await site.open('/search/');
    expect(await page.getAttribute('[data-search-results]', 'data-state')).toBe('idle');
    await page.locator('#search-q').pressSequentially('质押融资', { delay: 30 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '质押融资' && document.querySelector('[data-search-results]')?.getAttribute('data-state') === 'done');
    expect((await links(page))[0]).toBe('/topics/pledge-financing/');
    await page.context().close();
  });

  it('filters by city and kind, from the address and from the form, and keeps both in the address', async () => {
    const { page } = await site.open('/search/?q=市市场监管局&city=昆明');
    await page.waitForSelector(DONE, { state: 'attached' });
    expect(await page.inputValue('select[name="city"]')).toBe('昆明');
    const cities = await page.$$eval('[data-search-results] .result-where', (ps) => ps.map((p) => p.textContent?.split(' · ')[0]));
    expect(new Set(cities)).toEqual(new Set(['昆明']));
    await page.selectOption('select[name="kind"]', 'department');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'department');
    await page.waitForSelector(DONE, { state: 'attached' });
    expect(await links(page)).toEqual(['/departments/kunming-shi-shi-chang-jian-guan-ju/', '/departments/kunming-shi-zhi-shi-chan-quan-zhan-lve-shi-shi-gong-zuo-lian-xi-hui-yi-ban-gong-shi/']);
    expect(await page.locator('#search-status').innerText()).toContain('（筛选：昆明、部门）');
    await page.context().close();
  });

  it('shows more results on request and moves focus to the first of them', async () => {
    const { page } = await site.open('/search/?q=知识产权局');
    await page.waitForSelector(DONE, { state: 'attached' });
    const before = (await links(page)).length;
    await page.getByRole('button', { name: '显示更多结果' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] a').length > n && document.querySelector('[data-search-results]')?.getAttribute('data-state') === 'done', before);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)).toBe(true);
    await page.context().close();
  });
});

describe('nothing found', () => {
  it('says so, and suggests removing a word and browsing the indexes', async () => {
    const { page } = await site.open('/search/?q=xyzzy');
    await page.waitForSelector(DONE, { state: 'attached' });
    expect(await links(page)).toEqual([]);
    expect(await page.locator('#search-status').innerText()).toBe('没有找到与“xyzzy”相符的结果。');
    const help = page.locator('#search-empty');
    expect(await help.isVisible()).toBe(true);
    expect(await help.innerText()).toContain('去掉一个词');
    expect(await help.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/tasks/', '/departments/', '/indicators/', '/topics/']);
    await page.context().close();
  });

  it('says so when no result holds every word typed, instead of passing off partial matches', async () => {
    // 专利 is in many records, 量子纠缠 in none.
    const { page } = await site.open(`/search/?q=${encodeURIComponent('专利 量子纠缠')}`);
    await page.waitForSelector(DONE, { state: 'attached' });
    expect(await page.locator('#search-status').innerText()).toMatch(/^没有同时包含“专利 量子纠缠”全部字词的结果/);
    expect(await page.locator('#search-empty').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('says search needs it, and links the browse pages and every province’s page', async () => {
    const { page } = await site.open('/search/', { javaScriptEnabled: false });
    const note = page.locator('main p', { hasText: '搜索需要浏览器启用 JavaScript' });
    const hrefs = await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/tasks/', '/departments/', '/indicators/', '/topics/', '/provinces/anhui/', '/provinces/hubei/', '/provinces/yunnan/', '/provinces/zhejiang/']);
    await page.context().close();
  });
});

describe('on a phone', () => {
  it('fits the screen without sideways scrolling, and announces the count in a live region', async () => {
    const { page } = await site.open('/search/?q=每万人口高价值发明专利拥有量');
    await page.waitForSelector(DONE, { state: 'attached' });
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.innerText()).toMatch(/找到 \d+ 项/);
    await page.context().close();
  });

  it('has no serious or critical axe violation with results on screen', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await site.open('/search/?q=专利导航', { colorScheme, bypassCSP: true });
      await page.waitForSelector(DONE, { state: 'attached' });
      await page.evaluate(axeSource);
      const result = await page.evaluate('axe.run(document, { resultTypes: ["violations"] })') as { violations: { id: string; impact: string }[] };
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      await page.context().close();
    }
  });
});

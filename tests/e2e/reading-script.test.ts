/**
 * The script people read: 杭州's plan was published in Simplified and is kept here as a
 * Traditional transcription, so the site reads it in Simplified wherever it names it — cards,
 * lists, /tasks/, search results, its plan and task pages with their sidebar, metadata and owner
 * names — with the transcription one click away, marked as the source text. Published URLs keep
 * working: the old Simplified view's address leads to the plan's own, and anchors land. A plan
 * published in Traditional (the same seed, declared so, in a one-plan library) reads as received,
 * with a machine-converted Simplified view beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildContent, buildSite, ROOT, writeSeedFolder } from '../helpers/cli.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const PLAN = '/policies/hangzhou-2023/';
const TITLE = '杭州市国家知识产权强市建设示范城市创建工作方案';
const TRANSCRIBED = '杭州市國家知識產權強市建設示范城市創建工作方案';

/** Characters of the Traditional transcription that Simplified writes otherwise, in the visible text outside `scope`. */
async function traditionalOutside(page: Page, scope?: string): Promise<string[]> {
  const text = await page.evaluate((skip) => {
    const root = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    if (skip) for (const el of root.querySelectorAll(skip)) el.remove();
    return root.textContent ?? '';
  }, scope);
  return [...new Set(text.match(/[國產權區縣監與務實項見機關會責負貫級協開發動體現進術標籤專區號條紀規們這點變]/g) ?? [])];
}

describe('a plan published in Simplified, kept as a Traditional transcription', () => {
  it('reads in Simplified at its own address: title, text, table of contents and metadata', async () => {
    const { page } = await site.open(PLAN, { javaScriptEnabled: false });
    expect(await page.locator('h1').innerText()).toBe(TITLE);
    expect(await page.locator('h1').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('article.plan-text').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('article.plan-text').innerText()).toContain('知识产权');
    expect(await page.locator('.toc ol').first().getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('.meta dl').first().innerText()).toContain('杭州市人民政府办公厅');
    // Everything but the repair notes (which quote the transcription's faults) and the link to it reads in Simplified.
    expect(await traditionalOutside(page, '.script-switch, del, [data-annotation], .notes')).toEqual([]);
    await page.context().close();
  });

  it('keeps the transcription one click away, marked as the source text, and back', async () => {
    const { page } = await site.open(PLAN, { javaScriptEnabled: false });
    const toSource = page.locator('.script-switch a');
    expect(await page.locator('.script-switch').innerText()).toContain('来源文本');
    await toSource.click();
    await page.waitForURL(`**${PLAN}zh-hant/`);
    expect(await page.locator('h1').innerText()).toBe(TRANSCRIBED);
    expect(await page.locator('article.plan-text').getAttribute('lang')).toBe('zh-Hant');
    expect(await page.locator('.script-switch').innerText()).toMatch(/繁體轉寫本.*本站来源文本/);
    await page.locator('.script-switch a').click();
    await page.waitForURL(`**${PLAN}`);
    expect(await page.locator('h1').innerText()).toBe(TITLE);
    await page.context().close();
  });

  it('keeps published addresses working: the old Simplified view leads to the plan, and an anchor lands on its task', async () => {
    const { page } = await site.open(`${PLAN}zh-hans/`, { javaScriptEnabled: false });
    await page.waitForURL(`**${PLAN}`);
    expect(await page.locator('h1').innerText()).toBe(TITLE);
    await page.goto(site.url(`${PLAN}#2-1-1`));
    const target = page.locator('[id="2-1-1"]');
    expect(await target.locator('h2, h3, h4').first().innerText()).toContain('加强高质量创造政策引导');
    await page.context().close();
  });

  it('gives every task a Simplified page, owners and deadline converted, the transcription in a details element', async () => {
    const { page } = await site.open(`${PLAN}2-1-1/`, { javaScriptEnabled: false });
    expect(await page.locator('h1').innerText()).toBe('二、（一）1.加强高质量创造政策引导');
    expect(await page.locator('h1').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('article.plan-text').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('.lede').innerText()).toContain(`《${TITLE}》`);
    const other = page.locator('details.other-script');
    expect(await other.locator('summary').innerText()).toContain('来源文本');
    expect(await other.locator('.plan-text').getAttribute('lang')).toBe('zh-Hant');
    expect(await other.locator('.plan-text h2').textContent()).toContain('加強高質量創');
    expect(await other.locator('a[hreflang="zh-Hant"]').getAttribute('href')).toBe(`${PLAN}zh-hant/#2-1-1`);
    expect(await traditionalOutside(page, 'details.other-script, details.source-place')).toEqual([]);
    await page.context().close();
  });

  it.each(['/', '/policies/', '/tasks/', '/cities/hangzhou/', '/provinces/zhejiang/', '/indicators/', '/topics/pledge-financing/', '/departments/hangzhou-shi-shi-chang-jian-guan-ju/'])(
    'is named in Simplified on %s, with nothing marked Traditional',
    async (path) => {
      const { page } = await site.open(path, { javaScriptEnabled: false });
      // A department page lists its names as the sources write them (原文写法), the transcription's among them.
      const asWritten = 'dd:has(> span[lang])';
      expect(await page.evaluate((skip) => [...document.querySelectorAll('main [lang="zh-Hant"]')].filter((e) => !e.closest(skip)).length, asWritten)).toBe(0);
      expect(await traditionalOutside(page, asWritten)).toEqual([]);
      await page.context().close();
    },
  );

  it('lists its tasks on /tasks/ in Simplified, owners too', async () => {
    const { page } = await site.open('/tasks/?plan=hangzhou-2023', { javaScriptEnabled: false });
    const row = page.locator('#task-table tr[data-plan="hangzhou-2023"]').first();
    expect(await row.locator('td').nth(2).innerText()).toBe('加强高质量创造政策引导');
    expect(await row.locator('td').nth(2).getAttribute('lang')).toBe('zh-Hans');
    await page.context().close();
  });

  it.each([['a Simplified query', '高质量创造政策'], ['a Traditional query', '高質量創造政策']])('is found in Simplified by %s, title, place and excerpt', async (_, query) => {
    const { page } = await site.open(`/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
    const first = page.locator('[data-search-results] li').first();
    expect(await first.locator('a').getAttribute('href')).toBe(`${PLAN}2-1-1/`);
    expect(await first.locator('a').innerText()).toBe('加强高质量创造政策引导');
    expect(await first.locator('.result-where').innerText()).toContain(`《${TITLE}》`);
    expect(await first.locator('.result-excerpt').getAttribute('lang')).toBe('zh-Hans');
    expect((await first.locator('.result-excerpt mark').allInnerTexts()).join('')).toMatch(/^[高质量创造政策]+$/);
    expect(await first.innerText()).not.toMatch(/[國產權區縣監與務實項見機關會責負貫級協開發動體現進術標專號條規們這點變]/);
    await page.context().close();
  });
});

describe('a plan published in Traditional', () => {
  const entry = JSON.parse(readFileSync(join(ROOT, 'seeds/catalog.json'), 'utf8')).documents.find((d: { slug: string }) => d.slug === 'hangzhou-2023');
  const seeds = writeSeedFolder({
    files: { 'hangzhou-2023.txt': readFileSync(join(ROOT, 'seeds/hangzhou-2023.txt')) },
    catalog: [{ ...entry, sha256: undefined, publishedScript: 'zh-Hant' }],
  });
  const content = buildContent(seeds);
  const build = content.status === 0 ? buildSite(content.out) : undefined;
  const library = useSite(() => `${build?.out ?? ''}/`);

  it('builds, with no page at the Traditional address a Simplified plan would have', () => {
    expect(content.status, content.stderr).toBe(0);
    expect(build?.status, `${build?.stdout}${build?.stderr}`).toBe(0);
    expect(() => readFileSync(join(build!.out, 'policies/hangzhou-2023/zh-hant/index.html'))).toThrow();
  });

  it('reads as received, and leads to a Simplified view labelled as a machine conversion, with the same anchors, and back', async () => {
    const { page } = await library.open(PLAN);
    expect(await page.locator('h1').innerText()).toBe(TRANSCRIBED);
    expect(await page.locator('[id="2-2-8"] h4').innerText()).toContain('加強知識產權金融服務供給');
    await page.getByRole('link', { name: '简体（机器转换）' }).click();
    await page.waitForURL(`**${PLAN}zh-hans/`);
    expect(await page.locator('article.plan-text').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('.script-switch').innerText()).toContain('机器转换');
    expect(await page.locator('[id="2-2-8"] h4').innerText()).toContain('加强知识产权金融服务供给');
    await page.getByRole('link', { name: '繁體原文' }).click();
    await page.waitForURL(new RegExp(`${PLAN}$`));
    await page.context().close();
  });

  it('names it in Traditional in lists, and gives each task a Simplified copy one click away', async () => {
    const { page } = await library.open('/tasks/', { javaScriptEnabled: false });
    const cell = page.locator('tr[data-plan="hangzhou-2023"] td[lang="zh-Hant"]').first();
    expect(await cell.innerText()).toBe('加強高質量創造政策引導');
    await page.goto(library.url(`${PLAN}2-1-1/`));
    expect(await page.locator('h1').getAttribute('lang')).toBe('zh-Hant');
    const other = page.locator('details.other-script');
    expect(await other.locator('summary').innerText()).toContain('机器转换');
    expect(await other.locator('.plan-text').getAttribute('lang')).toBe('zh-Hans');
    await page.context().close();
  });
});

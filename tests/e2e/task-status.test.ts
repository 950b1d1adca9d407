/**
 * What a task is worth, as a reader sees it: every task page and every row of the task table says
 * its plan's status, a draft is never cited as adopted, and the plan's front matter says where the
 * official original lives, with the seed file and source line numbers kept for staff. The seeds
 * run from the project's dist/; the official original's link, which no seed's catalog entry knows,
 * from a one-plan library built beside it with a `sourceUrl`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, buildSite, ROOT, writeSeedFolder } from '../helpers/cli.ts';
import { useSite } from '../helpers/site.ts';
import { absoluteUrl } from '../../src/lib/site-url.ts';

const site = useSite();

describe('a task page', () => {
  it.each([
    ['/policies/kunming-2022/2-3/', '已到期（按标题所列期限2022—2025年推算）', 'expired'],
    ['/policies/wuhan-2018/3-1-1/', '已到期（按标题所列期限2018—2020年推算）', 'expired'],
    ['/policies/hangzhou-2023/2-2-8/', '已到期（2025年6月30日）', 'expired'],
    ['/policies/bozhou-draft/2-5/', '征求意见稿', 'draft'],
  ])('%s says its plan’s status, and what it rests on: %s', async (path, status, key) => {
    const { page } = await site.open(path, { javaScriptEnabled: false });
    expect(await page.locator('.plan-status').innerText()).toBe(`方案状态：${status}`);
    expect(await page.locator(`.plan-status .badge.${key}`).count()).toBe(1);
    await page.context().close();
  });

  it('marks a stated end date up as a date', async () => {
    const { page } = await site.open('/policies/hangzhou-2023/2-2-8/', { javaScriptEnabled: false });
    expect(await page.locator('.plan-status time').getAttribute('datetime')).toBe('2025-06-30');
    await page.context().close();
  });

  it('keeps the source line number out of the reading text, in a details element for staff', async () => {
    const { page } = await site.open('/policies/kunming-2022/2-3/', { javaScriptEnabled: false });
    expect(await page.locator('.lede').innerText()).not.toMatch(/第\s*\d+\s*行/);
    const place = page.locator('details.source-place');
    expect(await place.locator('p').isVisible()).toBe(false);
    await place.locator('summary').click();
    expect(await place.locator('p').innerText()).toBe('来源文件 003_f819ad9b31b3e7a6.txt，第 43 行');
    await page.context().close();
  });
});

describe('a draft', () => {
  it('is cited with （征求意见稿） in the 公文 citation, the reference and the printed line', async () => {
    const { page } = await site.open('/policies/bozhou-draft/2-5/', { javaScriptEnabled: false });
    expect(await page.locator('#cite-official').innerText()).toBe('《亳州市知识产权强市建设实施方案（征求意见稿）》二、（五）');
    expect(await page.locator('#cite-reference').innerText()).toContain('亳州市知识产权强市建设实施方案（征求意见稿）[A/OL]');
    expect(await page.locator('.print-only').textContent()).toContain('（征求意见稿）》二、（五）');
    await page.context().close();
  });

  it('carries （征求意见稿） on the link a reader copies; an adopted plan’s link is the address alone', async () => {
    const { page } = await site.open('/policies/bozhou-draft/2-5/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.getByRole('button', { name: '复制链接' }).click();
    expect(await clipboard()).toBe(`${absoluteUrl('/policies/bozhou-draft/2-5/')} （征求意见稿）`);
    await page.getByRole('button', { name: '复制公文引用' }).click();
    expect(await clipboard()).toBe('《亳州市知识产权强市建设实施方案（征求意见稿）》二、（五）');
    await page.goto(site.url('/policies/kunming-2022/2-7/'));
    await page.getByRole('button', { name: '复制链接' }).click();
    expect(await clipboard()).toBe(absoluteUrl('/policies/kunming-2022/2-7/'));
    await page.context().close();
  });
});

describe('the task table', () => {
  it('shows each row’s plan status: the draft’s rows as 征求意见稿, the others as 已到期', async () => {
    const { page } = await site.open('/tasks/', { javaScriptEnabled: false });
    const statusOf = (plan: string) => page.locator(`#task-table tbody tr[data-plan="${plan}"] td:first-child .badge`).allInnerTexts();
    expect(new Set(await statusOf('bozhou-draft'))).toEqual(new Set(['征求意见稿']));
    expect(await statusOf('bozhou-draft')).toHaveLength(22);
    for (const plan of ['hangzhou-2023', 'kunming-2022', 'wuhan-2018']) expect(new Set(await statusOf(plan))).toEqual(new Set(['已到期']));
    await page.context().close();
  });
});

describe('a plan’s front matter', () => {
  it('shows 文号, issuer, date and where the copy came from, and keeps the seed file for staff', async () => {
    const { page } = await site.open('/policies/kunming-2022/', { javaScriptEnabled: false });
    const facts = page.locator('section.meta > dl');
    const fact = (term: string) => facts.locator(`dt:text-is("${term}") + dd`).innerText();
    expect(await fact('文号')).toBe('未载明');
    expect(await fact('发文机关')).toBe('昆明市人民政府办公室');
    expect(await fact('发文日期')).toBe('2022年9月29日');
    expect(await fact('原文出处')).toBe('录自昆明市人民政府办公室发布的网页；原文网址未载明');
    expect(await facts.innerText()).not.toContain('.txt');
    expect(await page.getByText('003_f819ad9b31b3e7a6.txt').isVisible()).toBe(false);
    await page.context().close();
  });

  it('says 未载明 where nothing is known of the original', async () => {
    const { page } = await site.open('/policies/bozhou-draft/', { javaScriptEnabled: false });
    expect(await page.locator('section.meta > dl dt:text-is("原文出处") + dd').innerText()).toBe('未载明');
    await page.context().close();
  });
});

describe('a plan whose catalog entry gives sourceUrl', () => {
  const entry = JSON.parse(readFileSync(join(ROOT, 'seeds/catalog.json'), 'utf8')).documents.find((d: { slug: string }) => d.slug === 'kunming-2022');
  const sourceUrl = 'https://www.example.org/zwgk/kunming-2022.html';
  const seeds = writeSeedFolder({
    files: { 'kunming-2022.txt': readFileSync(join(ROOT, 'seeds/kunming-2022.txt')) },
    catalog: [{ ...entry, sha256: undefined, sourceUrl }],
  });
  const content = buildContent(seeds);
  const build = content.status === 0 ? buildSite(content.out) : undefined;
  const library = useSite(() => `${build?.out ?? ''}/`);

  it('builds', () => {
    expect(content.status, content.stderr).toBe(0);
    expect(build?.status, `${build?.stdout}${build?.stderr}`).toBe(0);
  });

  it('links the official original from the front matter, and lists it in the open data', async () => {
    const { page } = await library.open('/policies/kunming-2022/', { javaScriptEnabled: false });
    const link = page.locator('section.meta > dl dt:text-is("原文出处") + dd a');
    expect(await link.getAttribute('href')).toBe(sourceUrl);
    expect(await link.innerText()).toBe('www.example.org上的原文');
    await page.context().close();
    const documents = JSON.parse(readFileSync(join(build!.out, 'data/documents.json'), 'utf8')) as { slug: string; sourceUrl: string | null }[];
    expect(documents.map((d) => d.sourceUrl)).toEqual([sourceUrl]);
  });
});

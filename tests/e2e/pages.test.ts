/** Every page type in Chromium on a phone-sized screen: it opens, says where it is, and reads without JavaScript. */
import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/pipeline/model.ts';
import { seedModel } from '../helpers/seeds.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

const PAGE_TYPES: [string, string, string][] = [
  ['home', '/', '政策库：城市知识产权强市建设方案'],
  ['plans', '/policies/', '方案'],
  ['plan', '/policies/kunming-2022/', '昆明市国家知识产权强市建设示范城市工作方案(2022—2025年)'],
  ['plan, read in Simplified', '/policies/hangzhou-2023/', '杭州市国家知识产权强市建设示范城市创建工作方案'],
  ['plan, its Traditional transcription', '/policies/hangzhou-2023/zh-hant/', '杭州市國家知識產權強市建設示范城市創建工作方案'],
  ['task', '/policies/wuhan-2018/3-1-1/', '三、(一)1.实施专利导航工程'],
  ['tasks', '/tasks/', '任务一览'],
  ['departments', '/departments/', '部门'],
  ['department', '/departments/bozhou-shi-shi-chang-jian-guan-ju/', '亳州市市场监管局'],
  ['indicators', '/indicators/', '指标'],
  ['indicator', '/indicators/bozhou-draft/1-2-table1-r6/', '知识产权民事一审案件服判息诉率'],
  ['topics', '/topics/', '专题'],
  ['topic', '/topics/geographical-indications/', '专题：地理标志'],
  ['open data', '/data/', '开放数据'],
  ['repairs', '/about/repairs/', '修复记录'],
  ['about', '/about/', '关于本站'],
  ['search', '/search/', '搜索'],
  ['city', '/cities/bozhou/', '亳州（安徽）'],
  ['provinces', '/provinces/', '省份'],
  ['province', '/provinces/anhui/', '安徽'],
  ['units with a function', '/departments/functions/market-regulation/', '职能：市场监管'],
  ['a plan’s repairs', '/about/repairs/hangzhou-2023/', '修复记录：杭州市国家知识产权强市建设示范城市创建工作方案'],
  ['a plan’s indicators', '/indicators/kunming-2022/', '指标：昆明市国家知识产权强市建设示范城市工作方案(2022—2025年)'],
  ['a comparison', '/indicators/measures/high-value-patents-per-10k/', '对比：每万人口高价值发明专利拥有量'],
];

describe('every page type', () => {
  it.each(PAGE_TYPES)('%s (%s) opens with its heading, in Chinese, without errors', async (_, path, heading) => {
    const { page, errors } = await site.open(path);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect((await page.locator('h1').innerText()).trim()).toBe(heading);
    expect(await page.locator('main#main').count()).toBe(1);
    expect(await page.title()).toMatch(/ · 政策库$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('answers an unknown address with the 404 page', async () => {
    const { page } = await site.open('/policies/no-such-plan/');
    expect(await page.locator('h1').innerText()).toBe('未找到这个页面');
    await page.context().close();
  });
});

describe('Traditional text', () => {
  it('is marked zh-Hant wherever it is shown', async () => {
    const { page } = await site.open('/policies/hangzhou-2023/zh-hant/');
    expect(await page.locator('article.plan-text').getAttribute('lang')).toBe('zh-Hant');
    expect(await page.locator('h1').getAttribute('lang')).toBe('zh-Hant');
    expect(await page.locator('.breadcrumb li[aria-current="page"]').getAttribute('lang')).toBe('zh-Hant');
    await page.goto(site.url('/policies/hangzhou-2023/2-1-1/'));
    const transcription = page.locator('details.other-script .plan-text');
    expect(await transcription.getAttribute('lang')).toBe('zh-Hant');
    expect(await transcription.locator('h2').textContent()).toContain('加強高質量創');
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('shows a plan’s whole text, its owners and its table', async () => {
    const { page } = await site.open('/policies/bozhou-draft/', { javaScriptEnabled: false });
    await expect(page.locator('[id="2-5"] .owners a').first().innerText()).resolves.toBe('市市场监管局(知识产权局)');
    expect(await page.locator('[id="1-2-table1"] tbody tr').count()).toBe(9);
    const paragraphs = (nodes: OutlineNode[]): number =>
      nodes.reduce((n, node) => n + (['paragraph', 'closing', 'title'].includes(node.kind) ? 1 : 0) + paragraphs(node.children), 0);
    const bozhou = seedModel().documents.find((d) => d.slug === 'bozhou-draft')!;
    expect(await page.locator('article.plan-text p[id]').count()).toBe(paragraphs(bozhou.outline));
    await page.context().close();
  });

  it('shows every task in the task table, and hides the filters that need scripts', async () => {
    const { page } = await site.open('/tasks/', { javaScriptEnabled: false });
    expect(await page.locator('#task-table tbody tr:visible').count()).toBe(63);
    expect(await page.locator('#task-filters').isVisible()).toBe(false);
    await page.context().close();
  });

  it('says on the search page that search needs JavaScript, and where to go instead', async () => {
    const { page } = await site.open('/search/?q=专利导航', { javaScriptEnabled: false });
    expect(await page.locator('main').innerText()).toContain('搜索需要浏览器启用 JavaScript');
    await page.context().close();
  });
});

describe('the task table filters', () => {
  it('filter by department and role from the address, and say how many are shown', async () => {
    const { page } = await site.open('/tasks/?dept=kunming-shi-xin-wen-chu-ban-ban-quan-ju&role=co');
    expect(await page.locator('#task-table tbody tr:visible').count()).toBe(6);
    expect(await page.locator('#task-count').innerText()).toBe('显示 6 / 63 项');
    await page.selectOption('select[name="plan"]', 'wuhan-2018');
    expect(await page.locator('#task-table tbody tr:visible').count()).toBe(0);
    expect(page.url()).toContain('plan=wuhan-2018');
    await page.click('button[type="reset"]');
    await page.selectOption('select[name="city"]', '武汉');
    expect(await page.locator('#task-table tbody tr:visible').count()).toBe(12);
    expect(page.url()).toContain('city=');
    await page.context().close();
  });
});

describe('a province page', () => {
  const model = seedModel();
  const wuhan = model.documents.find((d) => d.slug === 'wuhan-2018')!;

  it('counts its cities’ units and tasks and its plans’ indicators and repairs, as the model has them, linking to each', async () => {
    const { page } = await site.open('/provinces/hubei/', { javaScriptEnabled: false });
    const city = page.locator('#cities tbody tr');
    expect(await city.count()).toBe(1);
    expect(await city.locator('th a').getAttribute('href')).toBe('/cities/wuhan/');
    const units = model.departments.filter((d) => d.cityId === 'wuhan').length;
    const tasks = model.tasks.filter((t) => t.doc === 'wuhan-2018').length;
    expect(await city.locator('td').allInnerTexts()).toEqual(['1 份', `${units} 个`, `${tasks} 项`]);
    const plan = page.locator('#plans tbody tr');
    expect(await plan.locator('th a').getAttribute('href')).toBe(wuhan.url);
    expect(await plan.locator('a[href="/indicators/wuhan-2018/"]').innerText()).toBe(`${model.indicators.filter((i) => i.doc === 'wuhan-2018').length} 个`);
    expect(await plan.locator('a[href="/about/repairs/wuhan-2018/"]').innerText()).toBe(`${model.repairs.filter((r) => r.doc === 'wuhan-2018').length} 处`);
    await page.context().close();
  });

  it('is where the plans overview’s provinces, the province list and a city page’s breadcrumb lead', async () => {
    const { page } = await site.open('/policies/');
    expect(await page.locator('h2 a[href="/provinces/hubei/"]').innerText()).toBe('湖北');
    await page.goto(site.url('/provinces/'));
    expect(await page.locator('.ways a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      ['/provinces/anhui/#plans', '/provinces/hubei/#plans', '/provinces/yunnan/#plans', '/provinces/zhejiang/#plans']);
    await page.goto(site.url('/cities/wuhan/'));
    expect(await page.locator('.breadcrumb a[href="/provinces/hubei/"]').innerText()).toBe('湖北');
    await page.context().close();
  });
});

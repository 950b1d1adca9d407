/**
 * Labels that read right: 按职责分工负责 is shared responsibility, counted and shown apart from
 * 配合, and a unit named alone under it answers for its task; and the official full names of a
 * unit (昆明市市场监督管理局, 市场监督管理局, 知识产权局) find the bureau the plan writes 市市场监管局,
 * in the task filter, on its page and in search.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const BUREAU = '/departments/kunming-shi-shi-chang-jian-guan-ju/';

/** A unit's row of a department table, as `heading → cell` pairs. */
async function unitRow(page: Page, table: string, href: string): Promise<Record<string, string>> {
  const headings = await page.locator(`${table} thead th`).allInnerTexts();
  const row = page.locator(`${table} tbody tr`, { has: page.locator(`a[href="${href}"]`) });
  const cells = await row.locator('th, td').allInnerTexts();
  return Object.fromEntries(headings.map((h, i) => [h, cells[i]]));
}

describe('按职责分工负责', () => {
  it('is counted in a column of its own in the city’s table, apart from 配合, and a unit named alone under it as 负责', async () => {
    const { page } = await site.open('/cities/kunming/', { javaScriptEnabled: false });
    const table = 'table:has(caption:text-is("昆明的责任单位"))';
    expect(await unitRow(page, table, BUREAU)).toMatchObject({ 牵头: '0', 负责: '1', 按职责分工负责: '8', 配合: '0' });
    expect(await unitRow(page, table, '/departments/kunming-shi-ke-ji-ju/')).toMatchObject({ 负责: '0', 按职责分工负责: '4', 配合: '0' });
    await page.context().close();
  });

  it('counts Bozhou’s 配合 units as 配合 and its shared units as 按职责分工负责 on the departments page', async () => {
    const { page } = await site.open('/departments/', { javaScriptEnabled: false });
    const bureau = await unitRow(page, 'table:has(caption:text-is("亳州的责任单位"))', '/departments/bozhou-shi-shi-chang-jian-guan-ju/');
    expect(bureau).toMatchObject({ 牵头: '5', 负责: '1', 按职责分工负责: '16' });
    await page.context().close();
  });

  it('shows the unit a task names alone as its 责任单位, on the task page and in the task table’s lead column', async () => {
    const { page } = await site.open('/policies/kunming-2022/2-7/', { javaScriptEnabled: false });
    expect(await page.locator('.role-list h3').allInnerTexts()).toEqual(['责任单位']);
    expect(await page.locator('.role-list a[data-role="responsible"]').innerText()).toBe('昆明市市场监管局');
    await page.goto(site.url('/tasks/'));
    const row = page.locator('#task-table tbody tr', { has: page.locator('a[href="/policies/kunming-2022/2-7/"]') });
    expect(await row.locator('td').nth(3).innerText()).toBe('市市场监管局（负责）');
    await page.context().close();
  });

  it('lists the units that share a task as answerable, and the others of a led task by role', async () => {
    const { page } = await site.open('/tasks/', { javaScriptEnabled: false });
    const cells = (task: string) => page.locator('#task-table tbody tr', { has: page.locator(`a[href="${task}"]`) }).locator('td');
    expect(await cells('/policies/kunming-2022/2-4/').nth(3).innerText()).toBe('市市场监管局、市发展改革委、市司法局（分工负责）');
    expect(await cells('/policies/kunming-2022/2-4/').nth(4).innerText()).toBe('');
    expect(await cells('/policies/bozhou-draft/2-5/').nth(4).innerText()).toMatch(/^分工负责：市中院、市检察院、/);
    await page.context().close();
  });
});

describe('an official full name', () => {
  it('is listed on the unit’s page: 昆明市市场监督管理局, and the 知识产权局 its office carries', async () => {
    const { page } = await site.open(BUREAU, { javaScriptEnabled: false });
    const names = await page.locator('dt:text-is("全称与别称") + dd').innerText();
    expect(names).toContain('昆明市市场监督管理局');
    expect(names).toContain('昆明市知识产权局');
    await page.context().close();
  });

  it.each(['昆明市市场监督管理局', '市场监督管理局', '知识产权局'])('filters the task table to the bureau written 市市场监管局 when typed as %s', async (name) => {
    const { page, errors } = await site.open('/tasks/?city=昆明');
    await page.getByLabel('单位名称').fill(name);
    const shown = page.locator('#task-table tbody tr:visible');
    expect(await shown.count()).toBe(9);
    expect(await page.locator('#task-count').innerText()).toBe('显示 9 / 63 项');
    expect(decodeURIComponent(new URL(page.url()).search)).toContain(`unit=${name}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filters by name from a shared address, and from a name put where a unit id was expected', async () => {
    for (const query of ['?unit=昆明市市场监督管理局', '?dept=昆明市市场监督管理局']) {
      const { page } = await site.open(`/tasks/${query}`);
      expect(await page.locator('#task-table tbody tr:visible').count()).toBe(9);
      expect(await page.getByLabel('单位名称').inputValue()).toBe('昆明市市场监督管理局');
      await page.context().close();
    }
  });

  it.each([
    ['昆明市市场监督管理局', ''],
    ['市场监督管理局', '&city=昆明'],
    ['知识产权局', '&city=昆明'],
  ])('finds the bureau written 市市场监管局 in search: %s', async (query, filter) => {
    const { page } = await site.open(`/search/?q=${encodeURIComponent(query)}${filter}`);
    await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
    const departments = await page.$$eval('[data-search-results] section[data-kind="department"] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(departments.slice(0, 1)).toEqual([BUREAU]);
    await page.context().close();
  });
});

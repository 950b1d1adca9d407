/**
 * Labels that read right: 按职责分工负责 is shared responsibility, counted and shown apart from
 * 配合, and a unit named alone under it answers for its task.
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

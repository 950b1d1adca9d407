/** What a reader does on the site: follow owners both ways, copy a link and a citation, land on an anchor, print. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';
import { absoluteUrl } from '../../src/lib/site-url.ts';

const site = useSite();

describe('owner links', () => {
  it('lead from a task to its department, and back from the department to the task', async () => {
    const { page } = await site.open('/policies/bozhou-draft/2-5/');
    const lead = page.locator('.role-list a[data-role="lead"]').first();
    expect(await lead.innerText()).toBe('亳州市市场监管局');
    await lead.click();
    await page.waitForURL('**/departments/bozhou-shi-shi-chang-jian-guan-ju/');
    expect(await page.locator('h1').innerText()).toBe('亳州市市场监管局');
    const back = page.locator('a[href="/policies/bozhou-draft/2-5/"]');
    expect(await back.count()).toBeGreaterThan(0);
    await back.first().click();
    await page.waitForURL('**/policies/bozhou-draft/2-5/');
    await page.context().close();
  });

  it('link every unit named in an owner statement on the plan page, lead marked as 牵头', async () => {
    const { page } = await site.open('/policies/bozhou-draft/');
    const statement = page.locator('[id="2-5-p2"] a.owner');
    expect(await statement.allInnerTexts()).toEqual(['市市场监管局(知识产权局)', '市发改委', '市科技局', '市经信局', '亳州海关']);
    expect(await statement.first().getAttribute('data-role')).toBe('lead');
    expect(await page.locator('[id="2-5"] .owners dt').first().innerText()).toBe('牵头');
    await page.context().close();
  });

  it('show the department’s counts by role and like units of other cities', async () => {
    const { page } = await site.open('/departments/kunming-shi-shi-chang-jian-guan-ju/');
    expect(await page.locator('.role-counts').innerText()).toContain('负责 1 项');
    expect(await page.locator('.role-counts').innerText()).toContain('按职责分工负责 8 项');
    const like = await page.locator('h2:has-text("其他城市的同类单位") + ul a').allInnerTexts();
    expect(like).toEqual(expect.arrayContaining(['亳州市市场监管局', '杭州市市场监管局']));
    await page.context().close();
  });
});

describe('copying a link and a citation', () => {
  it('puts the task’s full address, the 公文 citation and the GB/T 7714 reference on the clipboard', async () => {
    const { page } = await site.open('/policies/kunming-2022/2-3/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.getByRole('button', { name: '复制链接' }).click();
    expect(await clipboard()).toBe(absoluteUrl('/policies/kunming-2022/2-3/'));
    await page.getByRole('button', { name: '复制公文引用' }).click();
    expect(await clipboard()).toBe('《昆明市国家知识产权强市建设示范城市工作方案（2022—2025年）》二、（三）');
    await page.getByRole('button', { name: /复制参考文献/ }).click();
    const today = new Date().toISOString().slice(0, 10);
    expect(await clipboard()).toBe(
      `昆明市人民政府办公室. 昆明市国家知识产权强市建设示范城市工作方案(2022—2025年)[A/OL]. (2022-09-29)[${today}]. ${absoluteUrl('/policies/kunming-2022/2-3/')}.`);
    expect(await page.locator('#copy-status').innerText()).toContain('已复制');
    await page.context().close();
  });

  it('shows the citations as text for readers without JavaScript', async () => {
    const { page } = await site.open('/policies/kunming-2022/2-3/', { javaScriptEnabled: false });
    expect(await page.locator('#cite-official').innerText()).toBe('《昆明市国家知识产权强市建设示范城市工作方案（2022—2025年）》二、（三）');
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    await page.context().close();
  });
});

describe('anchors and repairs', () => {
  it('highlight the task an address points at', async () => {
    const { page } = await site.open('/policies/wuhan-2018/#3-2-2');
    const target = page.locator('[id="3-2-2"]');
    const other = page.locator('[id="3-2-1"]');
    const background = (l: typeof target) => l.evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await background(target)).not.toBe(await background(other));
    await page.context().close();
  });

  it('show the text as received beside each repaired spot when asked', async () => {
    const { page } = await site.open('/policies/hangzhou-2023/');
    const removed = page.locator('[id="1-p2"] del.repair-was[data-kind="decimal-point"]');
    expect(await removed.isVisible()).toBe(false);
    expect(await page.locator('[id="1-p2"] ins.repair[data-kind="decimal-point"]').innerText()).toBe('.');
    await page.getByLabel('显示修复前的原文').check();
    expect(await removed.isVisible()).toBe(true);
    expect(await removed.innerText()).toBe('。');
    await page.context().close();
  });

  it('are explained in Chinese, with text quoted from a file set as code', async () => {
    const { page } = await site.open('/about/repairs/');
    const rules = page.locator('h2:has-text("修复规则") + ol > li');
    expect(await rules.count()).toBe(7);
    expect(await rules.locator('code').allInnerTexts()).toContain('2。5萬件');
    // What the site itself says: source text (marked with its lang) and code aside.
    const prose = await page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      for (const quoted of copy.querySelectorAll('[lang], code')) quoted.remove();
      return copy.textContent ?? '';
    });
    expect(prose).toContain('补回丢失的首字节 0xA1，按 GBK 重新解码。');
    expect(prose).not.toMatch(/[A-Za-z]{4,}|`/);
    await page.context().close();
  });

  it('flag a figure the source leaves out', async () => {
    const { page } = await site.open('/policies/bozhou-draft/');
    expect(await page.locator('[id="1-2-p1"] .flagged').innerText()).toBe('?（原文缺少数值）');
    await page.context().close();
  });
});

describe('printing', () => {
  it('prints the text with its address and citation, without navigation or buttons', async () => {
    const { page } = await site.open('/policies/kunming-2022/2-3/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.task-actions').isVisible()).toBe(false);
    const footer = page.locator('.print-only');
    expect(await footer.isVisible()).toBe(true);
    expect(await footer.innerText()).toContain('《昆明市国家知识产权强市建设示范城市工作方案（2022—2025年）》二、（三）');
    expect(await footer.innerText()).toContain('/policies/kunming-2022/2-3/');
    await page.context().close();
  });
});

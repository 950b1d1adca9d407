/**
 * The site on a 390 px phone and on paper, measured in Chromium: what is wider than the screen,
 * how many characters a task's name gets per line, how large a chart's labels are drawn, what a
 * printout leaves out, opens and says at its foot, and how full its pages are. Chromium here may
 * have no CJK font: the tests measure boxes and styles, not glyphs.
 */
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/site-url.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

describe('printing', () => {
  it('leaves out the breadcrumbs, the script switch and the buttons, and prints collapsed details open', async () => {
    const { page } = await site.open('/policies/hangzhou-2023/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.breadcrumb').isVisible()).toBe(false);
    expect(await page.locator('.script-switch').isVisible()).toBe(false);
    expect(await page.locator('.repair-toggle').isVisible()).toBe(false);
    expect(await page.locator('.meta-more dl').isVisible()).toBe(true);
    // Printing opens every closed <details>, and closing the print dialog closes them again.
    const open = () => page.$$eval('details', (all) => all.map((d) => (d as HTMLDetailsElement).open));
    expect((await open()).length).toBeGreaterThan(0);
    expect(await open()).not.toContain(true);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await open()).not.toContain(false);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(await open()).not.toContain(true);
    await page.context().close();
  });

  it('prints collapsed details open without JavaScript too', async () => {
    const { page } = await site.open('/policies/hangzhou-2023/', { javaScriptEnabled: false });
    expect(await page.locator('.meta-more dl').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.meta-more dl').isVisible()).toBe(true);
    await page.context().close();
  });

  it('ends with the plan’s status, the page’s public address and the day it was printed', async () => {
    const plan = await site.open('/policies/kunming-2022/');
    const status = (await plan.page.locator('.meta .badge').innerText()).trim();
    await plan.page.context().close();
    const { page } = await site.open('/policies/kunming-2022/2-3/');
    await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'print' });
    const foot = await page.locator('.print-foot').innerText();
    const now = new Date();
    expect(foot).toContain('引用：《昆明市国家知识产权强市建设示范城市工作方案（2022—2025年）》二、（三）');
    expect(foot).toContain(`方案状态：${status}`);
    expect(foot).toContain(`网址：${absoluteUrl('/policies/kunming-2022/2-3/')}`);
    expect(foot).toContain(`打印于 ${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`);
    await page.context().close();
  });

  it('still gives the status and the address at the foot without JavaScript', async () => {
    const { page } = await site.open('/policies/hangzhou-2023/', { javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    const foot = await page.locator('.print-foot').innerText();
    expect(foot).toContain('方案状态：');
    expect(foot).toContain(`网址：${absoluteUrl('/policies/hangzhou-2023/')}`);
    expect(foot).not.toContain('打印于');
    await page.context().close();
  });

  it('keeps headings with their first lines and the citations in one piece', async () => {
    const { page } = await site.open('/policies/kunming-2022/2-3/');
    await page.emulateMedia({ media: 'print' });
    const headings = await page.$$eval('main :is(h1, h2, h3, h4, h5, h6)', (all) => [...new Set(all.map((h) => getComputedStyle(h).breakAfter))]);
    expect(headings).toEqual(['avoid-page']);
    expect(await page.locator('.citations').evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid-page');
    await page.context().close();
  });

  it.each(['/policies/bozhou-draft/', '/policies/wuhan-2018/'])('fills the pages of %s: sections run across pages instead of leaving them half empty', async (path) => {
    const { page } = await site.open(path);
    // A4 less 15 mm margins: 180 × 267 mm, at 96 px to the inch.
    const mm = 96 / 25.4;
    const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.round(180 * mm), height: Math.round(267 * mm) });
    const text = await page.evaluate(() => document.body.scrollHeight) / (267 * mm);
    console.log(`${path} printed: ${pages} A4 pages for ${text.toFixed(2)} pages of content`);
    expect(pages).toBeGreaterThan(1);
    // A heading kept with its lines may push a few lines over; a tenth of the text plus the last page is the allowance.
    expect(pages).toBeLessThanOrEqual(text * 1.1 + 1);
    await page.context().close();
  });
});

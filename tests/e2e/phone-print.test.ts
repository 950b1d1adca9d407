/**
 * The site on a 390 px phone and on paper, measured in Chromium: what is wider than the screen,
 * how many characters a task's name gets per line, how large a chart's labels are drawn, what a
 * printout leaves out, opens and says at its foot, and how full its pages are. Chromium here may
 * have no CJK font: the tests measure boxes and styles, not glyphs.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/site-url.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/**
 * Without a CJK font, Chromium draws each Chinese character as a box 0.6 em wide where a phone's
 * font draws it 1 em wide; spacing every character by 0.4 em lays the page out as wide as a phone
 * does (Latin letters come out a little wider than they are, which only makes the test stricter).
 */
async function widenToCjk(page: Page): Promise<void> {
  await page.addStyleTag({ content: '*, *::before, *::after { letter-spacing: 0.4em !important; }' });
}

/** Every chart label's drawn size in CSS px (an SVG's scale included), and each one that runs past its chart. */
function chartLabels(page: Page): Promise<{ smallest: number; count: number; clipped: string[] }> {
  return page.evaluate(() => {
    let smallest = Infinity;
    let count = 0;
    const clipped: string[] = [];
    for (const chart of document.querySelectorAll('figure.chart')) {
      const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        if (box.width === 0 || !node.textContent!.trim()) continue;
        const scale = element instanceof SVGGraphicsElement ? element.getScreenCTM()!.a : 1;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(element).fontSize) * scale);
        count++;
        // A label is clipped when it runs past its drawing (an SVG cuts it off), its chart, or the screen.
        const frame = (element.closest('svg') ?? chart).getBoundingClientRect();
        const right = Math.min(frame.right, document.documentElement.clientWidth);
        if (box.left < frame.left - 0.5 || box.right > right + 0.5) clipped.push(node.textContent!.trim());
      }
    }
    return { smallest, count, clipped };
  });
}

describe('/tasks/ on a 390 px phone', () => {
  it('has no control wider than the screen, and the page does not scroll sideways', async () => {
    const { page } = await site.open('/tasks/', { viewport: PHONE, bypassCSP: true });
    await widenToCjk(page);
    const { widest, right, scrollWidth } = await page.evaluate(() => {
      const controls = [...document.querySelectorAll('input, select, button, textarea')]
        .map((c) => c.getBoundingClientRect()).filter((box) => box.width > 0);
      return {
        widest: Math.max(...controls.map((box) => box.width)),
        right: Math.max(...controls.map((box) => box.right)),
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
    console.log(`/tasks/ at 390 px: widest control ${widest.toFixed(0)} px, rightmost edge ${right.toFixed(0)} px, page ${scrollWidth} px wide`);
    expect(await page.locator('#task-filters select').count()).toBeGreaterThan(3);
    expect(widest).toBeLessThanOrEqual(PHONE.width);
    expect(right).toBeLessThanOrEqual(PHONE.width);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });

  it('gives every task’s name a line of 15 characters or more, and says what each owner and deadline is', async () => {
    const { page } = await site.open('/tasks/', { viewport: PHONE });
    const { perLine, labels } = await page.evaluate(() => {
      const heads = [...document.querySelectorAll('#task-table thead th')].map((th) => th.textContent!.trim());
      const rows = [...document.querySelectorAll<HTMLTableRowElement>('#task-table tbody tr')];
      const name = heads.indexOf('任务');
      const perLine = rows.map((row) => {
        const cell = row.cells[name];
        const style = getComputedStyle(cell);
        return (cell.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / parseFloat(style.fontSize);
      });
      // A cell whose column head is hidden names itself; its name must be its column's.
      const labels = ['牵头', '其他单位', '完成时限'].map((head) => {
        const cell = rows[0].cells[heads.indexOf(head)];
        return [head, getComputedStyle(cell, '::before').content];
      });
      return { perLine, labels };
    });
    console.log(`/tasks/ at 390 px: a task's name gets at least ${Math.min(...perLine).toFixed(1)} characters per line`);
    expect(perLine.length).toBe(63);
    expect(Math.min(...perLine)).toBeGreaterThanOrEqual(15);
    for (const [head, content] of labels) expect(content, head).toBe(`"${head}："`);
    await page.context().close();
  });
});

describe('indicator charts', () => {
  it.each([['a 390 px phone', PHONE], ['a 1280 px desktop', DESKTOP]] as const)('draw every label at 12 px or more, none clipped, on %s', async (name, viewport) => {
    const { page } = await site.open('/indicators/', { viewport, bypassCSP: true });
    await widenToCjk(page);
    const { smallest, count, clipped } = await chartLabels(page);
    console.log(`/indicators/ on ${name}: ${count} chart labels, the smallest drawn at ${smallest.toFixed(1)} px, ${clipped.length} clipped`);
    expect(count).toBeGreaterThan(10);
    expect(smallest).toBeGreaterThanOrEqual(12);
    expect(clipped).toEqual([]);
    await page.context().close();
  });
});

describe('reading on a phone', () => {
  it('never justifies text, which would spread a line of Chinese into spaced characters', async () => {
    for (const path of ['/policies/wuhan-2018/', '/policies/hangzhou-2023/', '/policies/kunming-2022/2-3/', '/about/']) {
      const { page } = await site.open(path);
      const justified = await page.evaluate(() => [...document.querySelectorAll('main *')]
        .filter((e) => getComputedStyle(e).textAlign === 'justify').map((e) => e.id || e.tagName));
      expect(justified, path).toEqual([]);
      await page.context().close();
    }
  });

  it('names the / key in the header’s search box only where there is a keyboard', async () => {
    const touch = await site.open('/policies/wuhan-2018/', { viewport: PHONE, hasTouch: true, isMobile: true });
    expect(await touch.page.locator('#site-q').getAttribute('placeholder')).not.toContain('/');
    expect(await touch.page.locator('header').innerText()).not.toContain('/');
    await touch.page.context().close();
    const desk = await site.open('/policies/wuhan-2018/', { viewport: DESKTOP });
    expect(await desk.page.locator('#site-q').getAttribute('placeholder')).toBe('搜索（按 / 键）');
    await desk.page.context().close();
  });

  it('offers one search box on the home page, the one / focuses', async () => {
    const { page } = await site.open('/');
    expect(await page.locator('input[type="search"]:visible').count()).toBe(1);
    expect(await page.getByRole('search').count()).toBe(1);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('home-q');
    await page.context().close();
  });
});

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

/**
 * The hostile-input suite: bad seeds through the real build. Each builds correctly or stops with a
 * message naming the file, the line and what to do; text that MDX or HTML would interpret is shown
 * literally and nothing runs (checked in Chromium).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, buildSite, writeSeedFolder } from '../helpers/cli.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { HOSTILE_CASES, HOSTILE_LINES } from '../hostile/cases.ts';

describe.each(HOSTILE_CASES)('$name', (hostile) => {
  it(hostile.exit === 0 ? 'builds, and says what it noticed' : 'stops with a message naming the file, the line and the fix', () => {
    const result = buildContent(writeSeedFolder(hostile));
    const output = hostile.exit === 0 ? result.stdout : result.stderr;
    expect(result.status, result.stderr).toBe(hostile.exit);
    for (const pattern of hostile.says) expect(output).toMatch(pattern);
  });
});

describe('text that MDX or HTML would interpret, built into a site', () => {
  it('is shown literally in Chromium, runs nothing, and adds no script element', async () => {
    const content = buildContent(writeSeedFolder(HOSTILE_CASES[0]));
    expect(content.status, content.stderr).toBe(0);
    const site = buildSite(content.out);
    expect(site.status, site.stdout + site.stderr).toBe(0);
    const html = readFileSync(join(site.out, 'policies', 'kunming-hostile', 'index.html'), 'utf8');
    expect(html).toMatch(/(&lt;|&#x3C;)script(&gt;|>)alert\(1\)(&lt;|&#x3C;)\/script/);
    expect(html).not.toContain('<script>alert(1)');

    const server = await serveStatic(`${site.out}/`);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
      await page.goto(`${server.url}/policies/kunming-hostile/`);
      await page.waitForTimeout(300);
      const article = page.locator('article.plan-text');
      const text = await article.innerText();
      for (const line of HOSTILE_LINES) expect(text).toContain(line);
      expect(await article.locator('script, img, iframe, object').count()).toBe(0);
      expect(await page.locator('[id="2-1-p1"]').innerText()).toContain(HOSTILE_LINES.join(''));
      expect(dialogs).toEqual([]);
      await page.goto(`${server.url}/policies/kunming-hostile/2-1/`);
      expect(await page.locator('article').innerText()).toContain('<script>alert(1)</script>');
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

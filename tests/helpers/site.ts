/** One static server and one Chromium per test file, started before its tests and stopped after. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface SiteHandle {
  url: (path: string) => string;
  browser: () => Browser;
  server: () => StaticServer;
  /** A fresh page (its own context); console errors and failed requests are collected. */
  open: (path: string, options?: BrowserContextOptions) => Promise<{ page: Page; errors: string[] }>;
}

/** The site in `root` (dist/ unless given), served and opened in Chromium for one test file. */
export function useSite(root?: string | (() => string)): SiteHandle {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(typeof root === 'function' ? root() : root);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    url: (path) => `${server.url}${path}`,
    browser: () => browser,
    server: () => server,
    async open(path, options = {}) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
      await page.goto(`${server.url}${path}`);
      return { page, errors };
    },
  };
}

/**
 * What a search costs a reader, measured in Chromium against any running copy of the site: bytes
 * transferred and milliseconds for the first query on a fresh page (the page itself, Pagefind's
 * start-up — pagefind.js, its wasm, the index metadata — and the index chunks and fragments the
 * query needs), and for a warm query on a page where Pagefind has already run. The search page's
 * `[data-search-results]` says when it is done (`data-state="done"`). Reused by the scaling
 * benchmark, so it takes a base URL and returns numbers; printing is the caller's business.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

/** Bytes by what they are for. */
export interface TransferParts {
  /** The search page: HTML, CSS, the site's scripts. */
  page: number;
  /** Pagefind's start-up: pagefind.js, the wasm, and each index's pagefind-entry.json and .pf_meta. */
  pagefind: number;
  /** Index chunks (`pagefind/index/*.pf_index`, or `pagefind/zhejiang/index/…` for a province's index). */
  index: number;
  /** Result fragments (`pagefind/fragment/*.pf_fragment`, and so on per part). */
  fragments: number;
  /** Filter chunks (`pagefind/filter/*.pf_filter`, and so on per part). */
  filters: number;
}

export interface Transfer {
  /** Bytes on the wire, as this server sent them. */
  bytes: number;
  /** Bytes had the server gzipped its text responses, as static hosts do (Pagefind's own files are gzipped already). */
  gzipBytes: number;
  requests: number;
  /** `gzipBytes` by purpose. */
  parts: TransferParts;
}

export interface QueryCost {
  query: string;
  /** Results on the page when it was done. */
  results: number;
  /** Opening `/search/?q=…` in a fresh browser context: navigation start to results done. */
  first: Transfer & { ms: number };
  /** The query typed on a fresh page where Pagefind has answered another query: submit to results done. */
  warm: Transfer & { ms: number };
  /** The same query once more on that page, with everything it needs already loaded: Pagefind's search, the ranking and the rendering. */
  repeat: { ms: number };
}

export interface SearchCostOptions {
  browser: Browser;
  /** Run on the warm page before each measured warm query; defaults to 知识产权. */
  warmUp?: string;
  /** Added to each search address: `&province=浙江`, `&province=all`; none by default. */
  scope?: string;
}

/** The search page's results once complete (its test contract). */
export const DONE = '[data-search-results][data-state="done"]';
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml)|image\/svg)/;

/** Pagefind's folders, in `pagefind/` or a province's index (src/search/scopes.ts). */
const PAGEFIND_FOLDER = /\/pagefind\/(?:[a-z]+(?:-\d+)?\/)?(index|fragment|filter)\//;

function partOf(url: string): keyof TransferParts {
  const path = new URL(url).pathname;
  const folder = PAGEFIND_FOLDER.exec(path)?.[1];
  if (folder === 'index') return 'index';
  if (folder === 'fragment') return 'fragments';
  if (folder === 'filter') return 'filters';
  if (path.includes('/pagefind/')) return 'pagefind';
  return 'page';
}

/**
 * Counts every response of a browser context — the page's and its workers' — until `take()` is
 * called. Sizes are what Chromium reports as received: body as sent (compressed or not) and headers.
 */
function watchTransfer(context: BrowserContext): { take: () => Promise<Transfer> } {
  // Requests are only collected while the page works; sizes and bodies are read afterwards, so
  // that measuring does not slow down what is measured.
  let finished: Request[] = [];
  context.on('requestfinished', (request) => {
    if (!request.url().startsWith('data:')) finished.push(request);
  });
  async function count(request: Request, transfer: Transfer): Promise<void> {
    const response = await request.response();
    if (!response) return;
    const sizes = await request.sizes();
    const sent = sizes.responseBodySize + sizes.responseHeadersSize;
    const headers = await response.allHeaders();
    let gzip = sent;
    if (!headers['content-encoding'] && COMPRESSIBLE.test(headers['content-type'] ?? '')) {
      gzip = gzipSync(await response.body()).length + sizes.responseHeadersSize;
    }
    transfer.bytes += sent;
    transfer.gzipBytes += gzip;
    transfer.requests += 1;
    transfer.parts[partOf(request.url())] += gzip;
  }
  return {
    async take() {
      const requests = finished;
      finished = [];
      const transfer = emptyTransfer();
      for (const request of requests) await count(request, transfer);
      return transfer;
    },
  };
}

function emptyTransfer(): Transfer {
  return { bytes: 0, gzipBytes: 0, requests: 0, parts: { page: 0, pagefind: 0, index: 0, fragments: 0, filters: 0 } };
}

/** Records, in the page, when the results first become done (ms since navigation start) in `window.__searchDone`. */
export const RECORD_DONE = `
  new MutationObserver((_, observer) => {
    const list = document.querySelector('[data-search-results]');
    if (list && list.dataset.state === 'done' && window.__searchDone === undefined) {
      window.__searchDone = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
`;

/** An expression that types `query` into the search page's box, submits, and resolves to the ms until the results are done. */
export function timedQueryScript(query: string): string {
  return `new Promise((resolve) => {
    const list = document.querySelector('[data-search-results]');
    const form = document.querySelector('#search-form');
    document.querySelector('#search-q').value = ${JSON.stringify(query)};
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (list.dataset.state === 'done') { observer.disconnect(); resolve(performance.now() - started); }
    });
    observer.observe(list, { attributes: true, attributeFilter: ['data-state'] });
    form.requestSubmit();
  })`;
}

/**
 * An expression that resolves once the page has painted and its main thread is idle: the results
 * just shown are drawn and the address is updated, as they are by the time a reader types another
 * query. Without this the next query's clock starts while the last one's layout is still running.
 */
export const SETTLE = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 1000 }))))';

/** Types `query` into the search page's box, submits, and returns ms until the results are done. */
function timedQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(timedQueryScript(query)) as Promise<number>;
}

function settle(page: Page): Promise<unknown> {
  return page.evaluate(SETTLE);
}

/** A fresh browser context with the transfer watch and the done-recorder installed, at `path`. */
async function freshPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(RECORD_DONE);
  const watch = watchTransfer(context);
  await page.goto(url);
  await page.waitForSelector(DONE, { state: 'attached' });
  return { context, page, watch };
}

/**
 * The cost of each query: first on a fresh page opened at `/search/?q=…`; then warm — typed on a
 * fresh page where Pagefind has just answered another query, so that only what this query needs
 * beyond that is fetched; then repeated on that page, where nothing is fetched.
 * @example await measureSearchCost('http://127.0.0.1:4321', ['专利导航'], { browser }) // [{ query: '专利导航', first: { ms: 180, gzipBytes: 120000, … }, warm: { ms: 12, … } }]
 */
export async function measureSearchCost(baseUrl: string, queries: readonly string[], options: SearchCostOptions): Promise<QueryCost[]> {
  const out: QueryCost[] = [];
  for (const query of queries) {
    const scope = options.scope ?? '';
    const cold = await freshPage(options.browser, `${baseUrl}/search/?q=${encodeURIComponent(query)}${scope}`);
    const first = { ...(await cold.watch.take()), ms: (await cold.page.evaluate('window.__searchDone')) as number };
    const results = await cold.page.locator('[data-search-results] a').count();
    await cold.context.close();

    const warmPage = await freshPage(options.browser, `${baseUrl}/search/?q=${encodeURIComponent(options.warmUp ?? '知识产权')}${scope}`);
    await settle(warmPage.page);
    await warmPage.watch.take();
    const ms = await timedQuery(warmPage.page, query);
    const warm = { ...(await warmPage.watch.take()), ms };
    await settle(warmPage.page);
    const repeat = { ms: await timedQuery(warmPage.page, query) };
    await warmPage.context.close();
    out.push({ query, results, first, warm, repeat });
  }
  return out;
}

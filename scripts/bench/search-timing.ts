/**
 * How long a search takes a reader, measured in a Chromium whose network nothing records
 * (bare-chromium.ts): the first query on a fresh page, from navigation start to results done; a
 * warm query typed on a fresh page where Pagefind has answered another query and the page is idle;
 * and the same query once more. The page-side scripts are search-cost.ts's, so both passes time
 * the same thing. The warm query's main-thread CPU is read from the DevTools protocol beside its
 * wall time, which this loaded machine inflates.
 */
import { launchBareChromium } from './bare-chromium.ts';
import { DONE, RECORD_DONE, SETTLE, timedQueryScript } from './search-cost.ts';

export interface QueryTiming {
  query: string;
  firstMs: number;
  warmMs: number;
  /** Main-thread CPU of the warm query (the DevTools protocol's TaskDuration, before and after). */
  warmCpuMs: number;
  repeatMs: number;
}

/** Resolves once the results are complete. */
const UNTIL_DONE = `new Promise((resolve) => {
  const tick = () => document.querySelector(${JSON.stringify(DONE)}) ? resolve(true) : setTimeout(tick, 5);
  tick();
})`;

/**
 * `scope` is added to each search address: `&province=浙江` to search one province of a library
 * searched by province, `&province=all` every province.
 * @example await timeSearches('http://127.0.0.1:4321', ['专利导航']) // [{ query: '专利导航', firstMs: 380, warmMs: 41, warmCpuMs: 20, repeatMs: 6 }]
 */
export async function timeSearches(baseUrl: string, queries: readonly string[], warmUp = '知识产权', scope = ''): Promise<QueryTiming[]> {
  const chromium = await launchBareChromium();
  try {
    const out: QueryTiming[] = [];
    for (const query of queries) {
      const cold = await chromium.newPage();
      await cold.addInitScript(RECORD_DONE);
      await cold.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}${scope}`);
      await cold.evaluate(UNTIL_DONE);
      const firstMs = (await cold.evaluate('window.__searchDone')) as number;
      await cold.close();

      const warm = await chromium.newPage();
      await warm.goto(`${baseUrl}/search/?q=${encodeURIComponent(warmUp)}${scope}`);
      await warm.evaluate(UNTIL_DONE);
      await warm.evaluate(SETTLE);
      const cpuBefore = await warm.mainThreadSeconds();
      const warmMs = (await warm.evaluate(timedQueryScript(query))) as number;
      const warmCpuMs = 1000 * ((await warm.mainThreadSeconds()) - cpuBefore);
      await warm.evaluate(SETTLE);
      const repeatMs = (await warm.evaluate(timedQueryScript(query))) as number;
      await warm.close();
      out.push({ query, firstMs, warmMs, warmCpuMs, repeatMs });
    }
    return out;
  } finally {
    await chromium.close();
  }
}

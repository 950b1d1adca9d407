/** axe-core on each page type: no serious or critical violation, in light and dark colour schemes. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = ['/', '/policies/', '/policies/bozhou-draft/', '/policies/hangzhou-2023/', '/policies/hangzhou-2023/zh-hant/',
  '/policies/wuhan-2018/3-2-2/', '/tasks/', '/departments/', '/departments/wuhan-shi-ke-ji-ju/', '/indicators/', '/indicators/hangzhou-2023/1-p2-i1/', '/topics/',
  '/topics/copyright/', '/data/', '/about/', '/about/repairs/', '/search/', '/404.html', '/cities/wuhan/', '/provinces/', '/provinces/hubei/',
  '/departments/functions/market-regulation/', '/about/repairs/wuhan-2018/', '/indicators/bozhou-draft/', '/indicators/measures/geographical-indications/',
  // A draft's task page (status badge, citations with 征求意见稿), a unit with official names, a plan's front matter, a city's unit table.
  '/policies/bozhou-draft/2-5/', '/departments/kunming-shi-shi-chang-jian-guan-ju/', '/policies/kunming-2022/', '/cities/kunming/'];

interface AxeResult { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }

describe.each(['light', 'dark'] as const)('accessibility (%s)', (colorScheme) => {
  it.each(PAGES)('%s has no serious or critical axe violation', async (path) => {
    const { page } = await site.open(path, { colorScheme, bypassCSP: true });
    await page.evaluate(axeSource);
    const result = await page.evaluate('axe.run(document, { resultTypes: ["violations"] })') as AxeResult;
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    await page.context().close();
  });
});

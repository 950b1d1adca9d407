/**
 * A library too large for one overview page: a synthetic corpus of 48 plans (past the overview
 * limits of src/lib/scale.ts) built beside the project's own. Overviews list groups that link to
 * pages of their own, no page lists every task, and no internal link breaks.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIST_LIMITS } from '../../src/lib/scale.ts';
import { TOPICS, topicTasksByPlan } from '../../src/lib/topics.ts';
import { comparisons } from '../../src/lib/comparisons.ts';
import { brokenInternalLinks, builtFiles, builtPages } from '../helpers/site-files.ts';
import { buildSyntheticLibrary } from '../helpers/synthetic-library.ts';

const { content, site, dist, model } = buildSyntheticLibrary(48);

describe('a library past the overview limits', () => {
  it('builds', () => {
    expect(content.status, content.stderr).toBe(0);
    expect(site?.status, `${site?.stdout}${site?.stderr}`).toBe(0);
    expect(model.tasks.length).toBeGreaterThan(LIST_LIMITS.tasks);
    expect(model.departments.length).toBeGreaterThan(LIST_LIMITS.departments);
    expect(model.documents.length).toBeGreaterThan(LIST_LIMITS.plans);
  });

  const plans = model.documents;
  const provinceLinks = (html: string, anchor: string) => [...html.matchAll(new RegExp(`href="/provinces/([a-z]+)/#${anchor}"`, 'g'))].map((m) => m[1]);
  const provincePage = (id: string) => readFileSync(`${dist}provinces/${id}/index.html`, 'utf8');

  it('lists provinces on /policies/, and every plan once on the province pages it links to', () => {
    const overview = readFileSync(`${dist}policies/index.html`, 'utf8');
    for (const plan of plans) expect(overview).not.toContain(`href="${plan.url}"`);
    const provinces = provinceLinks(overview, 'plans');
    expect(provinces.length).toBe(new Set(plans.map((p) => p.province)).size);
    const listed = provinces.flatMap((id) => [...provincePage(id).matchAll(/<th scope="row"><a href="(\/policies\/[^"]+)"/g)].map((m) => m[1]));
    expect(listed.toSorted()).toEqual(plans.map((p) => p.url).toSorted());
  });

  it('lists provinces on /indicators/ and /about/repairs/, whose pages link to each plan’s own', () => {
    for (const [overview, own] of [['indicators', '/indicators/'], ['about/repairs', '/about/repairs/']]) {
      const html = readFileSync(`${dist}${overview}/index.html`, 'utf8');
      expect(html).not.toContain('<tbody>');
      const listed = provinceLinks(html, 'plans').flatMap((id) => [...provincePage(id).matchAll(new RegExp(`href="(${own}[^"]+/)"`, 'g'))].map((m) => m[1]));
      expect(listed.toSorted()).toEqual(plans.map((p) => `${own}${p.slug}/`).toSorted());
    }
  });

  it('lists provinces, not every task, on /tasks/, each city on its province’s page, and every task on its city’s page', () => {
    const tasks = readFileSync(`${dist}tasks/index.html`, 'utf8');
    expect(tasks).not.toContain('id="task-table"');
    expect(provinceLinks(tasks, 'cities')).toContain('hubei');
    expect(provincePage('hubei')).toContain('href="/cities/wuhan/#tasks"');
    const wuhan = readFileSync(`${dist}cities/wuhan/index.html`, 'utf8');
    const wuhanTasks = model.tasks.filter((t) => t.doc === 'wuhan-2018');
    for (const task of wuhanTasks) expect(wuhan).toContain(`href="${task.url}"`);
  });

  it('lists provinces on /departments/ and keeps department pages small, linking to the full list per function', () => {
    const overview = readFileSync(`${dist}departments/index.html`, 'utf8');
    const cities = provinceLinks(overview, 'cities').flatMap((id) => [...provincePage(id).matchAll(/href="\/cities\/([a-z]+)\/#departments"/g)].map((m) => m[1]));
    expect(cities.toSorted()).toEqual([...new Set(plans.map((p) => p.cityId))].toSorted());
    const page = readFileSync(`${dist}departments/kunming-shi-shi-chang-jian-guan-ju/index.html`, 'utf8');
    const like = page.slice(page.indexOf('其他城市的同类单位'));
    expect((like.match(/<li>/g) ?? []).length).toBeLessThanOrEqual(LIST_LIMITS.likeUnits);
    expect(like).toContain('href="/departments/functions/market-regulation/"');
    const all = readFileSync(`${dist}departments/functions/market-regulation/index.html`, 'utf8');
    const bureaus = model.departments.filter((d) => d.functions.includes('market-regulation'));
    expect(bureaus.length).toBeGreaterThan(LIST_LIMITS.likeUnits);
    for (const d of bureaus) expect(all).toContain(`href="${d.url}"`);
  });

  it('lists provinces on a large function page, and every unit of the function on the province pages it links to', () => {
    const byFunction = Map.groupBy(model.departments.flatMap((d) => d.functions.map((fn) => ({ fn, d }))), (x) => x.fn);
    const large = [...byFunction].filter(([, units]) => units.length > LIST_LIMITS.functionUnits);
    expect(large.length).toBeGreaterThan(0);
    for (const [fn, units] of large) {
      const page = readFileSync(`${dist}departments/functions/${fn}/index.html`, 'utf8');
      const links = [...page.matchAll(new RegExp(`href="(/departments/functions/${fn}/[a-z]+/)"`, 'g'))].map((m) => m[1]);
      const provinces = new Set(units.map(({ d }) => model.documents.find((doc) => doc.cityId === d.cityId)!.province));
      expect(links.length).toBe(provinces.size);
      const listed = links.flatMap((link) => [...readFileSync(`${dist}${link.slice(1)}index.html`, 'utf8').matchAll(/<th scope="row"><a href="([^"]+)"/g)].map((m) => m[1]));
      expect(listed.toSorted()).toEqual(units.map(({ d }) => d.url).toSorted());
    }
  });

  it('keeps indicator tables on each plan’s own indicator page', () => {
    const overview = readFileSync(`${dist}indicators/index.html`, 'utf8');
    expect(overview).not.toContain('<tbody>');
    expect(readFileSync(`${dist}indicators/bozhou-draft/index.html`, 'utf8')).toContain('id="bozhou-draft-1-2-table1-r6"');
  });

  it('lists provinces on a comparison of many plans, and every figure of the measure on the province comparisons it links to', () => {
    const large = comparisons(model.indicators, model.documents).filter((c) => c.bars.length > LIST_LIMITS.comparisonPlans);
    expect(large.length).toBeGreaterThan(0);
    for (const c of large) {
      const page = readFileSync(`${dist}indicators/measures/${c.key}/index.html`, 'utf8');
      expect(page).not.toContain('<tbody>');
      const links = [...page.matchAll(new RegExp(`href="(/indicators/measures/${c.key}/[a-z]+/)"`, 'g'))].map((m) => m[1]);
      expect(links.length).toBe(new Set(c.bars.map((b) => b.doc.province)).size);
      const rows = links.flatMap((link) => [...readFileSync(`${dist}${link.slice(1)}index.html`, 'utf8').matchAll(/<\/th><td><a href="([^"]+)"/g)].map((m) => m[1]));
      expect(rows.toSorted()).toEqual(c.indicators.map((i) => i.url).toSorted());
    }
  });

  it('lists provinces on a large topic page, and every task of the theme on the province pages it links to', () => {
    const large = TOPICS.map((topic) => ({ topic, ...topicTasksByPlan(model, topic) })).filter((t) => t.tasks.length > LIST_LIMITS.topicTasks);
    expect(large.length).toBeGreaterThan(0);
    for (const { topic, tasks } of large) {
      const page = readFileSync(`${dist}topics/${topic.slug}/index.html`, 'utf8');
      const links = [...page.matchAll(new RegExp(`href="(/topics/${topic.slug}/[a-z]+/)"`, 'g'))].map((m) => m[1]);
      const provinces = new Set(tasks.map((t) => model.documents.find((d) => d.slug === t.doc)!.province));
      expect(links.length).toBe(provinces.size);
      for (const task of tasks) expect(page).not.toContain(`href="${task.url}"`);
      const listed = links.flatMap((link) => [...readFileSync(`${dist}${link.slice(1)}index.html`, 'utf8').matchAll(/href="(\/policies\/[^"]+\/[^"]+\/)"/g)].map((m) => m[1]));
      expect(listed.toSorted()).toEqual(tasks.map((t) => t.url).toSorted());
    }
  });

  it('offers each city once in the search page’s city filter, under its province', () => {
    const html = readFileSync(`${dist}search/index.html`, 'utf8');
    const select = html.slice(html.indexOf('<select name="city">'), html.indexOf('</select>', html.indexOf('<select name="city">')));
    const offered = [...select.matchAll(/<option value="([^"]+)">/g)].map((m) => m[1]);
    const documents = model.documents as { city: string; province: string }[];
    const cities = [...new Set(documents.map((d) => d.city))];
    expect(documents.length).toBeGreaterThan(cities.length);
    expect(offered.toSorted()).toEqual(cities.toSorted());
    const groups = [...select.matchAll(/<optgroup label="([^"]+)">(.*?)<\/optgroup>/gs)];
    expect(groups.map((g) => g[1]).toSorted()).toEqual([...new Set(documents.map((d) => d.province))].toSorted());
    for (const [, province, options] of groups) {
      for (const [, city] of options.matchAll(/<option value="([^"]+)">/g)) {
        expect(documents.some((d) => d.city === city && d.province === province), `${city} under ${province}`).toBe(true);
      }
    }
  });

  it('has no page as large as the whole library, and no broken internal link', () => {
    const pages = builtPages(dist);
    expect(brokenInternalLinks(pages, new Set(builtFiles(dist))).broken).toEqual([]);
    const largest = Math.max(...[...pages.values()].map((p) => statSync(p.file).size));
    expect(largest).toBeLessThan(statSync(join(content.out, 'model.json')).size / 4);
  });
});

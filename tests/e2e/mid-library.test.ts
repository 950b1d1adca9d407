/**
 * A library between the overview limits: a synthetic corpus of 30 plans, more than the home page's
 * cards and more units than /departments/ tables, but few enough plans (src/lib/scale.ts
 * LIST_LIMITS.plans) that overviews still list every plan and city rather than provinces.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIST_LIMITS } from '../../src/lib/scale.ts';
import { brokenInternalLinks, builtFiles, builtPages } from '../helpers/site-files.ts';
import { buildSyntheticLibrary } from '../helpers/synthetic-library.ts';

const { content, site, dist, model } = buildSyntheticLibrary(30);
const page = (path: string) => readFileSync(`${dist}${path}index.html`, 'utf8');

describe('a library between the overview limits', () => {
  it('builds, with more plans than cards and units than one table, and fewer plans than the province overviews need', () => {
    expect(content.status, content.stderr).toBe(0);
    expect(site?.status, `${site?.stdout}${site?.stderr}`).toBe(0);
    expect(model.documents.length).toBeGreaterThan(LIST_LIMITS.planCards);
    expect(model.documents.length).toBeLessThanOrEqual(LIST_LIMITS.plans);
    expect(model.departments.length).toBeGreaterThan(LIST_LIMITS.departments);
  });

  it('lists every plan on /policies/ as a line under its province, which links to the province’s page', () => {
    const html = page('policies/');
    expect(html).not.toContain('class="card"');
    for (const doc of model.documents) expect(html).toContain(`href="${doc.url}"`);
    const provinces = [...html.matchAll(/<h2><a href="\/provinces\/([a-z]+)\/">/g)].map((m) => m[1]);
    expect(provinces.length).toBe(new Set(model.documents.map((d) => d.province)).size);
  });

  it('lists every city on /departments/, each linking to its units, and no province overview', () => {
    const html = page('departments/');
    expect(html).not.toContain('<tbody>');
    expect(html).not.toContain('按省份查看');
    const cities = [...html.matchAll(/href="\/cities\/([a-z]+)\/#departments"/g)].map((m) => m[1]);
    expect(cities.toSorted()).toEqual([...new Set(model.documents.map((d) => d.cityId))].toSorted());
  });

  it('lists every plan on /indicators/ and /about/repairs/, each linking to its own page', () => {
    for (const [overview, own] of [['indicators/', '/indicators/'], ['about/repairs/', '/about/repairs/']]) {
      const html = page(overview);
      for (const doc of model.documents) expect(html, `${overview} links ${doc.slug}`).toContain(`href="${own}${doc.slug}/"`);
    }
  });

  it('has no broken internal link', () => {
    expect(brokenInternalLinks(builtPages(dist), new Set(builtFiles(dist))).broken).toEqual([]);
  });
});

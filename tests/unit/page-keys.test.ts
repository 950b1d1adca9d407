import { afterEach, describe, expect, it } from 'vitest';
import { siteOf } from '../../src/lib/model.ts';
import { planPageKey } from '../../src/lib/page-keys.ts';
import { searchProvinceOf } from '../../src/search/scopes.ts';
import { seedModel } from '../helpers/seeds.ts';

const site = siteOf(seedModel());

describe('a plan page’s cache key', () => {
  afterEach(() => {
    delete process.env.SEARCH_INDEX_RECORDS;
  });

  it('changes when its header box comes to search the plan’s province, as a library past the index limit does', () => {
    const whole = planPageKey(site, 'wuhan-2018', 'entry-digest');
    expect(searchProvinceOf(site.model, '湖北')).toBeUndefined();
    process.env.SEARCH_INDEX_RECORDS = '100';
    expect(searchProvinceOf(site.model, '湖北')).toBe('湖北');
    expect(planPageKey(site, 'wuhan-2018', 'entry-digest')).not.toBe(whole);
    delete process.env.SEARCH_INDEX_RECORDS;
    expect(planPageKey(site, 'wuhan-2018', 'entry-digest')).toBe(whole);
  });
});

import { describe, expect, it } from 'vitest';
import { provinceIndexFolder, provinceInName, type SearchKind } from '../../src/search/contract.ts';
import { groupCities, INDEX_RECORDS, indexingOrder, indexRecordLimit, searchLayout } from '../../src/search/scopes.ts';
import { searchRecords } from '../../src/search/records.ts';
import { indexChunkSize } from '../../src/integrations/search-index.ts';
import { seedModel } from '../helpers/seeds.ts';

const records = searchRecords(seedModel());

describe('the search index by province', () => {
  it('gives every record of a plan, unit or indicator its plan’s province, and a topic none', () => {
    const byProvince = Map.groupBy(records, (r) => r.province);
    expect([...byProvince.keys()].sort()).toEqual(['', '云南', '安徽', '浙江', '湖北'].sort());
    expect(byProvince.get('')!.every((r) => r.kind === 'topic')).toBe(true);
    expect(records.find((r) => r.url === '/departments/wuhan-shi-ke-ji-ju/')?.province).toBe('湖北');
    expect(records.find((r) => r.url === '/policies/hangzhou-2023/2-2-8/')?.province).toBe('浙江');
  });

  it('keeps the four seeds in one index, searched whole', () => {
    const layout = searchLayout(records);
    expect(layout.scopes).toEqual({ scoped: false });
    expect(layout.cities.size).toBe(0);
    expect(layout.indexes).toEqual([{ folder: 'pagefind/', records }]);
  });

  it('past the limit, indexes each province in its own folder and the topics in pagefind/', () => {
    const layout = searchLayout(records, records.length - 1);
    expect(layout.indexes.map((i) => i.folder)).toEqual(['pagefind/', 'pagefind/anhui/', 'pagefind/hubei/', 'pagefind/yunnan/', 'pagefind/zhejiang/']);
    expect(layout.indexes[0].records.every((r) => r.kind === 'topic')).toBe(true);
    expect(layout.indexes.flatMap((i) => i.records.map((r) => r.url)).sort()).toEqual(records.map((r) => r.url).sort());
    const hubei = records.filter((r) => r.province === '湖北').length;
    expect(layout.scopes).toMatchObject({ scoped: true, topics: layout.indexes[0].records.length, provinces: expect.arrayContaining([{ name: '湖北', folders: ['pagefind/hubei/'], records: hubei, cities: 'search/cities/hubei.json' }]) });
    expect(layout.cities.get('hubei')).toEqual(['武汉']);
    expect(layout.cities.size).toBe(4);
  });

  it('splits a province past the limit by city, never a city, each index within the limit', () => {
    // The four seeds as four cities of one province.
    const oneProvince = records.map((r) => ({ ...r, province: r.province && '浙江' }));
    const sizes = [...Map.groupBy(oneProvince.filter((r) => r.province), (r) => r.cities[0]).values()].map((rs) => rs.length);
    const limit = Math.max(...sizes);
    const layout = searchLayout(oneProvince, limit);
    const folders = layout.indexes.slice(1);
    expect(folders.length).toBeGreaterThan(1);
    expect(folders.map((i) => i.folder)).toEqual(folders.map((_, part) => provinceIndexFolder('zhejiang', part)));
    for (const index of folders) expect(index.records.length).toBeLessThanOrEqual(limit);
    const cityFolders = Map.groupBy(folders.flatMap((index) => [...new Set(index.records.map((r) => r.cities[0]))]), (city) => city);
    expect([...cityFolders.values()].every((seen) => seen.length === 1)).toBe(true);
    expect(folders.flatMap((i) => i.records).length).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(layout.scopes.scoped && layout.scopes.provinces.map((p) => p.folders)).toEqual([folders.map((i) => i.folder)]);
  });

  it('groups cities largest first into the first group with room', () => {
    expect(groupCities(new Map([['杭州', 2000], ['宁波', 1800], ['温州', 900]]), 3500)).toEqual([['杭州', '温州'], ['宁波']]);
    expect(groupCities(new Map([['杭州', 5000], ['宁波', 100]]), 3500)).toEqual([['杭州'], ['宁波']]);
  });

  it('reads the limit from SEARCH_INDEX_RECORDS, and refuses one that is not a whole number of at least 1', () => {
    expect(indexRecordLimit({})).toBe(INDEX_RECORDS);
    expect(indexRecordLimit({ SEARCH_INDEX_RECORDS: '200' })).toBe(200);
    for (const bad of ['0', '1.5', 'many']) expect(() => indexRecordLimit({ SEARCH_INDEX_RECORDS: bad })).toThrow(/SEARCH_INDEX_RECORDS is .*whole number of search records per index/);
  });

  it('names folders and provinces as the search page shows them', () => {
    expect([0, 1].map((part) => provinceIndexFolder('zhejiang', part))).toEqual(['pagefind/zhejiang/', 'pagefind/zhejiang-2/']);
    expect(['浙江', '上海', '广西'].map(provinceInName)).toEqual(['浙江省', '上海市', '广西']);
  });

  it('writes larger index chunks for larger indexes, growing as the square root, from 100 to 5,000', () => {
    expect(indexChunkSize(records.length)).toBe(700);
    expect(indexChunkSize(15)).toBe(200);
    expect(indexChunkSize(1)).toBe(100);
    expect(indexChunkSize(4665)).toBe(3100);
    expect(indexChunkSize(4 * 4665)).toBe(5000);
    const sizes = [100, 500, 1000, 2000, 5000, 20000].map(indexChunkSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  });
});

describe('the order records are indexed in', () => {
  const record = (kind: SearchKind, text: string, id: string) => ({ kind, passages: [text], indexOnly: [], id });

  it('groups records by kind, shortest text first, and keeps the model’s order among texts of about one length', () => {
    const records = [
      record('department', '市科技局', 'd1'),
      record('task', '实施专利导航工程，建设产业知识产权运营中心，培育高价值专利组合。', 't-long'),
      record('task', '建设知识产权保护中心。', 't1'),
      record('topic', '专题', 'x'),
      record('task', '建设知识产权维权中心。', 't2'),
      record('indicator', '每万人口高价值发明专利拥有量', 'i1'),
    ];
    expect(indexingOrder(records).map((r) => r.id)).toEqual(['t1', 't2', 't-long', 'd1', 'i1', 'x']);
    // 43 and 42 characters are one step; 43 and 60 are not.
    const steps = [record('task', '知'.repeat(60), 'sixty'), record('task', '知'.repeat(43), 'first'), record('task', '知'.repeat(42), 'second')];
    expect(indexingOrder(steps).map((r) => r.id)).toEqual(['first', 'second', 'sixty']);
  });

  it('orders the seeds’ records by kind, as many as it was given', () => {
    const ordered = indexingOrder(records);
    expect(ordered).toHaveLength(records.length);
    expect(new Set(ordered)).toEqual(new Set(records));
    const kinds = ordered.map((r) => r.kind);
    expect(kinds.filter((k, i) => i > 0 && k !== kinds[i - 1])).toEqual(['department', 'indicator', 'plan', 'topic']);
  });
});

/**
 * The search index by province. A small library (every record under INDEX_RECORDS) is one index,
 * searched whole. A larger one is one index per province, each built by Pagefind in a process of
 * its own, so that the indexer's memory follows a province and not the library, and a search —
 * scoped to a province by default — downloads and scores only that province's pages: Pagefind
 * loads a list of every page of an index before the first query, and the chunk for a query word
 * holds that word's whole posting list. A province past the limit is split by city into several
 * indexes, which the search page merges when that province is searched. Topics span provinces:
 * their records are an index of their own, merged into every search.
 */
import type { PolicyModel } from '../pipeline/model.ts';
import { provinceId } from '../pipeline/provinces.ts';
import { provinceCitiesFile, provinceIndexFolder, SEARCH_KINDS, type SearchScopes } from './contract.ts';
import { searchRecords, type SearchRecord } from './records.ts';

/**
 * Records one index may hold: about 70 plans' worth (a synthetic plan gives about 73 records).
 * Past it, a province is split by city, which bounds the indexer's memory (a process holds one
 * index at a time); but merged indexes cost a search more than one of the same records, since each
 * query word is fetched from each index and each metadata file compresses on its own (five merged
 * indexes of the whole 1,000-plan library cost a first query 1,041 KB against 889 KB for one). So
 * the limit sits above the largest province measured, 山西 of the 1,000-plan corpus (64 plans,
 * 4,665 records: 138–163 KB for a first query, merged with the topics' index), and a split is for provinces larger
 * still. `SEARCH_INDEX_RECORDS` sets another limit (the tests use a low one to index the four seeds
 * by province).
 */
export const INDEX_RECORDS = 5_000;

/** The limit in force: INDEX_RECORDS, or `SEARCH_INDEX_RECORDS` when set. */
export function indexRecordLimit(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SEARCH_INDEX_RECORDS;
  if (raw === undefined || raw === '') return INDEX_RECORDS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`SEARCH_INDEX_RECORDS is "${raw}"; expected a whole number of search records per index, at least 1 (default ${INDEX_RECORDS}).`);
  }
  return value;
}

/**
 * The order an index's records are given to Pagefind: by kind, and within a kind from the shortest
 * text to the longest, in steps of a tenth. Pagefind numbers pages in the order they come, and
 * writes each page's word count in that order into the metadata every search downloads first, and
 * each word's pages by number into its index chunk: neighbours alike compress better. Measured on
 * the largest province of the 1,000-plan corpus (4,650 records), against the model's order:
 * metadata 32.7 → 30.8 KB, the chunks of 知识产权保护中心 28.6 → 23.7 KB, of
 * 每万人口高价值发明专利拥有量 30.0 → 23.0 KB. Pagefind breaks ties in score by this order, and
 * within a step the model's order stays: the query set scores the same (N = 100: recall@5 0.906,
 * MRR 0.802 either way). Sorted by exact length, the bytes were a little smaller (30.1, 22.2,
 * 20.5 KB) but MRR fell to 0.784: a task and its copy in another city's plan, which tie, were
 * reordered by the length of the city's name.
 * @example indexingOrder(records).map((r) => r.kind) // ['task', 'task', …, 'department', …, 'topic']
 */
export function indexingOrder<T extends Pick<SearchRecord, 'kind' | 'passages' | 'indexOnly'>>(records: readonly T[]): T[] {
  const length = (r: T) => r.passages.reduce((n, p) => n + p.length, 0) + r.indexOnly.reduce((n, p) => n + p.length, 0);
  // Lengths in steps of a tenth, so that records Pagefind scores alike (a plan's task and the same
  // task in another city's plan) keep the model's order among them, which breaks Pagefind's ties.
  const keyed = records.map((record) => ({ record, kind: SEARCH_KINDS.indexOf(record.kind), length: Math.floor(Math.log(1 + length(record)) / Math.log(1.1)) }));
  return keyed.sort((a, b) => a.kind - b.kind || a.length - b.length).map((k) => k.record);
}

/** One Pagefind index: the folder it is written to under the site's root, and its records. */
export interface IndexPlan<T> {
  folder: string;
  records: T[];
}

/**
 * A province's cities in groups of at most `limit` records, largest city first into the first group
 * with room (a city past the limit alone is a group of its own). Cities are never split, so a
 * city's records share one index and its word statistics.
 * @example groupCities(new Map([['杭州', 2000], ['宁波', 1800], ['温州', 900]]), 3500) // [['杭州', '温州'], ['宁波']]
 */
export function groupCities(records: ReadonlyMap<string, number>, limit: number): string[][] {
  const groups: { cities: string[]; records: number }[] = [];
  const bySize = [...records].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
  for (const [city, count] of bySize) {
    const group = groups.find((g) => g.records + count <= limit);
    if (group) {
      group.cities.push(city);
      group.records += count;
    } else groups.push({ cities: [city], records: count });
  }
  return groups.map((g) => g.cities);
}

/** The search index's layout: the indexes to write, and what the search page needs to find them. */
export interface SearchLayout<T> {
  indexes: IndexPlan<T>[];
  scopes: SearchScopes;
  /** In a library searched by province, each province's cities by the province's id (`zhejiang`), for provinceCitiesFile. */
  cities: Map<string, string[]>;
}

/**
 * Where each record is indexed. Up to the limit, everything is one index in `pagefind/`. Past it,
 * `pagefind/` holds the topics, and each province its own folder (`pagefind/zhejiang/`), or, past
 * the limit, one folder per group of its cities (`pagefind/zhejiang-2/`…).
 * @example searchLayout(records, 3500).indexes.map((i) => i.folder) // ['pagefind/'] for the four seeds
 */
export function searchLayout<T extends Pick<SearchRecord, 'province' | 'cities'>>(records: readonly T[], limit = indexRecordLimit()): SearchLayout<T> {
  if (records.length <= limit) return { indexes: [{ folder: 'pagefind/', records: [...records] }], scopes: { scoped: false }, cities: new Map() };
  const indexes: IndexPlan<T>[] = [{ folder: 'pagefind/', records: records.filter((r) => r.province === '') }];
  const provinces: Extract<SearchScopes, { scoped: true }>['provinces'] = [];
  const citiesById = new Map<string, string[]>();
  const byProvince = Map.groupBy(records.filter((r) => r.province !== ''), (r) => r.province);
  for (const [name, mine] of [...byProvince].sort((a, b) => a[0].localeCompare(b[0], 'zh'))) {
    const byCity = Map.groupBy(mine, (r) => r.cities[0]);
    const groups = mine.length <= limit ? [[...byCity.keys()]] : groupCities(new Map([...byCity].map(([city, rs]) => [city, rs.length])), limit);
    const folders = groups.map((cities, part) => {
      const folder = provinceIndexFolder(provinceId(name), part);
      indexes.push({ folder, records: cities.flatMap((city) => byCity.get(city) ?? []) });
      return folder;
    });
    citiesById.set(provinceId(name), [...byCity.keys()].sort((a, b) => a.localeCompare(b, 'zh')));
    provinces.push({ name, folders, records: mine.length, cities: provinceCitiesFile(provinceId(name)) });
  }
  return { indexes, scopes: { scoped: true, provinces, topics: indexes[0].records.length }, cities: citiesById };
}

const layouts = new WeakMap<PolicyModel, Map<number, SearchLayout<SearchRecord>>>();

/**
 * The layout of the model's search records with the limit in force, computed once per model and
 * limit: the search page and every page whose header box is scoped read it.
 */
export function modelSearchLayout(model: PolicyModel, limit = indexRecordLimit()): SearchLayout<SearchRecord> {
  const byLimit = layouts.get(model) ?? new Map<number, SearchLayout<SearchRecord>>();
  layouts.set(model, byLimit);
  let layout = byLimit.get(limit);
  if (!layout) {
    layout = searchLayout(searchRecords(model), limit);
    byLimit.set(limit, layout);
  }
  return layout;
}

/**
 * The province a page's header box searches: the page's own when the library is searched by
 * province, else undefined (a small library is searched whole from every page).
 * @example searchProvinceOf(model, '浙江') // undefined for the four seeds
 */
export function searchProvinceOf(model: PolicyModel, province: string | undefined): string | undefined {
  const { scopes } = modelSearchLayout(model);
  return scopes.scoped && province && scopes.provinces.some((p) => p.name === province) ? province : undefined;
}

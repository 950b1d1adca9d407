/**
 * What the search index and the search page agree on: the kinds of result, the filters, the
 * metadata each result carries, and the sentinel between a record's text and its Simplified copy.
 * Imported by the build (records, record HTML) and by the browser (the search page), so it holds
 * constants and pure functions only.
 */

/** What a result is, in the order result groups appear when nothing else decides. */
export const SEARCH_KINDS = ['task', 'department', 'indicator', 'plan', 'topic'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Chinese names of the kinds, for the kind filter and group headings. */
export const KIND_NAMES: Readonly<Record<SearchKind, string>> = {
  task: '任务', department: '部门', indicator: '指标', plan: '方案', topic: '专题',
};

/**
 * Pagefind filters on every record: `city` (杭州…) and `kind` (task…), the two the search page
 * offers. No more: each filter a query names costs a chunk holding every value, and a loaded filter
 * is scanned on every later search.
 */
export type SearchFilter = 'city' | 'kind';

/**
 * Metadata of a result. `name` is the heading in the source script, `lang` that script, `names`
 * every name the record answers to (joined by `｜`); `plan`, `path`, `owners` and `detail` are
 * shown under the heading. `title` (Simplified, spaced words) is for Pagefind's ranking only.
 */
export interface ResultMeta {
  name: string;
  kind: SearchKind;
  lang: 'zh-Hans' | 'zh-Hant';
  city: string;
  names?: string;
  plan?: string;
  path?: string;
  owners?: string;
  detail?: string;
}

/** Separates `names` in the metadata. */
export const NAMES_SEPARATOR = '｜';

/**
 * Separates a record's text from its Simplified copy in Pagefind's stored content. It is a symbol
 * (U+3013), so Pagefind indexes no word for it, and no plan uses it.
 */
export const COPY_SENTINEL = '〓';

/**
 * Files of Pagefind's bundle (in /pagefind/) that every search needs before it can start: its
 * script, and the wasm for an index without a stemmer, which Pagefind names `unknown` for zh. The
 * search page asks for them while it loads; the build fails if Pagefind ever names them otherwise.
 */
export const PAGEFIND_STARTUP = { script: 'pagefind.js', wasm: 'wasm.unknown.pagefind' } as const;

/**
 * The file under the site's root holding the Traditional → Simplified table (a JSON string of
 * pairs, script-table.ts), which the search page fetches the first time a query or a result holds
 * a Traditional character; the page itself embeds only which characters those are.
 */
export const SCRIPT_TABLE_FILE = 'search/script-table.json';

/** What the search page's `province` parameter says to search every province. */
export const ALL_PROVINCES = 'all';

/** Where the search page keeps the province a reader chose, in localStorage. */
export const PROVINCE_STORAGE_KEY = 'zhengceku:search-province';

/**
 * Where the search index is, as the search page reads it (embedded as JSON). A small library is
 * one index in `pagefind/`, searched whole. A large one has an index per province (several, by
 * city, for a province past the limit) in folders under `pagefind/`, and `pagefind/` itself holds
 * the index of the topics, which span provinces: the page opens it and merges the indexes of the
 * province searched, or of every province.
 */
export type SearchScopes =
  | { scoped: false }
  | {
    scoped: true;
    provinces: ProvinceIndexes[];
    /** Records in the topics' index (`pagefind/`), merged into every search: see topicsIndexWeight. */
    topics: number;
  };

/** A province's indexes in a large library. */
export interface ProvinceIndexes {
  /** Short name, as `?province=` names it: 浙江. */
  name: string;
  /** Folders of its indexes under the site's root: `pagefind/zhejiang/`, `pagefind/zhejiang-2/`. */
  folders: string[];
  /** Records in its indexes. */
  records: number;
  /**
   * Its cities for the city filter, as a file the search page fetches for the province searched
   * (`search/cities/zhejiang.json`): listed in the page, the cities of every province cost each
   * first query about 4 KB at 1,000 plans.
   */
  cities: string;
}

/**
 * The file under the site's root listing a province's cities, a JSON array of names.
 * @example provinceCitiesFile('zhejiang') // 'search/cities/zhejiang.json'
 */
export function provinceCitiesFile(provinceId: string): string {
  return `search/cities/${provinceId}.json`;
}

/**
 * The folder of a province's index `part` (from 0) under the site's root.
 * @example provinceIndexFolder('zhejiang', 0) // 'pagefind/zhejiang/'
 * @example provinceIndexFolder('zhejiang', 1) // 'pagefind/zhejiang-2/'
 */
export function provinceIndexFolder(provinceId: string, part: number): string {
  return part === 0 ? `pagefind/${provinceId}/` : `pagefind/${provinceId}-${part + 1}/`;
}

/**
 * How the search box names a province in its scope: 在浙江省内搜索, 在上海市内搜索, 在广西内搜索.
 * @example provinceInName('浙江') // '浙江省'
 */
export function provinceInName(name: string): string {
  if (['北京', '天津', '上海', '重庆'].includes(name)) return `${name}市`;
  if (['内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门'].includes(name)) return name;
  return `${name}省`;
}

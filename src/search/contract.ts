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

/** Pagefind filters on every record: `city` (杭州…) and `kind` (task…); tasks also carry `lead`, their lead units by full name. */
export type SearchFilter = 'city' | 'kind' | 'lead';

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
 * Where part `part` (from 0) of the index is written, under the site's root: the first is
 * Pagefind's own folder, the others are folders inside it (see parts.ts). The search page opens
 * the first and merges the others.
 * @example indexPartFolder(0) // 'pagefind/'
 * @example indexPartFolder(2) // 'pagefind/part-3/'
 */
export function indexPartFolder(part: number): string {
  return part === 0 ? 'pagefind/' : `pagefind/part-${part + 1}/`;
}

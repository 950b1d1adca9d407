/**
 * The search page: reads `?q=`, `?city=` and `?kind=`, runs the query on load and as you type,
 * keeps the address shareable, and shows results grouped by kind with plan, path, owners and an
 * excerpt in the source's script. Pagefind and the index load only here, on first use.
 *
 * A large library is searched by province (src/search/scopes.ts): `?province=浙江` opens that
 * province's indexes, `?province=all` every province's; without either, the province the reader
 * chose last (kept in localStorage), else none, and the page asks for one before it searches.
 *
 * Test contract: `[data-search-results]` holds one `<a>` per result and carries
 * `data-state="done"` once the results on screen are complete (`idle`, `loading`, `error` otherwise).
 */
import { ALL_PROVINCES, COPY_SENTINEL, KIND_NAMES, NAMES_SEPARATOR, PAGEFIND_STARTUP, PROVINCE_STORAGE_KEY, provinceInName, SCRIPT_TABLE_FILE, type ProvinceIndexes, type ResultMeta, type SearchKind, type SearchScopes } from '../../search/contract.ts';
import { excerptHtml } from './excerpt.ts';
import { decodeCharSet, holdsAny, normaliseQuery, queryWords, readTable, type SimplifiedTable } from './normalise.ts';
import { groupResults, matchOf, topicsIndexWeight, type Match } from './rank.ts';

/** The parts of Pagefind's browser API this page uses (pagefind.js, 1.6). */
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; content: string; meta: ResultMeta & Record<string, string> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: { filters?: Record<string, string> }) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
}

interface Shown {
  url: string;
  kind: SearchKind;
  rank: number;
  match: Match;
  meta: ResultMeta;
  text: string;
}

/**
 * Results whose data (one small file each) is loaded at a time: enough for the re-ranking to find
 * the literal matches Pagefind ranks a little lower, few enough to keep a query fast and light.
 * Ten, because a theme typed (知识产权质押融资) is most of several indicators' names, which
 * Pagefind ranks above the tasks that carry the theme out (places 6 to 10): the re-ranking can put
 * those tasks first only if it sees them. Each file more costs a query about a kilobyte.
 */
const PAGE = 10;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
const filters = document.querySelector<HTMLElement>('#search-filters')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const empty = document.querySelector<HTMLElement>('#search-empty')!;
/** The Traditional characters the table turns Simplified; the table itself is fetched when needed. */
const traditional = decodeCharSet(JSON.parse(document.querySelector('#search-traditional')!.textContent ?? '""') as string);
/** Traditional → Simplified: empty until a query or result holds a Traditional character. */
let table: SimplifiedTable = new Map();
let tableFile: Promise<SimplifiedTable> | undefined;
const scopes = JSON.parse(document.querySelector('#search-scopes')!.textContent ?? '{"scoped":false}') as SearchScopes;
const provinceSelect = form.elements.namedItem('province') as HTMLSelectElement | null;
const citySelect = form.elements.namedItem('city') as HTMLSelectElement;

let pagefind: Promise<Pagefind> | undefined;

/**
 * How Pagefind ranks: it boosts the spaced Simplified names (`title`) and ignores display-only
 * metadata; page length counts for less than its default (0.75), under which a broad word such as
 * 知识产权 listed only thirty-word indicator pages.
 */
const RANKING = { pageLength: 0.3, metaWeights: { title: 5, name: 0, names: 0, kind: 0, lang: 0, city: 0, plan: 0, path: 0, owners: 0, detail: 0 } };

/**
 * The index's tag, written into the page by the build: Pagefind asks for its entry file with it
 * (`pagefind-entry.json?ts=<tag>`), so the file may be cached until the index changes.
 */
const metaCacheTag = form.dataset.metaCacheTag || undefined;

/**
 * The province searched in a large library: the address's, else the one chosen last here; `all`
 * for every province; undefined while none is chosen. A small library has none: it is searched whole.
 */
function provinceOfPage(): string | undefined {
  if (!scopes.scoped) return undefined;
  const known = (name: string | null | undefined) => name && (name === ALL_PROVINCES || scopes.provinces.some((p) => p.name === name)) ? name : undefined;
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(PROVINCE_STORAGE_KEY);
  } catch { /* storage refused: nothing remembered */ }
  return known(new URLSearchParams(location.search).get('province')) ?? known(stored);
}

const province = provinceOfPage();

/**
 * The provinces searched, whose indexes are merged into `pagefind/` and whose cities the city
 * filter lists: none for a small library, or while no province is chosen.
 */
const searched: ProvinceIndexes[] = scopes.scoped && province ? scopes.provinces.filter((p) => province === ALL_PROVINCES || p.name === province) : [];

/**
 * The weight of the topics' index (rank.ts) for the indexes merged with it: their records per index.
 * 1 for a small library, searched as one index.
 */
function topicsWeight(): number {
  const indexes = searched.reduce((n, p) => n + p.folders.length, 0);
  if (!scopes.scoped || indexes === 0) return 1;
  return topicsIndexWeight(scopes.topics, searched.reduce((n, p) => n + p.records, 0) / indexes);
}

/**
 * Pagefind, loaded once, on the main thread: for an index this small a worker only adds its own
 * 40 KB script and a message round trip per call. It opens `pagefind/`, the whole index of a small
 * library, or in a large one the topics' index, into which the indexes of the province searched
 * are merged once its wasm is loaded (a merge started before that polls for it every 50 ms).
 * Every index ranks the same way; the topics' scores are weighed against the province's (topicsWeight).
 */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const module = (await import(/* @vite-ignore */ `${base}pagefind/${PAGEFIND_STARTUP.script}`)) as Pagefind;
    await module.options({ noWorker: true, ranking: RANKING, indexWeight: topicsWeight(), ...(metaCacheTag ? { metaCacheTag } : {}) });
    await module.init();
    await Promise.all(searched.flatMap((p) => p.folders).map((folder) => module.mergeIndex(`${base}${folder}`, { ranking: RANKING, ...(metaCacheTag ? { metaCacheTag } : {}) })));
    return module;
  })().catch((error: unknown) => {
    pagefind = undefined; // the next query tries again
    throw error;
  });
  return pagefind;
}

/**
 * The table for these texts: the one already at hand unless one of them holds a Traditional
 * character, and then the whole table, fetched once (SCRIPT_TABLE_FILE, about 2 KB). A search in
 * Simplified among Simplified plans never fetches it.
 */
async function tableFor(texts: readonly string[]): Promise<SimplifiedTable> {
  if (table.size > 0 || !texts.some((text) => holdsAny(text, traditional))) return table;
  tableFile ??= fetch(`${import.meta.env.BASE_URL}${SCRIPT_TABLE_FILE}`)
    .then((response) => {
      if (!response.ok) throw new Error(`${SCRIPT_TABLE_FILE} answered ${response.status}`);
      return response.json() as Promise<string>;
    })
    .then(readTable)
    .catch((error: unknown) => {
      tableFile = undefined; // the next query tries again
      throw error;
    });
  table = await tableFile;
  return table;
}

function setState(state: 'idle' | 'loading' | 'done' | 'error'): void {
  list.dataset.state = state;
  list.setAttribute('aria-busy', String(state === 'loading'));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

/** Owners as the result shows them, by role; the units that lead (牵头, 负责, 全篇牵头) are marked. */
function ownersLine(owners: string): HTMLElement {
  const line = el('p', { class: 'result-owners' });
  owners.split('；').forEach((part, i) => {
    const [role, names = ''] = part.split('：');
    if (i > 0) line.append('；');
    line.append(role === '配合' ? role : el('strong', { class: 'lead' }, role), `：${names}`);
  });
  return line;
}

function resultItem(result: Shown, query: string, words: readonly string[]): HTMLLIElement {
  const { meta } = result;
  const where = [meta.city, meta.path, meta.detail].filter(Boolean).join(' · ');
  const excerpt = el('p', { class: 'result-excerpt', lang: meta.lang });
  excerpt.innerHTML = excerptHtml(result.text, query, words, table);
  return el('li', { class: 'result', 'data-match': result.match },
    el('a', { href: result.url, class: 'result-title', lang: meta.lang }, meta.name),
    el('p', { class: 'result-where' }, where, ...(meta.plan && result.kind !== 'plan' ? [' · ', el('span', { lang: meta.lang }, `《${meta.plan}》`)] : [])),
    ...(meta.owners ? [ownersLine(meta.owners)] : []),
    excerpt);
}

function describeFilters(filterValues: Record<string, string>): string {
  const scope = province === ALL_PROVINCES ? '全部省份' : province && provinceInName(province);
  const parts = [scope, filterValues.city, filterValues.kind && KIND_NAMES[filterValues.kind as SearchKind]].filter(Boolean);
  return parts.length > 0 ? `（筛选：${parts.join('、')}）` : '';
}

function render(shown: readonly Shown[], query: string, total: number, filterValues: Record<string, string>): void {
  const words = queryWords(query);
  const groups = groupResults(shown);
  list.replaceChildren(...groups.map((group) => {
    const id = `results-${group.kind}`;
    return el('section', { class: 'result-group', 'aria-labelledby': id, 'data-kind': group.kind },
      el('h2', { id }, KIND_NAMES[group.kind]),
      el('ol', { class: 'results' }, ...group.items.map((r) => resultItem(r, query, words))));
  }));
  // Pagefind drops a word that matches nothing and ANDs the rest: when no result holds every word,
  // say so, and offer the same ways on as for no result at all.
  const partial = total > 0 && shown.every((r) => r.match === 'partial');
  empty.hidden = total > 0 && !partial;
  more.hidden = shown.length >= total;
  const filtered = describeFilters(filterValues);
  status.textContent = total === 0
    ? `没有找到与“${query}”相符的结果${filtered}。`
    : partial
      ? `没有同时包含“${query}”全部字词的结果${filtered}；下面 ${total} 项只含其中一部分。`
      : `“${query}”${filtered}：找到 ${total} 项${shown.length < total ? `，按相关程度显示前 ${shown.length} 项` : ''}。`;
}

async function load(results: readonly PagefindResult[], from: number, query: string, words: readonly string[]): Promise<Shown[]> {
  const loaded = await Promise.all(results.slice(from, from + PAGE).map(async (result) => {
    const data = await result.data();
    const meta = data.meta as ResultMeta;
    return { url: data.url, meta, names: (meta.names ?? meta.name).split(NAMES_SEPARATOR), text: data.content.split(COPY_SENTINEL)[0].trim() };
  }));
  // A result in Traditional script is matched and excerpted through the table.
  const folding = await tableFor(loaded.flatMap((r) => [r.text, ...r.names]));
  return loaded.map(({ url, meta, names, text }, i) => {
    const candidate = { kind: meta.kind, rank: from + i, names, text };
    return { url, kind: meta.kind, rank: from + i, match: matchOf(candidate, query, words, folding), meta, text };
  });
}

let latest = 0;
let current: { query: string; filters: Record<string, string>; results: PagefindResult[]; shown: Shown[] } | undefined;

/** The chosen filters, also kept in the address. */
function chosen(): Record<string, string> {
  const data = new FormData(form);
  const out: Record<string, string> = {};
  for (const name of ['city', 'kind']) {
    const value = String(data.get(name) ?? '');
    if (value) out[name] = value;
  }
  return out;
}

function remember(raw: string, filterValues: Record<string, string>): void {
  const params = new URLSearchParams();
  if (raw.trim()) params.set('q', raw.trim());
  if (province) params.set('province', province);
  for (const [key, value] of Object.entries(filterValues)) params.set(key, value);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

async function run(): Promise<void> {
  const ticket = ++latest;
  const raw = input.value;
  const filterValues = chosen();
  // Empty or not whatever the table: it turns one character into one.
  if (!normaliseQuery(raw, table)) {
    remember(raw, filterValues);
    current = undefined;
    list.replaceChildren();
    status.textContent = '';
    empty.hidden = true;
    more.hidden = true;
    setState('idle');
    return;
  }
  if (scopes.scoped && !province) {
    remember(raw, filterValues);
    current = undefined;
    list.replaceChildren();
    status.textContent = '请先选择要搜索的省份。';
    empty.hidden = true;
    more.hidden = true;
    setState('idle');
    return;
  }
  setState('loading');
  try {
    const [pf, folding] = await Promise.all([loadPagefind(), tableFor([raw])]);
    const query = normaliseQuery(raw, folding);
    const response = await pf.search(query, { filters: filterValues });
    if (ticket !== latest) return;
    // Pagefind answers null only to a preload; anything else would leave the list loading for ever.
    if (!response) throw new Error(`Pagefind answered the search for "${query}" with nothing.`);
    const words = queryWords(query);
    const shown = await load(response.results, 0, query, words);
    if (ticket !== latest) return;
    current = { query, filters: filterValues, results: response.results, shown };
    render(shown, query, response.results.length, filterValues);
    setState('done');
  } catch (error) {
    if (ticket !== latest) return;
    status.textContent = '搜索出错了，请刷新页面再试；也可以直接浏览任务、部门和指标一览。';
    setState('error');
    throw error;
  } finally {
    // The address follows once this query has its answer: changing it earlier makes the browser
    // fetch the page's icon again, in the same moment as the query's own requests.
    if (ticket === latest) remember(raw, filterValues);
  }
}

/** Loads the next results; focus moves to the first of them, since the button may disappear. */
async function showMore(): Promise<void> {
  if (!current) return;
  const ticket = latest;
  setState('loading');
  let next: Shown[];
  try {
    next = await load(current.results, current.shown.length, current.query, queryWords(current.query));
  } catch (error) {
    status.textContent = '更多结果没能载入，请再试一次。';
    setState('error');
    throw error;
  }
  if (ticket !== latest) return;
  current.shown = [...current.shown, ...next];
  render(current.shown, current.query, current.results.length, current.filters);
  setState('done');
  if (next[0]) list.querySelector<HTMLAnchorElement>(`a[href="${CSS.escape(next[0].url)}"]`)?.focus();
}

let typing: ReturnType<typeof setTimeout> | undefined;

/** The cities of the provinces searched, each province's from its file, as optgroups of the city filter. */
async function addCities(searched: readonly ProvinceIndexes[]): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const lists = await Promise.all(searched.map(async (p) => {
    const response = await fetch(`${base}${p.cities}`);
    if (!response.ok) throw new Error(`${p.cities} answered ${response.status}`);
    return (await response.json()) as string[];
  }));
  citySelect.append(...searched.map((p, i) => el('optgroup', { label: p.name }, ...lists[i].map((city) => el('option', { value: city }, city)))));
}

/**
 * In a large library: shows the province searched in its select and the note on scopes, keeps the
 * choice, and fills the city filter with the province's cities, which it fetches (the page does not
 * list every province's). Choosing another province opens the page again for it, since the indexes
 * of one scope stay merged into Pagefind for the page's life.
 */
async function showScope(): Promise<void> {
  if (!scopes.scoped || !provinceSelect) return;
  provinceSelect.value = province ?? '';
  document.querySelector<HTMLElement>('[data-scope-note]')!.hidden = false;
  provinceSelect.addEventListener('change', () => {
    const next = new URLSearchParams();
    const q = input.value.trim();
    if (q) next.set('q', q);
    if (provinceSelect.value) next.set('province', provinceSelect.value);
    const kind = (form.elements.namedItem('kind') as HTMLSelectElement).value;
    if (kind) next.set('kind', kind);
    location.assign(`${location.pathname}?${next}`);
  });
  if (!province) return;
  try {
    localStorage.setItem(PROVINCE_STORAGE_KEY, province);
  } catch { /* storage refused: the choice holds for this page only */ }
  // Pagefind starts loading meanwhile: the query waits for the cities only if they are slower.
  if (input.value.trim()) loadPagefind().catch(() => { /* the search itself reports it */ });
  try {
    await addCities(searched);
  } catch (error) {
    // Search works without the city filter; it offers 全部 only.
    console.error('城市列表未能载入', error);
  }
}

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
const scopeShown = showScope();

/** Sets the filters the address names, once the city filter has its options. */
function chooseFromAddress(): void {
  for (const name of ['city', 'kind']) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const value = params.get(name);
    if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
}

filters.hidden = false;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  void run();
});
input.addEventListener('input', () => {
  clearTimeout(typing);
  // While the reader types, fetch the index chunks the words so far need; the search runs once typing pauses.
  const raw = input.value;
  tableFor([raw])
    .then(async (folding) => {
      const query = normaliseQuery(raw, folding);
      if (query) await (await loadPagefind()).preload(query, { filters: chosen() });
    })
    .catch(() => { /* the search itself reports it */ });
  typing = setTimeout(() => void run(), 200);
});
input.addEventListener('focus', () => loadPagefind().catch(() => { /* the search itself reports it */ }), { once: true });
form.addEventListener('change', (event) => {
  if (event.target !== input && event.target !== provinceSelect) void run();
});
more.addEventListener('click', () => void showMore());
void scopeShown.then(() => {
  chooseFromAddress();
  return run();
});

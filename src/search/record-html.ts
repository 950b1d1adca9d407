/**
 * A search record as the HTML page Pagefind indexes: passages as paragraphs in the source script,
 * then — after a sentinel that is never indexed — the heading line as `<h1>` and a Simplified copy
 * of everything written in Traditional script, so that a Simplified query finds the Traditional
 * plan while excerpts keep the original. Result metadata and filters ride on empty elements.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { shadow } from '../pipeline/script.ts';
import { COPY_SENTINEL, NAMES_SEPARATOR, type SearchFilter } from './contract.ts';
import type { SearchRecord } from './records.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The record's names in Simplified words separated by spaces, each word once. Pagefind splits
 * metadata on spaces only, so an unspaced Chinese title would be one word that no query word
 * matches, and the boost Pagefind gives to `title` matches would never apply. The browser segments
 * queries with the same ICU word segmenter (`Intl.Segmenter`), so its words meet these.
 * @example rankingTitle(['實施專利導航工程']) // '实施 专利 导航 工程'
 */
export function rankingTitle(names: readonly string[]): string {
  const words = names.flatMap((name) => [...segmenter.segment(shadow(name))].filter((s) => s.isWordLike).map((s) => s.segment));
  return [...new Set(words)].join(' ');
}

/** One field of metadata: `key:value` on an empty element, which Pagefind reads and does not index as text. */
function meta(key: string, value: string | undefined): Element[] {
  return value ? [h('span', { dataPagefindMeta: `${key}:${value.replace(/\s+/g, ' ')}` })] : [];
}

function filter(key: SearchFilter, values: readonly string[]): Element[] {
  return values.map((value) => h('span', { dataPagefindFilter: `${key}:${value}` }));
}

/**
 * The record's passages come first, so that the text before the sentinel is what an excerpt may
 * show; after it come the heading (weighted as an `<h1>`, and shown as the result's title, not in
 * its excerpt) and the Simplified copy of whatever is written in Traditional script.
 * @example recordHtml(record) // '<!doctype html><html lang="zh-Hant">…<body><p>支持銀行…</p><p>〓</p><h1>8.加強知識產權金融服務供給。</h1><div><h1>8.加强知识产权金融服务供给。</h1><p>支持银行…</p></div>…'
 */
export function recordHtml(record: SearchRecord): string {
  const [heading = record.title, ...rest] = record.passages;
  const copies = [heading, ...rest].flatMap((passage, i) => {
    const simplified = shadow(passage);
    return simplified === passage ? [] : [h(i === 0 ? 'h1' : 'p', simplified)];
  });
  const tree = h('html', { lang: record.lang }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('title', record.title)]),
    h('body', [
      ...rest.map((p) => h('p', p)),
      h('p', COPY_SENTINEL),
      h('h1', heading),
      ...record.indexOnly.map((p) => h('p', p)),
      ...(copies.length > 0 ? [h('div', copies)] : []),
      ...meta('title', rankingTitle([record.title, ...record.names, ...(record.themes ?? [])])),
      ...meta('name', record.title),
      ...meta('kind', record.kind),
      ...meta('lang', record.lang),
      // A record of several cities (a topic) names them in its detail, not as its city.
      ...meta('city', record.cities.length === 1 ? record.cities[0] : undefined),
      ...meta('plan', record.plan),
      ...meta('path', record.path),
      ...meta('owners', record.owners),
      ...meta('detail', record.detail),
      ...meta('names', record.names.join(NAMES_SEPARATOR)),
      ...filter('city', record.cities),
      ...filter('kind', [record.kind]),
    ]),
  ]);
  return `<!doctype html>${toHtml(tree)}`;
}

/**
 * Excerpts in the source's own script: the stretch of a record's text around the query, with the
 * match marked. Matching ignores script, width, spaces and punctuation (see normalise.ts), and its
 * offsets point into the original text, so a Simplified query marks Traditional characters.
 */
import { compact, type CompactText, type SimplifiedTable } from './normalise.ts';

/** `[start, end)` in the original text. */
export interface Span {
  start: number;
  end: number;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/** Where `needle` occurs in `source`, whose compact form the caller made once for all its needles. */
function spansOf(source: string, { text, offsets }: CompactText, needle: string, table: SimplifiedTable): Span[] {
  const target = compact(needle, table).text;
  return occurrences(text, target).map((at) => {
    const last = offsets[at + target.length - 1];
    return { start: offsets[at], end: last + (source.codePointAt(last)! > 0xffff ? 2 : 1) };
  });
}

/**
 * Where the whole query occurs in the text.
 * @example literalSpans('市科技局〈市知識產權局〉', '市知识产权局', table) // [{ start: 5, end: 11 }]
 */
export function literalSpans(source: string, query: string, table: SimplifiedTable): Span[] {
  return spansOf(source, compact(source, table), query, table);
}

/** Where each of the query's words occurs, with the word's index. */
export function wordSpans(source: string, words: readonly string[], table: SimplifiedTable): (Span & { word: number })[] {
  const folded = compact(source, table);
  return words.flatMap((word, index) => spansOf(source, folded, word, table).map((span) => ({ ...span, word: index })))
    .sort((a, b) => a.start - b.start);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The window start that shows the most distinct words, each window starting a little before a match. */
function bestStart(spans: readonly (Span & { word: number })[], length: number, lead: number): number {
  let best = { start: 0, words: 0 };
  for (const span of spans) {
    const start = Math.max(0, span.start - lead);
    const words = new Set(spans.filter((s) => s.start >= start && s.end <= start + length).map((s) => s.word)).size;
    if (words > best.words) best = { start, words };
  }
  return best.start;
}

/**
 * The excerpt as HTML (escaped, matches in `<mark>`): around the first literal match of the query,
 * or else the stretch with the most query words, or else the beginning.
 * @example excerptHtml('1.加強知識產權金融服務供給。支持銀行…', '金融服务', ['金融', '服务'], table) // '1.加強知識產權<mark>金融服務</mark>供給。支持銀行…'
 */
export function excerptHtml(source: string, query: string, words: readonly string[], table: SimplifiedTable, length = 80): string {
  const lead = 16;
  const literal = literalSpans(source, query, table);
  const spans: (Span & { word: number })[] = literal.length > 0 ? literal.map((s) => ({ ...s, word: 0 })) : wordSpans(source, words, table);
  const start = literal.length > 0 ? Math.max(0, literal[0].start - lead) : bestStart(spans, length, lead);
  const end = Math.min(source.length, start + length);
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const span of spans) {
    if (span.start < at || span.end > end) continue;
    html += `${escapeHtml(source.slice(at, span.start))}<mark>${escapeHtml(source.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  html += escapeHtml(source.slice(at, end)) + (end < source.length ? '…' : '');
  return html;
}

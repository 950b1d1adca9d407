/**
 * A run of source text with marks over parts of it (an owner's link, a numbering label, a
 * repaired spot) rendered as hast. Marks of an outer layer contain those of inner layers; an
 * inner mark that crosses an outer one is split in two, so every character is rendered once
 * and in order. A mark with no width (a removed piece of text) is inserted where it stands.
 */
import type { ElementContent } from 'hast';

/** A mark over `[start, end)` of the text; `layer` 0 is outermost. */
export interface Mark {
  start: number;
  end: number;
  layer: number;
  wrap: (children: ElementContent[]) => ElementContent;
}

type Transform = (text: string) => string;

function renderRange(source: string, from: number, to: number, marks: readonly Mark[], last: boolean, transform: Transform): ElementContent[] {
  const text = (value: string): ElementContent[] => (value ? [{ type: 'text', value: transform(value) }] : []);
  const inside = marks.filter((m) =>
    m.start === m.end ? m.start >= from && (m.start < to || (last && m.start === to)) : m.end > from && m.start < to);
  const wide = inside.filter((m) => m.start !== m.end);
  if (wide.length === 0 && inside.length === 0) return text(source.slice(from, to));
  const layer = Math.min(...inside.map((m) => m.layer));
  const top = inside.filter((m) => m.layer === layer).sort((a, b) => a.start - b.start || a.end - b.end);
  const deeper = inside.filter((m) => m.layer !== layer);
  const out: ElementContent[] = [];
  let at = from;
  for (const mark of top) {
    const start = Math.max(mark.start, from);
    const end = Math.min(mark.end, to);
    if (start < at) continue;
    out.push(...renderRange(source, at, start, deeper, false, transform));
    out.push(mark.wrap(start === end ? [] : renderRange(source, start, end, deeper, end === to && last, transform)));
    at = end;
  }
  out.push(...renderRange(source, at, to, deeper, last, transform));
  return out;
}

/**
 * Renders `source` with its marks; `transform` applies to the source text only (a 简/繁 view).
 * @example renderInline('甲乙丙', [{ start: 1, end: 2, layer: 0, wrap: (c) => h('a', c) }]) // 甲<a>乙</a>丙
 */
export function renderInline(source: string, marks: readonly Mark[], transform: Transform = (t) => t): ElementContent[] {
  return renderRange(source, 0, source.length, marks, true, transform);
}

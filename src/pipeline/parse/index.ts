/**
 * Stage 3, parse: repaired lines → the plan's outline, every node with its source position.
 * Ids come from the document's own numbering (三、（一）1. → `3-1-1`), never from heading text
 * or from the order of extraction, so that links to them last.
 */
import type { OutlineNode } from '../model.ts';
import type { RepairedText } from '../repair/index.ts';
import { shadow } from '../script.ts';
import { findTitle, noticeNode, statusNode, titleNode } from './front-matter.ts';
import { type HeadingMatch, boxParser, headingParsers, isDelimiter, matchHeading } from './line-parsers.ts';
import { maskQuoted } from './quotes.ts';
import { type Row, spanOf, toRows } from './rows.ts';
import { buildTable, type Cell } from './table.ts';

/** A repaired text with its outline. */
export interface ParsedText extends RepairedText {
  outline: OutlineNode[];
}

const CLOSING = /^本(工作)?(实施)?(方案|办法|意见|规划|计划|细则)自.{0,20}(施行|实施|执行)/;
const PHASE = /阶段[(（](\d{4})年(\d{1,2})(?:月)?[—–\-~～至](?:(\d{4})年)?(\d{1,2})月[)）]/;
const LEVEL: Record<HeadingMatch['kind'], number> = { section: 1, item: 2, point: 3, box: 4 };

/** A heading's two spans: its label, then its title (without the space between them). */
function headingSpans(row: Row, match: HeadingMatch, title: string) {
  const titleStart = title ? row.content.indexOf(title, match.textStart) : match.textStart;
  return [spanOf(row, 0, match.label.length), spanOf(row, titleStart, titleStart + title.length)];
}

/** Splits a heading's text into its title (through the first full stop) and the body after it. */
function splitHeading(text: string): { title: string; body: string } {
  const stop = maskQuoted(text).indexOf('。');
  if (stop < 0 || text.slice(stop + 1).trim() === '') return { title: text, body: '' };
  return { title: text.slice(0, stop + 1), body: text.slice(stop + 1) };
}

class OutlineBuilder {
  readonly root: OutlineNode[] = [];
  /** Open headings, outermost first: section, item, point. */
  private open: OutlineNode[] = [];
  private closing: OutlineNode | undefined;
  private readonly ids = new Set<string>();
  private readonly lastNumber: Record<string, number> = { section: 0, item: 0, point: 0 };
  private readonly text: ParsedText['log'];

  constructor(log: ParsedText['log']) {
    this.text = log;
  }

  private uniqueId(id: string, line: number): string {
    if (!this.ids.has(id)) {
      this.ids.add(id);
      return id;
    }
    let n = 2;
    while (this.ids.has(`${id}-x${n}`)) n++;
    this.text.warn('duplicate-number', line, 1, `the numbering gives id "${id}" twice; the second is "${id}-x${n}".`,
      'Check the numbering in the source.');
    this.ids.add(`${id}-x${n}`);
    return `${id}-x${n}`;
  }

  /** The node new paragraphs attach to, or undefined for the root. */
  container(): OutlineNode | undefined {
    return this.open.at(-1) ?? this.closing;
  }

  private attach(node: OutlineNode, parent: OutlineNode | undefined): void {
    (parent ? parent.children : this.root).push(node);
  }

  private paragraphId(parent: OutlineNode | undefined): string {
    const prefix = parent ? parent.id : 'preamble';
    const siblings = parent ? parent.children : this.root;
    const count = siblings.filter((n) => n.kind === 'paragraph' && n.id.startsWith(`${prefix}-p`)).length;
    return `${prefix}-p${count + 1}`;
  }

  paragraph(row: Row, from = 0, parent = this.container()): OutlineNode {
    const text = row.content.slice(from).trim();
    const offset = row.content.indexOf(text, from);
    const node: OutlineNode = {
      id: this.uniqueId(this.paragraphId(parent), row.number),
      kind: 'paragraph',
      role: parent ? (text.startsWith('——') ? 'bullet' : 'body') : 'preamble',
      text,
      line: row.number,
      spans: [spanOf(row, offset, offset + text.length)],
      children: [],
    };
    this.attach(node, parent);
    return node;
  }

  heading(row: Row, match: HeadingMatch): OutlineNode {
    const parser = headingParsers.find((p) => p.kind === match.kind)!;
    while (this.open.length > 0 && !parser.parents.includes(this.open.at(-1)!.kind)) this.open.pop();
    const parent = this.open.at(-1);
    if (match.kind === 'section') this.closing = undefined;
    this.checkNumbering(row, match, parent);
    const { title, body } = splitHeading(row.content.slice(match.textStart));
    const titleEnd = match.textStart + title.length;
    const node: OutlineNode = {
      id: this.uniqueId(parent ? `${parent.id}-${match.number}` : String(match.number), row.number),
      kind: match.kind,
      label: match.label,
      number: match.number,
      title: title.trim(),
      line: row.number,
      spans: headingSpans(row, match, title.trim()),
      children: [],
    };
    const phase = PHASE.exec(shadow(title));
    if (phase) {
      const month = (m: string) => m.padStart(2, '0');
      node.phase = { from: `${phase[1]}-${month(phase[2])}`, to: `${phase[3] ?? phase[1]}-${month(phase[4])}` };
    }
    this.attach(node, parent);
    this.open.push(node);
    if (body.trim()) this.paragraph(row, titleEnd, node);
    return node;
  }

  private checkNumbering(row: Row, match: HeadingMatch, parent: OutlineNode | undefined): void {
    const siblings = (parent ? parent.children : this.root).filter((n) => n.kind === match.kind);
    const previous = siblings.at(-1)?.number ?? 0;
    const global = this.lastNumber[match.kind];
    const fits = match.number === previous + 1 || (previous === 0 && match.number === global + 1);
    if (!fits) {
      this.text.warn('numbering-gap', row.number, 1,
        `${match.label} follows ${siblings.at(-1)?.label ?? 'the start of its part'}: the numbering skips or repeats.`,
        'The text is kept as numbered; check the source for a missing or duplicated part.');
    }
    this.lastNumber[match.kind] = Math.max(global, match.number);
  }

  box(header: Row, match: HeadingMatch, opening: Row): OutlineNode {
    const parent = this.container();
    const node: OutlineNode = {
      id: this.uniqueId(`box-${match.number}`, header.number),
      kind: 'box',
      label: match.label,
      number: match.number,
      title: header.content.slice(match.textStart).trim(),
      line: header.number,
      spans: [...headingSpans(header, match, header.content.slice(match.textStart).trim()), spanOf(opening)],
      children: [],
    };
    this.attach(node, parent);
    return node;
  }

  table(caption: OutlineNode | undefined, cells: SpannedCell[], delimiters: Row[], first: Row): OutlineNode {
    const parent = this.container();
    if (caption) {
      const siblings = parent ? parent.children : this.root;
      siblings.splice(siblings.indexOf(caption), 1);
      this.ids.delete(caption.id);
    }
    const prefix = parent ? parent.id : 'preamble';
    const count = (parent ? parent.children : this.root).filter((n) => n.kind === 'table').length;
    const node: OutlineNode = {
      id: this.uniqueId(`${prefix}-table${count + 1}`, first.number),
      kind: 'table',
      ...(caption ? { title: caption.text } : {}),
      line: caption?.line ?? first.number,
      spans: [...(caption?.spans ?? []), ...cells.flatMap((c) => c.spans), ...delimiters.map((d) => spanOf(d))],
      children: [],
      table: buildTable(caption?.text, cells, this.text),
    };
    this.attach(node, parent);
    return node;
  }

  closingProvision(row: Row): void {
    this.open = [];
    const node: OutlineNode = {
      id: this.uniqueId(this.closing ? `closing-${this.root.filter((n) => n.kind === 'closing').length + 1}` : 'closing', row.number),
      kind: 'closing',
      role: 'closing',
      text: row.content,
      line: row.number,
      spans: [spanOf(row)],
      children: [],
    };
    this.root.push(node);
    this.closing = node;
  }
}

/** A table cell with the characters it owns. */
interface SpannedCell extends Cell {
  spans: ReturnType<typeof spanOf>[];
}

/**
 * Builds the outline of a repaired text.
 * @example parse(repaired).outline.map((n) => n.id) // ['notice', 'title', 'preamble-p1', '1', '2', …]
 */
export function parse(text: RepairedText): ParsedText {
  const rows = toRows(text.lines);
  const builder = new OutlineBuilder(text.log);
  if (rows.length === 0) {
    text.log.fail('empty-body', 1, 1, 'has no text left once the declared web chrome is set aside.',
      'Check the webChrome ranges of its catalog entry.');
  }
  const titleAt = findTitle(rows);
  if (titleAt > 0) builder.root.push(noticeNode(rows.slice(0, titleAt)));
  builder.root.push(titleNode(rows[titleAt]));
  let i = titleAt + 1;
  const status = statusNode(rows[i]);
  if (status) {
    builder.root.push(status);
    i++;
  }

  let box: OutlineNode | undefined;
  for (; i < rows.length; i++) {
    const row = rows[i];
    const next = rows[i + 1];
    if (box) {
      if (isDelimiter(row.content)) {
        box.spans.push(spanOf(row));
        box = undefined;
        continue;
      }
      const heading = matchHeading(row.content);
      if (heading && LEVEL[heading.kind] <= 2) {
        text.log.warn('unclosed-box', box.line, 1, `${box.label} has no closing "|" before the next heading; it ends here.`,
          'Check the box in the source.');
        box = undefined;
      } else {
        builder.paragraph(row, 0, box);
        continue;
      }
    }
    if (isDelimiter(row.content)) {
      text.log.warn('stray-delimiter', row.number, row.start + 1, 'holds a lone "|" outside any table or box; it is shown as text.',
        'Check the source for a table or box that lost its start.');
      builder.paragraph(row);
      continue;
    }
    const boxHeading = boxParser.match(row.content);
    if (boxHeading && next && isDelimiter(next.content)) {
      box = builder.box(row, boxHeading, next);
      i++;
      continue;
    }
    const heading = matchHeading(row.content);
    if (heading && heading.kind !== 'box') {
      builder.heading(row, heading);
      continue;
    }
    if (next && isDelimiter(next.content)) {
      i = readTable(rows, i, builder);
      continue;
    }
    if (CLOSING.test(shadow(row.content))) {
      builder.closingProvision(row);
      continue;
    }
    builder.paragraph(row);
  }
  if (box) {
    text.log.warn('unclosed-box', box.line, 1, `${box.label} has no closing "|"; it runs to the end of the text.`, 'Check the box in the source.');
  }
  checkStructure(builder.root, text, rows);
  return { ...text, outline: builder.root };
}

/** Reads a flattened table starting at `rows[start]`; returns the index of its last row. */
function readTable(rows: readonly Row[], start: number, builder: OutlineBuilder): number {
  const parent = builder.container();
  const siblings = parent ? parent.children : builder.root;
  const before = siblings.at(-1);
  const caption = before?.kind === 'paragraph' && before.line === rows[start].number - 1 && before.text
    && before.text.length <= 40 && !/[。，,；;]/.test(before.text) ? before : undefined;
  const cells: SpannedCell[] = [];
  const delimiters: Row[] = [];
  let i = start;
  while (i < rows.length) {
    const row = rows[i];
    if (isDelimiter(row.content)) {
      // A delimiter where a cell should be closes an empty cell.
      cells.push({ text: '', line: row.number, spans: [] });
      delimiters.push(row);
      i++;
      continue;
    }
    const next = rows[i + 1];
    if (!next || !isDelimiter(next.content) || matchHeading(row.content)?.kind === 'box') break;
    cells.push({ text: row.content, line: row.number, spans: [spanOf(row)] });
    delimiters.push(next);
    i += 2;
  }
  builder.table(caption, cells, delimiters, rows[start]);
  return i - 1;
}

function checkStructure(root: OutlineNode[], text: RepairedText, rows: readonly Row[]): void {
  if (!root.some((n) => n.kind === 'section')) {
    text.log.warn('no-structure', rows[0].number, 1,
      'has no numbered sections (一、二、…); the whole text is shown as paragraphs under its title.',
      'If this is a plan, check that its sections are numbered 一、二、… at the start of a line.');
  }
  const visit = (node: OutlineNode) => {
    if ((node.kind === 'item' || node.kind === 'point') && node.children.length === 0) {
      text.log.warn('empty-part', node.line, 1, `${node.label}${node.title} has a heading and no text under it.`,
        'The heading is shown as received; check the source for missing text.');
    }
    node.children.forEach(visit);
  };
  root.forEach(visit);
}

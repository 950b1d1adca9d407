/**
 * Stage 3, parse: repaired lines → the plan's outline, every node with its source position.
 * Ids come from the document's own numbering (三、（一）1. → `3-1-1`), never from heading text
 * or from the order of extraction, so that links to them last.
 */
import type { OutlineNode, Span, Table } from '../model.ts';
import type { RepairedText } from '../repair/index.ts';
import { shadow } from '../script.ts';
import { findTitle, noticeNode, statusNode, titleNode } from './front-matter.ts';
import { type HeadingMatch, SUB_ITEM_STYLES, boxParser, headingParsers, isDelimiter, matchHeading } from './line-parsers.ts';
import { maskQuoted } from './quotes.ts';
import { type Row, spanOf, toRows } from './rows.ts';
import { buildTable, type Cell } from './table.ts';
import { lineTableAt } from './line-table.ts';

/** A repaired text with its outline. */
export interface ParsedText extends RepairedText {
  outline: OutlineNode[];
}

const CLOSING = /^本(工作)?(实施)?(方案|办法|意见|规划|计划|细则)自.{0,20}(施行|实施|执行)/;
const PHASE = /阶段[(（](\d{4})年(\d{1,2})(?:月)?[—–\-~～至](?:(\d{4})年)?(\d{1,2})月[)）]/;

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
  private readonly lastNumber = new Map<string, number>();
  /** The numbering style of each heading, which decides where the next heading goes. */
  private readonly styles = new WeakMap<OutlineNode, HeadingMatch['style'] | 'part-heading'>();
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

  /** Paragraphs numbered so far under each parent (the root's under `undefined`): a count, not a scan, so parsing stays linear. */
  private readonly paragraphCount = new Map<OutlineNode | undefined, number>();

  private paragraphId(parent: OutlineNode | undefined): string {
    const prefix = parent ? parent.id : 'preamble';
    const count = (this.paragraphCount.get(parent) ?? 0) + 1;
    this.paragraphCount.set(parent, count);
    return `${prefix}-p${count}`;
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

  /**
   * Where a heading of `match`'s style goes: beside the open heading of the same style, else
   * under the innermost open heading of an outer style (a plan may skip levels or start at any).
   */
  private placeHeading(match: HeadingMatch): OutlineNode[] {
    const same = this.open.findLastIndex((n) => this.styles.get(n) === match.style);
    if (same >= 0) return this.open.slice(0, same);
    const open = [...this.open];
    while (open.length > 0 && this.rank(open.at(-1)!) >= match.rank) open.pop();
    return open;
  }

  private rank(node: OutlineNode): number {
    return headingRank(this.styles.get(node));
  }

  /** The number a heading of this style is expected to carry here. */
  private expected(match: HeadingMatch, parent: OutlineNode | undefined): { number: number; after?: OutlineNode } {
    const siblings = (parent ? parent.children : this.root).filter((n) => this.styles.get(n) === match.style);
    const previous = siblings.at(-1);
    if (previous) return { number: previous.number! + 1, after: previous };
    const global = this.lastNumber.get(match.style) ?? 0;
    return { number: match.number === global + 1 ? global + 1 : 1 };
  }

  /**
   * A numbered line, or undefined when its number cannot start a heading here: an arabic figure
   * of a style not yet in use whose number neither starts nor continues a sequence (`2、3家企业…`
   * in running text) is text, and said.
   */
  heading(row: Row, match: HeadingMatch): OutlineNode | undefined {
    const open = this.placeHeading(match);
    const parent = open.at(-1);
    const expected = this.expected(match, parent);
    const styleInUse = this.open.some((n) => this.styles.get(n) === match.style) || expected.after !== undefined;
    if (match.number !== expected.number) {
      const figure = /^[\d０-９.．%％]|^[家个项万亿元年月日次件倍]/.test(row.content.slice(match.label.length));
      if (!styleInUse && match.rank >= 5 && match.number > 1 && figure) {
        this.text.warn('numbering-unexpected', row.number, 1,
          `starts with "${match.label}", but no list numbered that way is open here, so the line is read as text, not as a heading.`,
          'If it is a heading, check the numbering before it.');
        return undefined;
      }
      this.text.warn('numbering-gap', row.number, 1,
        `${match.label} follows ${expected.after?.label ?? 'the start of its part'}: the numbering skips or repeats (expected ${expected.number}).`,
        'The text is kept as numbered; check the source for a missing or duplicated part.');
    }
    this.open = open;
    if (match.rank <= 3) this.closing = undefined;
    this.lastNumber.set(match.style, Math.max(this.lastNumber.get(match.style) ?? 0, match.number));
    const { title, body } = splitHeading(row.content.slice(match.textStart));
    const titleEnd = match.textStart + title.length;
    const node: OutlineNode = {
      id: this.uniqueId(parent ? `${parent.id}-${match.number}` : String(match.number), row.number),
      kind: this.kindOf(match, parent, open.length),
      label: match.label,
      number: match.number,
      title: title.trim(),
      line: row.number,
      spans: headingSpans(row, match, title.trim()),
      children: [],
    };
    this.styles.set(node, match.style);
    const phase = PHASE.exec(shadow(title));
    if (phase) {
      const month = (m: string) => m.padStart(2, '0');
      node.phase = { from: `${phase[1]}-${month(phase[2])}`, to: `${phase[3] ?? phase[1]}-${month(phase[4])}` };
    }
    this.attach(node, parent);
    // A sub-item written on one line (`（2）建设……。`) holds that line only: the lines after it
    // belong to its task. One whose title stands alone keeps the text that follows it.
    const oneLine = node.kind === 'subitem' && (body.trim() !== '' || /[。；;！]$/.test(title.trim()));
    if (!oneLine) this.open.push(node);
    if (body.trim()) this.paragraph(row, titleEnd, node);
    return node;
  }

  /** section, item, point by depth; the parts of a task (`（1）`, `①`, under an article) are sub-items. */
  private kindOf(match: HeadingMatch, parent: OutlineNode | undefined, depth: number): OutlineNode['kind'] {
    if (SUB_ITEM_STYLES.has(match.style) && parent) return 'subitem';
    if (parent && (parent.kind === 'subitem' || this.styles.get(parent) === 'article')) return 'subitem';
    return (['section', 'item', 'point'] as const)[depth] ?? 'subitem';
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
    const spans = [...cells.flatMap((c) => c.spans), ...delimiters.map((d) => spanOf(d))];
    return this.addTable(caption, spans, first, buildTable(caption?.text, cells, this.text));
  }

  /** A table written one row per line, its cells split by `|`, `｜` or tabs. */
  lineTable(caption: OutlineNode | undefined, rows: Row[], table: Table): OutlineNode {
    return this.addTable(caption, rows.map((r) => spanOf(r)), rows[0], caption ? { caption: caption.text ?? '', ...table } : table);
  }

  private addTable(caption: OutlineNode | undefined, spans: Span[], first: Row, table: Table): OutlineNode {
    const parent = this.container();
    if (caption) {
      const siblings = parent ? parent.children : this.root;
      siblings.splice(siblings.indexOf(caption), 1);
      this.ids.delete(caption.id);
      // The caption was the last paragraph numbered here; the next one takes its number.
      this.paragraphCount.set(parent, (this.paragraphCount.get(parent) ?? 1) - 1);
    }
    const prefix = parent ? parent.id : 'preamble';
    const count = (parent ? parent.children : this.root).filter((n) => n.kind === 'table').length;
    const node: OutlineNode = {
      id: this.uniqueId(`${prefix}-table${count + 1}`, first.number),
      kind: 'table',
      ...(caption ? { title: caption.text } : {}),
      line: caption?.line ?? first.number,
      spans: [...(caption?.spans ?? []), ...spans],
      children: [],
      table,
    };
    this.attach(node, parent);
    return node;
  }

  /** Whether the plan has an unnumbered part heading so far. */
  hasUnnumberedPart(): boolean {
    return this.root.some((n) => n.kind === 'section' && n.label === undefined);
  }

  /**
   * A part heading written without a number (`城市更新重点任务`), as some plans head their
   * parts: it closes every open heading and holds what follows. Its id is `part-N`.
   */
  unnumberedPart(row: Row): OutlineNode {
    this.open = [];
    this.closing = undefined;
    const n = this.root.filter((x) => x.kind === 'section' && x.label === undefined).length + 1;
    const node: OutlineNode = {
      id: this.uniqueId(`part-${n}`, row.number),
      kind: 'section',
      title: row.content,
      line: row.number,
      spans: [spanOf(row, 0, 0), spanOf(row)],
      children: [],
    };
    this.styles.set(node, 'part-heading');
    this.root.push(node);
    this.open.push(node);
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

/** Rank of a numbering style; a node without one (a box, a paragraph) sits below every style. */
function headingRank(style: HeadingMatch['style'] | 'part-heading' | undefined): number {
  if (style === 'part-heading') return -1;
  return style === undefined ? 99 : (matchRank.get(style) ?? 99);
}

const matchRank = new Map(headingParsers.map((p) => [p.style, p.rank]));

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
  const title = findTitle(rows);
  if (title.at > 0) builder.root.push(noticeNode(rows.slice(0, title.at)));
  builder.root.push(titleNode(rows.slice(title.at, title.at + title.rows)));
  let i = title.at + title.rows;
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
      if (heading && heading.kind === 'heading' && heading.rank <= 4) {
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
    const lineTable = lineTableAt(rows, i, text.log);
    if (lineTable) {
      builder.lineTable(captionBefore(builder, row), lineTable.rows, lineTable.table);
      i += lineTable.rows.length - 1;
      continue;
    }
    const heading = matchHeading(row.content);
    if (heading && heading.kind !== 'box' && builder.heading(row, heading)) continue;
    if (next && isDelimiter(next.content)) {
      i = readTable(rows, i, builder);
      continue;
    }
    if (CLOSING.test(shadow(row.content))) {
      builder.closingProvision(row);
      continue;
    }
    if (isUnnumberedPart(row, next, builder)) {
      builder.unnumberedPart(row);
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

/**
 * A short line with no punctuation that heads a part without a number: it is followed by a list
 * numbered from 1 (`（一）`, `1.`), or the plan already heads its parts this way.
 */
function isUnnumberedPart(row: Row, next: Row | undefined, builder: OutlineBuilder): boolean {
  const text = row.content;
  if (text.length > 30 || /[。，,；;：:！？!?、]|^[（(【[]|[）)】\]]$/.test(text) || /\d{4}年\d{1,2}月/.test(text)) return false;
  const following = next ? matchHeading(next.content) : undefined;
  const opensList = following !== undefined && following.kind === 'heading' && following.number === 1;
  return opensList || (builder.hasUnnumberedPart() && next !== undefined && !isDelimiter(next.content));
}

/** The short line right above a table that names it (`表1　主要指标`), if there is one. */
function captionBefore(builder: OutlineBuilder, first: Row): OutlineNode | undefined {
  const parent = builder.container();
  const siblings = parent ? parent.children : builder.root;
  const before = siblings.at(-1);
  return before?.kind === 'paragraph' && before.line < first.number && before.text
    && before.text.length <= 40 && !/[。，,；;：:]/.test(before.text) ? before : undefined;
}

/** Reads a flattened table starting at `rows[start]`; returns the index of its last row. */
function readTable(rows: readonly Row[], start: number, builder: OutlineBuilder): number {
  const caption = captionBefore(builder, rows[start]);
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
    // An article's text is its heading line (`第三条 …。`): it is not empty.
    if ((node.kind === 'item' || node.kind === 'point') && node.children.length === 0 && !/^第.+条$/.test(node.label ?? '') && !/[（(【〔\[].*[）)】〕\]]/.test(node.title ?? '') && (node.title ?? '').length <= 40) {
      text.log.warn('empty-part', node.line, 1, `${node.label}${node.title} has a heading and no text under it.`,
        'The heading is shown as received; check the source for missing text.');
    }
    node.children.forEach(visit);
  };
  root.forEach(visit);
}

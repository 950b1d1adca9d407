/**
 * A plan's outline → hast, in source order. Every element carries the id of its node, so a
 * memo's link to `#3-1-1` lands on that task for as long as the document's numbering stands.
 * Source text is rendered once and in order; what the site adds (owner summaries, links to
 * task pages, flags) carries `data-annotation`, and repaired spots show the original in `<del>`.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { OutlineNode, Owner, Repair, Span, Table } from '../pipeline/model.ts';
import { ROLE_LABELS, ROLE_ORDER, type RenderContext } from './context.ts';
import { renderInline, type Mark } from './inline.ts';
import { writtenOwners } from '../lib/owners.ts';
import type { BlockWriter } from './mdx.ts';

const LAYER = { owner: 0, removed: 1, repaired: 2 } as const;

const REPAIR_NOTE: Readonly<Record<string, string>> = {
  pinyin: '删去转写时混入的拼音',
  mojibake: '乱码已按 GBK 重新解码',
  'decimal-point': '小数点被误作句号，已更正',
};

/** Options for a rendering: on a task's own page there is no link to that page. */
export interface OutlineOptions {
  taskLinks: boolean;
  /** Added to every heading level: a task rendered on its own page starts at h2. */
  headingShift?: number;
  /**
   * False for a second copy of text already on the page (the Simplified view under a Traditional
   * task): ids must be unique on a page, and the anchors belong to the text as written.
   */
  ids?: boolean;
}

function anchor(id: string): Element {
  return h('a', { className: ['anchor'], href: `#${id}`, ariaLabel: '此处的链接', dataAnnotation: '' }, '¶');
}

/** Marks for the repaired spots inside one span, offsets relative to the span. */
function repairMarks(span: Span, context: RenderContext, used: Set<Repair>): Mark[] {
  const marks: Mark[] = [];
  const length = span.end - span.start;
  for (const repair of context.repairsByLine.get(span.line) ?? []) {
    // Removed white space and restored line breaks leave nothing to mark.
    if (used.has(repair) || repair.kind === 'whitespace' || (repair.kind === 'html-markup' && repair.after.trim() === '') || !repair.at) continue;
    const start = repair.at.start - span.start;
    const end = repair.at.end - span.start;
    if (end < 0 || start > length || (start === length && repair.after !== '')) continue;
    used.add(repair);
    const note = `${REPAIR_NOTE[repair.kind] ?? '已修复'}：原文为“${repair.before}”`;
    const at = Math.max(0, start);
    marks.push({
      start: at, end: at, layer: LAYER.removed,
      wrap: () => h('del', { className: ['repair-was'], dataKind: repair.kind, dataAnnotation: '' }, repair.before),
    });
    if (repair.after !== '') {
      marks.push({
        start: at, end: Math.min(end, length), layer: LAYER.repaired,
        wrap: (children) => h('ins', { className: ['repair'], dataKind: repair.kind, title: note }, children),
      });
    }
  }
  return marks;
}

function ownerMarks(node: OutlineNode, context: RenderContext): Mark[] {
  const marks: Mark[] = [];
  const link = (owner: Pick<Owner, 'department' | 'role'>, start: number, end: number): Mark => {
    const department = context.departments.get(owner.department)!;
    return {
      start, end, layer: LAYER.owner,
      wrap: (children) => h('a', {
        className: ['owner'], href: department.url, dataRole: owner.role,
        title: `${department.fullName}（${ROLE_LABELS[owner.role]}）`,
      }, children),
    };
  };
  for (const owner of context.ownersByNode.get(node.id) ?? []) {
    if (owner.at) marks.push(link(owner, owner.at.start, owner.at.end));
  }
  for (const lead of context.doc.planLeads.filter((l) => l.node === node.id)) {
    const start = (node.text ?? '').indexOf(lead.name);
    if (start >= 0) marks.push(link({ department: lead.department, role: 'document' }, start, start + lead.name.length));
  }
  return marks;
}

/** Figures the source leaves out or writes with a question mark, marked where they stand. */
function flagMarks(node: OutlineNode, context: RenderContext): Mark[] {
  const text = node.text ?? '';
  return (context.indicatorsByNode.get(node.id) ?? [])
    .filter((i) => i.at && i.flags.some((f) => f === 'missing-value' || f === 'uncertain-value'))
    .map((i) => {
      const start = text.lastIndexOf(i.value, i.at!.end);
      const note = i.flags.includes('missing-value') ? '原文缺少数值' : '原文数值存疑';
      return {
        start, end: start + i.value.length, layer: LAYER.owner,
        wrap: (children: ElementContent[]) => h('span', { className: ['flagged'] }, [
          h('mark', { title: note }, children),
          h('span', { className: ['flag'], dataAnnotation: '' }, `（${note}）`),
        ]),
      };
    })
    .filter((m) => m.start >= 0);
}

/** One span of source text with its marks. */
function run(text: string, span: Span | undefined, context: RenderContext, used: Set<Repair>, extra: Mark[] = []): ElementContent[] {
  const marks = span ? [...repairMarks(span, context, used), ...extra] : extra;
  return renderInline(text, marks, context.transform);
}

/** Label and title of a heading, each from its own span. */
function headingContent(node: OutlineNode, context: RenderContext, used: Set<Repair>): ElementContent[] {
  const [labelSpan, titleSpan] = node.spans;
  return [
    h('span', { className: ['label'] }, run(node.label ?? '', labelSpan, context, used)),
    ...run(node.title ?? '', titleSpan, context, used),
  ];
}

/** Owners of a task by role, and a link to its page. */
function taskAnnotation(node: OutlineNode, context: RenderContext, options: OutlineOptions): ElementContent[] {
  const task = context.tasksByNode.get(node.id);
  if (!task) return [];
  const departmentName = (id: string) => context.departments.get(id)!.name;
  const roles = ROLE_ORDER
    .map((role) => ({ role, names: writtenOwners(task.owners.filter((o) => o.role === role), departmentName) }))
    .filter((r) => r.names.length > 0);
  // A name the source writes once (高新区、经开区管委会) is shown once, each unit linked from its part.
  const items: ElementContent[] = roles.flatMap(({ role, names }) => [
    h('dt', ROLE_LABELS[role]),
    h('dd', names.flatMap((written, i) => [
      ...(i === 0 ? [] : [{ type: 'text' as const, value: '、' }]),
      ...written.parts.map((part): ElementContent => {
        const text = context.transform(part.text);
        if (!part.owner) return { type: 'text', value: text };
        const department = context.departments.get(part.owner.department)!;
        const title = written.owners.length > 1 ? department.fullName : undefined;
        return h('a', { href: department.url, dataRole: role, title }, text);
      }),
    ])),
  ]);
  const note = task.planLevelOwners ? [h('p', { className: ['owners-note'] }, '本方案未逐项分工，以上为全篇牵头单位。')] : [];
  const link = options.taskLinks ? [h('p', { className: ['task-link'] }, h('a', { href: task.url }, `任务页：${task.path.join('')}`))] : [];
  return [h('div', { className: ['owners'], dataAnnotation: '' }, [h('dl', items), ...note, ...link])];
}

function tableElement(table: Table, id: string | undefined): Element {
  const head = h('thead', h('tr', table.header.map((cell) => h('th', { scope: 'col' }, cell))));
  const body = h('tbody', table.rows.map((row) => h('tr', row.flatMap((cell, i) => {
    if (!cell) return [];
    const flagged = /[?？]/.test(cell.text) ? '原文存疑' : cell.text === '' ? '原文空缺' : '';
    const content: ElementContent[] = flagged
      ? [...(cell.text ? [h('mark', cell.text)] : []), h('span', { className: ['flag'], dataAnnotation: '' }, `（${flagged}）`)]
      : [{ type: 'text', value: cell.text }];
    return [i === 0
      ? h('th', { scope: 'row', rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined }, content)
      : h('td', { className: flagged ? ['flagged'] : undefined }, content)];
  }))));
  return h('figure', { id, className: ['table'] }, [
    ...(table.caption ? [h('figcaption', table.caption)] : []),
    h('div', { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: table.caption ?? '表格' }, h('table', [head, body])),
  ]);
}

/** The heading level of each numbered level in a plan page; a task's own page shifts it (`headingShift`). */
export const HEADING = { section: 2, item: 3, point: 4, subitem: 5 } as const;

/**
 * What one node renders to, without its outline children: its own blocks, and where the children
 * go: inside `into` (the last block), after the blocks at `childLevel`, or nowhere.
 */
interface Shell {
  blocks: ElementContent[];
  into?: Element;
  childLevel?: number;
}

function renderShell(node: OutlineNode, context: RenderContext, options: OutlineOptions, level: number): Shell {
  const used = new Set<Repair>();
  const id = options.ids === false ? undefined : node.id;
  const inside = (element: Element, childLevel: number): Shell => ({ blocks: [element], into: element, childLevel });
  switch (node.kind) {
    case 'notice':
      return inside(h('section', { id, className: ['notice'], ariaLabel: '印发通知' }), level);
    case 'title':
      return { blocks: [h('p', { id, className: ['plan-title'] }, run(node.title ?? '', node.spans[0], context, used))] };
    case 'paragraph':
    case 'closing':
      return { blocks: [h('p', { id, className: [node.role ?? 'body'] }, [
        ...run(node.text ?? '', node.spans[0], context, used, [...ownerMarks(node, context), ...flagMarks(node, context)]),
        anchor(node.id),
      ])], childLevel: level };
    case 'section':
    case 'item':
    case 'point':
    case 'subitem': {
      const depth = Math.max(2, Math.min(HEADING[node.kind] + (options.headingShift ?? 0), 6));
      const heading = h(`h${depth}`, [...headingContent(node, context, used), anchor(node.id)]);
      const phase = node.phase ? [h('p', { className: ['phase'], dataAnnotation: '' }, `时间：${node.phase.from} 至 ${node.phase.to}`)] : [];
      return inside(h('section', { id, className: [node.kind, ...(node.isTask ? ['task'] : [])] }, [
        heading, ...phase, ...taskAnnotation(node, context, options),
      ]), depth + 1);
    }
    case 'box': {
      const depth = Math.min(level, 6);
      const heading = headingContent(node, context, used);
      // Without ids the box is named by its heading's text rather than by a reference to it.
      const name = id ? { ariaLabelledBy: `${id}-h` } : { ariaLabel: context.transform(`${node.label ?? ''}${node.title ?? ''}`) };
      return inside(h('aside', { id, className: ['box'], ...name }, [
        h(`h${depth}`, { id: id && `${id}-h` }, [...heading, anchor(node.id)]),
      ]), depth + 1);
    }
    case 'table':
      return { blocks: node.table ? [tableElement(node.table, id)] : [] };
  }
}

/** Empty elements carrying the old ids of a node that moved, placed just before it. */
function movedAnchors(node: OutlineNode, context: RenderContext): ElementContent[] {
  return (context.anchorAliases.get(node.id) ?? []).map((old) => h('span', { id: old, className: ['moved-anchor'], dataAnnotation: '' }));
}

/**
 * The hast of outline nodes: a whole plan, or one task's subtree on its page.
 * @example renderOutline(doc.outline, context, { taskLinks: true })[0] // <section id="notice" …>
 */
export function renderOutline(nodes: readonly OutlineNode[], context: RenderContext, options: OutlineOptions, level = 2): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (options.ids !== false) out.push(...movedAnchors(node, context));
    const shell = renderShell(node, context, options, level);
    out.push(...shell.blocks);
    if (shell.childLevel === undefined) continue;
    const children = renderOutline(node.children, context, options, shell.childLevel);
    if (shell.into) shell.into.children.push(...children);
    else out.push(...children);
  }
  return out;
}

/**
 * Writes outline nodes as blocks, node by node: the same elements as `renderOutline`, but a
 * plan's tree is never held whole, so a plan of a million lines costs memory for one line at a time.
 */
export function writeOutline(nodes: readonly OutlineNode[], context: RenderContext, options: OutlineOptions, writer: BlockWriter, level = 2): void {
  for (const node of nodes) {
    if (options.ids !== false) for (const moved of movedAnchors(node, context)) writer.block(moved);
    const shell = renderShell(node, context, options, level);
    const last = shell.into ? shell.blocks.length - 1 : shell.blocks.length;
    for (let i = 0; i < last; i++) writer.block(shell.blocks[i]);
    if (shell.into) writer.openElement(shell.into);
    if (shell.childLevel !== undefined) writeOutline(node.children, context, options, writer, shell.childLevel);
    if (shell.into) writer.close();
  }
}

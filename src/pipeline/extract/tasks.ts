/**
 * Tasks: what a plan asks someone to do. The rule, in one place (and on /about/):
 * - every numbered work item of the plan body is a task, whatever its part is called: in each
 *   top-level part of the body, the deepest numbered level above the sub-items (`1.` under
 *   `（一）`, else `（一）`; a part with no numbered level under it is itself one task);
 * - parts that set out guiding thought, principles, goals, phases, safeguards, general or
 *   closing provisions (`TASK_RULE.outline`) are outline, not tasks, unless they assign owners;
 * - sub-items (`（1）`, `①`, the numbered parts of an article) belong to their task.
 * Each task is drafted with its owner statements, read by the readers in `owner-readers.ts`.
 */
import type { OutlineNode, TextRange } from '../model.ts';
import { shadow } from '../script.ts';
import { descendants, walk } from './outline-walk.ts';
import { type OwnerStatement, type StatementProblem } from './owners.ts';
import { headingStatements, readParagraph } from './owner-readers.ts';

/** The words that name a part's job, in the order they are tried. */
export const TASK_RULE = {
  /** A title naming work (`重点任务`, `主要举措`, `实施人才集聚工程`) makes a work part. */
  work: /任务|举措|工作重点|重点工作|主要工作/,
  /** A title naming one of these is outline: guiding thought, principles, goals, phases, safeguards. */
  outline: /指导思想|总体要求|总体思路|基本原则|工作原则|目标|实施步骤|工作步骤|进度安排|工作进度|时间安排|实施阶段|阶段安排|步骤|保障措施|保障条件|组织保障|工作保障|组织实施|组织领导|工作要求|工作机制|总则|附则|适用范围|附件|说明|意义|背景|现状|形势/,
  /** An article that only states the plan's purpose (`为…，制定本措施。`) is outline. */
  purpose: /^(为|为了)[^。]*(制定|制订)本/,
};

/** A task before its owners are resolved to departments. */
export interface DraftTask {
  node: OutlineNode;
  path: string[];
  title: string;
  text: string;
  clauses: DraftClause[];
  /** A deadline stated for the task (`完成时限：2025年底前`, an owner note's `2026年底前完成`). */
  deadline?: { text: string; node: string; line: number };
}

export interface DraftClause {
  index: number;
  statement: OwnerStatement;
  /** The node the statement is written in: a paragraph, a heading (its title), or a table. */
  paragraph: OutlineNode;
  covers: TextRange[];
  /** The source line, where the node's own position does not say it (an annex row). */
  line?: number;
  /** Read from a statement written after a later task for several (`以上三项：…`): its owners point at no text of this task. */
  shared?: boolean;
}

/** A problem found while reading a node's owner statements. */
export interface ParagraphProblem extends StatementProblem {
  paragraph: OutlineNode;
}

const HEADING_KINDS = new Set(['section', 'item', 'point']);

/** Why a part's items are not tasks, or undefined when they are. */
export function outlineReason(node: OutlineNode): string | undefined {
  const title = shadow(node.title ?? '');
  if (TASK_RULE.work.test(title) && !/保障措施/.test(title)) return undefined;
  const m = TASK_RULE.outline.exec(title);
  if (m) return `its title names "${m[0]}"`;
  if (TASK_RULE.purpose.test(title)) return 'it states the plan\'s purpose';
  return undefined;
}

/** Whether a subtree assigns owners anywhere (headings included). */
function assignsOwners(node: OutlineNode): boolean {
  return descendants(node).some((n) =>
    (n.kind === 'paragraph' && readParagraph(n.text ?? '', false).statements.length > 0)
    || (HEADING_KINDS.has(n.kind) && headingStatements(n).length > 0));
}

/** The task nodes of one work part: in each branch its deepest numbered level above the sub-items, or the part itself. */
function tasksOf(part: OutlineNode): OutlineNode[] {
  const headings = part.children.filter((c) => HEADING_KINDS.has(c.kind));
  return headings.length === 0 ? [part] : headings.flatMap(tasksOf);
}

/**
 * The task nodes of an outline, in document order, and the parts that were read as outline
 * (for the warning when a plan has numbered items and no tasks).
 * @example findTaskNodes(kunming.outline).tasks.map((n) => n.id) // ['2-1', '2-2', …, '2-9']
 */
export function findTaskNodes(outline: readonly OutlineNode[]): { tasks: OutlineNode[]; declined: { node: OutlineNode; reason: string }[] } {
  const tasks: OutlineNode[] = [];
  const declined: { node: OutlineNode; reason: string }[] = [];
  for (const part of outline.filter((n) => HEADING_KINDS.has(n.kind))) {
    const reason = outlineReason(part);
    if (reason && !assignsOwners(part)) {
      declined.push({ node: part, reason });
      continue;
    }
    // An outline-named part that assigns owners: its items that assign them are tasks.
    const found = tasksOf(part);
    tasks.push(...(reason ? found.filter(assignsOwners) : found));
  }
  return { tasks, declined };
}

/** The task's heading without its closing full stop. */
function shortTitle(node: OutlineNode): string {
  return (node.title ?? '').replace(/[。.;；]$/, '');
}

/** Title, paragraphs and boxes of a task, one per line. */
function fullText(node: OutlineNode): string {
  const lines: string[] = [];
  walk([node], (n) => {
    if (n.kind === 'paragraph') lines.push(n.text ?? '');
    else if (n.kind === 'box') lines.push(`${n.label}${n.title ?? ''}`);
    else if (n.kind === 'table') lines.push(n.title ?? '');
    else lines.push(`${n.label ?? ''}${n.title ?? ''}`);
  });
  return lines.join('\n');
}

/** `2025年底前`, `2024年6月底前`, `2026年9月30日前`: a date the task must be done by. */
const DEADLINE_IN_TEXT = /\d{4}年(\d{1,2}月(\d{1,2}日)?)?(年?底|末|上半年|下半年)?(前|之前)|(?<![\d月])年(底|末)前|每(季度|半年)(末|底)?(前)?/;

const DEADLINE_IN_NOTE = /(\d{4}年(\d{1,2}月)?(底|末|上半年|下半年|年底|中旬|上旬|下旬)?(前|之前|以前)?)|长期坚持|持续推进|长期推进|常态化|每年\d{1,2}月(底)?前|\d{4}年$/;

/**
 * A task with its clauses: each owner statement covers the sentences since the one before it.
 * Boxes illustrate a task and are not covered by its statements. A task that names no owner of
 * its own takes the statement of the nearest heading above it that has one.
 */
export function draftTask(node: OutlineNode, ancestors: readonly OutlineNode[], problems: ParagraphProblem[]): DraftTask {
  const clauses: DraftClause[] = [];
  let deadline: DraftTask['deadline'];
  let pending: TextRange[] = node.title ? [{ node: node.id, start: 0, end: node.title.length }] : [];
  const own = headingStatements(node);
  for (const statement of own) {
    clauses.push({ index: clauses.length, statement, paragraph: node, covers: [...pending] });
    pending = [];
  }
  const paragraphs: OutlineNode[] = [];
  walk(node.children, (n, chain) => {
    if (chain.some((a) => a.kind === 'box')) return;
    if (n.kind === 'paragraph' || n.kind === 'subitem') paragraphs.push(n);
  });
  for (const [k, paragraph] of paragraphs.entries()) {
    if (paragraph.kind === 'subitem') {
      pending.push({ node: paragraph.id, start: 0, end: (paragraph.title ?? '').length });
      for (const statement of headingStatements(paragraph)) {
        clauses.push({ index: clauses.length, statement, paragraph, covers: pending });
        pending = [];
      }
      continue;
    }
    const text = paragraph.text ?? '';
    const found = readParagraph(text, k === paragraphs.length - 1);
    for (const p of found.problems) problems.push({ ...p, paragraph });
    if (found.deadline && !deadline) deadline = { text: found.deadline, node: paragraph.id, line: paragraph.line };
    let from = 0;
    for (const statement of found.statements) {
      const before = text.slice(from, statement.start);
      const covers = [...pending];
      if (before.trim()) covers.push({ node: paragraph.id, start: from, end: statement.start });
      clauses.push({ index: clauses.length, statement, paragraph, covers });
      pending = [];
      from = statement.end;
    }
    if (text.slice(from).trim() && !found.claimsAll) pending.push({ node: paragraph.id, start: from, end: text.length });
  }
  if (clauses.length === 0) {
    const holder = [...ancestors].reverse().find((a) => HEADING_KINDS.has(a.kind) && headingStatements(a).length > 0);
    if (holder) {
      for (const statement of headingStatements(holder)) {
        clauses.push({ index: clauses.length, statement: { ...statement, form: 'heading' }, paragraph: holder, covers: [...pending] });
      }
    }
  }
  if (!deadline) {
    const noted = clauses.find((c) => c.statement.note && c.statement.form !== 'heading' && DEADLINE_IN_NOTE.test(shadow(c.statement.note)));
    if (noted) deadline = { text: noted.statement.note!, node: noted.paragraph.id, line: noted.paragraph.line };
  }
  if (!deadline) {
    // A deadline written in the task's own text: `2025年底前，全市…`, `…，2024年6月底前建成`.
    for (const paragraph of [node, ...paragraphs]) {
      const text = paragraph.kind === 'paragraph' ? paragraph.text ?? '' : paragraph.title ?? '';
      const m = DEADLINE_IN_TEXT.exec(shadow(text));
      if (m) {
        deadline = { text: text.slice(m.index, m.index + m[0].length), node: paragraph.id, line: paragraph.line };
        break;
      }
    }
  }
  return {
    node,
    path: [...ancestors.filter((a) => a.label && a.kind !== 'box').map((a) => a.label!), node.label ?? ''],
    title: shortTitle(node),
    text: fullText(node),
    clauses,
    ...(deadline ? { deadline } : {}),
  };
}

/**
 * `以上三项：A牵头，B配合` after the third of three tasks owns all three: the tasks before it that
 * name no owner of their own (or only a heading's) take its owners.
 */
function shareStatements(drafts: DraftTask[]): void {
  drafts.forEach((draft, i) => {
    for (const clause of draft.clauses) {
      const count = clause.statement.covers ?? 1;
      for (let k = 1; k < count && i - k >= 0; k++) {
        const before = drafts[i - k];
        if (before.clauses.some((c) => c.statement.form !== 'heading')) continue;
        before.clauses = [{ ...clause, index: 0, covers: [], shared: true, statement: { ...clause.statement, form: 'line' } }];
      }
    }
  });
}

/** Every task of an outline, drafted, and the parts read as outline. */
export function draftTasks(outline: readonly OutlineNode[], problems: ParagraphProblem[]): { drafts: DraftTask[]; declined: { node: OutlineNode; reason: string }[] } {
  const found = findTaskNodes(outline);
  const taskNodes = new Set(found.tasks);
  const drafts: DraftTask[] = [];
  walk(outline, (node, ancestors) => {
    if (taskNodes.has(node)) {
      node.isTask = true;
      drafts.push(draftTask(node, ancestors, problems));
    }
  });
  shareStatements(drafts);
  return { drafts, declined: found.declined };
}

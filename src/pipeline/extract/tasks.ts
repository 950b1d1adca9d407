/**
 * Tasks: the numbered work items of a plan, with their owner clauses. A task is the deepest
 * numbered level (`1.` if there is one, else `（一）`) of a section that sets out tasks: a
 * section named for them (重点任务, 工作重点) or one whose items carry owner statements.
 */
import type { OutlineNode, TextRange } from '../model.ts';
import { shadow } from '../script.ts';
import { descendants, walk } from './outline-walk.ts';
import { findOwnerStatements, type OwnerStatement, type StatementProblem } from './owners.ts';

const TASK_SECTION = /任务|工作重点|重点工作|主要工作/;

/** A task before its owners are resolved to departments. */
export interface DraftTask {
  node: OutlineNode;
  path: string[];
  title: string;
  text: string;
  clauses: DraftClause[];
}

export interface DraftClause {
  index: number;
  statement: OwnerStatement;
  paragraph: OutlineNode;
  covers: TextRange[];
}

/** A problem found while reading a paragraph's owner statements. */
export interface ParagraphProblem extends StatementProblem {
  paragraph: OutlineNode;
}

function hasOwnerStatement(node: OutlineNode): boolean {
  return descendants(node).some((n) => n.kind === 'paragraph' && findOwnerStatements(n.text ?? '').statements.length > 0);
}

/**
 * The task nodes of an outline, in document order.
 * @example findTaskNodes(kunming.outline).map((n) => n.id) // ['2-1', '2-2', …, '2-9']
 */
export function findTaskNodes(outline: readonly OutlineNode[]): OutlineNode[] {
  const tasks: OutlineNode[] = [];
  for (const section of outline.filter((n) => n.kind === 'section')) {
    if (!TASK_SECTION.test(shadow(section.title ?? '')) && !hasOwnerStatement(section)) continue;
    const all = descendants(section);
    const points = all.filter((n) => n.kind === 'point');
    tasks.push(...(points.length > 0 ? points : all.filter((n) => n.kind === 'item')));
  }
  return tasks;
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

/**
 * A task with its clauses: each owner statement covers the sentences since the one before it.
 * Boxes illustrate a task and are not covered by its statements.
 */
export function draftTask(node: OutlineNode, ancestors: readonly OutlineNode[], problems: ParagraphProblem[]): DraftTask {
  const clauses: DraftClause[] = [];
  let pending: TextRange[] = node.title ? [{ node: node.id, start: 0, end: node.title.length }] : [];
  const paragraphs: OutlineNode[] = [];
  walk(node.children, (n, chain) => {
    if (n.kind === 'paragraph' && !chain.some((a) => a.kind === 'box')) paragraphs.push(n);
  });
  for (const paragraph of paragraphs) {
    const text = paragraph.text ?? '';
    const found = findOwnerStatements(text);
    for (const p of found.problems) problems.push({ ...p, paragraph });
    let from = 0;
    for (const statement of found.statements) {
      const before = text.slice(from, statement.start);
      const covers = [...pending];
      if (before.trim()) covers.push({ node: paragraph.id, start: from, end: statement.start });
      clauses.push({ index: clauses.length, statement, paragraph, covers });
      pending = [];
      from = statement.end;
    }
    if (text.slice(from).trim()) pending.push({ node: paragraph.id, start: from, end: text.length });
  }
  return {
    node,
    path: [...ancestors.filter((a) => a.label).map((a) => a.label!), node.label ?? ''],
    title: shortTitle(node),
    text: fullText(node),
    clauses,
  };
}

/** Every task of an outline, drafted. */
export function draftTasks(outline: readonly OutlineNode[], problems: ParagraphProblem[]): DraftTask[] {
  const taskNodes = new Set(findTaskNodes(outline));
  const drafts: DraftTask[] = [];
  walk(outline, (node, ancestors) => {
    if (taskNodes.has(node)) {
      node.isTask = true;
      drafts.push(draftTask(node, ancestors, problems));
    }
  });
  return drafts;
}

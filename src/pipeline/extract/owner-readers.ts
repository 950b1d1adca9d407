/**
 * The readers of owner statements, one per place a plan writes them. Each claims spans of a
 * node's text and returns statements of the one model (`owners.ts`):
 * - inline notes in any bracket, at the end of a sentence, task or heading;
 * - a sentence that is a statement on its own (`由市科技局牵头，市财政局配合。`);
 * - a bracket at the end of a task that only lists units (they are its responsible units);
 * - labelled lines (`牵头单位：…`, `责任单位：…；配合单位：…`), and deadline lines (`完成时限：…`);
 * - annex task tables, in `annex.ts`.
 * What holds an owner word and no reader claims is said by the ledger (`owner-ledger.ts`).
 */
import type { OutlineNode } from '../model.ts';
import { maskQuoted } from '../parse/quotes.ts';
import { shadow } from '../script.ts';
import {
  findBareUnitList, findOwnerStatements, readLabelledLine, readStatement, type OwnerStatement, type StatementProblem,
} from './owners.ts';

/** A line that states a deadline: `完成时限：2025年12月底前`. */
const DEADLINE_LINE = /^(完成时限|完成时间|时间节点|时限要求|完成期限|时间安排)\s*[:：]\s*(.+?)[。.；;]?$/;

/** What the readers found in one paragraph. */
export interface ParagraphReading {
  statements: OwnerStatement[];
  problems: StatementProblem[];
  /** A deadline the paragraph states, as written. */
  deadline?: string;
  /** The whole paragraph is a statement or a deadline line, so it covers no task text. */
  claimsAll: boolean;
}

/**
 * Sentences that are owner statements on their own: `由市科技局牵头，市财政局配合。`. A sentence
 * whose role word has an object (`市知识产权局负责全市…的统筹协调`) states a standing duty and
 * is not one.
 */
function sentenceStatements(text: string, taken: readonly OwnerStatement[]): OwnerStatement[] {
  const probe = shadow(maskQuoted(text));
  const found: OwnerStatement[] = [];
  let start = 0;
  for (let i = 0; i <= probe.length; i++) {
    if (i < probe.length && probe[i] !== '。') continue;
    const end = Math.min(i + 1, probe.length);
    const sentence = text.slice(start, end);
    const lead = sentence.length - sentence.trimStart().length;
    if (sentence.trim() && !taken.some((s) => s.start < end && s.end > start)) {
      const read = readStatement(sentence.trim(), start + lead);
      if (read && !read.note && read.problems.length === 0) {
        found.push({ start: start + lead, end, text: text.slice(start + lead, end), groups: read.groups, open: read.open, form: 'inline' });
      }
    }
    start = end;
  }
  return found;
}

/**
 * Every owner statement of one paragraph of a task.
 * @param last whether the paragraph ends the task, where a bracket of bare unit names is read
 * @example readParagraph('牵头单位：市教育局；配合单位：市人社局', true).statements[0].form // 'line'
 */
export function readParagraph(text: string, last: boolean): ParagraphReading {
  const line = readLabelledLine(text);
  if (line) return { statements: [line.statement], problems: line.problems, claimsAll: true, ...labelledDeadline(line.statement) };
  const deadline = DEADLINE_LINE.exec(shadow(text).trim());
  if (deadline) {
    const at = text.indexOf(text.trim()) + deadline[0].indexOf(deadline[2]);
    return { statements: [], problems: [], deadline: text.slice(at, at + deadline[2].length), claimsAll: true };
  }
  const inline = findOwnerStatements(text);
  const statements = [...inline.statements, ...sentenceStatements(text, inline.statements)].sort((a, b) => a.start - b.start);
  const problems = [...inline.problems];
  if (statements.length === 0 && last) {
    const bare = findBareUnitList(text);
    if (bare.statement) statements.push(bare.statement);
    if (bare.problem) problems.push(bare.problem);
  }
  const first = statements.find((s) => s.note);
  return { statements, problems, claimsAll: false, ...(first ? labelledDeadline(first) : {}) };
}

/** A deadline a statement labels inside itself: `责任单位：A；完成时限：2025年底前`. */
function labelledDeadline(statement: OwnerStatement): { deadline?: string } {
  const m = statement.note ? /(?:完成时限|完成时间|时间节点|时限)\s*[:：]\s*(.+)$/.exec(statement.note) : null;
  return m ? { deadline: m[1] } : {};
}

const byHeading = new WeakMap<OutlineNode, OwnerStatement[]>();

/**
 * Owner statements in a heading's title: `（一）强化科技创新（市科技局牵头）`. A heading's lead
 * applies to every task under it that names none of its own.
 */
export function headingStatements(node: OutlineNode): OwnerStatement[] {
  let found = byHeading.get(node);
  if (!found) {
    const title = node.title ?? '';
    found = findOwnerStatements(title).statements;
    if (found.length === 0 && node.children.every((c) => c.kind !== 'paragraph')) {
      const bare = findBareUnitList(title).statement;
      if (bare && !/^[（(]/.test(title)) found = [bare];
    }
    byHeading.set(node, found);
  }
  return found;
}

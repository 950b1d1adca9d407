/**
 * Annex task tables (`重点任务分工表`, `任务清单`): a table whose header names a task column
 * (序号, 重点任务, 工作任务, 主要内容) and an owner column (牵头单位, 责任单位, 配合单位, 协同单位).
 * Each row is matched to a body task by its title, else by its number; its owner cells become
 * an owner statement of form `annex`, its 完成时限 cell the task's deadline. A column of leaders
 * (`牵头县领导`, `责任领导`) names people, not units, and is no owner column.
 */
import type { OutlineNode, Table } from '../model.ts';
import { shadow } from '../script.ts';
import { walk } from './outline-walk.ts';
import { roleOfWord, type OwnerStatement, type RoleGroup } from './owners.ts';
import type { DraftTask } from './tasks.ts';
import { splitUnits } from './unit-names.ts';

const OWNER_COLUMN = /(牵头|责任|主责|配合|协同|协办|参与|协助)(单位|部门)|牵头|配合/;
const LEADER_COLUMN = /领导|负责人|联系人/;
const NUMBER_COLUMN = /^(序号|编号|序)$/;
const TASK_COLUMN = /任务|事项|内容|工作|举措|措施/;
const DEADLINE_COLUMN = /时限|时间|期限|进度/;
const EMPTY = /^[—–\-－/／无]*$/;

/** One row of an annex table, read. */
export interface AnnexRow {
  table: OutlineNode;
  row: number;
  line: number;
  number?: number;
  title: string;
  statement?: OwnerStatement;
  deadline?: string;
}

/** The columns of a table that make it an annex task table, or undefined. */
function columnsOf(table: Table) {
  const header = table.header.map((h) => shadow(h).replace(/\s+/g, ''));
  const owners = header.flatMap((h, i) => (OWNER_COLUMN.test(h) && !LEADER_COLUMN.test(h) ? [i] : []));
  const task = header.findIndex((h, i) => TASK_COLUMN.test(h) && !owners.includes(i) && !DEADLINE_COLUMN.test(h));
  if (owners.length === 0 || task < 0) return undefined;
  return {
    owners,
    task,
    number: header.findIndex((h) => NUMBER_COLUMN.test(h)),
    deadline: header.findIndex((h, i) => DEADLINE_COLUMN.test(h) && !owners.includes(i)),
  };
}

/**
 * The rows of every annex task table of an outline.
 * @example annexRows(outline)[0].statement?.groups.map((g) => g.role) // ['lead', 'cooperate']
 */
export function annexRows(outline: readonly OutlineNode[]): AnnexRow[] {
  const found: AnnexRow[] = [];
  walk(outline, (node) => {
    if (node.kind !== 'table' || !node.table) return;
    const columns = columnsOf(node.table);
    if (!columns) return;
    node.table.rows.forEach((cells, r) => {
      const cell = (i: number) => (i >= 0 ? cells[i]?.text.trim() ?? '' : '');
      const title = cell(columns.task);
      if (!title) return;
      const groups: RoleGroup[] = [];
      for (const i of columns.owners) {
        const text = cell(i);
        if (EMPTY.test(text)) continue;
        const split = splitUnits(text);
        if (split.units.length > 0) groups.push({ role: roleOfWord(node.table!.header[i]), word: node.table!.header[i], units: split.units.map((u) => ({ ...u, start: 0, length: 0 })) });
      }
      const number = Number.parseInt(cell(columns.number), 10);
      const line = cells.find((c) => c)?.line ?? node.line;
      const deadline = cell(columns.deadline);
      found.push({
        table: node,
        row: r,
        line,
        ...(Number.isFinite(number) ? { number } : {}),
        title,
        ...(groups.length > 0 ? {
          statement: { start: 0, end: 0, text: columns.owners.map((i) => `${node.table!.header[i]}：${cell(i)}`).join('；'), groups, open: false, form: 'annex' as const },
        } : {}),
        ...(deadline && !EMPTY.test(deadline) ? { deadline } : {}),
      });
    });
  });
  return found;
}

/** Characters two titles share, as a share of the shorter: `建设预制菜产业园区` ≈ `加快建设预制菜产业园区。`. */
function likeness(a: string, b: string): number {
  const plain = (s: string) => shadow(s).replace(/[\s。，、；：,.;:（）()“”]/g, '');
  const [x, y] = [plain(a), plain(b)];
  if (!x || !y) return 0;
  if (x.includes(y) || y.includes(x)) return 1;
  const bigrams = (s: string) => new Set([...s].slice(1).map((c, i) => s[i] + c));
  const [p, q] = [bigrams(x), bigrams(y)];
  let shared = 0;
  for (const g of p) if (q.has(g)) shared++;
  return (2 * shared) / (p.size + q.size || 1);
}

/**
 * Each annex row's task: the body task whose title it repeats, else the task its number names
 * (the n-th task when the table numbers every task 1…n, or the task numbered n).
 */
export function matchAnnexRows(rows: readonly AnnexRow[], tasks: readonly DraftTask[]): { row: AnnexRow; task?: DraftTask }[] {
  const used = new Set<DraftTask>();
  const numbered = rows.filter((r) => r.number !== undefined);
  const inOrder = numbered.length === tasks.length && numbered.every((r, i) => r.number === i + 1);
  return rows.map((row) => {
    let best: DraftTask | undefined;
    let score = 0.5;
    for (const task of tasks) {
      if (used.has(task)) continue;
      const s = likeness(row.title, task.title);
      if (s > score) {
        score = s;
        best = task;
      }
    }
    if (!best && row.number !== undefined) {
      const byNumber = inOrder ? tasks[row.number - 1] : tasks.filter((t) => t.node.number === row.number);
      const candidate = Array.isArray(byNumber) ? (byNumber.length === 1 ? byNumber[0] : undefined) : byNumber;
      if (candidate && !used.has(candidate)) best = candidate;
    }
    if (best) used.add(best);
    return { row, ...(best ? { task: best } : {}) };
  });
}

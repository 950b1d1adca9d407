/**
 * Stage 4, extract: outlines → tasks with their owners, departments, indicators and document
 * metadata. Departments are resolved once all plans are read, so that every mention of a unit
 * in a city resolves to one department.
 */
import type { Department, Indicator, OutlineNode, Owner, PolicyDocument, Task } from '../model.ts';
import type { ParsedText } from '../parse/index.ts';
import { type DepartmentMention, DepartmentRegistry } from './departments.ts';
import { documentFacts, planLeads, sourceRole, type PlanLeadDraft } from './document.ts';
import { extractIndicators, type DraftIndicator } from './indicators.ts';
import { findOwnerStatements } from './owners.ts';
import { findNode, walk } from './outline-walk.ts';
import { placer } from './place.ts';
import { simplify } from '../script.ts';
import { draftTasks, type DraftTask, type ParagraphProblem } from './tasks.ts';
import { type Claim, unreadCues } from './owner-ledger.ts';
import { shadow } from '../script.ts';
import { annexRows, matchAnnexRows } from './annex.ts';
import type { OwnerStatement } from './owners.ts';
import { INVISIBLE_IN_NAMES } from './unit-names.ts';
import { deadlineOf } from './deadlines.ts';
import { answerableAlone } from './sole-owner.ts';

export interface Extracted {
  documents: PolicyDocument[];
  tasks: Task[];
  departments: Department[];
  indicators: Indicator[];
}

interface DocumentDraft {
  parsed: ParsedText;
  facts: ReturnType<typeof documentFacts>;
  tasks: DraftTask[];
  leads: PlanLeadDraft[];
  indicators: DraftIndicator[];
  /** Owner-like text no reader understood. */
  unread: number;
}

const REPAIRS_THAT_CHANGE_FIGURES = new Set(['decimal-point', 'mojibake']);

function mention(parsed: ParsedText, unit: DepartmentMention['unit']): DepartmentMention {
  return { city: parsed.entry.city, cityId: parsed.entry.cityId, unit };
}

/** `列第一位的为牵头单位`: the plan makes the first unit of each list its lead. */
const FIRST_LISTED_LEADS = /(列|排)(在)?(第一|首)位的?(单位|部门)?(为|是)牵头(单位|部门)?/;

/** Whether any text of the plan (notice, notes, captions) states the first-listed-lead rule. */
function firstListedLeads(outline: readonly OutlineNode[]): boolean {
  let found = false;
  walk(outline, (n) => {
    found ||= FIRST_LISTED_LEADS.test(shadow(`${n.text ?? ''}${n.title ?? ''}${n.table?.caption ?? ''}`));
  });
  return found;
}

/** Under the first-listed-lead rule, a list that names no lead leads with its first unit. */
function applyFirstListedLead(task: DraftTask): void {
  for (const clause of task.clauses) {
    const { groups } = clause.statement;
    if (groups.some((g) => g.role === 'lead') || groups[0]?.role !== 'responsible' || groups[0].units.length === 0) continue;
    const [first, ...rest] = groups[0].units;
    clause.statement = {
      ...clause.statement,
      groups: [{ role: 'lead', word: '列第一位', units: [first] }, ...(rest.length ? [{ ...groups[0], units: rest }] : []), ...groups.slice(1)],
    };
  }
}

const ownerKey = (s: OwnerStatement) => s.groups.flatMap((g) => g.units.map((u) => `${simplify(u.base)} ${g.role}`)).sort().join('、');

/**
 * Owners from annex task tables: a task whose owners appear only in the annex gets them, marked
 * as from the annex; where body and annex disagree, the body wins and a warning says so.
 */
function readAnnex(parsed: ParsedText, tasks: DraftTask[]): void {
  for (const { row, task } of matchAnnexRows(annexRows(parsed.outline), tasks)) {
    if (!task) {
      parsed.log.warn('annex-row-unmatched', row.line, 1,
        `the annex row "${row.title}" matches no task of the plan by its title or number; its owners are shown in the table only.`,
        'Check that the row repeats a task\'s title or number.');
      continue;
    }
    if (row.deadline && !task.deadline) task.deadline = { text: row.deadline, node: row.table.id, line: row.line };
    if (!row.statement) continue;
    const own = task.clauses.filter((c) => c.statement.form !== 'heading');
    if (own.length === 0) {
      task.clauses = [{ index: 0, statement: row.statement, paragraph: row.table, covers: [], line: row.line }];
    } else if (own.map((c) => ownerKey(c.statement)).join('、') !== ownerKey(row.statement)) {
      parsed.log.warn('annex-disagrees', row.line, 1,
        `the annex names ${row.statement.text} for task ${task.path.join('')}, but the task's own text names ${own.map((c) => c.statement.text).join(' ')}; the task's own text is taken.`,
        'Check which the issuing office meant.');
    }
  }
}

/**
 * Invisible characters inside unit names (`市科技\u200d局`) are left out of the names, so that one
 * bureau is one department; the text keeps them as written. Each is a recorded repair, and the
 * plan gets one warning.
 */
function recordInvisibleInNames(parsed: ParsedText, tasks: readonly DraftTask[], place: ReturnType<typeof placer>): void {
  let first: { line: number; column: number } | undefined;
  for (const task of tasks) {
    for (const clause of task.clauses) {
      if (clause.statement.form === 'annex') continue;
      for (const unit of clause.statement.groups.flatMap((g) => g.units)) {
        for (const m of unit.written.matchAll(INVISIBLE_IN_NAMES)) {
          const at = place(clause.paragraph, unit.start + m.index);
          first ??= at;
          parsed.repairs.push({ doc: parsed.doc, line: at.line, column: at.column, kind: 'whitespace',
            before: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, after: '',
            note: `单位名称“${unit.base}”中的不可见字符，不计入名称；正文照原文显示。` });
        }
      }
    }
  }
  if (first) {
    parsed.log.warn('invisible-in-name', first.line, first.column,
      'a unit name holds characters no reader can see (zero-width joiners, soft hyphens or direction marks); they are left out of the names, and kept in the text.',
      'Re-copy the names from the official text if you can.');
  }
}

function draftDocument(parsed: ParsedText): DocumentDraft {
  const place = placer(parsed.lines);
  const problems: ParagraphProblem[] = [];
  const { drafts: tasks, declined } = draftTasks(parsed.outline, problems);
  for (const p of problems) {
    const { line, column } = place(p.paragraph, p.at);
    parsed.log.warn(p.ruleId, line, column, p.reason, 'The text is shown as received.');
  }
  readAnnex(parsed, tasks);
  recordInvisibleInNames(parsed, tasks, place);
  if (firstListedLeads(parsed.outline)) tasks.forEach(applyFirstListedLead);
  const leads = planLeads(parsed.outline);
  const claims: Claim[] = tasks.flatMap((t) => t.clauses.map((c) => ({ node: c.paragraph.id, start: c.statement.start, end: c.statement.end })));
  for (const lead of leads) {
    const node = findNode(parsed.outline, lead.node);
    const start = (node?.text ?? '').indexOf(lead.statement);
    if (start >= 0) claims.push({ node: lead.node, start, end: start + lead.statement.length });
  }
  const unread = unreadCues(parsed.outline, claims);
  const inTasks = new Set<OutlineNode>();
  walk(parsed.outline, (node, ancestors) => {
    if (node.isTask || ancestors.some((a) => a.isTask)) inTasks.add(node);
  });
  for (const cue of unread) {
    const { line, column } = place(cue.node, cue.at);
    const inTask = inTasks.has(cue.node);
    if (!inTask && cue.kind === 'bracket' && findOwnerStatements(cue.text).statements.length > 0) {
      parsed.log.warn('owner-outside-task', line, column,
        `holds an owner statement ${cue.text} outside any task; it is shown in the text but owns no task.`,
        'If this paragraph is a task, check its numbering.');
    } else {
      parsed.log.warn('unread-owner', line, column,
        `"${cue.text}" reads like an owner statement, but no reader understood it; it is shown as written and assigns no owner.`,
        'Write the owners as （A牵头，B配合）, （责任单位：A、B） or a line 牵头单位：A, or report this form so a reader can be added.');
    }
  }
  const headings = countHeadings(parsed.outline);
  if (tasks.length === 0 && headings > 0) {
    const first = declined[0];
    parsed.log.warn('no-tasks', first?.node.line ?? 1, 1,
      `has ${headings} numbered headings and no tasks: ${declined.map((d) => `${d.node.label ?? ''}${d.node.title ?? ''} (${d.reason})`).join('; ') || 'no part holds numbered work items'} were read as outline.`,
      'Tasks are the numbered items of parts that set out work; see /about/ for the rule.');
  } else if (tasks.length > 0 && tasks.every((t) => t.clauses.length === 0) && leads.length === 0) {
    const cue = unread[0];
    const where = cue ? place(cue.node, cue.at) : { line: tasks[0].node.line, column: 1 };
    parsed.log.warn('no-owners', where.line, where.column,
      `has ${tasks.length} tasks and no owner for any of them${cue ? `; the first owner-like text is "${cue.text}"` : ', and no owner-like text'}.`,
      'Check how this plan names its units; every task will show no owner.');
  }
  const facts = documentFacts(parsed.outline);
  return {
    parsed,
    facts,
    tasks,
    leads,
    unread: unread.length,
    indicators: extractIndicators(parsed.outline, facts.period?.to ?? null),
  };
}

function countHeadings(outline: readonly OutlineNode[]): number {
  let n = 0;
  walk(outline, (node) => {
    if (node.kind === 'section' || node.kind === 'item' || node.kind === 'point') n++;
  });
  return n;
}

/**
 * Whether a repair that changes figures (a decimal point, mojibake) touched an indicator's figure.
 * Built once per document: nodes by id and figure repairs by line, so that a plan of many targets
 * is not scanned once per target.
 */
function figureRepairs(parsed: ParsedText): (indicator: DraftIndicator) => boolean {
  const place = placer(parsed.lines);
  const nodes = new Map<string, OutlineNode>();
  walk(parsed.outline, (n) => nodes.set(n.id, n));
  const byLine = new Map<number, number[]>();
  for (const r of parsed.repairs) if (REPAIRS_THAT_CHANGE_FIGURES.has(r.kind)) byLine.set(r.line, [...(byLine.get(r.line) ?? []), r.column]);
  return (indicator) => {
    const columns = byLine.get(indicator.line);
    const node = indicator.source === 'table' ? undefined : nodes.get(indicator.node);
    if (!columns || !node) return false;
    const from = place(node, indicator.at.start).column;
    const to = place(node, indicator.at.end).column;
    return columns.some((c) => c >= from && c <= to);
  };
}

/**
 * Tasks, departments, indicators and documents of every parsed plan.
 * @example extract(parsed).tasks.filter((t) => t.doc === 'kunming-2022').length // 9
 */
export function extract(all: readonly ParsedText[]): Extracted {
  const drafts = all.map(draftDocument);
  const registry = new DepartmentRegistry();
  for (const d of drafts) {
    for (const lead of d.leads) registry.add(mention(d.parsed, lead.unit));
    for (const task of d.tasks) {
      for (const clause of task.clauses) {
        for (const group of clause.statement.groups) for (const unit of group.units) registry.add(mention(d.parsed, unit));
      }
    }
  }
  const { departments, resolve } = registry.build();

  const documents: PolicyDocument[] = [];
  const tasks: Task[] = [];
  const indicators: Indicator[] = [];
  for (const d of drafts) {
    const { parsed, facts } = d;
    const slug = parsed.doc;
    const place = placer(parsed.lines);
    const planLeadsResolved = d.leads.map((lead) => ({
      department: resolve(mention(parsed, lead.unit)),
      name: lead.unit.written,
      statement: lead.statement,
      node: lead.node,
    }));
    documents.push({
      slug,
      ...facts,
      city: parsed.entry.city,
      cityId: parsed.entry.cityId,
      province: parsed.entry.province,
      script: parsed.entry.script,
      publishedScript: parsed.entry.publishedScript ?? parsed.entry.script,
      planLeads: planLeadsResolved,
      provenance: {
        file: parsed.file,
        originalName: parsed.entry.originalName,
        sha256: parsed.entry.sha256,
        ...parsed.provenance,
        ...(parsed.provenance.sourceSite ? { sourceRole: sourceRole(parsed.provenance.sourceSite, facts.issuer, parsed.entry.city) } : {}),
        ...(parsed.entry.sourceUrl ? { sourceUrl: parsed.entry.sourceUrl } : {}),
        notes: parsed.entry.notes,
      },
      url: `/policies/${slug}/`,
      outline: parsed.outline,
    });
    for (const task of d.tasks) {
      const written: Owner[] = task.clauses.flatMap((clause) =>
        clause.statement.groups.flatMap((group) =>
          group.units.map((unit) => ({
            department: resolve(mention(parsed, unit)),
            name: unit.written,
            role: group.role,
            clause: clause.index,
            ...(clause.statement.form === 'annex' || clause.shared ? {} : { at: { node: clause.paragraph.id, start: unit.start, end: unit.start + unit.length } }),
          }))));
      const owners = answerableAlone(written, task.clauses.some((clause) => clause.statement.open));
      const planLevel = owners.length === 0 && planLeadsResolved.length > 0;
      tasks.push({
        id: `${slug}/${task.node.id}`,
        doc: slug,
        node: task.node.id,
        path: task.path,
        title: task.title,
        titleSimplified: simplify(task.title),
        text: task.text,
        url: `/policies/${slug}/${task.node.id}/`,
        owners: planLevel
          ? planLeadsResolved.map((l) => ({ department: l.department, name: l.name, role: 'document' as const, clause: null }))
          : owners,
        ...(task.deadline ? { deadline: deadlineOf(task.deadline.text) } : {}),
        clauses: task.clauses.map((clause) => {
          const { line, column } = clause.line !== undefined ? { line: clause.line, column: 1 } : place(clause.paragraph, clause.statement.start);
          return {
            index: clause.index,
            statement: clause.statement.text,
            form: clause.statement.form,
            ...(clause.statement.note ? { note: clause.statement.note } : {}),
            at: { node: clause.paragraph.id, start: clause.statement.start, end: clause.statement.end },
            covers: clause.covers,
            open: clause.statement.open,
            line,
            column,
          };
        }),
        planLevelOwners: planLevel,
        line: task.node.line,
      });
    }
    const perNode = new Map<string, number>();
    const repaired = figureRepairs(parsed);
    for (const draft of d.indicators) {
      const k = (perNode.get(draft.node) ?? 0) + 1;
      perNode.set(draft.node, k);
      const local = draft.source === 'table' ? `${draft.node}-r${draft.at.start + 1}` : `${draft.node}-i${k}`;
      const { at, ...rest } = draft;
      indicators.push({
        ...rest,
        nameSimplified: simplify(rest.name),
        ...(draft.source === 'table' ? {} : { at: { node: draft.node, start: at.start, end: at.end } }),
        flags: repaired(draft) ? [...draft.flags, 'repaired'] : draft.flags,
        id: `${slug}/${local}`,
        doc: slug,
        url: `/indicators/${slug}/${local}/`,
      });
    }
  }
  return { documents, tasks, departments, indicators };
}

/**
 * Stage 4, extract: outlines → tasks with their owners, departments, indicators and document
 * metadata. Departments are resolved once all plans are read, so that every mention of a unit
 * in a city resolves to one department.
 */
import type { Department, Indicator, Owner, PolicyDocument, Task } from '../model.ts';
import type { ParsedText } from '../parse/index.ts';
import { type DepartmentMention, DepartmentRegistry } from './departments.ts';
import { documentFacts, planLeads, sourceRole, type PlanLeadDraft } from './document.ts';
import { extractIndicators, type DraftIndicator } from './indicators.ts';
import { findOwnerStatements } from './owners.ts';
import { findNode, walk } from './outline-walk.ts';
import { placer } from './place.ts';
import { simplify } from '../script.ts';
import { draftTasks, type DraftTask, type ParagraphProblem } from './tasks.ts';

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
}

const REPAIRS_THAT_CHANGE_FIGURES = new Set(['decimal-point', 'mojibake']);

function mention(parsed: ParsedText, unit: DepartmentMention['unit']): DepartmentMention {
  return { city: parsed.entry.city, cityId: parsed.entry.cityId, unit };
}

function draftDocument(parsed: ParsedText): DocumentDraft {
  const place = placer(parsed.lines);
  const problems: ParagraphProblem[] = [];
  const tasks = draftTasks(parsed.outline, problems);
  for (const p of problems) {
    const { line, column } = place(p.paragraph, p.at);
    parsed.log.warn(p.ruleId, line, column, p.reason, 'The text is shown as received.');
  }
  // An owner statement outside every task is shown, and said.
  walk(parsed.outline, (node, ancestors) => {
    if (node.kind !== 'paragraph' || node.isTask || ancestors.some((a) => a.isTask)) return;
    for (const s of findOwnerStatements(node.text ?? '').statements) {
      const { line, column } = place(node, s.start);
      parsed.log.warn('owner-outside-task', line, column,
        `holds an owner statement ${s.text} outside any task; it is shown in the text but owns no task.`,
        'If this paragraph is a task, check its numbering.');
    }
  });
  const facts = documentFacts(parsed.outline);
  return {
    parsed,
    facts,
    tasks,
    leads: planLeads(parsed.outline),
    indicators: extractIndicators(parsed.outline, facts.period?.to ?? null),
  };
}

function repairedFigure(parsed: ParsedText, indicator: DraftIndicator): boolean {
  const node = indicator.source === 'table' ? undefined : findNode(parsed.outline, indicator.node);
  if (!node) return false;
  const place = placer(parsed.lines);
  const from = place(node, indicator.at.start).column;
  const to = place(node, indicator.at.end).column;
  return parsed.repairs.some((r) => REPAIRS_THAT_CHANGE_FIGURES.has(r.kind) && r.line === indicator.line && r.column >= from && r.column <= to);
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
        notes: parsed.entry.notes,
      },
      url: `/policies/${slug}/`,
      outline: parsed.outline,
    });
    for (const task of d.tasks) {
      const owners: Owner[] = task.clauses.flatMap((clause) =>
        clause.statement.groups.flatMap((group) =>
          group.units.map((unit) => ({
            department: resolve(mention(parsed, unit)),
            name: unit.written,
            role: group.role,
            clause: clause.index,
            at: { node: clause.paragraph.id, start: unit.start, end: unit.start + unit.length },
          }))));
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
        clauses: task.clauses.map((clause) => {
          const { line, column } = place(clause.paragraph, clause.statement.start);
          return {
            index: clause.index,
            statement: clause.statement.text,
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
    for (const draft of d.indicators) {
      const k = (perNode.get(draft.node) ?? 0) + 1;
      perNode.set(draft.node, k);
      const local = draft.source === 'table' ? `${draft.node}-r${draft.at.start + 1}` : `${draft.node}-i${k}`;
      const { at, ...rest } = draft;
      indicators.push({
        ...rest,
        nameSimplified: simplify(rest.name),
        ...(draft.source === 'table' ? {} : { at: { node: draft.node, start: at.start, end: at.end } }),
        flags: repairedFigure(parsed, draft) ? [...draft.flags, 'repaired'] : draft.flags,
        id: `${slug}/${local}`,
        doc: slug,
        url: `/indicators/${slug}/${local}/`,
      });
    }
  }
  return { documents, tasks, departments, indicators };
}

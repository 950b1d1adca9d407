/**
 * Open data: the model as tables, each published as JSON and as a CSV twin (UTF-8 with a
 * byte-order mark, so that Excel and WPS read Chinese correctly). Field names are a contract
 * other tools rely on; the schemas below are checked against every build's output.
 */
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { departmentSchema, indicatorSchema, ownerSchema, repairSchema, roleSchema, type PolicyModel } from '../pipeline/model.ts';
import { roleCountsOf } from '../lib/departments.ts';

export const TABLE_NAMES = ['documents', 'tasks', 'task-owners', 'departments', 'indicators', 'repairs'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export const openDataSchemas = {
  documents: z.array(z.object({
    slug: z.string(), title: z.string(), titleSimplified: z.string(), city: z.string(), province: z.string(),
    issuer: z.string().nullable(), docNumber: z.string().nullable().describe('文号，照原文；原文未载明时为空。'), issued: z.string().nullable(), status: z.enum(['draft', 'issued']),
    period: z.object({ from: z.number(), to: z.number() }).nullable(),
    effective: z.object({ from: z.string().nullable(), until: z.string().nullable() }).nullable(),
    script: z.enum(['zh-Hans', 'zh-Hant']), url: z.string().startsWith('/policies/'),
    planLeads: z.array(z.object({ department: z.string(), name: z.string() })),
    cites: z.array(z.object({ title: z.string(), number: z.string().optional() })),
    sourceFile: z.string(), sha256: z.string(),
    sourceUrl: z.string().nullable().describe('官方原文的网址（发文机关发布的网页），目录未载明时为空。'),
  })),
  tasks: z.array(z.object({
    id: z.string(), doc: z.string(), path: z.array(z.string()), title: z.string(), titleSimplified: z.string(), text: z.string(),
    url: z.string().startsWith('/policies/'), owners: z.array(ownerSchema.omit({ at: true })),
    planLevelOwners: z.boolean().describe('方案未给该任务逐项分工、责任单位取自全篇牵头单位时为真。'),
    clauses: z.array(z.object({
      index: z.number(), statement: z.string(), open: z.boolean(), line: z.number(),
      form: z.enum(['inline', 'line', 'heading', 'annex']).describe('分工写在何处：句中括注、单列一行、上级标题或附件分工表。'),
    })),
    deadline: z.string().nullable().describe('完成时限，照原文。'),
    deadlineKind: z.enum(['date', 'recurring', 'ongoing', 'text']).nullable().describe('完成时限的类别：具体日期、周期性（如“每年12月底前”）、长期（如“长期坚持”）或其他文字。'),
    deadlineDate: z.string().nullable().describe('完成时限折算的最后日期，如“2026年6月底前”为 2026-06-30；非具体日期时为空。'),
    line: z.number(),
  })),
  'task-owners': z.array(z.object({
    task: z.string(), doc: z.string(), department: z.string(), departmentName: z.string(), name: z.string(),
    role: roleSchema, clause: z.number().nullable(),
  })),
  departments: z.array(departmentSchema.pick({ id: true, city: true, name: true, fullName: true, aliases: true, kind: true, functions: true, url: true })
    .extend({
      url: z.string().startsWith('/departments/'),
      led: z.number().describe('本单位牵头的任务数（任务本身写明由本单位牵头）。'),
      coOwned: z.number().describe('本单位按职责分工负责（与其他单位共同负责、各负其责）的任务数。'),
      cooperating: z.number().describe('本单位配合（配合、协助、协办、参与）的任务数。'),
      responsible: z.number().describe('本单位为责任单位（责任单位、责任部门、“X负责”，或任务只写本单位“按职责分工负责”）的任务数。'),
      // A plan that names no owner per task and one lead for the whole plan (Hangzhou) gives
      // that lead every task with role `document`; counted in `led`, it would claim twenty
      // tasks the plan never assigns it, and disagree with the unit's page.
      planLevel: z.number().describe('方案未逐项分工、由本单位统筹牵头全篇的任务数；单列，不计入牵头数。'),
    })),
  indicators: z.array(indicatorSchema.omit({ line: true, measure: true, category: true, attribute: true, node: true, amount: true, at: true })
    .extend({ url: z.string().startsWith('/indicators/'), measure: z.string().nullable(), category: z.string().nullable(), attribute: z.string().nullable(), amount: z.number().nullable(), line: z.number() })),
  repairs: z.array(repairSchema.omit({ at: true, note: true }).extend({ note: z.string().nullable() })),
} satisfies Record<TableName, z.ZodType>;

/**
 * What the fields of a table mean, for those whose schema says more than their name: the notes
 * the open data page shows under the field list.
 * @example fieldNotes('departments').planLevel // '方案未逐项分工、由本单位统筹牵头全篇的任务数；…'
 */
export function fieldNotes(name: TableName): Record<string, string> {
  const shape: Record<string, z.ZodType> = openDataSchemas[name].element.shape;
  return Object.fromEntries(Object.entries(shape).flatMap(([field, schema]) => (schema.description ? [[field, schema.description]] : [])));
}

/** Rows of one table, in the shape its schema promises. */
export function tableRows(model: PolicyModel, name: TableName): Record<string, unknown>[] {
  switch (name) {
    case 'documents':
      return model.documents.map((d) => ({
        slug: d.slug, title: d.title, titleSimplified: d.titleSimplified, city: d.city, province: d.province,
        issuer: d.issuer, docNumber: d.docNumber, issued: d.issued, status: d.status, period: d.period, effective: d.effective, script: d.script,
        url: d.url, planLeads: d.planLeads.map((l) => ({ department: l.department, name: l.name })), cites: d.cites,
        sourceFile: d.provenance.originalName, sha256: d.provenance.sha256, sourceUrl: d.provenance.sourceUrl ?? null,
      }));
    case 'tasks':
      return model.tasks.map((t) => ({
        id: t.id, doc: t.doc, path: t.path, title: t.title, titleSimplified: t.titleSimplified, text: t.text, url: t.url,
        owners: t.owners.map(({ at, ...owner }) => owner), planLevelOwners: t.planLevelOwners,
        clauses: t.clauses.map((c) => ({ index: c.index, statement: c.statement, open: c.open, line: c.line, form: c.form })),
        deadline: t.deadline?.text ?? null, deadlineKind: t.deadline?.kind ?? null, deadlineDate: t.deadline?.date ?? null, line: t.line,
      }));
    case 'task-owners': {
      const names = new Map(model.departments.map((d) => [d.id, d.fullName]));
      return model.tasks.flatMap((t) => t.owners.map((o) => ({
        task: t.id, doc: t.doc, department: o.department, departmentName: names.get(o.department) ?? '', name: o.name, role: o.role, clause: o.clause,
      })));
    }
    case 'departments': {
      const countsOf = roleCountsOf(model);
      return model.departments.map((d) => {
        const counts = countsOf(d.id);
        return {
          id: d.id, city: d.city, name: d.name, fullName: d.fullName, aliases: d.aliases, kind: d.kind, functions: d.functions, url: d.url,
          led: counts.lead, coOwned: counts.co, cooperating: counts.cooperate, responsible: counts.responsible, planLevel: counts.document,
        };
      });
    }
    case 'indicators':
      return model.indicators.map((i) => ({
        id: i.id, doc: i.doc, source: i.source, name: i.name, nameSimplified: i.nameSimplified, value: i.value, amount: i.amount, unit: i.unit, comparator: i.comparator,
        baseline: i.baseline, baselineYear: i.baselineYear, targetYear: i.targetYear, category: i.category ?? null,
        attribute: i.attribute ?? null, quote: i.quote, measure: i.measure ?? null, url: i.url, flags: i.flags, line: i.line,
      }));
    case 'repairs':
      return model.repairs.map((r) => ({ doc: r.doc, line: r.line, column: r.column, kind: r.kind, before: r.before, after: r.after, note: r.note ?? null }));
  }
}

/** A cell as a spreadsheet shows it: lists joined, objects as JSON, nothing for null. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('；');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A text cell that a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`, or a tab or
 * carriage return first) gets a leading `'`, as OWASP advises against CSV injection; numbers stay
 * numbers, and the JSON keeps the text as written.
 * @example inert('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function inert(text: string): string {
  if (/^[-+]?\d+(\.\d+)?$/.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Rows of a table as CSV (RFC 4180: CRLF between records), with a byte-order mark and a header
 * row. A field holding a comma, a quote, CR or LF is quoted: a task's text keeps its title and
 * paragraphs on lines of their own, and Excel, WPS and Python's csv module end a record at a
 * bare LF outside quotes.
 * @example toCsv([{ id: 'a', text: '甲\n乙' }]) // '\uFEFFid,text\r\na,"甲\n乙"\r\n'
 */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const columns = rows.length ? Object.keys(rows[0]) : [];
  const body = stringify(rows.map((r) => columns.map((c) => inert(cell(r[c])))), {
    header: true, columns, record_delimiter: 'windows', quote_record_delimiter: true,
  });
  return `\uFEFF${body}`;
}

/** Chinese descriptions of each table, for the open data page. */
export const TABLE_DESCRIPTIONS: Readonly<Record<TableName, string>> = {
  documents: '每份方案一行：标题、城市、发文机关、发文日期、状态、规划期、施行日期、统筹牵头单位、依据文件、来源文件及其 SHA-256。',
  tasks: '每项任务一行：编号路径、标题、全文、网址、责任单位（部门编号、原文写法、角色、所属分工表述）与原文分工表述。',
  'task-owners': '任务与责任单位的对应关系，每个“任务—单位—角色”一行，便于按单位筛选。',
  departments: '每个单位一行（按城市区分）：规范名称、全称、别名、类别、职能、牵头/配合/负责的任务数，以及方案未逐项分工时由本单位全篇牵头的任务数（单列，不计入牵头）。',
  indicators: '每个量化目标一行：名称、数值（照原文）、单位、比较词、基期值与年份、目标年份、原文摘录、异常标记。',
  repairs: '每处修复一行：方案、行号、列号、修复类型、修复前、修复后。',
};

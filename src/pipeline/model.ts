/**
 * The policy model: zod schemas for every record the pipeline produces, and the types
 * inferred from them. Pages, open data and tests all read these types; nothing else
 * defines the shape of a document, task, department or indicator.
 */
import { z } from 'zod';

/** How sure we are of a problem: only `error` stops a build. */
export const severitySchema = z.enum(['error', 'warning', 'info']);

/** A problem or notice about the source, pointing at `file:line:column`. */
export const messageSchema = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  ruleId: z.string(),
  severity: severitySchema,
  reason: z.string(),
  fix: z.string().optional(),
});
export type Message = z.infer<typeof messageSchema>;

/** One catalog entry: what the build needs to know about a seed that its text does not say. */
/**
 * Whether a catalog value is an http(s) address a reader's browser can open.
 * @example isWebAddress('https://www.km.gov.cn/c/2022-09-29/1.shtml') // true
 * @example isWebAddress('www.km.gov.cn/c/1.shtml') // false
 */
export function isWebAddress(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    return new URL(text).hostname.includes('.');
  } catch {
    return false;
  }
}

export const catalogEntrySchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens'),
  city: z.string().min(1),
  cityId: z.string().regex(/^[a-z]+$/, 'lower-case pinyin of the city, e.g. "wuhan"'),
  province: z.string().min(1),
  file: z.string().regex(/^[^/\\]+\.txt$/, 'a .txt file name inside seeds/'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lower-case hex digits'),
  originalName: z.string().min(1),
  /** Script of the text as received. */
  script: z.enum(['zh-Hans', 'zh-Hant']),
  /** Text encoding of the file; UTF-8 unless declared. */
  encoding: z.enum(['utf-8', 'gbk', 'gb18030', 'big5']).default('utf-8'),
  /** Script the plan was published in, when the received copy differs. */
  publishedScript: z.enum(['zh-Hans', 'zh-Hant']).optional(),
  /** Lines that are not part of the plan (a web page's header and footer), by line range. */
  webChrome: z
    .array(
      z.object({
        from: z.number().int().positive(),
        to: z.number().int().positive(),
        what: z.string().min(1),
      }),
    )
    .default([]),
  /** Facts the text does not state, in a sentence, shown on the plan page. */
  notes: z.array(z.string()).default([]),
  /** Where the official original is published (the issuer's own page), when staff know it. */
  sourceUrl: z
    .string()
    .refine(isWebAddress, 'not a web address: write the whole address of the official original, starting with https:// or http://')
    .optional(),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const catalogSchema = z.object({ documents: z.array(catalogEntrySchema).min(1) });
export type Catalog = z.infer<typeof catalogSchema>;

/** A correction the build made to a source line, and what it was before. */
export const repairSchema = z.object({
  doc: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  kind: z.enum(['web-chrome', 'html-markup', 'mojibake', 'pinyin', 'decimal-point', 'whitespace', 'encoding']),
  before: z.string(),
  after: z.string(),
  note: z.string().optional(),
  /** Where the corrected text lies in the repaired line: `[start, end)`, empty for a removal. */
  at: z.object({ line: z.number().int().positive(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
});
export type Repair = z.infer<typeof repairSchema>;

/** Characters of one repaired source line that a node owns: `[start, end)` in code units. */
export const spanSchema = z.object({
  line: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof spanSchema>;

export const nodeKindSchema = z.enum([
  'notice',
  'title',
  'section',
  'item',
  'point',
  /** A part of a task: `（1）`, `①`, or a numbered part of an article. */
  'subitem',
  'paragraph',
  'box',
  'table',
  'closing',
]);
export type NodeKind = z.infer<typeof nodeKindSchema>;

export const paragraphRoleSchema = z.enum([
  'notice-title',
  'addressees',
  'notice-body',
  'issuer',
  /** 文号: `云政办发〔2024〕9号`. */
  'doc-number',
  'date',
  'publicity',
  'status',
  'preamble',
  'body',
  'bullet',
  'closing',
]);
export type ParagraphRole = z.infer<typeof paragraphRoleSchema>;

export const tableCellSchema = z.object({
  text: z.string(),
  /** How many rows this cell spans (the category column of a flattened table). */
  rowSpan: z.number().int().positive().default(1),
  line: z.number().int().positive(),
});
export const tableSchema = z.object({
  caption: z.string().optional(),
  header: z.array(z.string()),
  /** Every row has one entry per header column; a spanned cell repeats with rowSpan 0 omitted. */
  rows: z.array(z.array(tableCellSchema.nullable())),
});
export type Table = z.infer<typeof tableSchema>;

export interface OutlineNode {
  /** From the document's own numbering: 三、（一）1. → `3-1-1`; paragraphs `3-1-1-p2`; boxes `box-3`. */
  id: string;
  kind: NodeKind;
  role?: ParagraphRole;
  /** Numbering as written: `三、`, `(一)`, `1.`, `专栏3`. */
  label?: string;
  number?: number;
  title?: string;
  text?: string;
  /** First source line (1-based, in the file as received). */
  line: number;
  spans: Span[];
  children: OutlineNode[];
  table?: Table;
  /** A work phase's date range, `YYYY-MM`. */
  phase?: { from: string; to: string };
  isTask?: boolean;
}

export const outlineNodeSchema: z.ZodType<OutlineNode> = z.lazy(() =>
  z.object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    kind: nodeKindSchema,
    role: paragraphRoleSchema.optional(),
    label: z.string().optional(),
    number: z.number().int().positive().optional(),
    title: z.string().optional(),
    text: z.string().optional(),
    line: z.number().int().positive(),
    spans: z.array(spanSchema),
    children: z.array(outlineNodeSchema),
    table: tableSchema.optional(),
    phase: z.object({ from: z.string(), to: z.string() }).optional(),
    isTask: z.boolean().optional(),
  }),
);

/**
 * lead 牵头; responsible 负责/责任单位; co 按职责分工负责 (shared: every unit answerable for its
 * part); cooperate 配合/协助/参与/协办; document, the lead a plan names for the whole of it.
 */
export const roleSchema = z.enum(['lead', 'responsible', 'co', 'cooperate', 'document']);
export type Role = z.infer<typeof roleSchema>;

/** Where a piece of text sits: a node and `[start, end)` within its text. */
export const textRangeSchema = z.object({
  node: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextRange = z.infer<typeof textRangeSchema>;

/** One unit named in an owner statement. */
export const ownerSchema = z.object({
  department: z.string(),
  /** The unit as the source writes it, e.g. `市市场监管局(知识产权局)`. */
  name: z.string(),
  role: roleSchema,
  /** Index of the clause in the task's `clauses`; null for a plan-level owner. */
  clause: z.number().int().nonnegative().nullable(),
  /** Where the unit is named in the text; absent for a plan-level owner. */
  at: textRangeSchema.optional(),
});
export type Owner = z.infer<typeof ownerSchema>;

/** An owner statement and the sentences it covers. */
export const clauseSchema = z.object({
  index: z.number().int().nonnegative(),
  /** The statement as written, brackets included. */
  statement: z.string(),
  at: textRangeSchema,
  covers: z.array(textRangeSchema),
  /** The list ends in 等: the units named are not all the units. */
  open: z.boolean(),
  /**
   * Where the statement stands: an inline note (in a bracket or a sentence of its own), a labelled
   * line (`牵头单位：…`), a heading above the task, or a row of an annex task table.
   */
  form: z.enum(['inline', 'line', 'heading', 'annex']),
  /** Text after the units inside the statement (`2027年底前建成`, `长期坚持`), as written. */
  note: z.string().optional(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type Clause = z.infer<typeof clauseSchema>;

/** A task's deadline as written and, where it is a date, as one. */
export const deadlineSchema = z.object({
  text: z.string(),
  /** `date` has a normalised date; `recurring` (每年12月底前), `ongoing` (长期坚持) and `text` do not. */
  kind: z.enum(['date', 'recurring', 'ongoing', 'text']),
  /** `YYYY-MM-DD`, the last day the text allows (`2026年6月底前` → 2026-06-30). */
  date: z.string().nullable(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const taskSchema = z.object({
  id: z.string(),
  doc: z.string(),
  node: z.string(),
  /** Numbering labels as written, outermost first: ['三、', '(一)', '1.']. */
  path: z.array(z.string()),
  title: z.string(),
  /** The title in Simplified script (a machine conversion when the source is Traditional). */
  titleSimplified: z.string(),
  /**
   * The task's outline nodes, one per line (`\n`): its numbered heading, then each paragraph, box
   * and table title. A heading and its first paragraph that share a source line are two nodes
   * with anchors of their own, so they are two lines here too.
   */
  text: z.string(),
  url: z.string(),
  owners: z.array(ownerSchema),
  clauses: z.array(clauseSchema),
  /** True when the owners come from the plan-level lead, not from the task itself. */
  planLevelOwners: z.boolean(),
  deadline: deadlineSchema.optional(),
  line: z.number().int().positive(),
});
export type Task = z.infer<typeof taskSchema>;

export const departmentKindSchema = z.enum([
  'bureau',
  'commission',
  'office',
  'court',
  'procuratorate',
  'governments',
  'management-committee',
  'collective',
  'party',
  'legislature',
  'customs',
  'financial-regulator',
  'association',
  'arbitration',
  'coordination-body',
  'other',
]);
export type DepartmentKind = z.infer<typeof departmentKindSchema>;

export const departmentSchema = z.object({
  id: z.string().regex(/^[a-z]+(-[a-z0-9]+)+$/),
  city: z.string(),
  cityId: z.string(),
  /** Canonical name in Simplified script, as the city writes it (`市市场监管局`). */
  name: z.string(),
  /** The name with the city spelled out (`亳州市市场监管局`). */
  fullName: z.string(),
  /** Every other form seen: bracketed aliases, Traditional spellings, written variants. */
  aliases: z.array(z.string()),
  kind: departmentKindSchema,
  /** What the unit does, shared across cities so that like units link to each other. */
  functions: z.array(z.string()),
  /** A scope note written beside the name (`含开发区、风景区管委会,下同`). */
  note: z.string().optional(),
  /** A unit this one is housed in, when the source names both (`联席会议办公室(市市场监管局)`). */
  hostedBy: z.string().optional(),
  url: z.string(),
});
export type Department = z.infer<typeof departmentSchema>;

export const indicatorFlagSchema = z.enum([
  'missing-value',
  'uncertain-value',
  'missing-attribute',
  'no-baseline',
  /** The name is too short or only a qualifier (`设立规模`) to say what is measured. */
  'unclear-name',
  'repaired',
]);

export const indicatorSchema = z.object({
  id: z.string(),
  doc: z.string(),
  node: z.string(),
  source: z.enum(['goal', 'table', 'task']),
  name: z.string(),
  /** The name in Simplified script. */
  nameSimplified: z.string(),
  /** The value as written (`2.5`, `1—3`, `85以上`, `?`). */
  value: z.string(),
  /** The value read as a number (the upper bound of a range), when it is one. */
  amount: z.number().nullable(),
  unit: z.string(),
  comparator: z.string(),
  baseline: z.string().nullable(),
  baselineYear: z.number().int().nullable(),
  targetYear: z.number().int().nullable(),
  category: z.string().optional(),
  /** 预期性 or 约束性, from an indicator table. */
  attribute: z.string().optional(),
  quote: z.string(),
  /** A key shared by indicators that measure the same thing in different plans. */
  measure: z.string().optional(),
  url: z.string(),
  flags: z.array(indicatorFlagSchema),
  line: z.number().int().positive(),
  /** Where the target is stated in its paragraph; absent for a table row. */
  at: textRangeSchema.optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const citationSchema = z.object({
  title: z.string(),
  number: z.string().optional(),
});

export const documentSchema = z.object({
  slug: z.string(),
  title: z.string(),
  titleSimplified: z.string(),
  city: z.string(),
  cityId: z.string(),
  province: z.string(),
  issuer: z.string().nullable(),
  /** `YYYY-MM-DD`, from the signature of the issuing notice. */
  issued: z.string().nullable(),
  /** 文号 as the notice writes it (`云政办发〔2024〕9号`), or null when the copy does not state one. */
  docNumber: z.string().nullable(),
  period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  status: z.enum(['draft', 'issued']),
  effective: z.object({ from: z.string().nullable(), until: z.string().nullable() }).nullable(),
  script: z.enum(['zh-Hans', 'zh-Hant']),
  publishedScript: z.enum(['zh-Hans', 'zh-Hant']),
  addressees: z.string().nullable(),
  planLeads: z.array(
    z.object({ department: z.string(), name: z.string(), statement: z.string(), node: z.string() }),
  ),
  cites: z.array(citationSchema),
  provenance: z.object({
    file: z.string(),
    originalName: z.string(),
    sha256: z.string(),
    /** The 来源 the saved web page names (`武汉市软件行业协会`). */
    sourceSite: z.string().optional(),
    /** Whether that page is the publisher's own (Kunming: the issuing office) or another site's repost (Wuhan). */
    sourceRole: z.enum(['publisher', 'repost']).optional(),
    /** The date the saved web page gives (`发布日期:2020-03-09`). */
    repostDate: z.string().optional(),
    /** The official original's address, from the catalog's `sourceUrl`. */
    sourceUrl: z.string().optional(),
    notes: z.array(z.string()),
  }),
  url: z.string(),
  outline: z.array(outlineNodeSchema),
});
export type PolicyDocument = z.infer<typeof documentSchema>;

/** Everything the pipeline produces from the seeds. */
export const policyModelSchema = z.object({
  documents: z.array(documentSchema),
  tasks: z.array(taskSchema),
  departments: z.array(departmentSchema),
  indicators: z.array(indicatorSchema),
  repairs: z.array(repairSchema),
  messages: z.array(messageSchema),
});
export type PolicyModel = z.infer<typeof policyModelSchema>;

/**
 * Scores the pipeline on genre plans: a folder per plan with `input.txt` and a hand-written
 * `expected.json` (its tasks by numbering path, their owners with roles, the form the owners are
 * written in, deadlines, and the lines of owner-like text a careful reader must be warned about).
 * Used by the genre-plan tests and by `npm run genre:report`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../src/pipeline/catalog.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import type { PolicyModel, Role } from '../../src/pipeline/model.ts';
import { UNREAD_OWNER_RULES } from '../../src/pipeline/extract/owner-ledger.ts';

export interface ExpectedPlan {
  habit: string;
  entry: { city: string; cityId: string; province: string; script?: 'zh-Hans' | 'zh-Hant' };
  tasks: { path: string; owners: { name: string; role: Role }[]; form: string; deadline?: string }[];
  unread?: { line: number; contains: string }[];
  /** Quantitative targets of the goals and indicator tables (not the figures inside tasks). */
  indicators?: { name: string; value: string; amount: number; unit: string; baseline?: string; baselineYear?: number; targetYear?: number; attribute?: string }[];
  front?: { docNumber?: string; issuer?: string; issued?: string; effectiveFrom?: string; effectiveUntil?: string };
  /** Repairs by kind: how many a web copy needs. */
  repairs?: Record<string, number>;
}

export interface PlanScore {
  slug: string;
  habit: string;
  tasksExpected: number;
  tasksFound: number;
  /** Expected tasks found at their path. */
  tasksMatched: number;
  /** Owners as (task, unit, role) triples. */
  ownersExpected: number;
  ownersFound: number;
  ownersMatched: number;
  /** Statements by form, as read. */
  forms: Record<string, number>;
  /** Warnings of owner-like text the pipeline could not read. */
  unreadWarnings: number;
  /** Expected unread lines that got a warning on that line. */
  unreadExpected: number;
  unreadWarned: number;
  deadlinesExpected: number;
  deadlinesFound: number;
  deadlinesMatched: number;
  indicatorsExpected: number;
  /** Goal and table indicators the pipeline found. */
  indicatorsFound: number;
  indicatorsMatched: number;
  /** Front-matter fields expected, and found as expected. */
  frontExpected: number;
  frontMatched: number;
  /** Repairs by kind, as recorded. */
  repairs: Record<string, number>;
  /** What differs, one line each, for a failing test to print. */
  differences: string[];
  model: PolicyModel;
}

/** Warnings that say owner-like text was not read, and the plan-wide one. */
export const UNREAD_RULES = new Set([...UNREAD_OWNER_RULES, 'no-owners']);

const normal = (name: string) => name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

/** Runs one plan folder through the pipeline and compares it with its expectations. */
export function scorePlan(dir: string, slug: string): PlanScore {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedPlan;
  const bytes = new Uint8Array(readFileSync(join(dir, 'input.txt')));
  const file = `${slug}.txt`;
  const entry = {
    slug, file, originalName: file, script: 'zh-Hans', ...expected.entry, sha256: sha256(bytes),
  };
  const model = runPipeline(JSON.stringify({ documents: [entry] }), [{ name: file, bytes }], 'genre');
  const differences: string[] = [];
  const byPath = new Map(model.tasks.map((t) => [t.path.join(''), t]));
  let tasksMatched = 0;
  let ownersExpected = 0;
  let ownersMatched = 0;
  let deadlinesMatched = 0;
  for (const want of expected.tasks) {
    const task = byPath.get(want.path);
    ownersExpected += want.owners.length;
    if (!task) {
      differences.push(`${want.path}: no task at this path`);
      continue;
    }
    tasksMatched++;
    const got = new Set(task.owners.filter((o) => o.role !== 'document').map((o) => `${normal(o.name)} ${o.role}`));
    const wanted = new Set(want.owners.map((o) => `${normal(o.name)} ${o.role}`));
    for (const w of wanted) if (got.has(w)) ownersMatched++;
    const missing = [...wanted].filter((w) => !got.has(w));
    const extra = [...got].filter((g) => !wanted.has(g));
    if (missing.length || extra.length) differences.push(`${want.path}: missing [${missing.join(', ')}] extra [${extra.join(', ')}]`);
    if (want.deadline) {
      if (task.deadline && normal(task.deadline.text).includes(normal(want.deadline).replace(/完成$/, ''))) deadlinesMatched++;
      else differences.push(`${want.path}: deadline "${want.deadline}", read ${task.deadline ? `"${task.deadline.text}"` : 'none'}`);
    }
  }
  const wantedPaths = new Set(expected.tasks.map((t) => t.path));
  for (const task of model.tasks) {
    if (!wantedPaths.has(task.path.join(''))) differences.push(`${task.path.join('')}: a task the plan does not have (${task.title})`);
  }
  const unreadWarnings = model.messages.filter((m) => UNREAD_RULES.has(m.ruleId));
  let unreadWarned = 0;
  for (const u of expected.unread ?? []) {
    if (unreadWarnings.some((m) => m.line === u.line)) unreadWarned++;
    else differences.push(`line ${u.line}: owner-like text "${u.contains}" has no warning`);
  }
  // Indicators: each expected one is the found goal or table indicator of its amount whose name is its name.
  const candidates = model.indicators.filter((i) => i.source !== 'task');
  let indicatorsMatched = 0;
  for (const want of expected.indicators ?? []) {
    const got = candidates.find((i) => i.amount === want.amount && (normal(i.name).includes(normal(want.name)) || normal(want.name).includes(normal(i.name))));
    if (!got) {
      differences.push(`indicator ${want.name} ${want.value}: not found`);
      continue;
    }
    const fields: [string, unknown, unknown][] = [
      // The model's value is the figure as written; its comparator and unit are fields of their own.
      ['value', normal(want.value).includes(normal(got.value)) ? normal(want.value) : normal(got.value), normal(want.value)], ['unit', got.unit, want.unit],
      ['baseline', got.baseline?.replace(/%$/, '') ?? undefined, want.baseline?.replace(/%$/, '')], ['baselineYear', got.baselineYear ?? undefined, want.baselineYear],
      ['targetYear', got.targetYear ?? undefined, want.targetYear], ['attribute', got.attribute, want.attribute],
    ];
    const wrong = fields.filter(([, a, b]) => b !== undefined && a !== b);
    if (wrong.length === 0) indicatorsMatched++;
    else differences.push(`indicator ${want.name}: ${wrong.map(([f, a, b]) => `${f} ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`).join(', ')}`);
  }
  const doc = model.documents[0];
  const front: [string, unknown][] = [['docNumber', doc.docNumber], ['issuer', doc.issuer], ['issued', doc.issued],
    ['effectiveFrom', doc.effective?.from ?? undefined], ['effectiveUntil', doc.effective?.until ?? undefined]];
  let frontMatched = 0;
  for (const [field, got] of front) {
    const want = expected.front?.[field as keyof NonNullable<ExpectedPlan['front']>];
    if (want === undefined) continue;
    if (got === want) frontMatched++;
    else differences.push(`front ${field}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  const repairs: Record<string, number> = {};
  for (const r of model.repairs) repairs[r.kind] = (repairs[r.kind] ?? 0) + 1;
  for (const [kind, count] of Object.entries(expected.repairs ?? {})) {
    if ((repairs[kind] ?? 0) !== count) differences.push(`repairs ${kind}: ${repairs[kind] ?? 0} ≠ ${count}`);
  }
  const forms: Record<string, number> = {};
  for (const task of model.tasks) for (const c of task.clauses) forms[c.form] = (forms[c.form] ?? 0) + 1;
  return {
    slug,
    habit: expected.habit,
    tasksExpected: expected.tasks.length,
    tasksFound: model.tasks.length,
    tasksMatched,
    ownersExpected,
    ownersFound: model.tasks.reduce((n, t) => n + new Set(t.owners.filter((o) => o.role !== 'document').map((o) => `${normal(o.name)} ${o.role}`)).size, 0),
    ownersMatched,
    forms,
    unreadWarnings: unreadWarnings.length,
    unreadExpected: expected.unread?.length ?? 0,
    unreadWarned,
    deadlinesExpected: expected.tasks.filter((t) => t.deadline).length,
    deadlinesFound: model.tasks.filter((t) => t.deadline).length,
    deadlinesMatched,
    indicatorsExpected: expected.indicators?.length ?? 0,
    indicatorsFound: candidates.length,
    indicatorsMatched,
    frontExpected: Object.keys(expected.front ?? {}).length,
    frontMatched,
    repairs,
    differences,
    model,
  };
}

/** The plan folders under `root`, by name. */
export function planFolders(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
}

/** Role-aware owner F1 over several plans. */
export function ownerF1(scores: readonly PlanScore[]): { precision: number; recall: number; f1: number } {
  const matched = scores.reduce((n, s) => n + s.ownersMatched, 0);
  const found = scores.reduce((n, s) => n + s.ownersFound, 0);
  const expected = scores.reduce((n, s) => n + s.ownersExpected, 0);
  const precision = found ? matched / found : 0;
  const recall = expected ? matched / expected : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Seeds → content/: runs the pipeline, prints what it found and every warning, and writes the
 * validated model (content/model.json) and one MDX page per plan (content/policies/*.mdx),
 * plus a Simplified view of each Traditional plan. A file that cannot be processed stops here.
 *
 *   npm run build:content [-- --seeds DIR --out DIR --quiet --timings --explain SLUG]
 *
 * `--explain SLUG` prints, per task of that plan, its owners with their role and the source line
 * each came from, and the owner-like text that was not read, so a new plan can be checked by eye.
 *
 * `--timings` adds one line, `timings: pipeline 1.234 s (heap 0.12 GB), model.json 0.056 s (heap
 * 0.13 GB), mdx 2.345 s (heap 0.20 GB)`, the seconds and the JavaScript heap in use after each
 * stage, which the benchmark (scripts/bench/run.ts) reads to tell the stages apart.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runPipelineWithText } from '../src/pipeline/index.ts';
import { formatMessage, PipelineError } from '../src/pipeline/messages.ts';
import type { PolicyModel } from '../src/pipeline/model.ts';
import { simplifiedViewSlug, writePlanPage } from '../src/render/plan-page.ts';
import { anchorAliases, parseMoves } from '../src/permalinks/redirects.ts';
import { MOVED_FILE } from '../src/integrations/permalinks.ts';
import { readSeedFolder } from './seeds.ts';
import { writeInPieces, writeJsonFile } from './json-file.ts';
import { explainPlan } from './explain.ts';
import { UNREAD_OWNER_RULES } from '../src/pipeline/extract/owner-ledger.ts';

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: process.env.CONTENT_DIR || 'content' }, quiet: { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false }, explain: { type: 'string' } },
});

function summarise(model: PolicyModel): string {
  const rows = model.documents.map((d) => {
    const tasks = model.tasks.filter((t) => t.doc === d.slug);
    const messages = model.messages.filter((m) => m.file === d.provenance.file && m.severity === 'warning');
    const clauses = tasks.flatMap((t) => t.clauses);
    const form = (f: string) => clauses.filter((c) => c.form === f).length;
    return [d.slug, tasks.length, tasks.filter((t) => t.owners.length > 0).length,
      `${form('inline')}/${form('line')}/${form('heading')}/${form('annex')}`,
      new Set(tasks.flatMap((t) => t.owners.map((o) => o.department))).size,
      messages.filter((m) => UNREAD_OWNER_RULES.has(m.ruleId)).length,
      tasks.filter((t) => t.deadline).length,
      model.indicators.filter((i) => i.doc === d.slug).length,
      model.repairs.filter((r) => r.doc === d.slug).length, messages.length];
  });
  const head = ['plan', 'tasks', 'with owners', 'statements inline/line/heading/annex', 'units', 'unread owner text', 'deadlines', 'indicators', 'repairs', 'warnings'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(3)} s (heap ${(process.memoryUsage().heapUsed / 1e9).toFixed(2)} GB)`;

let started = performance.now();
let model: PolicyModel;
let bodies: Map<string, { line: number; text: string }[]> | undefined;
try {
  const { catalog, files } = readSeedFolder(values.seeds);
  ({ model, bodies } = runPipelineWithText(catalog, files, values.seeds.replace(/\/+$/, '')));
} catch (error) {
  if (error instanceof PipelineError) {
    console.error(`The seeds cannot be built:\n${error.messages.map(formatMessage).join('\n')}`);
    process.exit(1);
  }
  throw error;
}

const timings = [`pipeline ${seconds(started)}`];
const out = values.out;
started = performance.now();
rmSync(join(out, 'policies'), { recursive: true, force: true });
mkdirSync(join(out, 'policies'), { recursive: true });
writeJsonFile(join(out, 'model.json'), model);
timings.push(`model.json ${seconds(started)}`);
started = performance.now();
// The repaired text of each plan, for the check that its page shows every character of it.
writeJsonFile(join(out, 'bodies.json'), Object.fromEntries(model.documents.map((d) => [d.slug, {
  file: d.provenance.file,
  lines: bodies!.get(d.slug) ?? [],
}])));
bodies = undefined;
const moves = existsSync(MOVED_FILE) ? parseMoves(readFileSync(MOVED_FILE, 'utf8'), MOVED_FILE) : [];
for (const doc of model.documents) {
  const aliases = anchorAliases(moves, doc.url);
  writeInPieces(join(out, 'policies', `${doc.slug}.mdx`), (write) => writePlanPage(model, doc.slug, 'source', write, aliases));
  if (doc.script === 'zh-Hant') {
    writeInPieces(join(out, 'policies', `${simplifiedViewSlug(doc.slug)}.mdx`), (write) => writePlanPage(model, doc.slug, 'simplified', write, aliases));
  }
}
timings.push(`mdx ${seconds(started)}`);

if (values.explain !== undefined) {
  const doc = model.documents.find((d) => d.slug === values.explain);
  if (!doc) {
    console.error(`--explain: no plan "${values.explain}"; the plans are: ${model.documents.map((d) => d.slug).join(', ')}.`);
    process.exit(1);
  }
  console.log(explainPlan(model, doc.slug));
}

if (!values.quiet) {
  console.log(summarise(model));
  for (const message of model.messages) console.log(formatMessage(message));
}
console.log(`content: ${model.documents.length} plans, ${model.tasks.length} tasks, ${model.departments.length} departments, ${model.indicators.length} indicators, ${model.repairs.length} repairs, ${model.messages.filter((m) => m.severity === 'warning').length} warnings → ${out}/`);
if (values.timings) console.log(`timings: ${timings.join(', ')}`);

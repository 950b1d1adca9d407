/**
 * Seeds → content/: runs the pipeline, prints what it found and every warning, and writes the
 * validated model (content/model.json) and one MDX page per plan (content/policies/*.mdx),
 * plus a Simplified view of each Traditional plan. A file that cannot be processed stops here.
 *
 *   npm run build:content [-- --seeds DIR --out DIR --quiet --timings]
 *
 * `--timings` adds one line, `timings: pipeline 1.234 s, model.json 0.056 s, mdx 2.345 s`, which
 * the benchmark (scripts/bench/run.ts) reads to tell the stages apart.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runPipelineWithText } from '../src/pipeline/index.ts';
import { formatMessage, PipelineError } from '../src/pipeline/messages.ts';
import type { PolicyModel } from '../src/pipeline/model.ts';
import { planPageMdx, simplifiedViewSlug } from '../src/render/plan-page.ts';
import { anchorAliases, parseMoves } from '../src/permalinks/redirects.ts';
import { MOVED_FILE } from '../src/integrations/permalinks.ts';
import { readSeedFolder } from './seeds.ts';

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: process.env.CONTENT_DIR || 'content' }, quiet: { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false } },
});

function summarise(model: PolicyModel): string {
  const rows = model.documents.map((d) => {
    const tasks = model.tasks.filter((t) => t.doc === d.slug);
    const warnings = model.messages.filter((m) => m.file === d.provenance.file && m.severity === 'warning').length;
    return [d.slug, tasks.length, tasks.reduce((n, t) => n + t.clauses.length, 0),
      model.departments.filter((x) => x.cityId === d.cityId).length,
      model.indicators.filter((i) => i.doc === d.slug).length,
      model.repairs.filter((r) => r.doc === d.slug).length, warnings];
  });
  const head = ['plan', 'tasks', 'owner clauses', 'departments (city)', 'indicators', 'repairs', 'warnings'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(3);
let started = performance.now();
let model: PolicyModel;
let bodies: Map<string, { line: number; text: string }[]>;
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

const timings = [`pipeline ${seconds(started)} s`];
const out = values.out;
started = performance.now();
rmSync(join(out, 'policies'), { recursive: true, force: true });
mkdirSync(join(out, 'policies'), { recursive: true });
writeFileSync(join(out, 'model.json'), JSON.stringify(model));
timings.push(`model.json ${seconds(started)} s`);
started = performance.now();
// The repaired text of each plan, for the check that its page shows every character of it.
writeFileSync(join(out, 'bodies.json'), JSON.stringify(Object.fromEntries(model.documents.map((d) => [d.slug, {
  file: d.provenance.file,
  lines: bodies.get(d.slug) ?? [],
}]))));
const moves = existsSync(MOVED_FILE) ? parseMoves(readFileSync(MOVED_FILE, 'utf8'), MOVED_FILE) : [];
for (const doc of model.documents) {
  const aliases = anchorAliases(moves, doc.url);
  writeFileSync(join(out, 'policies', `${doc.slug}.mdx`), planPageMdx(model, doc.slug, 'source', aliases));
  if (doc.script === 'zh-Hant') {
    writeFileSync(join(out, 'policies', `${simplifiedViewSlug(doc.slug)}.mdx`), planPageMdx(model, doc.slug, 'simplified', aliases));
  }
}
timings.push(`mdx ${seconds(started)} s`);

if (!values.quiet) {
  console.log(summarise(model));
  for (const message of model.messages) console.log(formatMessage(message));
}
console.log(`content: ${model.documents.length} plans, ${model.tasks.length} tasks, ${model.departments.length} departments, ${model.indicators.length} indicators, ${model.repairs.length} repairs, ${model.messages.filter((m) => m.severity === 'warning').length} warnings → ${out}/`);
if (values.timings) console.log(`timings: ${timings.join(', ')}`);

/**
 * Prints, per genre plan, what the pipeline read against what the plan says: tasks, owners
 * (role-aware), statements by form, unread owner-like text, deadlines; and the differences.
 *
 *   npm run genre:report [-- --dir tests/genre-plans] [--verbose]
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { ownerF1, planFolders, scorePlan } from './score.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'tests/genre-plans' }, verbose: { type: 'boolean', default: false } } });
const scores = planFolders(values.dir).map((slug) => scorePlan(join(values.dir, slug), slug));
const head = ['plan', 'tasks (found/expected)', 'owners matched/expected (found)', 'inline', 'line', 'heading', 'annex', 'unread warned', 'deadlines', 'indicators', 'front matter', 'repairs'];
const rows = scores.map((s) => [
  s.slug, `${s.tasksMatched}/${s.tasksExpected} (${s.tasksFound})`, `${s.ownersMatched}/${s.ownersExpected} (${s.ownersFound})`,
  s.forms.inline ?? 0, s.forms.line ?? 0, s.forms.heading ?? 0, s.forms.annex ?? 0,
  `${s.unreadWarnings} (${s.unreadWarned}/${s.unreadExpected} expected)`, `${s.deadlinesMatched}/${s.deadlinesExpected} (${s.deadlinesFound})`,
  `${s.indicatorsMatched}/${s.indicatorsExpected} (${s.indicatorsFound})`, `${s.frontMatched}/${s.frontExpected}`,
  Object.entries(s.repairs).map(([k, n]) => `${k} ${n}`).join(', ') || '-',
]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log([line(head), ...rows.map(line)].join('\n'));
const f1 = ownerF1(scores);
console.log(`owners, role-aware: precision ${f1.precision.toFixed(3)}, recall ${f1.recall.toFixed(3)}, F1 ${f1.f1.toFixed(3)}`);
for (const s of scores) {
  if (s.differences.length === 0) continue;
  console.log(`\n${s.slug}:`);
  for (const d of s.differences) console.log(`  ${d}`);
  if (values.verbose) for (const m of s.model.messages) console.log(`  ${m.line}:${m.column} ${m.ruleId} ${m.reason}`);
}

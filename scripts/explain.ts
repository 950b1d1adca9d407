/**
 * `build:content -- --explain <slug>`: one plan's tasks as a staff member checks them, each with
 * its owners by role and the source line each statement came from, then the owner-like text the
 * readers could not read.
 */
import type { PolicyModel } from '../src/pipeline/model.ts';
import { UNREAD_OWNER_RULES } from '../src/pipeline/extract/owner-ledger.ts';
import { formatMessage } from '../src/pipeline/messages.ts';

const ROLE_NAMES: Record<string, string> = { lead: '牵头', responsible: '负责', co: '按职责分工负责', cooperate: '配合', document: '全篇牵头' };
const FORM_NAMES: Record<string, string> = { inline: '句中括注', line: '单列一行', heading: '上级标题', annex: '附件分工表' };

/**
 * The explanation of one plan, as lines of text.
 * @example explainPlan(model, 'kunming-2022').split('\n')[1] // '二、(一) 优化知识产权发展政策体系  (line 39)'
 */
export function explainPlan(model: PolicyModel, slug: string): string {
  const doc = model.documents.find((d) => d.slug === slug)!;
  const tasks = model.tasks.filter((t) => t.doc === slug);
  const out = [`${doc.title} — ${tasks.length} tasks, ${tasks.filter((t) => t.owners.length > 0).length} with owners`];
  for (const task of tasks) {
    out.push('', `${task.path.join('')} ${task.title}  (line ${task.line})`);
    if (task.owners.length === 0) out.push('  no owner');
    for (const clause of task.clauses) {
      const owners = task.owners.filter((o) => o.clause === clause.index);
      const byRole = [...new Set(owners.map((o) => o.role))]
        .map((role) => `${ROLE_NAMES[role]}: ${[...new Set(owners.filter((o) => o.role === role).map((o) => o.name))].join('、')}`);
      out.push(`  ${byRole.join('；')}  ← ${FORM_NAMES[clause.form]}, line ${clause.line}: ${clause.statement}`);
    }
    if (task.planLevelOwners) out.push(`  全篇牵头: ${task.owners.map((o) => o.name).join('、')}  ← the plan-level lead`);
    if (task.deadline) out.push(`  完成时限: ${task.deadline.text}${task.deadline.date ? ` (${task.deadline.date})` : ` (${task.deadline.kind})`}`);
  }
  const unread = model.messages.filter((m) => m.file === doc.provenance.file && (UNREAD_OWNER_RULES.has(m.ruleId) || m.ruleId === 'no-owners' || m.ruleId === 'no-tasks'));
  out.push('', unread.length ? `Owner-like text not read (${unread.length}):` : 'Owner-like text not read: none.');
  for (const m of unread) out.push(`  ${formatMessage(m)}`);
  return out.join('\n');
}

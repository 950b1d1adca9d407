/** A task's owners as a list shows them: who leads, and everyone else. */
import type { Owner, Task } from '../pipeline/model.ts';

function unique(owners: readonly Owner[]): Owner[] {
  const seen = new Set<string>();
  return owners.filter((o) => !seen.has(o.department) && seen.add(o.department));
}

/**
 * The lead column: units marked 牵头; failing those, the responsible units; failing those, the
 * plan-level lead. Everyone else is "others".
 * @example leadAndOthers(task).lead.map((o) => o.name) // ['市市场监管局(知识产权局)']
 */
export function leadAndOthers(task: Task): { lead: Owner[]; others: Owner[] } {
  const by = (role: Owner['role']) => unique(task.owners.filter((o) => o.role === role));
  const lead = [by('lead'), by('responsible'), by('document')].find((list) => list.length > 0) ?? [];
  const leadIds = new Set(lead.map((o) => o.department));
  return { lead, others: unique(task.owners.filter((o) => !leadIds.has(o.department))) };
}

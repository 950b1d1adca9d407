/** A task's owners as a list shows them: who leads, and everyone else, each written name once. */
import type { Owner, Role, Task } from '../pipeline/model.ts';
import { ROLE_ORDER } from '../render/context.ts';

/**
 * Owners grouped by role, strongest first, each unit once under its strongest role: the "others"
 * column says who shares a task (分工负责) apart from who only supports it (配合).
 * @example byRole(bozhou25Others).map((g) => g.role) // ['co']
 */
export function byRole(owners: readonly Owner[]): { role: Role; owners: Owner[] }[] {
  const seen = new Set<string>();
  return ROLE_ORDER
    .map((role) => ({ role, owners: owners.filter((o) => o.role === role && !seen.has(o.department) && seen.add(o.department)) }))
    .filter((group) => group.owners.length > 0);
}

function unique(owners: readonly Owner[]): Owner[] {
  const seen = new Set<string>();
  return owners.filter((o) => !seen.has(o.department) && seen.add(o.department));
}

/**
 * The lead column: units marked 牵头; failing those, the responsible units; failing those, the
 * units that share the task under 按职责分工负责, each answerable for its part (Kunming's tasks);
 * failing those, the plan-level lead. Everyone else is "others".
 * @example leadAndOthers(task).lead.map((o) => o.name) // ['市市场监管局(知识产权局)']
 */
export function leadAndOthers(task: Task): { lead: Owner[]; others: Owner[] } {
  const by = (role: Owner['role']) => unique(task.owners.filter((o) => o.role === role));
  const lead = [by('lead'), by('responsible'), by('co'), by('document')].find((list) => list.length > 0) ?? [];
  const leadIds = new Set(lead.map((o) => o.department));
  return { lead, others: unique(task.owners.filter((o) => !leadIds.has(o.department))) };
}

/** A piece of a written name: plain text, or the part that names one of its units. */
export interface WrittenPart {
  text: string;
  owner?: Owner;
}

/** One name as the source writes it, and the units it names (two for `高新区、经开区管委会`). */
export interface WrittenOwner {
  name: string;
  owners: Owner[];
  /**
   * The name cut where it names each unit, as the pipeline located them in the text; when it
   * cannot be cut, the name once and then each unit by its canonical name in brackets.
   */
  parts: WrittenPart[];
}

/** Where each owner is named inside the written name, if their spans tile it. */
function pieces(name: string, owners: readonly Owner[]): { start: number; end: number }[] | undefined {
  const spans = owners.map((o) => o.at);
  if (spans.some((at) => !at || at.node !== spans[0]!.node)) return undefined;
  const base = spans[0]!.start;
  const relative = spans.map((at) => ({ start: at!.start - base, end: at!.end - base }));
  const ordered = relative.every((r, i) => r.start < r.end && (i === 0 || r.start >= relative[i - 1].end));
  return ordered && relative.at(-1)!.end === name.length ? relative : undefined;
}

/**
 * Owners grouped by the name the source writes, in order: units split from one written name are
 * listed once under it, each linked from the part that names it.
 * @example writtenOwners(kunming26.owners.filter((o) => o.role === 'co'), name).at(-1)?.parts.map((p) => p.text) // ['高新区', '、', '经开区管委会']
 */
export function writtenOwners(owners: readonly Owner[], departmentName: (id: string) => string): WrittenOwner[] {
  const byName = new Map<string, Owner[]>();
  for (const owner of unique(owners)) byName.set(owner.name, [...(byName.get(owner.name) ?? []), owner]);
  return [...byName].map(([name, group]) => {
    if (group.length === 1) return { name, owners: group, parts: [{ text: name, owner: group[0] }] };
    const cut = pieces(name, group);
    if (!cut) {
      const links = group.flatMap((owner, i): WrittenPart[] => [...(i > 0 ? [{ text: '、' }] : []), { text: departmentName(owner.department), owner }]);
      return { name, owners: group, parts: [{ text: `${name}（` }, ...links, { text: '）' }] };
    }
    const parts: WrittenPart[] = [];
    let at = 0;
    cut.forEach((span, i) => {
      if (span.start > at) parts.push({ text: name.slice(at, span.start) });
      parts.push({ text: name.slice(span.start, span.end), owner: group[i] });
      at = span.end;
    });
    return { name, owners: group, parts };
  });
}

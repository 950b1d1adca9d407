/** What the department pages count and group: tasks by role, and like units in other cities. */
import type { Department, PolicyModel, Role, Task } from '../pipeline/model.ts';
import type { Site } from './model.ts';
import { LIST_LIMITS } from './scale.ts';

export interface RoleCounts {
  lead: number;
  co: number;
  responsible: number;
  document: number;
}

/** How many tasks a unit leads, co-owns, is responsible for, or leads plan-wide. */
export function roleCounts(site: Site, id: string): RoleCounts {
  const counts: RoleCounts = { lead: 0, co: 0, responsible: 0, document: 0 };
  for (const { roles } of site.tasksOfDepartment(id)) for (const role of roles) counts[role]++;
  return counts;
}

/** A unit's tasks grouped by role, strongest role first; a task appears under each role it has. */
export function tasksByRole(site: Site, id: string): { role: Role; tasks: Task[] }[] {
  const order: Role[] = ['lead', 'responsible', 'co', 'document'];
  const entries = site.tasksOfDepartment(id);
  return order.map((role) => ({ role, tasks: entries.filter((e) => e.roles.includes(role)).map((e) => e.task) })).filter((g) => g.tasks.length > 0);
}

/** Positions in `model.departments` of the units that have each function, in model order. */
const unitsByFunction = new WeakMap<PolicyModel, Map<string, number[]>>();

function functionIndex(model: PolicyModel): Map<string, number[]> {
  let index = unitsByFunction.get(model);
  if (!index) {
    index = new Map();
    model.departments.forEach((d, i) => {
      for (const f of d.functions) {
        const list = index!.get(f);
        if (list) list.push(i);
        else index!.set(f, [i]);
      }
    });
    unitsByFunction.set(model, index);
  }
  return index;
}

/**
 * Units of other cities that share a function with this one (each city's market regulation
 * bureau), looked up by function rather than by scanning every unit. A department page names a
 * few (same province first, then by name) and links to the full list per function.
 * @example likeUnits(site, wuhanMarketBureau).shown.map((d) => d.city) // ['亳州', '昆明']
 */
export function likeUnits(site: Site, department: Department, limit: number = LIST_LIMITS.likeUnits): { shown: Department[]; total: number } {
  const index = functionIndex(site.model);
  const positions = new Set<number>();
  for (const f of department.functions) for (const i of index.get(f) ?? []) positions.add(i);
  const province = site.city(department.cityId).province;
  const others = [...positions].map((i) => site.model.departments[i]).filter((d) => d.cityId !== department.cityId);
  const near = (d: Department) => (site.city(d.cityId).province === province ? 0 : 1);
  others.sort((a, b) => near(a) - near(b) || a.fullName.localeCompare(b.fullName, 'zh'));
  return { shown: others.slice(0, limit), total: others.length };
}

/** Every unit with a function, for the function's own page, grouped by city in site order. */
export function unitsWithFunction(site: Site, fn: string): Department[] {
  return (functionIndex(site.model).get(fn) ?? []).map((i) => site.model.departments[i]);
}

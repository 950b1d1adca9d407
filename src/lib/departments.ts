/** What the department pages count and group: tasks by role, and like units in other cities. */
import type { Department, Role, Task } from '../pipeline/model.ts';
import type { Site } from './model.ts';

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

/** Units of other cities that share a function with this one (each city's market regulation bureau). */
export function likeUnits(site: Site, department: Department): Department[] {
  return site.model.departments.filter((d) => d.cityId !== department.cityId && d.functions.some((f) => department.functions.includes(f)));
}

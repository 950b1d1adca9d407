/** What the department pages count and group: tasks by role, and like units in other cities. */
import type { Department, PolicyModel, Role, Task } from '../pipeline/model.ts';
import type { Province, Site } from './model.ts';
import { LIST_LIMITS } from './scale.ts';
import { ROLE_ORDER } from '../render/context.ts';

export interface RoleCounts {
  lead: number;
  co: number;
  cooperate: number;
  responsible: number;
  document: number;
}

const NONE: RoleCounts = Object.freeze({ lead: 0, co: 0, cooperate: 0, responsible: 0, document: 0 });
const countsByModel = new WeakMap<PolicyModel, Map<string, RoleCounts>>();

/**
 * How many tasks each unit leads (`lead`), is responsible for, co-owns, or leads only as the
 * plan-level lead of a plan that assigns no task (`document`, Hangzhou's 市市场监管局): a task
 * counts once per unit and role however often it names them. The one count the department pages,
 * /data/departments.json and the search records share; one pass over the tasks per build.
 * @example roleCountsOf(model)('hangzhou-shi-shi-chang-jian-guan-ju') // { lead: 0, co: 0, cooperate: 0, responsible: 0, document: 20 }
 */
export function roleCountsOf(model: PolicyModel): (id: string) => Readonly<RoleCounts> {
  let counts = countsByModel.get(model);
  if (!counts) {
    counts = new Map();
    for (const task of model.tasks) {
      for (const { department, role } of new Map(task.owners.map((o) => [`${o.department} ${o.role}`, o])).values()) {
        const unit = counts.get(department) ?? { ...NONE };
        unit[role]++;
        counts.set(department, unit);
      }
    }
    countsByModel.set(model, counts);
  }
  const found = counts;
  return (id) => found.get(id) ?? NONE;
}

/** How many tasks a unit leads, co-owns, is responsible for, or leads plan-wide. */
export function roleCounts(site: Site, id: string): Readonly<RoleCounts> {
  return roleCountsOf(site.model)(id);
}

/** A unit's tasks grouped by role, strongest role first; a task appears under each role it has. */
export function tasksByRole(site: Site, id: string): { role: Role; tasks: Task[] }[] {
  const order = ROLE_ORDER;
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

const collator = new Intl.Collator('zh');
const byName = (a: Department, b: Department) => collator.compare(a.fullName, b.fullName);

/** Each function's units sorted by full name, all together and per province: sorted once per build. */
interface FunctionUnits {
  all: Department[];
  byProvince: Map<string, Department[]>;
}

const sortedUnitsByFunction = new WeakMap<PolicyModel, Map<string, FunctionUnits>>();

function sortedFunctionIndex(site: Site): Map<string, FunctionUnits> {
  let index = sortedUnitsByFunction.get(site.model);
  if (!index) {
    index = new Map();
    for (const [fn, positions] of functionIndex(site.model)) {
      const all = positions.map((i) => site.model.departments[i]).sort(byName);
      index.set(fn, { all, byProvince: Map.groupBy(all, (d) => site.city(d.cityId).province) });
    }
    sortedUnitsByFunction.set(site.model, index);
  }
  return index;
}

/**
 * Units of other cities that share a function with this one (each city's market regulation
 * bureau): a few for the department page, the same province first, then by full name; the page
 * links to the full list per function. The lists are sorted once for the whole build, so a page
 * costs the few it shows, not the thousand a large library holds.
 * @example likeUnits(site, wuhanMarketBureau).shown.map((d) => d.city) // ['亳州', '昆明']
 */
export function likeUnits(site: Site, department: Department, limit: number = LIST_LIMITS.likeUnits): { shown: Department[]; total: number } {
  const index = sortedFunctionIndex(site);
  const province = site.city(department.cityId).province;
  const elsewhere = (d: Department) => d.cityId !== department.cityId;
  const lists = department.functions.map((fn) => index.get(fn) ?? { all: [], byProvince: new Map<string, Department[]>() });
  // The first `limit` of a merge of sorted lists are among the first `limit` of each list.
  const firsts = (pick: (units: FunctionUnits) => Iterable<Department>, keep: (d: Department) => boolean): Department[] => {
    const found = new Map<string, Department>();
    for (const units of lists) {
      let taken = 0;
      for (const d of pick(units)) {
        if (taken >= limit) break;
        if (!keep(d) || found.has(d.id)) continue;
        found.set(d.id, d);
        taken++;
      }
    }
    return [...found.values()].sort(byName);
  };
  const near = firsts((u) => u.byProvince.get(province) ?? [], elsewhere);
  const far = near.length >= limit ? [] : firsts((u) => u.all, (d) => site.city(d.cityId).province !== province);
  const ownCity = (fn: string) => site.city(department.cityId).departments.filter((d) => d.functions.includes(fn)).length;
  const total = department.functions.length === 1
    ? (index.get(department.functions[0])?.all.length ?? 0) - ownCity(department.functions[0])
    : new Set(lists.flatMap((u) => u.all.filter(elsewhere).map((d) => d.id))).size;
  return { shown: [...near, ...far].slice(0, limit), total };
}

/** Every unit with a function, for the function's own page, grouped by city in site order. */
export function unitsWithFunction(site: Site, fn: string): Department[] {
  return (functionIndex(site.model).get(fn) ?? []).map((i) => site.model.departments[i]);
}

/** The units with a function, province by province in the site's order: a function page's tables. */
export function unitsWithFunctionByProvince(site: Site, fn: string): { province: Province; units: Department[] }[] {
  const byProvince = Map.groupBy(unitsWithFunction(site, fn), (d) => site.city(d.cityId).provinceId);
  return site.provinces.flatMap((province) => {
    const units = byProvince.get(province.id);
    return units ? [{ province, units }] : [];
  });
}

/** Every function some unit of the library has, sorted: one page each. */
export function libraryFunctions(site: Site): string[] {
  return [...functionIndex(site.model).keys()].sort();
}

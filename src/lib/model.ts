/**
 * The policy model as the pages read it: content/model.json (or CONTENT_DIR/model.json), written
 * by `npm run build:content` and loaded once per build. Pages look things up here; they never
 * parse source text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './content-dir.ts';
import { policyModelSchema, type Department, type Indicator, type PolicyDocument, type PolicyModel, type Repair, type Role, type Task } from '../pipeline/model.ts';
import { descendants, findNode } from '../pipeline/extract/outline-walk.ts';
import { provinceId, provinceName } from '../pipeline/provinces.ts';

let cached: PolicyModel | undefined;

/** The model, validated against its schema on first use. */
export function loadModel(): PolicyModel {
  if (cached) return cached;
  const path = join(contentDir(), 'model.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot be read (${(error as Error).message}). Run \`npm run build:content\` first; \`npm run build\` does both.`);
  }
  cached = policyModelSchema.parse(json);
  return cached;
}

/** Lookups the pages share, built once. */
export interface Site {
  model: PolicyModel;
  documents: PolicyDocument[];
  document: (slug: string) => PolicyDocument;
  department: (id: string) => Department;
  tasksOf: (slug: string) => Task[];
  indicatorsOf: (slug: string) => Indicator[];
  /** Tasks that name a department, with the roles it holds in each. */
  tasksOfDepartment: (id: string) => { task: Task; roles: Role[] }[];
  task: (id: string) => Task;
  indicator: (id: string) => Indicator;
  repairsOf: (slug: string) => Repair[];
  /** Plans a unit coordinates as a whole, with the statement that says so. */
  planLeadsOf: (departmentId: string) => { doc: PolicyDocument; lead: PolicyDocument['planLeads'][number] }[];
  /** The task whose subtree holds a node of a plan's outline. */
  taskOfNode: (slug: string, nodeId: string) => Task | undefined;
  /** Units housed in a unit (an office set up in a bureau). */
  hostedIn: (id: string) => Department[];
  /** Cities with their province and plans, by province then city. */
  cities: City[];
  city: (cityId: string) => City;
  /** Provinces with their cities, in the order of `cities`. */
  provinces: Province[];
  province: (provinceId: string) => Province;
}

/** A city of the library: its plans and units. */
export interface City {
  cityId: string;
  name: string;
  /** The province's short name (浙江), however the catalog wrote it. */
  province: string;
  provinceId: string;
  documents: PolicyDocument[];
  departments: Department[];
  /** Its plans' tasks, plan by plan. */
  tasks: Task[];
}

/** A province of the library: its cities, and their plans in city order. */
export interface Province {
  id: string;
  /** Its short name (浙江). */
  name: string;
  url: string;
  cities: City[];
  documents: PolicyDocument[];
}

let site: Site | undefined;

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The site over content/model.json, built once per process. */
export function loadSite(): Site {
  site ??= siteOf(loadModel());
  return site;
}

/** The lookups pages make, over any model (tests give it one of their own). */
export function siteOf(model: PolicyModel): Site {
  const documents = new Map(model.documents.map((d) => [d.slug, d]));
  const departments = new Map(model.departments.map((d) => [d.id, d]));
  // Every per-plan and per-department list is grouped once here: pages ask for them once per
  // page, and a scan of all tasks per page grows with the square of the corpus.
  const byDepartment = new Map<string, { task: Task; roles: Role[] }[]>();
  for (const task of model.tasks) {
    const roles = new Map<string, Set<Role>>();
    for (const owner of task.owners) {
      roles.set(owner.department, (roles.get(owner.department) ?? new Set()).add(owner.role));
    }
    for (const [id, set] of roles) append(byDepartment, id, { task, roles: [...set] });
  }
  const tasksByDoc = new Map<string, Task[]>();
  for (const task of model.tasks) append(tasksByDoc, task.doc, task);
  const indicatorsByDoc = new Map<string, Indicator[]>();
  for (const indicator of model.indicators) append(indicatorsByDoc, indicator.doc, indicator);
  const tasks = new Map(model.tasks.map((t) => [t.id, t]));
  const indicators = new Map(model.indicators.map((i) => [i.id, i]));
  const repairsByDoc = new Map<string, Repair[]>();
  for (const r of model.repairs) append(repairsByDoc, r.doc, r);
  const leadsByDepartment = new Map<string, { doc: PolicyDocument; lead: PolicyDocument['planLeads'][number] }[]>();
  for (const doc of model.documents) for (const lead of doc.planLeads) append(leadsByDepartment, lead.department, { doc, lead });
  // Every node inside a task, mapped to that task: `${plan} ${node}` → task.
  const taskByNode = new Map<string, Task>();
  for (const task of model.tasks) {
    const node = findNode(documents.get(task.doc)?.outline ?? [], task.node);
    for (const n of node ? descendants(node) : []) taskByNode.set(`${task.doc} ${n.id}`, task);
  }
  const hosted = new Map<string, Department[]>();
  for (const d of model.departments) if (d.hostedBy) append(hosted, d.hostedBy, d);
  const cities = new Map<string, City>();
  for (const doc of model.documents) {
    const city = cities.get(doc.cityId) ?? { cityId: doc.cityId, name: doc.city, province: provinceName(doc.province), provinceId: provinceId(doc.province), documents: [], departments: [], tasks: [] };
    city.documents.push(doc);
    city.tasks.push(...(tasksByDoc.get(doc.slug) ?? []));
    cities.set(doc.cityId, city);
  }
  for (const d of model.departments) cities.get(d.cityId)?.departments.push(d);
  const cityList = [...cities.values()].sort((a, b) => a.province.localeCompare(b.province, 'zh') || a.name.localeCompare(b.name, 'zh'));
  const provinces = [...Map.groupBy(cityList, (c) => c.provinceId)].map(([id, mine]): Province => ({
    id, name: mine[0].province, url: `/provinces/${id}/`, cities: mine, documents: mine.flatMap((c) => c.documents),
  }));
  const provincesById = new Map(provinces.map((p) => [p.id, p]));
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the model has no ${what}`);
    return value;
  };
  return {
    model,
    documents: model.documents,
    document: (slug) => need(documents.get(slug), `document "${slug}"`),
    department: (id) => need(departments.get(id), `department "${id}"`),
    tasksOf: (slug) => [...(tasksByDoc.get(slug) ?? [])],
    indicatorsOf: (slug) => [...(indicatorsByDoc.get(slug) ?? [])],
    tasksOfDepartment: (id) => byDepartment.get(id) ?? [],
    task: (id) => need(tasks.get(id), `task "${id}"`),
    indicator: (id) => need(indicators.get(id), `indicator "${id}"`),
    repairsOf: (slug) => [...(repairsByDoc.get(slug) ?? [])],
    planLeadsOf: (id) => leadsByDepartment.get(id) ?? [],
    taskOfNode: (slug, nodeId) => taskByNode.get(`${slug} ${nodeId}`),
    hostedIn: (id) => hosted.get(id) ?? [],
    cities: cityList,
    city: (cityId) => need(cities.get(cityId), `city "${cityId}"`),
    provinces,
    province: (id) => need(provincesById.get(id), `province "${id}"`),
  };
}

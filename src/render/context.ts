/**
 * What rendering a plan needs to know beyond its outline: who owns each task, where owners are
 * named, which spots were repaired, and how to name a department. Built once per document.
 */
import type { Department, Indicator, Owner, PolicyDocument, PolicyModel, Repair, Role, Task } from '../pipeline/model.ts';

/** Chinese names of the owner roles, as a civil servant would read them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  lead: '牵头',
  responsible: '责任单位',
  co: '按职责分工负责',
  cooperate: '配合',
  document: '全篇牵头',
};

/** Short role names for tables and badges. */
export const ROLE_SHORT: Readonly<Record<Role, string>> = {
  lead: '牵头',
  responsible: '负责',
  co: '分工负责',
  cooperate: '配合',
  document: '全篇牵头',
};

/**
 * The roles strongest first, the order every list of owners follows: 按职责分工负责 makes each
 * unit answerable for its part, so it comes before 配合, which only supports a lead.
 */
export const ROLE_ORDER: readonly Role[] = ['lead', 'responsible', 'co', 'cooperate', 'document'];

export interface RenderContext {
  doc: PolicyDocument;
  tasksByNode: ReadonlyMap<string, Task>;
  /** Owners named in each paragraph, by the paragraph's id. */
  ownersByNode: ReadonlyMap<string, readonly Owner[]>;
  departments: ReadonlyMap<string, Department>;
  /** Targets stated in each paragraph, by the paragraph's id. */
  indicatorsByNode: ReadonlyMap<string, readonly Indicator[]>;
  /** Repairs of this document by repaired line. */
  repairsByLine: ReadonlyMap<number, readonly Repair[]>;
  /** Applied to every piece of source text: the identity, or a 简/繁 conversion. */
  transform: (text: string) => string;
  /** Language of the source text as rendered. */
  lang: string;
  /** Old ids of anchors that moved, by their new id: each keeps an empty element so old links land. */
  anchorAliases: ReadonlyMap<string, readonly string[]>;
}

function group<K, V>(items: readonly V[], key: (v: V) => K): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** The model's records grouped by document, and its departments by id. */
interface ModelIndex {
  documents: ReadonlyMap<string, PolicyDocument>;
  tasks: ReadonlyMap<string, Task[]>;
  departments: ReadonlyMap<string, Department>;
  indicators: ReadonlyMap<string, Indicator[]>;
  repairs: ReadonlyMap<string, Repair[]>;
}

/**
 * Built once per model: a context is made for every plan page and every task page, and
 * filtering the whole model (every task, unit, indicator and repair) for each made the build
 * grow with the square of the corpus.
 */
const indexes = new WeakMap<PolicyModel, ModelIndex>();

function indexOf(model: PolicyModel): ModelIndex {
  let index = indexes.get(model);
  if (!index) {
    index = {
      documents: new Map(model.documents.map((d) => [d.slug, d])),
      tasks: group(model.tasks, (t) => t.doc),
      departments: new Map(model.departments.map((d) => [d.id, d])),
      indicators: group(model.indicators, (i) => i.doc),
      repairs: group(model.repairs, (r) => r.doc),
    };
    indexes.set(model, index);
  }
  return index;
}

/**
 * The rendering context of one document of the model.
 * @example renderContext(model, 'wuhan-2018').tasksByNode.get('3-1-1')?.title // '实施专利导航工程'
 */
export function renderContext(model: PolicyModel, slug: string,
  view: { transform?: (t: string) => string; lang?: string; anchorAliases?: ReadonlyMap<string, readonly string[]> } = {}): RenderContext {
  const index = indexOf(model);
  const doc = index.documents.get(slug);
  if (!doc) throw new Error(`no document "${slug}" in the model`);
  const tasks = index.tasks.get(slug) ?? [];
  const owners = tasks.flatMap((t) => t.owners.filter((o) => o.at));
  return {
    doc,
    tasksByNode: new Map(tasks.map((t) => [t.node, t])),
    ownersByNode: group(owners, (o) => o.at!.node),
    departments: index.departments,
    indicatorsByNode: group((index.indicators.get(slug) ?? []).filter((i) => i.at), (i) => i.at!.node),
    repairsByLine: group((index.repairs.get(slug) ?? []).filter((r) => r.at), (r) => r.at!.line),
    transform: view.transform ?? ((t) => t),
    lang: view.lang ?? doc.script,
    anchorAliases: view.anchorAliases ?? new Map(),
  };
}

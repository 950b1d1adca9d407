/**
 * Search records: what the search index holds for each page a search can land on (task, department,
 * indicator, plan, topic), built from the model. A record keeps its text in the source's script;
 * the index adds a Simplified copy of Traditional text (see record-html.ts), so that a query in
 * either script finds it. Each passage of a plan is indexed once, where it is best read: a task's
 * text on the task's page, everything outside tasks on the plan's page.
 */
import type { Department, Indicator, OutlineNode, PolicyDocument, PolicyModel, Role, Task } from '../pipeline/model.ts';
import { FUNCTION_LABELS, KIND_LABELS } from '../pipeline/extract/department-kinds.ts';
import { roleCountsOf, type RoleCounts } from '../lib/departments.ts';
import { expandUnitName, officialNamesOf } from '../lib/official-names.ts';
import { chineseDate } from '../lib/status.ts';
import { TOPICS, topicsOfTask, topicTasksByPlan } from '../lib/topics.ts';
import { provinceName } from '../pipeline/provinces.ts';
import { readingOf } from '../lib/reading.ts';
import { ROLE_SHORT } from '../render/context.ts';
import type { SearchKind } from './contract.ts';

export interface SearchRecord {
  /** The page the result opens. */
  url: string;
  kind: SearchKind;
  /** Script of the record's text; excerpts are shown in it. */
  lang: 'zh-Hans' | 'zh-Hant';
  /** The heading as the page shows it. */
  title: string;
  /** Names that the record answers to as a whole: a unit's name, full name and aliases, a theme's keywords. */
  names: string[];
  /**
   * Words that rank the record as if its title said them, without being a name it answers to:
   * a task's themes (topics.ts), so that a theme typed (知识产权质押融资) finds the tasks that carry
   * it out, not only the indicators named after it.
   */
  themes?: string[];
  /** Text in page order, in the script the plan is read in (src/lib/reading.ts); the first is the heading line (`1.实施专利导航工程。` for a task). */
  passages: string[];
  /** Text the index holds but excerpts never show, because the page does not say it so: a task's units by full name. */
  indexOnly: string[];
  /** Filter `city`: one city, or every city a topic reaches. */
  cities: string[];
  /**
   * The province (short name) whose search index holds the record; empty for a topic, which spans
   * provinces and is searched with every province (see scopes.ts).
   */
  province: string;
  /** The plan the record belongs to, as titled in the script it is read in. */
  plan?: string;
  /** Numbering as written: `三、(一)1.`. */
  path?: string;
  /** Owners by role, lead first: `牵头：市科技局；配合：市财政局、市经信局`. */
  owners?: string;
  /** A short line under the title: an indicator's target, a unit's kind. */
  detail?: string;
}

function uniqueNames(names: readonly string[]): string[] {
  return [...new Set(names.filter((n) => n.trim() !== ''))];
}

/**
 * Owners by role as one line, each unit once under its strongest role, lead first.
 * @example ownersLine(task, departments) // '牵头：市科技局；配合：市财政局、市经信局'
 */
export function ownersLine(task: Task, departments: ReadonlyMap<string, Department>): string {
  const seen = new Set<string>();
  const order: Role[] = ['lead', 'responsible', 'document', 'co', 'cooperate'];
  return order
    .map((role) => {
      const names = task.owners
        .filter((o) => o.role === role && !seen.has(o.department) && seen.add(o.department))
        .map((o) => departments.get(o.department)?.name ?? o.name);
      return names.length > 0 ? `${ROLE_SHORT[role]}：${names.join('、')}` : '';
    })
    .filter(Boolean)
    .join('；');
}

function taskRecord(task: Task, doc: PolicyDocument, departments: ReadonlyMap<string, Department>): SearchRecord {
  const owners = ownersLine(task, departments);
  const fullNames = (ids: readonly string[]) => uniqueNames(ids.map((id) => departments.get(id)?.fullName ?? ''));
  // The owners once more by full name, so that `武汉市科技局` finds the tasks of 市科技局 in Wuhan,
  // and written out (`昆明市市场监督管理局`), so that the name on the unit's door finds them too.
  const ids = [...new Set(task.owners.map((o) => o.department))];
  const ownerNames = uniqueNames([...fullNames(ids), ...fullNames(ids).map(expandUnitName)]);
  return {
    url: task.url,
    kind: 'task',
    lang: doc.script,
    title: task.title,
    names: [task.title],
    themes: topicsOfTask(task).map((t) => t.label),
    passages: task.text.split('\n'),
    indexOnly: [ownerNames.join('、')],
    cities: [doc.city],
    province: provinceName(doc.province),
    plan: doc.title,
    path: task.path.join(''),
    owners,
  };
}

/** What department records need from the whole model, indexed once instead of scanned per unit. */
interface DepartmentFacts {
  byId: ReadonlyMap<string, Department>;
  /** Units by the unit that hosts them (`市知识产权局` inside `市市场监管局`). */
  hosted: ReadonlyMap<string, Department[]>;
  /** Per unit, its tasks by role, as its page and /data/departments.json count them. */
  counts: (id: string) => Readonly<RoleCounts>;
  /** Per unit, the plans it leads as a whole (`由市市场监管局负责牵头组织实施`). */
  plansLed: ReadonlyMap<string, Set<string>>;
  /** Per unit, its names written out in full and its second names (`昆明市市场监督管理局`, `昆明市知识产权局`). */
  officialNames: (id: string) => readonly string[];
}

function departmentFacts(model: PolicyModel, byId: ReadonlyMap<string, Department>): DepartmentFacts {
  const hosted = new Map<string, Department[]>();
  for (const d of model.departments) {
    if (d.hostedBy) hosted.set(d.hostedBy, [...(hosted.get(d.hostedBy) ?? []), d]);
  }
  const plansLed = new Map<string, Set<string>>();
  for (const doc of model.documents) {
    for (const lead of doc.planLeads) plansLed.set(lead.department, (plansLed.get(lead.department) ?? new Set()).add(doc.slug));
  }
  return { byId, hosted, counts: roleCountsOf(model), plansLed, officialNames: officialNamesOf(model) };
}

/**
 * What a unit owes, in the words of its page: tasks it leads, is responsible for and co-owns, and
 * apart, the plans it leads as a whole, with the tasks of such a plan that name no owner.
 * @example roleSummary({ lead: 0, responsible: 0, co: 0, cooperate: 0, document: 20 }, 1) // '牵头 0 项、负责 0 项、按职责分工负责 0 项任务；全篇牵头 1 个方案（20 项任务）'
 */
export function roleSummary(counts: Readonly<RoleCounts>, plansLed: number): string {
  const tasks = `牵头 ${counts.lead} 项、负责 ${counts.responsible} 项、按职责分工负责 ${counts.co} 项${counts.cooperate ? `、配合 ${counts.cooperate} 项` : ''}任务`;
  if (plansLed === 0) return tasks;
  return `${tasks}；全篇牵头 ${plansLed} 个方案${counts.document > 0 ? `（${counts.document} 项任务）` : ''}`;
}

function departmentRecord(department: Department, facts: DepartmentFacts, province: string): SearchRecord {
  const hostedBy = department.hostedBy ? facts.byId.get(department.hostedBy) : undefined;
  const hosts = facts.hosted.get(department.id) ?? [];
  const summary = roleSummary(facts.counts(department.id), facts.plansLed.get(department.id)?.size ?? 0);
  const official = facts.officialNames(department.id);
  // The unit's tasks are found as tasks; listing their titles here would make every theme query
  // return the units too, and double the index.
  return {
    url: department.url,
    kind: 'department',
    lang: 'zh-Hans',
    title: department.fullName,
    names: uniqueNames([department.name, department.fullName, ...department.aliases, ...official]),
    passages: [
      department.fullName,
      `${department.city}：${department.name}${department.aliases.length > 0 ? `，原文又作${department.aliases.join('、')}` : ''}。`,
      `类别：${KIND_LABELS[department.kind]}${department.functions.length > 0 ? `；职能：${department.functions.map((f) => FUNCTION_LABELS[f] ?? f).join('、')}` : ''}。`,
      ...(department.note ? [`原文说明：${department.note}。`] : []),
      ...(hostedBy ? [`设在${hostedBy.fullName}。`] : []),
      ...(hosts.length > 0 ? [`内设${hosts.map((h) => h.name).join('、')}。`] : []),
    ],
    // Found by the names on its door, as its page lists them under 全称与别称.
    indexOnly: official.length > 0 ? [official.join('、')] : [],
    cities: [department.city],
    province,
    detail: `${KIND_LABELS[department.kind]}，${summary}`,
  };
}

/**
 * The target as one phrase: comparator, value and unit, and the year.
 * @example indicatorTarget(i) // '达到 12件（2025年）'
 */
export function indicatorTarget(indicator: Indicator): string {
  const year = indicator.targetYear ? `（${indicator.targetYear}年）` : '';
  return `${indicator.comparator ? `${indicator.comparator} ` : ''}${indicator.value}${indicator.unit}${year}`;
}

function indicatorRecord(indicator: Indicator, doc: PolicyDocument): SearchRecord {
  const target = indicatorTarget(indicator);
  return {
    url: indicator.url,
    kind: 'indicator',
    lang: doc.script,
    title: indicator.name,
    names: [indicator.name],
    passages: [
      indicator.name,
      `${indicator.quote}。`,
      `目标：${target}。`,
      ...(indicator.baseline ? [`基期：${indicator.baseline}（${indicator.baselineYear}年）。`] : []),
      ...(indicator.category ? [`类别：${indicator.category}。`] : []),
      ...(indicator.attribute ? [`属性：${indicator.attribute}。`] : []),
    ],
    indexOnly: [],
    cities: [doc.city],
    province: provinceName(doc.province),
    plan: doc.title,
    detail: target,
  };
}

/** Headings (the table of contents) and every passage that no task holds: notice, goals, safeguards, closing. */
function planPassages(nodes: readonly OutlineNode[], taskNodes: ReadonlySet<string>): string[] {
  return nodes.flatMap((node): string[] => {
    const heading = node.title !== undefined && node.kind !== 'title' ? `${node.label ?? ''}${node.title}` : undefined;
    // A task's text is indexed on the task's page; here only its heading, as in a table of contents.
    if (taskNodes.has(node.id)) return heading ? [heading] : [];
    const own = node.kind === 'table' ? node.table?.caption : heading ?? node.text;
    return [...(own?.trim() ? [own] : []), ...planPassages(node.children, taskNodes)];
  });
}

/**
 * A record of a plan read in another script than received (src/lib/reading.ts) as its pages show
 * it: title, excerpts and metadata in the reading script. Its names keep the text as received, so
 * the name as the transcription writes it still finds it.
 */
function inReadingScript(record: SearchRecord, doc: PolicyDocument): SearchRecord {
  const reading = readingOf(doc);
  if (!reading.converted) return record;
  const text = reading.text;
  const converted: SearchRecord = {
    ...record,
    lang: reading.lang,
    title: text(record.title),
    names: uniqueNames([...record.names.map(text), ...record.names]),
    passages: record.passages.map(text),
  };
  for (const key of ['plan', 'path', 'owners', 'detail'] as const) {
    const value = record[key];
    if (value !== undefined) converted[key] = text(value);
  }
  return converted;
}

function planRecord(doc: PolicyDocument, tasks: readonly Task[]): SearchRecord {
  const facts = [
    doc.issuer ? `发文机关：${doc.issuer}` : '',
    doc.issued ? `发文日期：${chineseDate(doc.issued)}` : '',
    doc.period ? `规划期：${doc.period.from}—${doc.period.to}年` : '',
    doc.status === 'draft' ? '征求意见稿' : '',
  ].filter(Boolean);
  return {
    url: doc.url,
    kind: 'plan',
    lang: doc.script,
    title: doc.title,
    names: uniqueNames([doc.title, doc.titleSimplified]),
    passages: [doc.title, `${facts.join('；')}。`, ...planPassages(doc.outline, new Set(tasks.map((t) => t.node)))],
    indexOnly: [],
    cities: [doc.city],
    province: provinceName(doc.province),
    plan: doc.title,
    detail: `${doc.city}，${tasks.length} 项任务`,
  };
}

/**
 * Cities a topic's result names; past it, it counts them. Pagefind indexes every word of a result's
 * metadata, and a large library's topics are an index of their own that every query reads whole:
 * a thousand city names in each of them made that index 35 KB of every first query.
 */
export const TOPIC_CITIES_NAMED = 6;

/**
 * Where a topic's tasks are, for its result: the cities, or how many cities and provinces.
 * @example topicReach(['杭州', '亳州'], ['浙江', '安徽']) // '涉及杭州、亳州'
 */
export function topicReach(cities: readonly string[], provinces: readonly string[]): string {
  if (cities.length <= TOPIC_CITIES_NAMED) return `涉及${cities.join('、')}`;
  return `涉及 ${provinces.length} 个省份的 ${cities.length} 个城市`;
}

function topicRecords(model: PolicyModel): SearchRecord[] {
  const documents = new Map(model.documents.map((d) => [d.slug, d]));
  return TOPICS.map((topic) => {
    const { tasks } = topicTasksByPlan(model, topic);
    const plans = tasks.map((t) => documents.get(t.doc));
    const cities = uniqueNames(plans.map((d) => d?.city ?? ''));
    const provinces = uniqueNames(plans.map((d) => (d ? provinceName(d.province) : '')));
    // A theme is found by its name and keywords; its tasks are found as tasks.
    return {
      url: `/topics/${topic.slug}/`,
      kind: 'topic' as const,
      lang: 'zh-Hans' as const,
      title: `专题：${topic.label}`,
      names: uniqueNames([topic.label, ...topic.keywords]),
      passages: [`专题：${topic.label}`, `${topic.summary}关键词：${topic.keywords.join('、')}。`],
      indexOnly: [],
      cities,
      province: '',
      detail: `${tasks.length} 项任务，${topicReach(cities, provinces)}`,
    };
  });
}

/**
 * Every page a search can land on, as a record: tasks, departments, indicators, plans, topics.
 * @example searchRecords(model).filter((r) => r.kind === 'task').length // 63
 */
export function searchRecords(model: PolicyModel): SearchRecord[] {
  const departments = new Map(model.departments.map((d) => [d.id, d]));
  const documents = new Map(model.documents.map((d) => [d.slug, d]));
  const doc = (slug: string): PolicyDocument => {
    const found = documents.get(slug);
    if (!found) throw new Error(`the model names plan "${slug}" but has no such document; rebuild content with \`npm run build:content\`.`);
    return found;
  };
  const facts = departmentFacts(model, departments);
  // A unit's province is that of its city's plans.
  const provinceOfCity = new Map(model.documents.map((d) => [d.city, provinceName(d.province)]));
  const tasksOf = Map.groupBy(model.tasks, (t) => t.doc);
  return [
    ...model.tasks.map((t) => inReadingScript(taskRecord(t, doc(t.doc), departments), doc(t.doc))),
    ...model.departments.map((d) => departmentRecord(d, facts, provinceOfCity.get(d.city) ?? '')),
    ...model.indicators.map((i) => inReadingScript(indicatorRecord(i, doc(i.doc)), doc(i.doc))),
    ...model.documents.map((d) => inReadingScript(planRecord(d, tasksOf.get(d.slug) ?? []), d)),
    ...topicRecords(model),
  ];
}

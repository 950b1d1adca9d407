/**
 * Cross-city themes. A task belongs to a theme when its text (in Simplified form) names one of
 * the theme's keywords; the list is documented in README and is the only place themes are set.
 */
import { shadow } from '../pipeline/script.ts';
import type { Indicator, PolicyDocument, PolicyModel, Task } from '../pipeline/model.ts';
import type { Province } from './model.ts';

export interface Topic {
  slug: string;
  label: string;
  keywords: readonly string[];
  summary: string;
}

export const TOPICS: readonly Topic[] = [
  { slug: 'patent-navigation', label: '专利导航', keywords: ['专利导航', '微导航'], summary: '以专利信息分析支撑产业规划与企业决策。' },
  { slug: 'pledge-financing', label: '质押融资', keywords: ['质押融资', '质押贷款', '知识产权金融', '证券化', '知识产权保险', '侵权保险'], summary: '以知识产权为担保的融资、保险与证券化。' },
  { slug: 'geographical-indications', label: '地理标志', keywords: ['地理标志'], summary: '地理标志的培育、保护与运用。' },
  { slug: 'overseas-protection', label: '海外维权', keywords: ['海外', '涉外', '走出去', '跨境'], summary: '企业走出去的知识产权布局、纠纷应对与维权援助。' },
  { slug: 'trademark-brand', label: '商标品牌', keywords: ['商标', '品牌'], summary: '商标注册、品牌培育与商标保护。' },
  { slug: 'copyright', label: '版权', keywords: ['版权', '著作权'], summary: '版权登记、版权产业与版权保护。' },
  { slug: 'talent', label: '人才', keywords: ['人才', '职称'], summary: '知识产权人才的培养、引进与评价。' },
  { slug: 'publicity', label: '宣传', keywords: ['宣传', '文化建设', '宣传周', '普及教育'], summary: '知识产权宣传与文化建设。' },
  { slug: 'data-ip', label: '数据知识产权', keywords: ['数据知识产权', '数据库', '大数据', '数字化改革'], summary: '数据知识产权与知识产权数据资源。' },
  { slug: 'tcm', label: '中医药', keywords: ['中医药'], summary: '中医药领域的知识产权保护与运用。' },
  { slug: 'judicial-protection', label: '司法保护', keywords: ['司法', '审判', '检察', '刑事'], summary: '知识产权审判、检察与刑事保护。' },
  { slug: 'administrative-protection', label: '行政保护', keywords: ['行政执法', '行政裁决', '行政保护', '专项行动'], summary: '行政执法、行政裁决与专项整治。' },
  { slug: 'high-value-patents', label: '高价值专利', keywords: ['高价值专利', '高价值发明专利', '高价值核心专利'], summary: '高价值专利的培育与布局。' },
  { slug: 'operations', label: '运营转化', keywords: ['运营', '转移转化', '转化运用', '开放许可'], summary: '知识产权运营服务与成果转化。' },
  { slug: 'public-services', label: '公共服务', keywords: ['公共服务', '信息服务', '服务网点'], summary: '知识产权公共服务体系与信息服务。' },
];

/** Whether a text names one of a topic's keywords. */
export function mentions(topic: Topic, text: string): boolean {
  return namesKeyword(topic, shadow(text));
}

function namesKeyword(topic: Topic, simplified: string): boolean {
  return topic.keywords.some((k) => simplified.includes(k));
}

/**
 * Topics by task, computed once per task: a task page compares its topics with every other
 * task's, so recomputing them (a 简/繁 shadow of the whole text per topic) made each task page
 * cost O(all tasks × text) — half a second per page at 100 plans.
 */
const topicsByTask = new WeakMap<Task, readonly Topic[]>();

/** How many times a text names a topic's keywords, all keywords together. */
function keywordCount(topic: Topic, simplified: string): number {
  let n = 0;
  for (const keyword of topic.keywords) {
    for (let at = simplified.indexOf(keyword); at >= 0; at = simplified.indexOf(keyword, at + keyword.length)) n++;
  }
  return n;
}

/** Mentions of a theme in a task's text that make it the task's theme, when its title does not name it. */
export const TASK_MENTIONS = 2;

/**
 * The topics of a task: those its title names, and those its text names at least
 * `TASK_MENTIONS` times. One keyword in passing (海外 in a list of places a fund may go) does not
 * make a theme. The list is shared between calls: do not change it.
 * @example topicsOfTask(wuhanTask).map((t) => t.slug) // ['patent-navigation', 'operations']
 */
export function topicsOfTask(task: Task): readonly Topic[] {
  let topics = topicsByTask.get(task);
  if (!topics) {
    const title = shadow(task.title);
    const text = shadow(task.text);
    topics = Object.freeze(TOPICS.filter((t) => namesKeyword(t, title) || keywordCount(t, text) >= TASK_MENTIONS));
    topicsByTask.set(task, topics);
  }
  return topics;
}

/** The indicators of a topic, from their names and quotes. */
export function topicIndicators(topic: Topic, indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter((i) => mentions(topic, `${i.name}${i.quote}`));
}

/** A theme's tasks, in model order, and the same grouped by plan slug. */
export interface TopicTasks {
  tasks: readonly Task[];
  byPlan: ReadonlyMap<string, readonly Task[]>;
}

/** Per task list (one per model), each topic's tasks: the topic pages, their province pages, the topic list and search all ask. */
const tasksByTopic = new WeakMap<readonly Task[], Map<Topic, TopicTasks>>();

/**
 * A theme's tasks, computed once per model and theme. The result is shared: do not change it.
 * @example topicTasksByPlan(model, topic).byPlan // Map { 'hangzhou-2023' => [Task, …], 'wuhan-2018' => […] }
 */
export function topicTasksByPlan(model: Pick<PolicyModel, 'tasks'>, topic: Topic): TopicTasks {
  let byTopic = tasksByTopic.get(model.tasks);
  if (!byTopic) tasksByTopic.set(model.tasks, (byTopic = new Map()));
  let found = byTopic.get(topic);
  if (!found) {
    const tasks = model.tasks.filter((t) => topicsOfTask(t).includes(topic));
    found = { tasks, byPlan: Map.groupBy(tasks, (t) => t.doc) };
    byTopic.set(topic, found);
  }
  return found;
}

/** A province's plans that have tasks of a theme, and how many tasks they have. */
export interface TopicProvince {
  province: Province;
  documents: PolicyDocument[];
  tasks: number;
}

/**
 * A theme's plans province by province, in the order of the provinces given; provinces without a
 * task of the theme are left out.
 * @example topicProvinces(site.provinces, byPlan)[1] // { province: 湖北, documents: [wuhan-2018], tasks: 2 }
 */
export function topicProvinces(provinces: readonly Province[], byPlan: TopicTasks['byPlan']): TopicProvince[] {
  return provinces.flatMap((province) => {
    const documents = province.documents.filter((d) => byPlan.has(d.slug));
    const tasks = documents.reduce((n, d) => n + byPlan.get(d.slug)!.length, 0);
    return documents.length > 0 ? [{ province, documents, tasks }] : [];
  });
}

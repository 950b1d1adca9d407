/**
 * Plans write units by their standard abbreviations (`市市场监管局`, `市发展改革委`, `市人社局`); the
 * public searches by the names on the units' own doors (`昆明市市场监督管理局`). This module is
 * the one table of those abbreviations, and the names it gives a unit: each name written out in
 * full, and the second name its office commonly carries (`知识产权局`, hung on the market
 * regulation bureau since the 2018 reform). The department pages show them, the task filter on
 * /tasks/ matches them, and the search records index them, so a full name finds its unit.
 * They never decide which unit a plan means: the department registry does that, from the plan's
 * own words.
 */
import type { Department, PolicyModel } from '../pipeline/model.ts';

/**
 * Standard abbreviations in unit names and what they stand for, as government sites write them.
 * An abbreviation is written out wherever it stands in a name, unless the full form is already
 * there (`人民检察院` stays as it is).
 */
export const UNIT_ABBREVIATIONS: readonly (readonly [short: string, full: string])[] = [
  ['监管局', '监督管理局'],
  ['发改委', '发展和改革委员会'],
  ['发展改革委', '发展和改革委员会'],
  ['人社局', '人力资源和社会保障局'],
  ['人力资源社会保障局', '人力资源和社会保障局'],
  ['工信局', '工业和信息化局'],
  ['经信局', '经济和信息化局'],
  ['经济和信息化委', '经济和信息化委员会'],
  ['科技局', '科学技术局'],
  ['住建局', '住房和城乡建设局'],
  ['住房城乡建设局', '住房和城乡建设局'],
  ['国资委', '国有资产监督管理委员会'],
  ['卫健委', '卫生健康委员会'],
  ['卫生健康委', '卫生健康委员会'],
  ['林草局', '林业和草原局'],
  ['文旅局', '文化和旅游局'],
  ['质监局', '质量技术监督局'],
  ['网信办', '网络安全和信息化委员会办公室'],
  ['编办', '机构编制委员会办公室'],
  ['外办', '外事办公室'],
  ['科协', '科学技术协会'],
  ['工商联', '工商业联合会'],
  ['中院', '中级人民法院'],
  ['检察院', '人民检察院'],
  ['仲裁委', '仲裁委员会'],
  ['管委会', '管理委员会'],
  ['高新区', '高新技术产业开发区'],
  ['经开区', '经济技术开发区'],
];

/**
 * A second name an office commonly carries (挂牌): a unit whose full name ends with the first
 * also answers to the second, unless its city has a unit of that name of its own (Wuhan's 2018
 * plan puts 市知识产权局 in 市科技局).
 */
export const SECOND_NAMES: readonly (readonly [unit: string, also: string])[] = [
  ['市场监督管理局', '知识产权局'],
];

/** Longest first, so that `发展改革委` is written out before anything shorter inside it. */
const BY_LENGTH = [...UNIT_ABBREVIATIONS].sort((a, b) => b[0].length - a[0].length);

/** Whether `full` already stands in `name` over position `at`. */
function writtenOutAt(name: string, full: string, at: number): boolean {
  for (let start = name.indexOf(full, Math.max(0, at - full.length + 1)); start !== -1 && start <= at; start = name.indexOf(full, start + 1)) {
    if (start + full.length > at) return true;
  }
  return false;
}

/**
 * A unit name with every standard abbreviation written out.
 * @example expandUnitName('昆明市市场监管局') // '昆明市市场监督管理局'
 * @example expandUnitName('市发展改革委') // '市发展和改革委员会'
 */
export function expandUnitName(name: string): string {
  let out = '';
  for (let at = 0; at < name.length; ) {
    const hit = BY_LENGTH.find(([short, full]) => name.startsWith(short, at) && !writtenOutAt(name, full, at));
    if (hit) {
      out += hit[1];
      at += hit[0].length;
    } else {
      out += name[at];
      at += 1;
    }
  }
  return out;
}

/** What a unit is called where it is named, and in full. */
type Named = Pick<Department, 'name' | 'fullName' | 'aliases'>;

/**
 * The names a unit answers to beyond those its plans write, given the names the other units of
 * its city answer to: its names written out in full, then its second names.
 * @example unitOfficialNames(kunmingMarketBureau, []) // ['昆明市市场监督管理局', '市市场监督管理局', '昆明市知识产权局', '市知识产权局']
 */
export function unitOfficialNames(unit: Named, cityNames: readonly string[]): string[] {
  const expanded = [unit.fullName, unit.name].map(expandUnitName);
  const second = SECOND_NAMES.flatMap(([ending, also]) => {
    if (cityNames.some((n) => n.endsWith(also))) return [];
    return expanded.filter((n) => n.endsWith(ending)).map((n) => `${n.slice(0, -ending.length)}${also}`);
  });
  const known = new Set([unit.fullName, unit.name, ...unit.aliases]);
  return [...new Set([...expanded, ...second])].filter((n) => !known.has(n));
}

const namesByModel = new WeakMap<PolicyModel, Map<string, string[]>>();

/**
 * Every unit's official names, worked out once per model.
 * @example officialNamesOf(model)('kunming-shi-shi-chang-jian-guan-ju') // ['昆明市市场监督管理局', …, '市知识产权局']
 */
export function officialNamesOf(model: PolicyModel): (id: string) => readonly string[] {
  let names = namesByModel.get(model);
  if (!names) {
    const byCity = Map.groupBy(model.departments, (d) => d.cityId);
    const found = new Map<string, string[]>();
    for (const units of byCity.values()) {
      for (const unit of units) {
        const others = units.filter((u) => u.id !== unit.id).flatMap((u) => [u.name, u.fullName, ...u.aliases]);
        found.set(unit.id, unitOfficialNames(unit, others));
      }
    }
    names = found;
    namesByModel.set(model, names);
  }
  const known = names;
  return (id) => known.get(id) ?? [];
}

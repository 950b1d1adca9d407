/**
 * Made-up prefecture-level cities for a synthetic corpus: a two-character name built from
 * characters common in real place names (临江, 永州, 安平…), its pinyin as the catalog's cityId,
 * and a real province. Names and ids are unique within a corpus and never those of the seeds.
 */
import { pinyin } from 'pinyin-pro';
import type { Random } from './random.ts';

export interface City {
  /** Simplified name without 市: `临江`. */
  name: string;
  /** Lower-case pinyin, the catalog's `cityId`: `linjiang`. */
  id: string;
  /** Province without 省: `江西`. */
  province: string;
}

const FIRST = [...'临安永平清长东西南北新宁兴德泰丰华嘉建金景靖乐龙鹿茂齐庆瑞三寿顺松通文祥信宣宜云枣肇镇舟遵白宝昌崇大丹定凤福高广汉鹤衡洪淮黄吉江锦九开兰丽溧连辽灵柳六罗梅蒙明盘蓬青曲荣沙上韶邵石双朔太天铜潍渭温武仙湘襄孝忻阳伊玉沅岳湛漳昭中资'];
const SECOND = [...'州阳江山宁安平城川原庆德源溪门口丘林河湖海泉沙陵南昌化兴泽水峰乡台关都宾丰'];
const PROVINCES = ['河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海'];

/** Pinyin of a name as one lower-case word: `临江` → `linjiang`. */
export function cityIdOf(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
}

/**
 * `count` distinct cities; `reserved` holds names and ids that must not be used (the seeds').
 * @example inventCities(2, seededRandom(1), new Set(['杭州', 'hangzhou'])) // [{ name: '昭阳', id: 'zhaoyang', province: '福建' }, …]
 */
export function inventCities(count: number, random: Random, reserved: ReadonlySet<string>): City[] {
  const capacity = FIRST.length * SECOND.length;
  if (count > capacity / 2) {
    throw new Error(`cannot invent ${count} distinct city names from ${capacity} combinations; add characters to FIRST or SECOND in scripts/bench/invent-cities.ts.`);
  }
  const taken = new Set(reserved);
  const cities: City[] = [];
  while (cities.length < count) {
    const name = random.pick(FIRST) + random.pick(SECOND);
    const id = cityIdOf(name);
    if (name[0] === name[1]) continue;
    if (taken.has(name) || taken.has(id) || !/^[a-z]+$/.test(id)) continue;
    taken.add(name);
    taken.add(id);
    cities.push({ name, id, province: random.pick(PROVINCES) });
  }
  return cities;
}

/**
 * The department registry: the one place where unit names are resolved. Units of different
 * cities are different units; within a city, every written form of a unit (bracketed alias,
 * Traditional spelling) resolves to one department.
 */
import { customPinyin, pinyin } from 'pinyin-pro';
import type { Department } from '../model.ts';
import { simplify } from '../script.ts';
import { INVISIBLE_IN_NAMES } from './unit-names.ts';
import { departmentFunctions, departmentKind } from './department-kinds.ts';
import type { UnitMention } from './unit-names.ts';

customPinyin({ 人行: 'rén háng', 分行: 'fēn háng', 银行: 'yín háng' });

/** A unit named somewhere in a plan, with the city it belongs to. */
export interface DepartmentMention {
  city: string;
  cityId: string;
  unit: UnitMention;
}

/** Brackets and spaces do not make two names different. */
function key(name: string): string {
  return simplify(name).replace(/[（〈<［\[]/g, '(').replace(/[）〉>］\]]/g, ')').replace(/\s+/g, '');
}

/**
 * An ASCII slug of a Chinese name, stable for a given name.
 * @example slug('市市场监管局') // 'shi-shi-chang-jian-guan-ju'
 */
export function slug(name: string): string {
  const han = name.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
  return pinyin(han, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .join('-');
}

const CITY_NAME = /^(中国|国家|[\p{Script=Han}]{2}(市|省))/u;

function fullName(city: string, name: string): string {
  if (name.includes(city) || CITY_NAME.test(name)) return name;
  return name.startsWith('市') ? `${city}${name}` : `${city}市${name}`;
}

interface Draft {
  key: string;
  cityId: string;
  city: string;
  name: string;
  aliases: string[];
  note?: string;
  hostedBy?: string;
}

/** Builds departments from every mention, then resolves mentions to department ids. */
export class DepartmentRegistry {
  private readonly mentions: DepartmentMention[] = [];

  add(mention: DepartmentMention): void {
    this.mentions.push(mention);
  }

  /**
   * The departments, and a resolver from a mention to its department's id.
   * @example registry.build().resolve({ cityId: 'bozhou', city: '亳州', unit }) // 'bozhou-shi-shi-chang-jian-guan-ju'
   */
  build(): { departments: Department[]; resolve: (mention: DepartmentMention) => string } {
    const drafts = new Map<string, Draft>();
    const aliasOf = new Map<string, string>();
    const scoped = (cityId: string, k: string) => `${cityId}:${k}`;
    const bases = new Set(this.mentions.map((m) => scoped(m.cityId, key(m.unit.base))));

    const draftFor = (m: DepartmentMention): Draft => {
      const own = scoped(m.cityId, key(m.unit.base));
      const target = drafts.get(own) ?? drafts.get(aliasOf.get(own) ?? '');
      if (target) return target;
      const draft: Draft = { key: own, cityId: m.cityId, city: m.city, name: simplify(m.unit.base), aliases: [] };
      drafts.set(own, draft);
      return draft;
    };
    const addAlias = (draft: Draft, written: string) => {
      const name = written.replace(INVISIBLE_IN_NAMES, '');
      for (const form of [name, simplify(name)]) {
        if (form !== draft.name && !draft.aliases.includes(form)) draft.aliases.push(form);
      }
    };

    for (const m of this.mentions) {
      const draft = draftFor(m);
      addAlias(draft, m.unit.base);
      addAlias(draft, m.unit.written);
      if (m.unit.note && !draft.note) draft.note = m.unit.note;
      if (m.unit.alias) {
        const aliasKey = scoped(m.cityId, key(m.unit.alias));
        const hosted = bases.has(aliasKey) && departmentKind(draft.name) === 'coordination-body';
        if (hosted) {
          draft.hostedBy ??= aliasKey;
        } else {
          addAlias(draft, m.unit.alias);
          if (!aliasOf.has(aliasKey)) aliasOf.set(aliasKey, draft.key);
        }
      }
    }

    const ids = new Map<string, string>();
    const used = new Set<string>();
    for (const draft of [...drafts.values()].sort((a, b) => a.key.localeCompare(b.key))) {
      let id = `${draft.cityId}-${slug(draft.name) || 'unit'}`;
      for (let n = 2; used.has(id); n++) id = `${draft.cityId}-${slug(draft.name)}-${n}`;
      used.add(id);
      ids.set(draft.key, id);
    }

    const departments: Department[] = [...drafts.values()].map((d) => ({
      id: ids.get(d.key)!,
      city: d.city,
      cityId: d.cityId,
      name: d.name,
      fullName: fullName(d.city, d.name),
      aliases: d.aliases,
      kind: departmentKind(d.name),
      functions: departmentFunctions([d.name, ...d.aliases.filter((a) => !/[(（〈<]/.test(a)).map(simplify)]),
      ...(d.note ? { note: d.note } : {}),
      ...(d.hostedBy && ids.has(d.hostedBy) ? { hostedBy: ids.get(d.hostedBy)! } : {}),
      url: `/departments/${ids.get(d.key)!}/`,
    }));
    departments.sort((a, b) => a.id.localeCompare(b.id));
    return { departments, resolve: (m) => ids.get(draftFor(m).key)! };
  }
}

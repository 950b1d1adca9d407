/**
 * Unit lists split the way a civil servant reads them: `各县、区政府` is one entry;
 * `市新闻出版(版权)局` is one name; `市自然资源和规划局(市林业局)` and `市科技局〈市知识产权局〉`
 * are one unit with an alias; `高新区、经开区管委会` is two committees; a closing `等` is dropped.
 */
import { shadow } from '../script.ts';
import { bracketGroups, splitOutside } from './brackets.ts';

/** One unit named in a list. */
export interface UnitMention {
  /** The unit as written in the source, alias or note included. */
  written: string;
  /** Its own name, without a trailing bracketed alias or note. */
  base: string;
  /** A bracketed other name written right after it (`知识产权局`). */
  alias?: string;
  /** A bracketed scope note (`含开发区、风景区管委会,下同`). */
  note?: string;
  /** Offset in the list of the words that name this unit (a link to it covers them). */
  start: number;
  /** How many characters from `start` name this unit. */
  length: number;
}

/** A part of a list that is not a unit name as written. */
export interface UnitProblem {
  ruleId: 'owner-separator' | 'unit-name';
  at: number;
  reason: string;
}

const SEPARATORS = '、,，;；';
const UNKNOWN_SEPARATOR = /[/\\|｜·•&＆+＋\s]/;
const UNIT_SUFFIX = /(局|委|委员会|办|办公室|院|政府|会|会议|协|部|厅|处|中心|海关|中支|联|校|单位|社|所|站|队|组|行|室|公司|大学|馆|署|团|庭|机关|部门|集团|专班|街道|乡镇|镇|股|科)$/;
const SHARED_SUFFIX = ['管委会', '人民政府', '政府', '委员会'];
const NOTE = /^(含|包括|包含|下同|不含)|[,，]/;

/**
 * Characters a reader cannot see that copies carry into names (zero-width joiners, soft hyphens,
 * direction marks): a name keeps none of them, so that one bureau stays one department.
 */
export const INVISIBLE_IN_NAMES = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const visible = (name: string) => name.replace(INVISIBLE_IN_NAMES, '');

/** Whether a name ends the way a unit's name does (`局`, `委`, `政府`, `管委会`, …). */
export function looksLikeUnit(name: string): boolean {
  const { groups } = bracketGroups(name);
  const last = groups.at(-1);
  const base = last && last.end === name.length ? name.slice(0, last.start) : name;
  return UNIT_SUFFIX.test(shadow(base));
}

/** Splits a trailing bracketed alias or note from a unit's name. */
export function readUnitName(written: string, start = 0): UnitMention {
  const read = readWrittenName(written, start);
  return { ...read, base: visible(read.base), ...(read.alias ? { alias: visible(read.alias) } : {}) };
}

function readWrittenName(written: string, start: number): UnitMention {
  const { groups } = bracketGroups(written);
  const last = groups.at(-1);
  const length = written.length;
  if (!last || last.end !== written.length || last.start === 0) return { written, base: written, start, length };
  const base = written.slice(0, last.start);
  const inner = last.inner.trim();
  if (!UNIT_SUFFIX.test(shadow(base))) return { written, base: written, start, length };
  return NOTE.test(shadow(inner)) ? { written, base, note: inner, start, length } : { written, base, alias: inner, start, length };
}

/**
 * The units of a list such as `市市场监管局(知识产权局)、市发改委、亳州海关等`.
 * @example splitUnits('各县、区政府,亳州高新区管委会').units.map((u) => u.base) // ['各县、区政府', '亳州高新区管委会']
 */
export function splitUnits(list: string): { units: UnitMention[]; open: boolean; problems: UnitProblem[] } {
  const problems: UnitProblem[] = [];
  let open = false;
  const parts = splitOutside(list, SEPARATORS)
    .map((p) => {
      let part = p.part.trim();
      const lead = p.part.indexOf(part);
      if (/等$/.test(part)) {
        part = part.slice(0, -1).trim();
        open = true;
      }
      return { text: part, start: p.start + Math.max(lead, 0), separator: p.separator };
    })
    .filter((p) => p.text !== '');

  const units: UnitMention[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    if (!looksLikeUnit(part.text) && next) {
      if (/^(各|有关)/.test(shadow(part.text))) {
        // 各县、区政府: one collective entry, written with its separator.
        const written = list.slice(part.start, next.start + next.text.length);
        units.push({ ...readUnitName(written, part.start), written });
        i++;
        continue;
      }
      const shared = SHARED_SUFFIX.find((s) => shadow(next.text).endsWith(s) && !shadow(part.text).endsWith(s));
      if (shared) {
        // 高新区、经开区管委会: the suffix written once belongs to both.
        const written = list.slice(part.start, next.start + next.text.length);
        units.push({ written, base: visible(part.text + next.text.slice(-shared.length)), start: part.start, length: part.text.length });
        units.push({ ...readUnitName(next.text, next.start), written });
        i++;
        continue;
      }
    }
    const unknown = UNKNOWN_SEPARATOR.exec(part.text);
    if (unknown && !bracketGroups(part.text).groups.some((g) => unknown.index > g.start && unknown.index < g.end)) {
      problems.push({ ruleId: 'owner-separator', at: part.start + unknown.index,
        reason: `the unit list uses "${unknown[0]}" between names, which is not a separator the sources use (、 , ；); "${part.text}" is kept as one name.` });
    } else if (!looksLikeUnit(part.text)) {
      problems.push({ ruleId: 'unit-name', at: part.start, reason: `"${part.text}" does not end like a unit's name; it is kept as written.` });
    }
    units.push(readUnitName(part.text, part.start));
  }
  return { units, open, problems };
}

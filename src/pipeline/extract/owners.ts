/**
 * Owner statements: the words that say who does a task, in every common form, read into one
 * model of role groups. Two shapes make a statement, and a statement may mix them:
 * - a label before a list: `责任单位：A、B`, `牵头单位：A；配合单位：B`, `协办单位:C`;
 * - a role word after a list: `A牵头，B、C配合`, `A负责`, `A、B按职责分工负责`.
 * Text after the last list (`，2027年底前建成`, `，长期坚持`) is the statement's note: kept and
 * shown, read for a deadline, never the reason a statement is dropped.
 *
 * Where a statement stands (an inline note in any bracket, a labelled line, a heading, an annex
 * row) is for the readers in `owner-readers.ts`; this module reads what a statement says.
 */
import type { Role } from '../model.ts';
import { maskQuoted } from '../parse/quotes.ts';
import { shadow } from '../script.ts';
import { bracketGroups, splitOutside } from './brackets.ts';
import { looksLikeUnit, splitUnits, type UnitMention, type UnitProblem } from './unit-names.ts';
import { chineseNumeral } from '../parse/chinese-numerals.ts';

/** Units named for one role, offsets into the text the statement was read from. */
export interface RoleGroup {
  role: Role;
  units: UnitMention[];
  /** The label or role word as written (`牵头单位`, `按职责分工负责`). */
  word: string;
}

/** Where a statement stands. */
export type StatementForm = 'inline' | 'line' | 'heading' | 'annex';

/** One owner statement found in a text. */
export interface OwnerStatement {
  /** `[start, end)` in the text, brackets included. */
  start: number;
  end: number;
  text: string;
  groups: RoleGroup[];
  open: boolean;
  /** Text after the last list inside the statement (a deadline, a reporting duty), as written. */
  note?: string;
  form: StatementForm;
  /** `以上三项：…` after several tasks: how many tasks, this one and those before it, the statement covers. */
  covers?: number;
}

export interface StatementProblem {
  ruleId: UnitProblem['ruleId'] | 'unbalanced-brackets' | 'owner-statement' | 'owner-list-doubt';
  at: number;
  reason: string;
}

/** A label that opens a list: `牵头单位：`, `责任部门:`, `配合单位：`, `牵头：`. */
const LABEL = /^((?:牵头|主责|主办|责任|负责|配合|协办|协同|参与|协助)(?:单位|部门|股室|科室|处室|股|科|处)|责任主体|牵头|责任|配合|协办)\s*[:：]\s*/;
/** A label that names people, not units (`牵头领导：副市长某某`): its list is no owner, and no problem. */
const PERSON_LABEL = /^(?:牵头|责任|分管|联系|包保|主要)(?:市|县|区)?(?:领导|负责人|责任人)\s*[:：]/;
/** A role word that closes a list, longest first. */
const VERB = /(按职责分工负责|按职责分别负责|按照职责分工负责|按职责负责|分工负责|分别负责|共同负责|负责牵头|牵头负责|牵头|负责|配合|协助|协办|参与)$/;

const ROLE_OF_WORD: ReadonlyArray<readonly [RegExp, Role]> = [
  [/^(牵头|主办|负责牵头|牵头负责|主责)/, 'lead'],
  [/(分工负责|分别负责|共同负责|按职责负责)$/, 'co'],
  [/^(配合|协办|参与|协助|协同)/, 'cooperate'],
  [/^(负责|责任)/, 'responsible'],
];

/** The role a label or role word gives. */
export function roleOfWord(word: string): Role {
  const plain = shadow(word).replace(/[:：\s]/g, '');
  return ROLE_OF_WORD.find(([pattern]) => pattern.test(plain))?.[1] ?? 'responsible';
}

/** What may follow the units in a bracket of bare unit names: a deadline or a standing note. */
const NOTE_LIKE = /\d{4}年|年底|年内|长期|持续|常态化|每年|每季度|前$|完成$/;

/** `以上三项：`, `以上两项由`: a statement shared by the tasks before it. */
const SHARED_PREFIX = /^\s*以上(\d{1,2}|[一二两三四五六七八九十]{1,3})项\s*[:：，,]?\s*(?:由)?/;
/** A unit name, then a short word (`县农业农村局指导`, `市财政局支持`). */
const UNIT_THEN_WORD = /^(.{2,30}?(?:局|委|办|厅|政府|管委会|中心|院|室|股|组|部|团|社|行|会))([^\d，,、；;局委办厅]{1,4})$/;

/** Words that make a text owner-like: whatever holds one and is not read is said. */
export const ROLE_WORD = /牵头|负责|配合|责任单位|责任部门|责任主体|主办|协办|协同单位|参与单位|协助单位|会同/;

interface Segment {
  text: string;
  start: number;
}

/** Whether a list reads as unit names (`市甲局、各县（市、区）人民政府`), ignoring a closing 等. */
export function isUnitList(list: string): boolean {
  const parts = splitOutside(shadow(list), '、,，;；').map((p) => p.part.trim().replace(/等$/, '')).filter(Boolean);
  // A collective (`各县`, `有关县(市)区人民政府`) is short or ends like a unit: `相关单位根据职能` is neither.
  return parts.length > 0 && parts.every((p) => looksLikeUnit(p) || (/^(各|有关|相关|市直|区直|县直)/.test(p) && [...p].length <= 4));
}

/**
 * Reads what a statement says: its role groups and its note, offsets into `inner` plus `offset`.
 * Returns undefined when the text does not open as a statement (no list and role at its start).
 * @example readStatement('市市场监管局(知识产权局)牵头,市发改委等按职责分工负责', 0)!.groups.map((g) => g.role) // ['lead', 'co']
 */
export function readStatement(inner: string, offset = 0): { groups: RoleGroup[]; open: boolean; note?: string; problems: StatementProblem[]; covers?: number } | undefined {
  const probe = shadow(maskQuoted(inner));
  // `以上三项：A牵头…` or `以上两项由A负责`: one statement for the tasks before it.
  const shared = SHARED_PREFIX.exec(probe);
  const covers = shared ? (/^\d+$/.test(shared[1]) ? Number(shared[1]) : chineseNumeral(shared[1])) : undefined;
  const lead = shared ? shared[0].length : /^\s*由/.exec(probe)?.[0].length ?? 0;
  const body = probe.slice(lead).replace(/[。.]\s*$/, '');
  const segments: Segment[] = splitOutside(body, '，,；;').map((p) => ({ text: p.part, start: p.start + lead }));
  const groups: RoleGroup[] = [];
  const problems: StatementProblem[] = [];
  let open = false;
  let pending: Segment[] = [];
  let labelled: { role: Role; word: string; from: number; to: number } | undefined;
  let noteFrom: number | undefined;

  const addList = (role: Role, word: string, from: number, to: number) => {
    const list = inner.slice(from, to);
    const split = splitUnits(list);
    open ||= split.open;
    for (const p of split.problems) problems.push({ ...p, at: offset + from + p.at });
    groups.push({ role, word, units: split.units.map((u) => ({ ...u, start: offset + from + u.start })) });
  };
  const closeLabel = () => {
    if (!labelled) return;
    const list = inner.slice(labelled.from, labelled.to);
    if (isUnitList(list) || looksLikeOwnerList(list)) addList(labelled.role, labelled.word, labelled.from, labelled.to);
    else {
      problems.push({ ruleId: 'owner-statement', at: offset + labelled.from,
        reason: `"${labelled.word}" is followed by "${list}", which names no unit; it is shown but not read as owners.` });
    }
    labelled = undefined;
  };

  for (const segment of segments) {
    const trimmed = segment.text.trim();
    if (trimmed === '') continue;
    const at = segment.start + segment.text.indexOf(trimmed);
    if (noteFrom !== undefined) {
      if (LABEL.test(trimmed) || (VERB.test(trimmed) && isUnitList(trimmed.replace(VERB, '')))) {
        problems.push({ ruleId: 'owner-statement', at: offset + at,
          reason: `the owner statement names owners again after its note "${inner.slice(noteFrom, at)}"; "${trimmed}" is shown but not read as owners.` });
      }
      continue;
    }
    if (PERSON_LABEL.test(trimmed)) {
      closeLabel();
      continue;
    }
    const label = LABEL.exec(trimmed);
    if (label) {
      closeLabel();
      if (pending.length > 0) {
        noteFrom = pending[0].start;
        break;
      }
      // `责任单位：市住建局牵头，市水务局配合`: a role word after the list says more than the label.
      const rest = trimmed.slice(label[0].length);
      const verbAfter = VERB.exec(rest);
      if (verbAfter && isUnitList(rest.slice(0, -verbAfter[0].length))) {
        const from = at + label[0].length;
        addList(roleOfWord(verbAfter[1]), verbAfter[1], from, from + rest.length - verbAfter[0].length);
        continue;
      }
      labelled = { role: roleOfWord(label[1]), word: label[1], from: at + label[0].length, to: at + trimmed.length };
      continue;
    }
    const verb = VERB.exec(trimmed);
    if (verb) {
      const before = trimmed.slice(0, -verb[0].length);
      if (before.trim() !== '' && (isUnitList(before) || pending.length > 0 || looksLikeOwnerList(before))) {
        closeLabel();
        const from = pending[0]?.start ?? at;
        addList(roleOfWord(verb[1]), verb[1], from, at + before.length);
        pending = [];
        continue;
      }
    }
    if (labelled && isUnitList(trimmed)) {
      labelled.to = at + trimmed.length;
      continue;
    }
    if (!labelled && isUnitList(trimmed)) {
      pending.push({ text: trimmed, start: at });
      continue;
    }
    // Neither a list nor a label: the rest is the statement's note.
    closeLabel();
    noteFrom = pending[0]?.start ?? at;
    pending = [];
  }
  closeLabel();
  if (groups.length === 0) return undefined;
  if (pending.length > 0) {
    problems.push({ ruleId: 'owner-statement', at: offset + pending[0].start,
      reason: `the owner statement ends with units and no role word: "${inner.slice(pending[0].start)}" is shown but not read as owners.` });
  }
  const note = noteFrom !== undefined ? inner.slice(noteFrom).replace(/[。.]\s*$/, '').trim() : undefined;
  // `县农业农村局指导`: a unit with a role word no reader knows is said, not kept as a note in silence.
  const unknownRole = note ? UNIT_THEN_WORD.exec(shadow(note)) : null;
  if (unknownRole && looksLikeUnit(unknownRole[1])) {
    problems.push({ ruleId: 'owner-statement', at: offset + noteFrom!,
      reason: `"${note}" names a unit with a role word this reader does not know ("${unknownRole[2]}"); it is shown but not read as an owner.` });
  }
  return { groups, open, problems, ...(note ? { note } : {}), ...(covers && covers > 1 ? { covers } : {}) };
}

/** A list before a role word that names something like units, even if not all of them. */
function looksLikeOwnerList(text: string): boolean {
  return /(局|委|办|院|政府|管委会|中心|部|厅|会)/.test(text) && text.length <= 80;
}

/**
 * Every owner statement in a paragraph's brackets, with what could not be read.
 * @example findOwnerStatements('…机制。(市市场监管局按职责分工负责。)').statements[0].groups[0].role // 'co'
 */
export function findOwnerStatements(text: string): { statements: OwnerStatement[]; problems: StatementProblem[] } {
  const probe = shadow(maskQuoted(text));
  const { groups, unbalanced } = bracketGroups(probe);
  const statements: OwnerStatement[] = [];
  const problems: StatementProblem[] = [];
  const add = (start: number, end: number, innerStart: number, innerEnd: number): boolean => {
    const read = readStatement(text.slice(innerStart, innerEnd), innerStart);
    if (!read) return false;
    problems.push(...read.problems);
    statements.push({ start, end, text: text.slice(start, end), groups: read.groups, open: read.open, form: 'inline',
      ...(read.note ? { note: read.note } : {}), ...(read.covers ? { covers: read.covers } : {}) });
    return true;
  };
  for (const group of groups) add(group.start, group.end, group.start + 1, group.end - 1);
  if (unbalanced.length > 0 && ROLE_WORD.test(probe)) {
    for (const bracket of unbalanced) {
      problems.push({ ruleId: 'unbalanced-brackets', at: bracket.at,
        reason: `has a "${bracket.char}" with no partner, so an owner statement may be cut short; the text is shown as received.` });
      // An opener never closed: the statement runs to the end of the paragraph.
      if ('([（［【〈〔'.includes(bracket.char) && !statements.some((s) => s.start <= bracket.at && s.end > bracket.at)) {
        const tail = probe.slice(bracket.at + 1).replace(/[。.]$/, '');
        add(bracket.at, text.length, bracket.at + 1, bracket.at + 1 + tail.length);
      }
      // A closer never opened: the statement starts after the last full stop before it.
      if (')]）］】〉〕'.includes(bracket.char)) {
        const from = probe.lastIndexOf('。', bracket.at) + 1;
        if (from > 0) add(from, bracket.at + 1, from, bracket.at);
      }
    }
  }
  statements.sort((a, b) => a.start - b.start);
  return { statements, problems };
}

/**
 * A bracket at the very end of a task's text that only lists units (`（市教育局、市人社局，各县区
 * 人民政府）`) names the task's responsible units. A list where some parts do not read as unit
 * names is doubted, and said.
 * @example findBareUnitList('…建设。（市教育局、市人社局）').statement?.groups[0].role // 'responsible'
 */
export function findBareUnitList(text: string): { statement?: OwnerStatement; problem?: StatementProblem } {
  const probe = shadow(maskQuoted(text));
  const { groups } = bracketGroups(probe);
  const last = groups.at(-1);
  // A bracket that opens the text is a task's own note only when it is the whole text (a note line
  // split from its heading); `（一）…` or a leading gloss is not.
  if (!last || probe.slice(last.end).replace(/[。.；;\s]/g, '') !== '' || (last.start === 0 && probe.slice(0, last.end).trim() !== probe.trim())) return {};
  // A colon or a slash is no part of a list of names (`（主办：市商务局/市城投集团）`).
  if (/[:：/／\\|]/.test(last.inner)) return {};
  const split = splitOutside(last.inner, '、,，;；').filter((p) => p.part.trim());
  const isUnit = (p: string) => looksLikeUnit(p.trim().replace(/等$/, '')) || /^(各|有关|相关|市直)/.test(p.trim());
  // `【县交通运输局；2027年底前】`: units, then a deadline or note after them.
  const firstNote = split.findIndex((p) => !isUnit(p.part));
  const noteParts = firstNote < 0 ? [] : split.slice(firstNote);
  const trailingNote = firstNote > 0 && noteParts.every((p) => !isUnit(p.part) && NOTE_LIKE.test(p.part.trim()));
  const parts = (trailingNote ? split.slice(0, firstNote) : split).map((p) => p.part.trim());
  const units = parts.filter(isUnit);
  if (units.length === 0) return {};
  if (units.length < parts.length) {
    return { problem: { ruleId: 'owner-list-doubt', at: last.start,
      reason: `the bracket ${text.slice(last.start, last.end)} at the end of the task names some units and some words that are not unit names; it is shown but not read as owners.` } };
  }
  const listEnd = trailingNote ? noteParts[0].start - 1 : last.inner.length;
  const list = splitUnits(text.slice(last.start + 1, last.start + 1 + listEnd));
  const note = trailingNote ? text.slice(last.start + 1 + noteParts[0].start, last.end - 1).trim() : undefined;
  return {
    statement: {
      start: last.start, end: last.end, text: text.slice(last.start, last.end), form: 'inline', open: list.open,
      groups: [{ role: 'responsible', word: '', units: list.units.map((u) => ({ ...u, start: last.start + 1 + u.start })) }],
      ...(note ? { note } : {}),
    },
  };
}

/**
 * A labelled owner line (`牵头单位：市甲局；配合单位：市乙局`) read as one statement over the
 * whole paragraph, or undefined when the paragraph does not open with a label.
 */
export function readLabelledLine(text: string): { statement: OwnerStatement; problems: StatementProblem[] } | undefined {
  const probe = shadow(text);
  if (!opensWithLabel(probe)) return undefined;
  const start = text.length - text.trimStart().length;
  const read = readStatement(text.slice(start), start);
  if (!read) return undefined;
  return {
    statement: { start, end: text.length, text: text.slice(start), groups: read.groups, open: read.open, form: 'line',
      ...(read.note ? { note: read.note } : {}), ...(read.covers ? { covers: read.covers } : {}) },
    problems: read.problems,
  };
}

/** A line that opens like an owner label (`责任单位：`, `牵头部门:`), read or not. */
export function opensWithLabel(text: string): boolean {
  const plain = shadow(text).trim();
  return LABEL.test(plain) || PERSON_LABEL.test(plain);
}

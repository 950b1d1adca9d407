/**
 * Owner statements: the bracketed note at the end of a task's sentences that says who does
 * the work. `(A牵头,B、C等按职责分工负责)` makes A lead and B, C co-responsible; `(责任单位:…)`,
 * `(责任部门:…)` and `(A负责)` name the responsible units.
 */
import type { Role } from '../model.ts';
import { maskQuoted } from '../parse/quotes.ts';
import { shadow } from '../script.ts';
import { bracketGroups } from './brackets.ts';
import { splitUnits, type UnitMention, type UnitProblem } from './unit-names.ts';

/** Units named for one role, offsets into the paragraph. */
export interface RoleGroup {
  role: Role;
  units: UnitMention[];
}

/** One owner statement found in a paragraph. */
export interface OwnerStatement {
  /** `[start, end)` in the paragraph, brackets included. */
  start: number;
  end: number;
  text: string;
  groups: RoleGroup[];
  open: boolean;
}

export interface StatementProblem {
  ruleId: UnitProblem['ruleId'] | 'unbalanced-brackets' | 'owner-statement';
  at: number;
  reason: string;
}

const RESPONSIBLE_LIST = /^责任(单位|部门)[:：]\s*/;
const VERB = /(.+?)(按职责分工负责|分工负责|负责|牵头|配合|协助)[。.]?\s*(?:[,，;；]\s*|$)/y;
const ROLE: Record<string, Role> = { 牵头: 'lead', 按职责分工负责: 'co', 分工负责: 'co', 配合: 'co', 协助: 'co', 负责: 'responsible' };
const OWNER_INNER = /^责任(单位|部门)[:：]|(牵头|负责|配合|协助)[。.]?$/;
const MENTIONS_OWNERS = /责任单位|责任部门|负责|牵头/;

/** Whether the inside of a bracket reads as an owner statement. */
export function isOwnerStatement(inner: string): boolean {
  return OWNER_INNER.test(shadow(inner).trim());
}

/**
 * Reads the role groups of a statement's inside.
 * @example readRoles('市市场监管局(知识产权局)牵头,市发改委等按职责分工负责', 0).groups.map((g) => g.role) // ['lead', 'co']
 */
export function readRoles(inner: string, offset: number): { groups: RoleGroup[]; open: boolean; problems: StatementProblem[] } {
  const probe = shadow(inner);
  const problems: StatementProblem[] = [];
  const groups: RoleGroup[] = [];
  let open = false;
  const addList = (role: Role, from: number, to: number) => {
    const list = inner.slice(from, to);
    const split = splitUnits(list);
    open ||= split.open;
    for (const p of split.problems) problems.push({ ...p, at: offset + from + p.at });
    groups.push({ role, units: split.units.map((u) => ({ ...u, start: offset + from + u.start })) });
  };
  const responsible = RESPONSIBLE_LIST.exec(probe);
  if (responsible) {
    addList('responsible', responsible[0].length, inner.length);
    return { groups, open, problems };
  }
  VERB.lastIndex = 0;
  let at = 0;
  for (let m = VERB.exec(probe); m; m = VERB.exec(probe)) {
    addList(ROLE[m[2]], at, at + m[1].length);
    at = VERB.lastIndex;
    if (at >= probe.length) break;
  }
  if (probe.slice(at).trim() !== '') {
    problems.push({ ruleId: 'owner-statement', at: offset + at,
      reason: `the owner statement goes on after its last role word: "${inner.slice(at)}" is shown but not read as owners.` });
  }
  return { groups, open, problems };
}

/**
 * Every owner statement in a paragraph, with what could not be read.
 * @example findOwnerStatements('…机制。(市市场监管局按职责分工负责。)').statements[0].groups[0].role // 'co'
 */
export function findOwnerStatements(text: string): { statements: OwnerStatement[]; problems: StatementProblem[] } {
  const probe = shadow(maskQuoted(text));
  const { groups, unbalanced } = bracketGroups(probe);
  const statements: OwnerStatement[] = [];
  const problems: StatementProblem[] = [];
  const add = (start: number, end: number, innerStart: number, innerEnd: number) => {
    const read = readRoles(text.slice(innerStart, innerEnd), innerStart);
    problems.push(...read.problems);
    statements.push({ start, end, text: text.slice(start, end), groups: read.groups, open: read.open });
  };
  for (const group of groups) {
    if (isOwnerStatement(group.inner)) add(group.start, group.end, group.start + 1, group.end - 1);
  }
  if (unbalanced.length > 0 && MENTIONS_OWNERS.test(probe)) {
    for (const bracket of unbalanced) {
      problems.push({ ruleId: 'unbalanced-brackets', at: bracket.at,
        reason: `has a "${bracket.char}" with no partner, so an owner statement may be cut short; the text is shown as received.` });
      // An opener never closed: the statement runs to the end of the paragraph.
      const tail = probe.slice(bracket.at + 1).replace(/[。.]$/, '');
      if ('([（［【〈'.includes(bracket.char) && isOwnerStatement(tail) && !statements.some((s) => s.start <= bracket.at && s.end > bracket.at)) {
        add(bracket.at, text.length, bracket.at + 1, bracket.at + 1 + tail.length);
      }
      // A closer never opened: the statement starts after the last full stop before it.
      if (')]）］】〉'.includes(bracket.char)) {
        const from = probe.lastIndexOf('。', bracket.at) + 1;
        const inner = probe.slice(from, bracket.at);
        if (from > 0 && isOwnerStatement(inner)) add(from, bracket.at + 1, from, bracket.at);
      }
    }
  }
  statements.sort((a, b) => a.start - b.start);
  return { statements, problems };
}

/**
 * The ledger of owner-like text: whatever holds an owner word and no reader claimed is said, so
 * that a plan whose owners cannot be read never parses wrong in silence. A cue is
 * - a bracket holding a role word (`牵头`, `负责`, `配合`, `责任单位`, `协办`, `会同`, …);
 * - a line that opens with an owner label (`责任单位：`, `牵头部门:`);
 * - a clause that ends in a role word after unit names (`…，各县区人民政府负责。`).
 * A role word with an object in its clause (`市知识产权局负责全市…的统筹协调`) describes a
 * standing duty rather than assigning a task, and is no cue.
 */
import type { OutlineNode } from '../model.ts';
import { maskQuoted } from '../parse/quotes.ts';
import { shadow } from '../script.ts';
import { bracketGroups } from './brackets.ts';
import { walk } from './outline-walk.ts';
import { isUnitList, opensWithLabel, ROLE_WORD } from './owners.ts';

/** The rules of warnings that say owner-like text was not read, as the build summary counts them. */
export const UNREAD_OWNER_RULES: ReadonlySet<string> = new Set([
  'unread-owner', 'owner-statement', 'owner-separator', 'unit-name', 'owner-list-doubt', 'owner-outside-task', 'unbalanced-brackets',
]);

/** Characters of a node's text that a reader read: `[start, end)`. */
export interface Claim {
  node: string;
  start: number;
  end: number;
}

/** Owner-like text no reader claimed. */
export interface UnreadCue {
  node: OutlineNode;
  at: number;
  text: string;
  kind: 'bracket' | 'label' | 'clause';
}

/**
 * A clause that gives work to a unit in running text: `修缮工作由市文物局负责技术指导`,
 * `市商务局要会同有关部门制定…`, `各县区人民政府是…的责任主体`. Unlike a standing duty
 * (`市知识产权局负责全市…`), `由`, `会同` and `责任主体` assign.
 */
const ASSIGNING = /(?<![理自缘经])由(.{2,40}?)(?:负责|牵头|统筹|组织|具体|会同|抓好|推进|落实|实施)|^(?:由)?(.{2,40}?)(?:要|应|须|应当)?会同|^(.{2,40}?)是.{0,30}责任主体/;

const CLAUSE_ROLE = /(按职责分工负责|按职责分别负责|分别负责|共同负责|牵头抓总|牵头|负责|配合|协助|协办|指导|督导)$/;

/** The text a node shows, where its cues are looked for. */
function textOf(node: OutlineNode): string | undefined {
  if (node.kind === 'paragraph' || node.kind === 'closing') return node.text;
  if (node.kind === 'table') return undefined;
  return node.title;
}

/** Owner-like cues in one text, with their offsets. */
export function ownerCues(text: string): { at: number; end: number; kind: UnreadCue['kind'] }[] {
  const probe = shadow(maskQuoted(text));
  const cues: { at: number; end: number; kind: UnreadCue['kind'] }[] = [];
  if (opensWithLabel(probe)) cues.push({ at: probe.length - probe.trimStart().length, end: probe.length, kind: 'label' });
  for (const group of bracketGroups(probe).groups) {
    if (ROLE_WORD.test(group.inner)) cues.push({ at: group.start, end: group.end, kind: 'bracket' });
  }
  let start = 0;
  for (let i = 0; i <= probe.length; i++) {
    if (i < probe.length && !'，,。；;'.includes(probe[i])) continue;
    const clause = probe.slice(start, i).trim();
    const role = CLAUSE_ROLE.exec(clause);
    // `本措施由市科技局负责解释` names who interprets the plan, not who does a task.
    const assigns = /负责解释|解释权/.test(clause) ? null : ASSIGNING.exec(clause);
    const assigned = assigns ? (assigns[1] ?? assigns[2] ?? assigns[3]) : undefined;
    if (assigned && isUnitList(assigned) && !cues.some((c) => c.at <= start && c.end >= i)) {
      cues.push({ at: start + probe.slice(start, i).indexOf(clause), end: i, kind: 'clause' });
    } else if (role) {
      const list = clause.slice(0, -role[0].length).replace(/^由/, '');
      const inBracket = cues.some((c) => c.kind === 'bracket' && c.at <= start && c.end >= i);
      if (!inBracket && list && isUnitList(list)) cues.push({ at: start + probe.slice(start, i).indexOf(clause), end: i, kind: 'clause' });
    }
    start = i + 1;
  }
  return cues;
}

/**
 * Every cue of the outline's body (the notice and title aside) that no claim covers.
 * @example unreadCues(outline, claims)[0].text // '（由市甲局会同有关部门研究推进）'
 */
export function unreadCues(outline: readonly OutlineNode[], claims: readonly Claim[]): UnreadCue[] {
  const byNode = new Map<string, Claim[]>();
  for (const c of claims) byNode.set(c.node, [...(byNode.get(c.node) ?? []), c]);
  const unread: UnreadCue[] = [];
  walk(outline, (node, ancestors) => {
    if (node.kind === 'notice' || node.kind === 'title' || ancestors.some((a) => a.kind === 'notice')) return;
    const text = textOf(node);
    // A quick look first: only text with a role word, or a 由 that may give work, can hold a cue.
    if (!text || !(ROLE_WORD.test(shadow(text)) || /由|指导|督导/.test(shadow(text)))) return;
    const claimed = byNode.get(node.id) ?? [];
    for (const cue of ownerCues(text)) {
      if (claimed.some((c) => c.start < cue.end && c.end > cue.at)) continue;
      unread.push({ node, at: cue.at, text: text.slice(cue.at, cue.end), kind: cue.kind });
    }
  });
  return unread;
}

/**
 * One synthetic plan: a seed's skeleton with its task slots refilled by tasks cut from any
 * seed, renumbered to the slot's label, moved to the new city and province, and converted to
 * the plan's script. The text keeps the defects its pieces had (a Traditional task cut from the
 * Hangzhou copy keeps its converter pinyin and mojibake), so the pipeline repairs them as it
 * does for the seeds.
 */
import * as OpenCC from 'opencc-js/cn2t';
import type { CatalogEntry } from '../../src/pipeline/model.ts';
import { splitLabel, type SeedPlan, type TaskBlock } from './cut-task-blocks.ts';
import type { City } from './invent-cities.ts';
import type { Random } from './random.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

export interface PlanSpec {
  template: SeedPlan;
  /** One per slot of the template: the task to put there, or undefined to keep the template's. */
  fill: readonly (TaskBlock | undefined)[];
  city: City;
}

export interface ComposedPlan {
  text: string;
  /** The template's web chrome ranges, moved to where those lines now stand. */
  webChrome: CatalogEntry['webChrome'];
}

/** A place name as a text of `script` writes it. */
function written(name: string, script: CatalogEntry['script']): string {
  return script === 'zh-Hant' ? toTraditional(name) : name;
}

/** A line of `from`'s text moved to `city` and written in `script`. */
function localise(line: string, from: { city: string; province: string; script: CatalogEntry['script'] }, city: City, script: CatalogEntry['script']): string {
  if (from.script === 'zh-Hant' && script === 'zh-Hans') {
    throw new Error('a Traditional task cannot go into a Simplified plan: its converter defects would be read as Simplified text.');
  }
  const moved = line
    .replaceAll(written(from.city, from.script), written(city.name, from.script))
    .replaceAll(written(from.province, from.script), written(city.province, from.script));
  return from.script === script ? moved : toTraditional(moved);
}

/** Boxes (专栏/專欄) numbered 1, 2, 3… in the order they now stand. */
function renumberBoxes(lines: string[]): string[] {
  let n = 0;
  return lines.map((line) => line.replace(/^([\s\u3000]*)(专栏|專欄)(\d+)/, (_, indent: string, word: string) => `${indent}${word}${++n}`));
}

/**
 * The text of a synthetic plan.
 * @example composePlan({ template: wuhan, fill: [kunmingTask, …], city: { name: '临江', id: 'linjiang', province: '江西' } }).text
 *   // '标准规范\n\n市人民政府办公厅关于印发临江市知识产权运营服务体系建设实施方案…'
 */
export function composePlan(spec: PlanSpec): ComposedPlan {
  const { template, fill, city } = spec;
  const { entry } = template;
  if (fill.length !== template.slots.length) {
    throw new Error(`${entry.slug} has ${template.slots.length} task slots, but ${fill.length} tasks were given.`);
  }
  const skeleton = { city: entry.city, province: entry.province, script: entry.script };
  const out: string[] = [];
  const movedTo = new Map<number, number>();
  let at = 0;
  const keep = (until: number) => {
    for (; at < until; at++) {
      movedTo.set(at, out.length);
      out.push(localise(template.lines[at], skeleton, city, entry.script));
    }
  };
  template.slots.forEach((slot, k) => {
    keep(slot.start);
    const block = fill[k] ?? slot.block;
    const lines = block.lines.map((line) => localise(line, block, city, entry.script));
    const own = splitLabel(template.lines[slot.start]);
    const theirs = splitLabel(lines[0]);
    if (block !== slot.block) {
      if (!own || !theirs) throw new Error(`task ${block.source} cannot replace ${slot.block.source}: one of them has no readable label.`);
      lines[0] = `${own.indent}${own.label}${theirs.rest}`;
    }
    out.push(...lines);
    at = slot.end;
  });
  keep(template.lines.length);
  const line = (n: number) => {
    const to = movedTo.get(n - 1);
    if (to === undefined) throw new Error(`${entry.slug}: web chrome line ${n} lies inside a task.`);
    return to + 1;
  };
  return {
    text: renumberBoxes(out).join('\n'),
    webChrome: entry.webChrome.map((w) => ({ ...w, from: line(w.from), to: line(w.to) })),
  };
}

/**
 * A copy of a task whose owner statements are, each with probability `rate`, swapped for a
 * statement written in another plan (moved to this task's city), so owners recombine too.
 * @example swapOwnerStatements(wuhanTask, pool, random, 0.5).statements // ['(市市场监管局、市科技局按职责分工负责。)']
 */
export function swapOwnerStatements(block: TaskBlock, pool: readonly TaskBlock[], random: Random, rate: number): TaskBlock {
  const donors = pool.filter((b) => b.statements.length > 0 && b.script === block.script);
  if (block.statements.length === 0 || donors.length === 0) return block;
  let text = block.lines.join('\n');
  const statements: string[] = [];
  for (const statement of block.statements) {
    if (!random.chance(rate)) {
      statements.push(statement);
      continue;
    }
    const donor = random.pick(donors);
    const replacement = random.pick(donor.statements)
      .replaceAll(donor.city, block.city)
      .replaceAll(donor.province, block.province);
    text = text.replace(statement, () => replacement);
    statements.push(replacement);
  }
  return { ...block, lines: text.split('\n'), statements };
}

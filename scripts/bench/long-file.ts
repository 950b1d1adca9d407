/**
 * How `build:content` scales with the length of one plan: a plan whose one task holds N short
 * lines (10k, 100k and 1M by default), built into .bench/lines-<N>/, printing wall seconds and
 * peak memory per N. The pipeline is linear in the lines; this shows it, in numbers.
 *
 *   npm run bench:lines                 N = 10,000, 100,000 and 1,000,000
 *   npm run bench:lines -- --n 100000   one size
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sha256 } from '../../src/pipeline/catalog.ts';
import { measureCommand } from './measure-command.ts';

const { values } = parseArgs({ options: { n: { type: 'string', multiple: true, default: ['10000', '100000', '1000000'] } } });
const sizes = values.n.flatMap((v) => v.split(',')).map(Number);

/**
 * A plan of the genre whose one task goes on for `lines` short lines, every tenth holding a target:
 * a million lines stay under the 20 MB a seed may have.
 */
function longPlan(lines: number): string {
  const head = ['云岭市测试行动方案', '一、重点任务', '（一）推进一项很长的任务。（市商务局牵头，市财政局配合）'];
  const body = Array.from({ length: lines }, (_, i) => (i % 10 === 0 ? `新增${i}家。` : `事项${i}。`));
  return `${[...head, ...body].join('\n')}\n`;
}

console.log('lines      wall s   CPU s   peak RSS');
for (const n of sizes) {
  const dir = join('.bench', `lines-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  const bytes = new TextEncoder().encode(longPlan(n));
  writeFileSync(join(dir, 'seeds', 'long.txt'), bytes);
  writeFileSync(join(dir, 'seeds', 'catalog.json'), JSON.stringify({ documents: [{
    slug: 'long', city: '云岭', cityId: 'yunling', province: '云南', file: 'long.txt', sha256: sha256(bytes), originalName: 'long.txt', script: 'zh-Hans',
  }] }, null, 2));
  const cost = await measureCommand(process.execPath, ['scripts/build-content.ts', '--seeds', join(dir, 'seeds'), '--out', join(dir, 'content'), '--quiet'], {}, join(dir, 'content.log'));
  console.log(`${String(n).padEnd(10)} ${cost.wallSeconds.toFixed(1).padStart(6)}  ${cost.cpuSeconds.toFixed(1).padStart(6)}   ${(cost.peakRssBytes / 1e9).toFixed(2)} GB`);
}

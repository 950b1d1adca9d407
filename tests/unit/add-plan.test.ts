/** `npm run add-plan`: one command adds a plan as staff would, without touching the other plans. */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gbkBytes } from '../../src/pipeline/repair/gbk.ts';
import { ROOT } from '../helpers/cli.ts';
import { scratchDir } from '../helpers/scratch.ts';

const addPlan = (args: string[]) => {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/add-plan.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};
const plan = readFileSync(new URL('../genre-plans/labelled-lines/input.txt', import.meta.url), 'utf8');

function seedCopy(): string {
  const dir = scratchDir('add-plan-');
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  return dir;
}

describe('npm run add-plan', () => {
  it('copies a GBK file byte for byte, writes its entry after the others, and prints what it found', () => {
    const dir = seedCopy();
    const bytes = Uint8Array.from([...plan].flatMap((c) => gbkBytes(c) ?? [...new TextEncoder().encode(c)]));
    writeFileSync(join(dir, '梧桥方案.txt'), bytes);
    const before = readFileSync(join(dir, 'seeds/catalog.json'), 'utf8');
    const run = addPlan([join(dir, '梧桥方案.txt'), '--city', '梧桥市', '--province', '浙江省', '--seeds', join(dir, 'seeds')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('added wuqiao-2024.txt as "wuqiao-2024": 梧桥（浙江）, city id wuqiao, GBK, Simplified');
    expect(run.stdout).toMatch(/— 9 tasks, 9 with owners/);
    expect(readFileSync(join(dir, 'seeds/wuqiao-2024.txt'))).toEqual(Buffer.from(bytes));
    const after = readFileSync(join(dir, 'seeds/catalog.json'), 'utf8');
    expect(after.startsWith(before.slice(0, before.lastIndexOf('}', before.lastIndexOf(']')) + 1))).toBe(true);
    const entry = JSON.parse(after).documents.at(-1);
    expect(entry).toMatchObject({ slug: 'wuqiao-2024', city: '梧桥', cityId: 'wuqiao', province: '浙江', encoding: 'gbk', script: 'zh-Hans', originalName: '梧桥方案.txt' });
  });

  it('says what to type when an argument is missing or wrong, and changes nothing', () => {
    const dir = seedCopy();
    const files = readdirSync(join(dir, 'seeds'));
    expect(addPlan([]).stderr).toContain("add-plan: name the plan's text file.\nusage: npm run add-plan -- <file> --city 宜城 --province 湖北");
    expect(addPlan([join(ROOT, 'seeds/kunming-2022.txt'), '--province', '云南']).stderr).toContain('say which city the plan is of, with --city');
    expect(addPlan([join(ROOT, 'seeds/kunming-2022.txt'), '--city', '昆明', '--province', '云州']).stderr).toContain('"云州" is not one of the 34 provincial-level divisions');
    const again = addPlan([join(ROOT, 'seeds/kunming-2022.txt'), '--city', '昆明', '--province', '云南', '--seeds', join(dir, 'seeds')]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('is already in the catalog as "kunming-2022"');
    expect(readdirSync(join(dir, 'seeds'))).toEqual(files);
  });
});

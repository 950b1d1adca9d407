/** Once per test run: the scratch folder every test's temporary files go in, removed when the run ends (helpers/scratch.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCRATCH_ENV } from './helpers/scratch.ts';

let root: string | undefined;

/** Makes the run's scratch folder and names it in the environment the test workers inherit. */
export function setup(): void {
  root = mkdtempSync(join(tmpdir(), 'zhengceku-tests-'));
  process.env[SCRATCH_ENV] = root;
}

/** Removes it, unless KEEP_TEST_SCRATCH is set. */
export function teardown(): void {
  if (!root) return;
  if (process.env.KEEP_TEST_SCRATCH) console.log(`test scratch folders kept in ${root}`);
  else rmSync(root, { recursive: true, force: true });
}

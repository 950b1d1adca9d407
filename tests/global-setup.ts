/** Once per test run: the scratch folder every test's temporary files go in, removed when the run ends (helpers/scratch.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCRATCH_ENV } from './helpers/scratch.ts';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'zhengceku-tests-'));
  process.env[SCRATCH_ENV] = root;
  return () => {
    if (process.env.KEEP_TEST_SCRATCH) console.log(`test scratch folders kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
}

/**
 * Scratch folders for tests: each is made inside one folder per test run, which the run removes
 * when it ends (tests/global-setup.ts), so that the builds of synthetic libraries do not pile up in
 * the system's temporary folder. `KEEP_TEST_SCRATCH=1 npm test` keeps them, for a look after a failure.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The environment variable that names this run's scratch folder. */
export const SCRATCH_ENV = 'ZHENGCEKU_TEST_SCRATCH';

/**
 * A fresh folder named with `prefix`, in this run's scratch folder (in the system's temporary
 * folder when no run set one).
 * @example scratchDir('dist-') // '/tmp/zhengceku-tests-Ab12Cd/dist-Xy34Zw'
 */
export function scratchDir(prefix: string): string {
  return mkdtempSync(join(process.env[SCRATCH_ENV] ?? tmpdir(), prefix));
}

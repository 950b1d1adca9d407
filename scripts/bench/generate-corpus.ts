/**
 * Writes a synthetic seed folder of N plans for the scaling benchmark (see synthetic-corpus.ts).
 * The folder is scratch: it lives under .bench/, which git ignores.
 *
 *   npm run bench:corpus -- --n 100 [--seed 1] [--out .bench/corpus-100] [--traditional 0.15]
 *   npm run build:content -- --seeds .bench/corpus-100 --out .bench/content-100
 */
import { parseArgs } from 'node:util';
import { generateCorpus } from './synthetic-corpus.ts';
import { CORPUS_DEFAULTS } from './corpus-defaults.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    seed: { type: 'string', default: String(CORPUS_DEFAULTS.seed) },
    out: { type: 'string' },
    traditional: { type: 'string', default: String(CORPUS_DEFAULTS.traditionalShare) },
  },
});
const size = Number(values.n);
if (!Number.isInteger(size) || size < 1) {
  console.error('Say how many plans: npm run bench:corpus -- --n 100');
  process.exit(1);
}
const summary = generateCorpus({
  ...CORPUS_DEFAULTS,
  size,
  seed: Number(values.seed),
  traditionalShare: Number(values.traditional),
  outDir: values.out ?? `.bench/corpus-${size}`,
});
console.log(`corpus: ${summary.plans} plans (${summary.traditional} Traditional) in ${summary.cities} cities, ${summary.taskSlots} task slots → ${summary.dir}/`);

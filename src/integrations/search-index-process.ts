/**
 * The search index, written in a process of its own (see writeSearchIndexApart in
 * search-index.ts): `node search-index-process.ts <dist> <cache folder or ''> [--force]`, forked
 * with an IPC channel, over which it tells its progress and its result or error.
 */
import { writeSearchIndex, type IndexMessage } from './search-index.ts';

function tell(message: IndexMessage): Promise<void> {
  return new Promise((resolve) => {
    if (process.send) process.send(message, () => resolve());
    else {
      (message.type === 'error' ? console.error : console.log)(message.type === 'done' ? JSON.stringify(message.result) : message.message);
      resolve();
    }
  });
}

const [outDir, cacheDir, force] = process.argv.slice(2);
if (!outDir) {
  await tell({ type: 'error', message: 'search-index-process.ts needs the output folder as its first argument.' });
  process.exit(2);
}
try {
  const result = await writeSearchIndex(outDir, {
    logger: { info: (message) => void tell({ type: 'log', message }) },
    cacheDir: cacheDir || undefined,
    force: force === '--force',
  });
  await tell({ type: 'done', result });
  process.disconnect?.();
} catch (error) {
  await tell({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  process.disconnect?.();
  process.exitCode = 1;
}

/**
 * The worker thread of backgroundRecompressor (recompress.ts): recompresses the start-up files of
 * each folder it is sent, in order, and answers each with the bytes saved or the error.
 */
import { parentPort } from 'node:worker_threads';
import { recompressStartupFiles } from './recompress.ts';

if (!parentPort) throw new Error('recompress-worker.ts runs as a worker thread of backgroundRecompressor (recompress.ts), not on its own.');
const port = parentPort;
let queue = Promise.resolve();
port.on('message', ({ id, folder }: { id: number; folder: string }) => {
  queue = queue.then(async () => {
    try {
      port.postMessage({ id, saved: await recompressStartupFiles(folder) });
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});

/**
 * Pagefind writes its files gzipped, and its script inflates them in the browser, whatever the
 * host sends. The files every search downloads before its first query — each index's metadata
 * (`pagefind.<hash>.pf_meta`, a list of every page) and the wasm — are written again here with
 * Zopfli, a slower deflate encoder whose output any gzip reader reads. Measured on the largest
 * province of the 1,000-plan corpus: metadata 37.6 → 33.0 KB, wasm 55.4 → 52.8 KB, in about half a
 * second each. Index chunks and fragments, thousands of files fetched a few at a time, stay as
 * Pagefind wrote them (5 % smaller at minutes of build time).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/** Zopfli's passes per file: its default, and past it these files shrink by a few bytes more. */
const ITERATIONS = 15;

/** How the start-up files are recompressed, in the digest of a kept index (kept-index.ts): a change means indexing again. */
export const RECOMPRESSION = `zopfli, ${ITERATIONS} iterations`;

/** The files of an index folder that are fetched before any query. */
const STARTUP_FILE = /^(pagefind\.[\w-]+\.pf_meta|wasm\.[\w-]+\.pagefind)$/;

/**
 * The same bytes gzipped with Zopfli, or the input when that is not smaller. Throws when the input
 * is not gzip, or when the new stream does not inflate to the same bytes.
 * @example (await recompressGzip(gzipSync(data))).length <= gzipSync(data).length // true
 */
export async function recompressGzip(gzipped: Uint8Array, what = 'input'): Promise<Uint8Array> {
  let raw: Buffer;
  try {
    raw = gunzipSync(gzipped);
  } catch (error) {
    throw new Error(`${what} is not gzip as Pagefind writes it (${(error as Error).message}); it was left as it is and the search index is incomplete.`);
  }
  const smaller = await gzipAsync(raw, { numiterations: ITERATIONS });
  if (!gunzipSync(smaller).equals(raw)) throw new Error(`Zopfli's stream for ${what} does not inflate to the bytes Pagefind wrote; the search index is incomplete.`);
  return smaller.length < gzipped.length ? smaller : gzipped;
}

/** Rewrites the start-up files of one index folder; returns the bytes saved. */
export async function recompressStartupFiles(folder: string): Promise<number> {
  let saved = 0;
  for (const name of readdirSync(folder).filter((n) => STARTUP_FILE.test(n))) {
    const path = join(folder, name);
    const before = readFileSync(path);
    const after = await recompressGzip(before, path);
    if (after !== before) writeFileSync(path, after);
    saved += before.length - after.length;
  }
  return saved;
}

/** Recompression beside other work: see backgroundRecompressor. */
export interface BackgroundRecompressor {
  /** Queues a folder's start-up files; resolves to the bytes saved, rejects with what went wrong. */
  recompress(folder: string): Promise<number>;
  /** Stops the worker; what is still queued is abandoned. */
  close(): Promise<void>;
}

/**
 * recompressStartupFiles in a worker thread, one folder after another in the order queued. Zopfli
 * takes one core (19 s for the 24 start-up files of the 1,000-plan corpus), and the search index
 * is written by one Pagefind process after another: while the worker recompresses one index's
 * files, the next index is being written.
 * @example const worker = backgroundRecompressor(); const saved = await worker.recompress('dist/pagefind/'); await worker.close();
 */
export function backgroundRecompressor(): BackgroundRecompressor {
  const worker = new Worker(new URL('./recompress-worker.ts', import.meta.url));
  const waiting = new Map<number, { folder: string; resolve: (saved: number) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  let next = 0;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { folder, reject } of waiting.values()) reject(new Error(`The start-up files of ${folder} were not recompressed: ${error.message}`));
    waiting.clear();
  };
  worker.on('message', ({ id, saved, error }: { id: number; saved?: number; error?: string }) => {
    const job = waiting.get(id);
    if (!job) return;
    waiting.delete(id);
    if (error !== undefined) job.reject(new Error(error));
    else job.resolve(saved ?? 0);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the recompression worker ended (exit code ${code}) with folders still queued`)));
  return {
    recompress(folder) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { folder, resolve, reject });
        worker.postMessage({ id, folder });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

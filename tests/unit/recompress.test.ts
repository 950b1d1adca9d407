import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { backgroundRecompressor, recompressGzip, recompressStartupFiles } from '../../src/integrations/recompress.ts';

/** Bytes shaped like Pagefind's metadata: a signature, then page hashes and word counts. */
function metaLike(pages: number): Buffer {
  const parts = [Buffer.from('pagefind_dcd')];
  for (let i = 0; i < pages; i++) {
    const hash = ((i * 2654435761) >>> 0).toString(16).padStart(8, '0').slice(0, 7);
    parts.push(Buffer.from([0x83, 0x6a]), Buffer.from(`zh_${hash}`), Buffer.from([0x19, (i * 7) % 256, 0x60]));
  }
  return Buffer.concat(parts);
}

describe('recompressing Pagefind start-up files', () => {
  it('writes a smaller gzip stream that inflates to the same bytes', async () => {
    const raw = metaLike(3000);
    const pagefindLike = gzipSync(raw, { level: 9 });
    const smaller = await recompressGzip(pagefindLike);
    expect(smaller.length).toBeLessThan(pagefindLike.length);
    expect(gunzipSync(smaller).equals(raw)).toBe(true);
  });

  it('names the file that is not gzip', async () => {
    await expect(recompressGzip(Buffer.from('pagefind_dcd not gzipped'), 'dist/pagefind/pagefind.zh_1.pf_meta')).rejects.toThrow(/pagefind\.zh_1\.pf_meta is not gzip/);
  });

  it('rewrites the metadata and wasm of a folder and leaves chunks and fragments alone', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'recompress-'));
    const meta = gzipSync(metaLike(2000), { level: 9 });
    const chunk = gzipSync(metaLike(500), { level: 9 });
    writeFileSync(join(folder, 'pagefind.zh_abc123.pf_meta'), meta);
    writeFileSync(join(folder, 'zh_def456.pf_index'), chunk);
    const saved = await recompressStartupFiles(folder);
    const written = readFileSync(join(folder, 'pagefind.zh_abc123.pf_meta'));
    expect(saved).toBe(meta.length - written.length);
    expect(saved).toBeGreaterThan(0);
    expect(gunzipSync(written).equals(metaLike(2000))).toBe(true);
    expect(readFileSync(join(folder, 'zh_def456.pf_index')).equals(chunk)).toBe(true);
  });

  it('recompresses folders in a worker thread, in the order queued, and names a file it cannot read', async () => {
    const folders = [1500, 2500].map((pages) => {
      const folder = mkdtempSync(join(tmpdir(), 'recompress-'));
      writeFileSync(join(folder, 'pagefind.zh_abc123.pf_meta'), gzipSync(metaLike(pages), { level: 9 }));
      return folder;
    });
    const broken = mkdtempSync(join(tmpdir(), 'recompress-'));
    writeFileSync(join(broken, 'pagefind.zh_bad.pf_meta'), 'pagefind_dcd not gzipped');
    const worker = backgroundRecompressor();
    try {
      const jobs = [...folders, broken].map((folder) => worker.recompress(folder));
      jobs[2].catch(() => {});
      const saved = await Promise.all(jobs.slice(0, 2));
      for (const [i, folder] of folders.entries()) {
        const written = readFileSync(join(folder, 'pagefind.zh_abc123.pf_meta'));
        expect(saved[i]).toBe(gzipSync(metaLike([1500, 2500][i]), { level: 9 }).length - written.length);
        expect(saved[i]).toBeGreaterThan(0);
        expect(gunzipSync(written).equals(metaLike([1500, 2500][i]))).toBe(true);
      }
      await expect(jobs[2]).rejects.toThrow(/pagefind\.zh_bad\.pf_meta is not gzip/);
    } finally {
      await worker.close();
    }
  });
});

/** The search index the build wrote to dist/pagefind/: one language, every record, Chinese segmented into words, small chunks. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/search/records.ts';
import { seedModel } from '../helpers/seeds.ts';
import { DIST } from '../helpers/static-server.ts';

const PAGEFIND = `${DIST}pagefind/`;

/** A fragment as Pagefind stores it: gzipped, a signature, then JSON. */
function fragments(): { url: string; content: string; meta: Record<string, string> }[] {
  return readdirSync(`${PAGEFIND}fragment/`).map((file) => {
    const text = gunzipSync(readFileSync(`${PAGEFIND}fragment/${file}`)).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{')));
  });
}

describe('the search index', () => {
  it('holds every record, in one language (zh) for both scripts', () => {
    const entry = JSON.parse(readFileSync(`${PAGEFIND}pagefind-entry.json`, 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh']);
    expect(entry.languages.zh.page_count).toBe(searchRecords(seedModel()).length);
    expect(new Set(fragments().map((f) => f.url))).toEqual(new Set(searchRecords(seedModel()).map((r) => r.url)));
  });

  it('was segmented into Chinese words by Pagefind’s extended binary', () => {
    const task = fragments().find((f) => f.url === '/policies/hangzhou-2023/2-2-8/')!;
    // The extended binary stores a zero-width space between the words it found.
    expect(task.content).toContain('知识\u200b产权\u200b金融');
    // 杭州's plan, published in Simplified, is shown in Simplified (src/lib/reading.ts).
    expect(task.meta).toMatchObject({ kind: 'task', lang: 'zh-Hans', name: '加强知识产权金融服务供给' });
  });

  it('is cut into small chunks, so that a query fetches only a few kilobytes of it', () => {
    const chunks = readdirSync(`${PAGEFIND}index/`).map((f) => statSync(`${PAGEFIND}index/${f}`).size);
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks)).toBeLessThan(12_000);
  });
});

/**
 * The search index in parts. Pagefind's indexer holds everything it indexes in memory until it
 * writes the index: at Pagefind 1.6 about 350 bytes per character of record text, and a few tens
 * of kilobytes per record for its metadata, so 1,000 plans (72,854 records) peaked at 5.9 GB in one
 * process. A library that large is indexed in parts, one Pagefind process after another, each part
 * a bundle of its own; the search page opens the first and merges the others into it (Pagefind's
 * `mergeIndex`), which shares one wasm and ranks all results together.
 *
 * A record's part follows from its URL alone, so records fall into parts evenly and at random, and
 * each part's word statistics — which Pagefind's ranking reads per part — are those of the whole.
 */
import { createHash } from 'node:crypto';
import type { SearchRecord } from './records.ts';

/**
 * What one part may hold, in characters of record text plus RECORD_CHARACTERS per record. A
 * fifth of the 1,000-plan library, 3.3 million, peaked at 1.17 GB in Pagefind's indexer; 3.5
 * million keeps a part under about 1.3 GB. `SEARCH_PART_CHARACTERS` sets another limit: lower
 * for a machine with less memory, higher for fewer parts (a lighter search) on one with more.
 */
export const PART_CHARACTERS = 3_500_000;

/** A record's own cost in characters, beside its text: the metadata and filters Pagefind also indexes. */
export const RECORD_CHARACTERS = 75;

/** The limit per part in force: PART_CHARACTERS, or `SEARCH_PART_CHARACTERS` when set. */
export function partCharacters(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SEARCH_PART_CHARACTERS;
  if (raw === undefined || raw === '') return PART_CHARACTERS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1000) {
    throw new Error(`SEARCH_PART_CHARACTERS is "${raw}"; expected a whole number of characters per search index part, at least 1000 (default ${PART_CHARACTERS}).`);
  }
  return value;
}

/**
 * What a record weighs in its part: its text and its per-record cost.
 * @example recordCharacters({ passages: ['实施专利导航工程。'], indexOnly: [], … }) // 9 + 75
 */
export function recordCharacters(record: Pick<SearchRecord, 'passages' | 'indexOnly'>): number {
  let characters = RECORD_CHARACTERS;
  for (const text of record.passages) characters += text.length;
  for (const text of record.indexOnly) characters += text.length;
  return characters;
}

/**
 * How many parts the records need by weight: one up to the limit, and one more per limit after.
 * @example partsNeeded(searchRecords(model), 3_500_000) // 1 for the four seeds, 5 for 1,000 plans
 */
function partsNeeded(records: readonly Pick<SearchRecord, 'passages' | 'indexOnly'>[], limit: number): number {
  let total = 0;
  for (const record of records) total += recordCharacters(record);
  return Math.max(1, Math.ceil(total / limit));
}

/**
 * The part (0 to parts − 1) a record's URL falls in: the same for the same URL and number of parts.
 * @example partOf('/policies/wuhan-2018/1-2/', 1) // 0
 */
export function partOf(url: string, parts: number): number {
  return parts <= 1 ? 0 : createHash('sha256').update(url).digest().readUInt32BE(0) % parts;
}

/**
 * The records in parts, each by the part its URL falls in, in part order. A part no record falls
 * in is left out (Pagefind writes no index for it, and merging it would fail the search), so the
 * parts are numbered without gaps and the search page needs only their number.
 * @example splitIntoParts(searchRecords(model)).length // 1 for the four seeds, 5 for 1,000 plans
 */
export function splitIntoParts<T extends Pick<SearchRecord, 'url' | 'passages' | 'indexOnly'>>(records: readonly T[], limit = partCharacters()): T[][] {
  const needed = partsNeeded(records, limit);
  const parts: T[][] = Array.from({ length: needed }, () => []);
  for (const record of records) parts[partOf(record.url, needed)].push(record);
  const filled = parts.filter((part) => part.length > 0);
  return filled.length > 0 ? filled : [[]];
}

/**
 * How many parts the search index is in: what the search page merges.
 * @example partCount(searchRecords(model)) // 1 for the four seeds, 5 for 1,000 plans
 */
export function partCount(records: readonly Pick<SearchRecord, 'url' | 'passages' | 'indexOnly'>[], limit = partCharacters()): number {
  return splitIntoParts(records, limit).length;
}

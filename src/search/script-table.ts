/**
 * The Traditional → Simplified table the search page converts queries with: every Traditional
 * character that opencc-js turns into a character the records use, or that the records use
 * themselves. A query character outside the table cannot match anything in either script, so
 * the page needs nothing more, and the table stays a few kilobytes instead of opencc's 100 KB.
 */
import { shadow } from '../pipeline/script.ts';
import type { PolicyModel } from '../pipeline/model.ts';
import type { SearchRecord } from './records.ts';
import { modelSearchLayout } from './scopes.ts';

/** CJK Unified Ideographs and Extension A: every character the plans are written in. */
const CJK_RANGES: readonly (readonly [number, number])[] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff]];

/**
 * Pairs of characters, Traditional then Simplified, as the search page embeds them.
 * @example simplifiedPairs(records).slice(0, 4) // '並并乾干'
 */
export function simplifiedPairs(records: readonly SearchRecord[]): string {
  const used = new Set<string>();
  for (const record of records) {
    for (const text of [record.title, ...record.names, ...record.passages]) {
      for (const char of text) used.add(char);
      for (const char of shadow(text)) used.add(char);
    }
  }
  let pairs = '';
  for (const [from, to] of CJK_RANGES) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code);
      const simplified = shadow(char);
      if (simplified !== char && (used.has(simplified) || used.has(char))) pairs += char + simplified;
    }
  }
  return pairs;
}

const pairsOfModel = new WeakMap<PolicyModel, string>();

/** simplifiedPairs over every record of the model's search index, computed once per model: the search page and its table file both read it. */
export function modelSimplifiedPairs(model: PolicyModel): string {
  let pairs = pairsOfModel.get(model);
  if (pairs === undefined) {
    pairs = simplifiedPairs(modelSearchLayout(model).indexes.flatMap((index) => index.records));
    pairsOfModel.set(model, pairs);
  }
  return pairs;
}

import { describe, expect, it } from 'vitest';
import { excerptHtml, literalSpans } from '../../src/client/search/excerpt.ts';
import { compact, decodeCharSet, encodeCharSet, holdsAny, normaliseQuery, queryWords, readTable, toSimplified } from '../../src/client/search/normalise.ts';
import { groupResults, matchOf, topicsIndexWeight, type Candidate } from '../../src/client/search/rank.ts';
import { searchRecords } from '../../src/search/records.ts';
import { simplifiedPairs } from '../../src/search/script-table.ts';
import { seedModel } from '../helpers/seeds.ts';

const records = searchRecords(seedModel());
const table = readTable(simplifiedPairs(records));
// Text in Traditional script, as a plan published in Traditional is indexed and excerpted.
const hangzhou = seedModel().tasks.find((t) => t.url === '/policies/hangzhou-2023/2-2-8/')!.text.split('\n')[1];

describe('what people type', () => {
  it('becomes Simplified, with full-width brackets folded and spaces trimmed', () => {
    expect(normaliseQuery('  市市場監管局（知識產權局） ', table)).toBe('市市场监管局(知识产权局)');
    expect(normaliseQuery('每萬人口　高價值', table)).toBe('每万人口 高价值');
    expect(normaliseQuery('２亿元', table)).toBe('2亿元');
  });

  it('loses its quote marks, since a quoted phrase is searched as its words', () => {
    expect(normaliseQuery('“知识产权白皮书”', table)).toBe('知识产权白皮书');
    expect(normaliseQuery('"专利导航"', table)).toBe('专利导航');
  });

  it('is split into words as the browser splits it for Pagefind', () => {
    expect(queryWords('专利导航 武汉')).toEqual(['专利', '导航', '武汉']);
  });

  it('compares without brackets, punctuation or script, keeping offsets into the original', () => {
    expect(compact('市科技局〈市知識產權局〉', table).text).toBe('市科技局市知识产权局');
    expect(compact('A（b）', table)).toEqual({ text: 'ab', offsets: [0, 2] });
    expect(toSimplified('質押融資', table)).toBe('质押融资');
  });
});

describe('the Traditional characters the search page embeds', () => {
  const traditional = [...table.keys()];

  it('come back from their short code exactly, and the code is ASCII and shorter than the characters', () => {
    const code = encodeCharSet(traditional);
    expect(decodeCharSet(code)).toEqual(new Set(traditional));
    expect(code).toMatch(/^[\w-]+$/);
    expect(code.length).toBeLessThan(traditional.join('').length * 2);
    expect(decodeCharSet(encodeCharSet(['𠀀', '一', '一']))).toEqual(new Set(['一', '𠀀']));
    expect(encodeCharSet([])).toBe('');
  });

  it('tell a query that needs the table from one that does not, after folding as queries are folded', () => {
    const set = decodeCharSet(encodeCharSet(traditional));
    expect(holdsAny('質押融資', set)).toBe(true);
    expect(holdsAny(hangzhou, set)).toBe(true);
    expect(holdsAny('每万人口高价值发明专利拥有量', set)).toBe(false);
    expect(holdsAny('市科技局 2.5万件', set)).toBe(false);
  });

  it('are refused, with the reason, when the code is not one encodeCharSet writes', () => {
    expect(() => decodeCharSet('ab!')).toThrow(/"!", which is not one of its 64 digits/);
    expect(() => decodeCharSet('0Z')).toThrow(/ends in the middle of a number/);
  });
});

describe('excerpts', () => {
  it('find a Simplified query in Traditional text and mark the Traditional characters', () => {
    const at = literalSpans(hangzhou, '质押贷款', table)[0];
    expect(hangzhou.slice(at.start, at.end)).toBe('質押貸款');
    expect(excerptHtml(hangzhou, '专利执行险', queryWords('专利执行险'), table)).toContain('<mark>專利執行險</mark>');
  });

  it('mark each word where the query does not occur whole, and say where text was cut', () => {
    const html = excerptHtml(hangzhou, '保险 证券化', ['保险', '证券化'], table, 40);
    expect(html).toMatch(/<mark>證券化<\/mark>/);
    expect(html.endsWith('…')).toBe(true);
  });

  it('escape the text they show', () => {
    expect(excerptHtml('a<b>专利</b>', '专利', ['专利'], table)).toBe('a&lt;b&gt;<mark>专利</mark>&lt;/b&gt;');
  });

  it('mark the match after characters beyond the Basic Multilingual Plane (two UTF-16 units each)', () => {
    expect(excerptHtml('𠮷𠮷野家的专利导航', '专利导航', ['专利', '导航'], table)).toBe('𠮷𠮷野家的<mark>专利导航</mark>');
  });
});

describe('ranking', () => {
  const candidate = (names: string[], text = ''): Candidate => ({ kind: 'department', rank: 0, names, text });

  it('calls a unit an exact match whatever brackets the query uses', () => {
    const wuhan = candidate(['市科技局', '武汉市科技局', '市科技局〈市知识产权局〉', '市知识产权局']);
    expect(matchOf(wuhan, '市科技局(市知识产权局)', queryWords('市科技局(市知识产权局)'), table)).toBe('exact');
    expect(matchOf(wuhan, '科技局', ['科技局'], table)).toBe('name');
  });

  it('does not call a short word inside a long name a name match', () => {
    const indicator = candidate(['涉外专利申请量'], '涉外专利申请量突破2000件。');
    expect(matchOf(indicator, '专利', ['专利'], table)).toBe('literal');
  });

  it('tells a literal match in the text from one that only has every word, and from a partial one', () => {
    const task = candidate(['加強知識產權金融服務供給'], hangzhou);
    expect(matchOf(task, '质押贷款', ['质押', '贷款'], table)).toBe('literal');
    expect(matchOf(task, '保险 证券化', ['保险', '证券化'], table)).toBe('words');
    expect(matchOf(task, '质押 导航', ['质押', '导航'], table)).toBe('partial');
  });

  it('groups by kind, tasks first, unless another kind names the query better', () => {
    const results = [
      { kind: 'task' as const, rank: 0, match: 'literal' as const },
      { kind: 'department' as const, rank: 1, match: 'exact' as const },
      { kind: 'task' as const, rank: 2, match: 'name' as const },
      { kind: 'topic' as const, rank: 3, match: 'name' as const },
    ];
    expect(groupResults(results).map((g) => [g.kind, g.items.map((i) => i.rank)])).toEqual([['department', [1]], ['task', [2, 0]], ['topic', [3]]]);
    expect(groupResults(results.filter((r) => r.kind !== 'department')).map((g) => g.kind)).toEqual(['task', 'topic']);
  });

  it('puts the tasks of a theme before the indicators named after it, unless an indicator’s whole name is typed', () => {
    const theme = [
      { kind: 'indicator' as const, rank: 0, match: 'name' as const },
      { kind: 'task' as const, rank: 1, match: 'literal' as const },
    ];
    expect(groupResults(theme).map((g) => g.kind)).toEqual(['task', 'indicator']);
    expect(groupResults([{ ...theme[0], match: 'exact' as const }, theme[1]]).map((g) => g.kind)).toEqual(['indicator', 'task']);
  });

  it('puts a topic whose name is typed whole before indicators and units of the same name', () => {
    const named = [
      { kind: 'indicator' as const, rank: 0, match: 'exact' as const },
      { kind: 'department' as const, rank: 1, match: 'exact' as const },
      { kind: 'topic' as const, rank: 2, match: 'exact' as const },
    ];
    expect(groupResults(named).map((g) => g.kind)).toEqual(['topic', 'department', 'indicator']);
    expect(groupResults(named.map((r) => r.kind === 'topic' ? { ...r, match: 'name' as const } : r)).map((g) => g.kind)).toEqual(['department', 'indicator', 'topic']);
  });
});

describe('the topics’ index beside a province’s', () => {
  /** Pagefind's IDF (BM25) of a word on `n` of `pages` pages. */
  const idf = (pages: number, n: number) => Math.log(1 + (pages - n + 0.5) / (n + 0.5));

  it('scales a word on one topic to score as a word on one page of the indexes searched', () => {
    for (const [topics, perIndex] of [[15, 982], [15, 4650], [3, 120]]) {
      expect(idf(topics, 1) * topicsIndexWeight(topics, perIndex)).toBeCloseTo(idf(perIndex, 1), 9);
    }
    expect(topicsIndexWeight(15, 982)).toBeCloseTo(2.74, 2);
  });

  it('weighs more as the indexes searched grow, and leaves an index no larger than the topics’ as it is', () => {
    const weights = [100, 1000, 10000].map((n) => topicsIndexWeight(15, n));
    expect(weights).toEqual([...weights].sort((a, b) => a - b));
    expect(weights[0]).toBeGreaterThan(1);
    expect(topicsIndexWeight(15, 15)).toBe(1);
    expect(topicsIndexWeight(15, 10)).toBe(1);
    expect(topicsIndexWeight(0, 1000)).toBe(1);
  });
});

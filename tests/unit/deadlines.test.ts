/** Deadlines as plans write them, kept as written and normalised where they are a date. */
import { describe, expect, it } from 'vitest';
import { deadlineOf } from '../../src/pipeline/extract/deadlines.ts';
import { scorePlan } from '../../scripts/genre/score.ts';

describe('deadlineOf', () => {
  it.each([
    ['2026年6月底前', 'date', '2026-06-30'],
    ['2026年6月底前完成', 'date', '2026-06-30'],
    ['2025年12月底前', 'date', '2025-12-31'],
    ['2025年底前', 'date', '2025-12-31'],
    ['2024年2月底前', 'date', '2024-02-29'],
    ['2025年上半年', 'date', '2025-06-30'],
    ['2025年三季度', 'date', '2025-09-30'],
    ['2026年9月15日前', 'date', '2026-09-15'],
    ['每年12月底前', 'recurring', null],
    ['每半年报送一次', 'recurring', null],
    ['长期坚持', 'ongoing', null],
    ['持续推进', 'ongoing', null],
    ['秋季学期开学前', 'text', null],
  ])('reads %s as %s %s', (text, kind, date) => {
    expect(deadlineOf(text)).toEqual({ text, kind, date });
  });
});

describe('deadlines of a plan', () => {
  it('come from inline notes, labelled lines and annex columns, each with its kind', () => {
    const web = scorePlan(new URL('../genre-plans/web-copy-deadlines', import.meta.url).pathname, 'web-copy-deadlines').model;
    const kinds = new Set(web.tasks.flatMap((t) => (t.deadline ? [t.deadline.kind] : [])));
    expect([...kinds].sort()).toEqual(['date', 'ongoing', 'recurring']);
    const annex = scorePlan(new URL('../genre-plans/annex-table', import.meta.url).pathname, 'annex-table').model;
    expect(annex.tasks.map((t) => t.deadline?.date ?? t.deadline?.kind)).toContain('2026-06-30');
    expect(annex.tasks.map((t) => t.deadline?.kind)).toContain('ongoing');
  });
});

import { describe, expect, it } from 'vitest';
import { pageSourceText, textCoverage } from '../../src/checks/text-coverage.ts';

const page = (inner: string) => `<!doctype html><html><body><h1>不算</h1><article class="plan-text">${inner}</article></body></html>`;

describe('text coverage', () => {
  it('reads only the source region of a page, leaving annotations out', () => {
    expect(pageSourceText(page('<p>甲<del data-annotation="">乙</del>丙 <span data-annotation="">（注）</span></p>'))).toBe('甲丙');
  });

  it('counts a body shown whole, in order, as 100% with nothing extra', () => {
    const body = [{ line: 3, text: '  一、总体要求' }, { line: 4, text: '|' }, { line: 5, text: '甲 乙' }];
    expect(textCoverage(body, page('<h2>一、总体要求</h2><p>甲乙</p>'))).toEqual({ total: 8, found: 8, extra: 0 });
  });

  it('names the line and column of the first character a page does not show', () => {
    const body = [{ line: 7, text: '甲乙' }, { line: 9, text: '丙丁戊' }];
    expect(textCoverage(body, page('<p>甲乙</p><p>丙戊</p>'))).toEqual({
      total: 5, found: 4, extra: 0, firstMissing: { line: 9, column: 2, context: '丁戊' },
    });
  });

  it('counts unmarked text the site added as extra', () => {
    expect(textCoverage([{ line: 1, text: '甲' }], page('<p>甲（本站注）</p>')).extra).toBe(5);
  });
});

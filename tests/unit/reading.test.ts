import { describe, expect, it } from 'vitest';
import { readingOf, readingView, sourceViewUrl } from '../../src/lib/reading.ts';

const plan = (script: 'zh-Hans' | 'zh-Hant', publishedScript: 'zh-Hans' | 'zh-Hant') => ({ script, publishedScript, url: '/policies/p/' });

describe('the script a plan is read in', () => {
  it('is Simplified for a Traditional transcription of a plan published in Simplified, converted', () => {
    const reading = readingOf(plan('zh-Hant', 'zh-Hans'));
    expect(reading).toMatchObject({ lang: 'zh-Hans', converted: true });
    expect(reading.text('杭州市知識產權局')).toBe('杭州市知识产权局');
    expect(readingView(plan('zh-Hant', 'zh-Hans'))).toBe('simplified');
    expect(sourceViewUrl(plan('zh-Hant', 'zh-Hans'))).toBe('/policies/p/zh-hant/');
  });

  it('is Traditional, as received, for a plan published in Traditional', () => {
    const reading = readingOf(plan('zh-Hant', 'zh-Hant'));
    expect(reading).toMatchObject({ lang: 'zh-Hant', converted: false });
    expect(reading.text('知識產權')).toBe('知識產權');
    expect(sourceViewUrl(plan('zh-Hant', 'zh-Hant'))).toBe('/policies/p/');
  });

  it('is the text as received for a Simplified copy, whatever the original’s script (nothing converts to Traditional)', () => {
    for (const published of ['zh-Hans', 'zh-Hant'] as const) {
      const reading = readingOf(plan('zh-Hans', published));
      expect(reading).toMatchObject({ lang: 'zh-Hans', converted: false });
      expect(reading.text('知识产权')).toBe('知识产权');
      expect(readingView(plan('zh-Hans', published))).toBe('source');
    }
  });
});

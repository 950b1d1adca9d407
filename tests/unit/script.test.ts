import { describe, expect, it } from 'vitest';
import { scriptOf, shadow, simplify } from '../../src/pipeline/script.ts';
import { seedModel } from '../helpers/seeds.ts';

const model = seedModel();

describe('simplify and shadow', () => {
  it('give the Simplified form of Hangzhou’s name for its market regulation bureau', () => {
    expect(simplify('市市場監管局')).toBe('市市场监管局');
    expect(shadow('負責牽頭')).toBe('负责牵头');
  });

  it('shadow keeps every offset: astral characters, lone surrogates and unconverted text stay where they were', () => {
    const text = '𠀀負責\ud800牽頭𩸽ABC\udc00市場';
    const byCodePoint = [...text].map((c) => { const s = simplify(c); return s.length === c.length ? s : c; }).join('');
    expect(shadow(text)).toBe(byCodePoint);
    expect(shadow(text)).toHaveLength(text.length);
    expect(shadow(text).indexOf('牵头')).toBe(text.indexOf('牽頭'));
    const plain = '市市场监管局牵头';
    expect(shadow(plain)).toBe(plain);
  });
});

describe('scriptOf', () => {
  it('reads a name in Traditional script as zh-Hant, and a Simplified or neutral one as zh-Hans', () => {
    expect(scriptOf('市市場監管局')).toBe('zh-Hant');
    expect(scriptOf('縣(市)')).toBe('zh-Hant');
    expect(scriptOf('市市场监管局')).toBe('zh-Hans');
    expect(scriptOf('(AIPPI)')).toBe('zh-Hans');
    expect(scriptOf('示范')).toBe('zh-Hans');
  });

  it('reads each unit name as the script of the plan it was written in', () => {
    const hangzhou = model.departments.find((d) => d.id === 'hangzhou-shi-shi-chang-jian-guan-ju')!;
    expect(hangzhou.aliases.map(scriptOf)).toContain('zh-Hant');
    for (const d of model.departments.filter((u) => u.cityId !== 'hangzhou')) {
      expect({ id: d.id, scripts: [d.name, ...d.aliases].map(scriptOf) }).toEqual({ id: d.id, scripts: [d.name, ...d.aliases].map(() => 'zh-Hans') });
    }
  });
});

describe('Hong Kong and Taiwan forms', () => {
  it('fold to Simplified like the others, and leave Simplified text alone', () => {
    expect(simplify('衞生健康委員會綫上麪')).toBe('卫生健康委员会线上面');
    expect(shadow('市衞生健康委')).toBe('市卫生健康委');
    expect(simplify('显著提升')).toBe('显著提升');
  });
});

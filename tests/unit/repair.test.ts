import { describe, expect, it } from 'vitest';
import { EditedLine } from '../../src/pipeline/repair/line-edits.ts';
import { mojibake } from '../../src/pipeline/repair/mojibake.ts';
import { repairKinds } from '../../src/pipeline/repair/index.ts';
import { repairSchema } from '../../src/pipeline/model.ts';
import { repairedSeed, seedLines, seedModel } from '../helpers/seeds.ts';

const hangzhou = repairedSeed('hangzhou-2023');
const line = (text: { lines: EditedLine[] }, n: number) => text.lines.find((l) => l.number === n)!.text.trim();
const body = (text: { lines: EditedLine[] }) => text.lines.map((l) => l.text).join('\n');

describe('Hangzhou: pinyin a converter added', () => {
  it('is removed after every character it followed (184 places)', () => {
    expect(hangzhou.repairs.filter((r) => r.kind === 'pinyin')).toHaveLength(184);
    expect(body(hangzhou)).not.toMatch(/[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/);
    expect(line(hangzhou, 1)).toBe('各區、縣(市)人民政府,市政府各部門、各直屬單位:');
  });

  it('keeps the document’s own brackets: 縣(市), (AIPPI), (商會), (浙江)', () => {
    expect(body(hangzhou)).toContain('區、縣(市)建立國家級快速維權援助中心');
    expect(body(hangzhou)).toContain('國際保護知識產權協會(AIPPI)世界知識產權大會');
    expect(body(hangzhou)).toContain('發揮行業協會(商會)等社會組織');
    expect(body(hangzhou)).toContain('中國(浙江)人工智能產業知識產權運營中心');
  });

  it('records each removal with its line and column in the file received', () => {
    expect(hangzhou.repairs.find((r) => r.kind === 'pinyin')).toEqual({
      doc: 'hangzhou-2023', line: 1, column: 3, kind: 'pinyin', before: '(qū)', after: '', at: { line: 1, start: 2, end: 2 },
    });
    expect(seedLines('hangzhou-2023', 1).slice(2, 6)).toBe('(qū)');
  });
});

describe('Hangzhou: the three mojibake lines', () => {
  it.each([
    [9, '（此件公開發布)'],
    [23, '（一）強化要素配置，形成高質量創造導向。'],
    [33, '（二）強化運營轉化,提升高效益運用能級。'],
  ])('decodes line %i back to its true text', (n, expected) => {
    expect(line(hangzhou, n)).toBe(expected);
    const record = hangzhou.repairs.find((r) => r.kind === 'mojibake' && r.line === n)!;
    expect(record.column).toBe(2);
    expect(record.before.startsWith('?')).toBe(true);
    expect(record.note).toBe('补回丢失的首字节 0xA1，按 GBK 重新解码。');
    const text = hangzhou.lines.find((l) => l.number === n)!.text;
    expect(text.slice(record.at!.start, record.at!.end)).toBe(record.after);
  });

  it('leaves no private-use character anywhere', () => {
    expect(body(hangzhou)).not.toMatch(/[\uE000-\uF8FF]/);
  });

  it('warns, and changes nothing, when garbled text has no lost byte before it', () => {
    const warnings: string[] = [];
    const edits = mojibake.edits('強化\uE480\uE0A6要素', { warn: (ruleId) => warnings.push(ruleId) });
    expect(edits).toEqual([]);
    expect(warnings).toEqual(['mojibake-unrepaired']);
  });
});

describe('Hangzhou: the figure 2。5萬件', () => {
  it('is restored to 2.5萬件', () => {
    expect(line(hangzhou, 19)).toContain('知識產權許可備案和轉讓數量達到2.5萬件');
    expect(hangzhou.repairs.filter((r) => r.kind === 'decimal-point')).toEqual([
      expect.objectContaining({ line: 19, before: '。', after: '.' }),
    ]);
  });

  it('knows where the restored point lies in the repaired line', () => {
    const [record] = hangzhou.repairs.filter((r) => r.kind === 'decimal-point');
    const text = hangzhou.lines.find((l) => l.number === 19)!.text;
    expect(text.slice(record.at!.start - 1, record.at!.end + 3)).toBe('2.5萬件');
  });

  it('leaves full stops that end a sentence alone', () => {
    expect(line(hangzhou, 19)).toContain('前列。到2025年');
  });
});

describe('Wuhan: the web page around the plan', () => {
  const wuhan = repairedSeed('wuhan-2018');

  it('sets the header and footer aside as chrome, line by line', () => {
    expect(wuhan.chrome.map((l) => l.number)).toEqual([1, 4, ...Array.from({ length: 14 }, (_, i) => 84 + i)]);
    expect(body(wuhan)).not.toMatch(/Copyright|上一篇|下一篇|字体显示|联系电话|关注官方微信|\.pdf|标准规范/);
    expect(wuhan.repairs.filter((r) => r.kind === 'web-chrome')).toHaveLength(9);
  });

  it('keeps the source site and repost date as metadata', () => {
    expect(wuhan.provenance).toEqual({ sourceSite: '武汉市软件行业协会', repostDate: '2020-03-09' });
  });

  it('removes the no-break spaces of the empty lines', () => {
    expect(wuhan.lines.filter((l) => l.source === '\u00a0').every((l) => l.text === '')).toBe(true);
  });
});

describe('Kunming: what readers never see', () => {
  const kunming = repairedSeed('kunming-2022');

  it('removes the no-break space after 、 in every section heading', () => {
    expect([23, 37, 57, 69].map((n) => line(kunming, n))).toEqual(['一、工作目标', '二、工作重点', '三、工作进度', '四、工作要求']);
    expect(kunming.repairs.filter((r) => r.kind === 'whitespace')).toHaveLength(4);
  });

  it('keeps the page’s 来源 field as provenance, not text', () => {
    expect(kunming.provenance.sourceSite).toBe('昆明市人民政府办公室');
    expect(body(kunming)).not.toContain('来源');
  });
});

describe('Bozhou: the source’s own oddities', () => {
  const bozhou = repairedSeed('bozhou-draft');

  it('are left as written: no repair at all', () => {
    expect(bozhou.repairs).toEqual([]);
    expect(body(bozhou)).toContain('版权登记数达到?知识产权质押融资总额达到25亿元');
    expect(body(bozhou)).toContain('\n92?\n');
  });
});

describe('what the repairs page says about each kind', () => {
  /** A word of four or more Latin letters: English, not a code like GBK or UTF-8. */
  const ENGLISH = /[A-Za-z]{4,}/;

  it('describes every kind of repair, in the order the build makes them', () => {
    expect(repairKinds.map((k) => k.kind)).toEqual(['encoding', 'web-chrome', 'html-markup', 'mojibake', 'pinyin', 'decimal-point', 'whitespace']);
    expect(new Set(repairKinds.map((k) => k.kind))).toEqual(new Set(repairSchema.shape.kind.options));
  });

  it('says it in Chinese, with quoted snippets kept apart to be set as code, never in backticks', () => {
    for (const { label, description } of repairKinds) {
      expect(label).toMatch(/^[\u4e00-\u9fff]+$/);
      const prose = description.filter((part) => typeof part === 'string').join('');
      expect(prose).toMatch(/[\u4e00-\u9fff]/);
      expect(prose).not.toMatch(ENGLISH);
      expect(prose).not.toContain('`');
    }
    expect(repairKinds.find((k) => k.kind === 'decimal-point')!.description).toContainEqual({ code: '2。5萬件' });
  });

  it('notes every repair of the real seeds in Chinese', () => {
    const notes = seedModel().repairs.flatMap((r) => (r.note ? [r.note] : []));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).not.toMatch(ENGLISH);
  });
});

describe('EditedLine', () => {
  it('maps an offset after several repairs back to the column received', () => {
    const edited = new EditedLine(1, '甲(jiǎ)乙(yǐ)丙');
    edited.apply([{ start: 1, end: 6, text: '' }, { start: 7, end: 11, text: '' }]);
    expect(edited.text).toBe('甲乙丙');
    expect([0, 1, 2].map((o) => edited.toSourceOffset(o))).toEqual([0, 6, 11]);
    edited.apply([{ start: 1, end: 2, text: '二二' }]);
    expect(edited.text).toBe('甲二二丙');
    expect(edited.toSourceOffset(3)).toBe(11);
  });
});

import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../src/pipeline/messages.ts';
import { gbkBytes } from '../../src/pipeline/repair/gbk.ts';
import { readSeed, runOn, seedLines } from '../helpers/seeds.ts';

function failure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof PipelineError) return error.messages[0];
    throw error;
  }
  throw new Error('expected a PipelineError');
}

const kunmingTitle = seedLines('kunming-2022', 18);

describe('read', () => {
  it('numbers lines as in the file received', () => {
    const wuhan = readSeed('wuhan-2018');
    expect(wuhan.lines).toHaveLength(97);
    expect(wuhan.lines[19]).toEqual({ number: 20, text: '武汉市知识产权运营服务体系建设实施方案(2018—2020年)' });
  });

  it('fails on an empty file', () => {
    expect(failure(() => runOn(''))).toMatchObject({ ruleId: 'empty-file', file: 'seeds/snippet.txt' });
  });

  it('fails on a file of white space only', () => {
    expect(failure(() => runOn(' \n\u3000\n'))).toMatchObject({ ruleId: 'empty-file' });
  });

  it('fails on a binary file, naming the byte and its place', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${kunmingTitle}\n一、`), 0x00, 0x01, 0xff]);
    const error = failure(() => runOn(bytes));
    expect(error).toMatchObject({ ruleId: 'binary-file', line: 2, column: 3 }); // after 一、: columns count characters, as an editor does
  });

  it('fails on GBK text with the place of the first bad byte and how to declare or convert it', () => {
    const gbk = [...kunmingTitle].flatMap((c) => gbkBytes(c)!);
    const error = failure(() => runOn(new Uint8Array(gbk)));
    expect(error).toMatchObject({ ruleId: 'not-utf8', line: 1, column: 1 });
    expect(error.fix).toContain('"encoding": "gbk"');
  });

  it('reads GBK text when the catalog declares it, and records the decoding', () => {
    const text = `${kunmingTitle}\n一、工作目标\n`;
    const gbk = new Uint8Array([...text].flatMap((c) => gbkBytes(c)!));
    const model = runOn(gbk, { encoding: 'gbk' });
    expect(model.documents[0].title).toBe(kunmingTitle);
    expect(model.repairs).toContainEqual(expect.objectContaining({ kind: 'encoding', before: 'GBK', after: 'UTF-8' }));
  });

  it('strips a UTF-8 byte-order mark and normalises CRLF, recording both', () => {
    const text = `\uFEFF${kunmingTitle}\r\n一、工作目标\r\n`;
    const model = runOn(text);
    expect(model.documents[0].title).toBe(kunmingTitle);
    expect(model.documents[0].outline.find((n) => n.kind === 'section')?.title).toBe('工作目标');
    expect(model.repairs.map((r) => r.before)).toEqual(['U+FEFF', 'CRLF']);
    expect(model.repairs.map((r) => r.note)).toEqual(['去掉文件开头的字节顺序标记。', '把 2 处回车换行统一为换行。']);
  });
});

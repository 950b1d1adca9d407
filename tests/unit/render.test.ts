import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { renderInline, type Mark } from '../../src/render/inline.ts';
import { BlockWriter, toMdx } from '../../src/render/mdx.ts';
import { mdxToHtml } from '../../src/render/mdx-html.ts';
import { renderContext } from '../../src/render/context.ts';
import { renderOutline, writeOutline } from '../../src/render/outline.ts';
import { taskPageHtml } from '../../src/render/task-page.ts';
import { findNode } from '../../src/pipeline/extract/outline-walk.ts';
import { simplify } from '../../src/pipeline/script.ts';
import { seedModel } from '../helpers/seeds.ts';

const mark = (start: number, end: number, layer: number, tag: string): Mark => ({ start, end, layer, wrap: (c) => h(tag, c) });
const html = (marks: Mark[], text = '甲乙丙丁戊') => toHtml({ type: 'root', children: renderInline(text, marks) });

describe('renderInline', () => {
  it('wraps marked ranges and keeps every character once, in order', () => {
    expect(html([mark(1, 3, 0, 'a')])).toBe('甲<a>乙丙</a>丁戊');
  });

  it('nests an inner mark inside an outer one, and splits one that crosses it', () => {
    expect(html([mark(1, 4, 0, 'a'), mark(2, 3, 1, 'ins')])).toBe('甲<a>乙<ins>丙</ins>丁</a>戊');
    expect(html([mark(0, 2, 0, 'a'), mark(1, 4, 1, 'ins')])).toBe('<a>甲<ins>乙</ins></a><ins>丙丁</ins>戊');
  });

  it('inserts a mark with no width where it stands', () => {
    expect(html([mark(2, 2, 1, 'del'), mark(0, 5, 0, 'a')])).toBe('<a>甲乙<del></del>丙丁戊</a>');
  });
});

describe('toMdx', () => {
  it('keeps source text as text: braces, tags, ESM and markdown syntax are escaped', () => {
    const mdx = toMdx([h('p', { id: 'x' }, '{目标值}<script>alert(1)</script>'), h('p', 'import x from "y"'), h('p', '# 标题')]);
    expect(mdx).toContain('<p id="x">\\{目标值\\}\\<script\\>alert\\(1\\)\\<\\/script\\></p>');
    expect(mdx).toMatch(/^<p>import x from \\"y\\"<\/p>$/m);
    expect(mdx).toMatch(/^<p>\\# 标题<\/p>$/m);
  });

  it('writes frontmatter as JSON, which YAML reads', () => {
    expect(toMdx([h('p', '甲')], { doc: 'a' })).toBe('---\n{\n  "doc": "a"\n}\n---\n\n<p>甲</p>\n');
  });

  it('writes blocks on their own lines, indented in their container and apart by a blank line', () => {
    expect(toMdx([h('section', { id: 's' }, [h('h2', '一'), h('p', '甲')]), h('p', '乙')]))
      .toBe('<section id="s">\n  <h2>一</h2>\n\n  <p>甲</p>\n</section>\n\n<p>乙</p>\n');
  });

  // Each hostile text comes back from MDX as exactly the characters given, in text and in attributes.
  // (White space beside a line break inside a text is the one thing MDX does not keep: its hast step
  // trims it, and HTML shows it as the one space it would collapse to anyway.)
  const hostile = [
    '{目标值}', '<script>alert(1)</script>', 'import x from "y"', 'export const a = 1', '# 标题', '> 引用', '- 列表', '1. 第一',
    '*强调* _下划_ `代码`', '[链接](javascript:alert(1))', '&amp; &#60; &lt;', '\\{反斜杠}', '行一\n行二', '\r回车',
    '  前后空格  ', '\t制表', '<!-- 注释 -->', '===', '| 甲 | 乙 |',
  ];
  it.each(hostile)('reads back %j as given, in a paragraph, standing alone and in an attribute', async (text) => {
    const content = [h('p', { title: text }, text), h('section', [{ type: 'text', value: text }])];
    const back = await mdxToHtml(toMdx(content as never));
    const expected = toHtml([h('p', { title: text }, text), h('section', [h('p', text)])] as never);
    expect(back.replace(/\n(?=<)|(?<=>)\n/g, '')).toBe(expected);
  });
});

describe('renderOutline', () => {
  const model = seedModel();

  it('is written node by node (writeOutline) exactly as the whole tree would be', () => {
    for (const doc of model.documents) {
      const context = renderContext(model, doc.slug);
      const streamed: string[] = [];
      writeOutline(doc.outline, context, { taskLinks: true }, new BlockWriter((chunk) => streamed.push(chunk)));
      expect(streamed.join(''), doc.slug).toBe(toMdx(renderOutline(doc.outline, context, { taskLinks: true })));
    }
  });

  it('renders a task with its id, its label, owners linked by role and a link to its page', () => {
    const doc = model.documents.find((d) => d.slug === 'bozhou-draft')!;
    const out = toHtml(renderOutline([findNode(doc.outline, '2-5')!], renderContext(model, 'bozhou-draft'), { taskLinks: true }));
    expect(out).toMatch(/^<section id="2-5" class="item task"><h3><span class="label">\(五\)<\/span>优化知识产权领域营商环境。/);
    expect(out).toContain('<a class="owner" href="/departments/bozhou-shi-shi-chang-jian-guan-ju/" data-role="lead"');
    expect(out).toContain('<a href="/policies/bozhou-draft/2-5/">任务页：二、(五)</a>');
    expect(out).toContain('<aside id="box-1" class="box" aria-labelledby="box-1-h"><h4 id="box-1-h">');
  });

  it('shows each repaired spot with the text as received beside it', () => {
    const doc = model.documents.find((d) => d.slug === 'hangzhou-2023')!;
    const out = toHtml(renderOutline([findNode(doc.outline, '2-1')!], renderContext(model, 'hangzhou-2023'), { taskLinks: false, headingShift: -1 }));
    expect(out).toContain('<h2><span class="label"><del class="repair-was" data-kind="mojibake" data-annotation="">?。ㄒ唬');
    expect(out).toContain('<ins class="repair" data-kind="mojibake"');
    expect(out).toContain('創<del class="repair-was" data-kind="pinyin" data-annotation="">(chuàng)</del>造');
  });

  it('converts only the source text in a Simplified view, not the text as received', () => {
    const doc = model.documents.find((d) => d.slug === 'hangzhou-2023')!;
    const context = renderContext(model, 'hangzhou-2023', { transform: simplify, lang: 'zh-Hans' });
    const out = toHtml(renderOutline([findNode(doc.outline, '2-1-1')!], context, { taskLinks: false }));
    const text = out.replace(/<del[^>]*>.*?<\/del>/g, '').replace(/<[^>]+>/g, '');
    expect(text).toContain('加强高质量创造政策引导');
    expect(out).toContain('<del class="repair-was" data-kind="pinyin" data-annotation="">(chuàng)</del>');
  });
});

describe('owner summaries', () => {
  const model = seedModel();
  const summary = (slug: string, node: string) => {
    const doc = model.documents.find((d) => d.slug === slug)!;
    const out = toHtml(renderOutline([findNode(doc.outline, node)!], renderContext(model, slug), { taskLinks: true }));
    return /<div class="owners"[^>]*><dl>(.*?)<\/dl>/.exec(out)![1];
  };

  it('show 高新区、经开区管委会 once, as Kunming 2-6 writes it, with a link to each of its two units', () => {
    const owners = summary('kunming-2022', '2-6');
    expect(owners.replace(/<[^>]+>/g, '')).toBe('按职责分工负责市市场监管局、市新闻出版(版权)局、有关县(市)区人民政府、高新区、经开区管委会');
    expect(owners).toContain('<a href="/departments/kunming-gao-xin-qu-guan-wei-hui/" data-role="co" title="昆明市高新区管委会">高新区</a>、'
      + '<a href="/departments/kunming-jing-kai-qu-guan-wei-hui/" data-role="co" title="昆明市经开区管委会">经开区管委会</a>');
  });
});

describe('ids on a page', () => {
  const model = seedModel();
  const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
  const repeated = (list: string[]) => list.filter((id, i) => list.indexOf(id) !== i);

  it('never repeat on a plan page', () => {
    for (const doc of model.documents) {
      expect(repeated(ids(toHtml(renderOutline(doc.outline, renderContext(model, doc.slug), { taskLinks: true })))), doc.slug).toEqual([]);
    }
  });

  it('never repeat on a task page: the other script’s copy of a Traditional task carries none of the reading text’s ids', () => {
    const copies = model.tasks.filter((t) => taskPageHtml(model, t).other !== undefined);
    expect(copies.map((t) => t.doc)).toEqual(Array(20).fill('hangzhou-2023'));
    for (const task of model.tasks) {
      const { reading, other } = taskPageHtml(model, task);
      expect(ids(reading.html)).toContain(task.node);
      expect(ids(other?.html ?? ''), task.id).toEqual([]);
      expect(repeated([...ids(reading.html), ...ids(other?.html ?? '')]), task.id).toEqual([]);
    }
  });

  it('name a box in a copy by its heading’s text, as it has no id to refer to', () => {
    const doc = model.documents.find((d) => d.slug === 'bozhou-draft')!;
    const out = toHtml(renderOutline([findNode(doc.outline, '2-5')!], renderContext(model, 'bozhou-draft'), { taskLinks: false, ids: false }));
    expect(ids(out)).toEqual([]);
    expect(out).toMatch(/<aside class="box" aria-label="专栏1[^"]+"><h4>/);
  });

  it('reads a Traditional transcription of a Simplified plan in Simplified, the transcription as received beside it', () => {
    const { reading, other } = taskPageHtml(model, { doc: 'hangzhou-2023', node: '2-1-1' });
    expect(reading).toMatchObject({ lang: 'zh-Hans', source: false });
    expect(reading.html).toMatch(/^<section id="2-1-1" class="point task"><h2><span class="label">1\.<\/span>加强高质量创/);
    expect(other).toMatchObject({ lang: 'zh-Hant', source: true });
    expect(other!.html).toMatch(/^<section class="point task"><h2><span class="label">1\.<\/span>加強高質量創/);
    expect(other!.html).toContain('<a class="anchor" href="#2-1-1"');
  });
});

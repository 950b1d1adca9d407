import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { renderInline, type Mark } from '../../src/render/inline.ts';
import { toMdx } from '../../src/render/mdx.ts';
import { renderContext } from '../../src/render/context.ts';
import { renderOutline } from '../../src/render/outline.ts';
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
    expect(mdx).toContain('<p id="x">\\{目标值}\\<script>alert(1)\\</script></p>');
    expect(mdx).toMatch(/^<p>import x from "y"<\/p>$/m);
    // Inside an element written on one line, `#` cannot start a heading, so it needs no escape.
    expect(mdx).toMatch(/^<p># 标题<\/p>$/m);
  });

  it('writes frontmatter as JSON, which YAML reads', () => {
    expect(toMdx([h('p', '甲')], { doc: 'a' })).toBe('---\n{\n  "doc": "a"\n}\n---\n\n<p>甲</p>\n');
  });
});

describe('renderOutline', () => {
  const model = seedModel();

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

/**
 * Traditional text is marked as such wherever the site shows it, so that screen readers read it
 * and browsers choose its glyphs as Traditional: a check over every built page, no browser needed.
 */
import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { simplify } from '../../src/pipeline/script.ts';
import { builtPages } from '../helpers/site-files.ts';

const pages = builtPages();
/** A Han character whose Simplified form differs: 場, 監, 區, 縣. */
const traditional = (text: string) => [...text].some((c) => /\p{Script=Han}/u.test(c) && simplify(c) !== c);
const SHOWN_ATTRIBUTES = ['title', 'alt', 'ariaLabel', 'content'];

/** Text and shown attributes holding Traditional characters whose nearest `lang` is not zh-Hant. */
function unmarked(tree: Root): string[] {
  const found: string[] = [];
  const visit = (node: Root | RootContent, lang: string, tag: string) => {
    if (node.type === 'text') {
      if (!lang.startsWith('zh-Hant') && traditional(node.value)) found.push(`<${tag} lang=${lang}>${node.value.trim()}`);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let inner = lang;
    if (node.type === 'element') {
      const element = node as Element;
      if (['script', 'style', 'template'].includes(element.tagName)) return;
      if (typeof element.properties.lang === 'string') inner = element.properties.lang;
      for (const key of SHOWN_ATTRIBUTES) {
        const value = element.properties[key];
        if (typeof value === 'string' && !inner.startsWith('zh-Hant') && traditional(value)) found.push(`<${element.tagName} ${key}="${value}">`);
      }
      tag = element.tagName;
    }
    for (const child of node.children) visit(child, inner, tag);
  };
  visit(tree, '', '');
  return found;
}

describe('Traditional text', () => {
  it('is inside an element with lang="zh-Hant" on every page: aliases such as 市市場監管局, repairs, titles', () => {
    const found = [...pages.values()].flatMap((page) => unmarked(page.tree).map((where) => `${page.path} ${where}`));
    expect(found).toEqual([]);
    expect(pages.has('/departments/hangzhou-shi-shi-chang-jian-guan-ju/')).toBe(true);
  });
});

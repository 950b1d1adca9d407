/**
 * Citations for a memo: the 公文 style used in official letters
 * (`《昆明市国家知识产权强市建设示范城市工作方案（2022—2025年）》二、（三）`) and a GB/T 7714-2015
 * reference to the online text.
 */
import type { PolicyDocument } from '../pipeline/model.ts';
import { simplify } from '../pipeline/script.ts';

/** Half-width brackets to full width, as titles are cited in official writing. */
function fullWidth(text: string): string {
  return text.replace(/\(/g, '（').replace(/\)/g, '）');
}

/**
 * @example officialCitation(kunming, ['二、', '(三)']) // '《昆明市…工作方案（2022—2025年）》二、（三）'
 */
export function officialCitation(doc: PolicyDocument, path: readonly string[] = []): string {
  return `《${fullWidth(simplify(doc.title))}》${fullWidth(path.join(''))}`;
}

/**
 * A GB/T 7714-2015 reference: `责任者. 题名[A/OL]. (发布日期)[引用日期]. 网址.` The 责任者 is the
 * issuer the plan states, never one inferred from its city; a plan that states none (Bozhou's
 * draft) begins with its title, as the standard allows for a work without a known author.
 * @example referenceCitation(wuhan, 'https://…/policies/wuhan-2018/3-1-1/', '2026-11-21')
 * @example referenceCitation(bozhou, 'u', 'd') // '亳州市知识产权强市建设实施方案（征求意见稿）[A/OL]. [d]. u.'
 */
export function referenceCitation(doc: PolicyDocument, url: string, accessed: string): string {
  const author = doc.issuer ? `${simplify(doc.issuer)}. ` : '';
  const published = doc.issued ? `(${doc.issued})` : '';
  const draft = doc.status === 'draft' ? '（征求意见稿）' : '';
  return `${author}${simplify(doc.title)}${draft}[A/OL]. ${published}[${accessed}]. ${url}.`;
}

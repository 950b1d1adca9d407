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

/** What follows a draft's title wherever it is cited, so that a draft is never cited as adopted. */
export const DRAFT_MARK = '（征求意见稿）';

/** The title as cited: Simplified, full-width brackets, and a draft's mark unless the title already carries it. */
function citedTitle(doc: PolicyDocument): string {
  const title = fullWidth(simplify(doc.title));
  return doc.status === 'draft' && !title.includes('征求意见稿') ? `${title}${DRAFT_MARK}` : title;
}

/**
 * The 公文 citation; a draft's title carries （征求意见稿） inside the title marks.
 * @example officialCitation(kunming, ['二、', '(三)']) // '《昆明市…工作方案（2022—2025年）》二、（三）'
 * @example officialCitation(bozhou, ['一、', '（二）']) // '《亳州市知识产权强市建设实施方案（征求意见稿）》一、（二）'
 */
export function officialCitation(doc: PolicyDocument, path: readonly string[] = []): string {
  return `《${citedTitle(doc)}》${fullWidth(path.join(''))}`;
}

/**
 * What a copied link says after the address: nothing for an adopted plan, the draft's mark for a
 * draft, so a link pasted into a memo does not pass a draft off as policy.
 * @example linkNote(bozhou) // ' （征求意见稿）'
 */
export function linkNote(doc: PolicyDocument): string {
  return doc.status === 'draft' ? ` ${DRAFT_MARK}` : '';
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
  const title = simplify(doc.title);
  const draft = doc.status === 'draft' && !title.includes('征求意见稿') ? DRAFT_MARK : '';
  return `${author}${title}${draft}[A/OL]. ${published}[${accessed}]. ${url}.`;
}

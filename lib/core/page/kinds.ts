/**
 * The kinds of page Footnote tells apart (page-kind.ts decides which one a page is). Its own module, with no code,
 * so that the detector catalog, the extension's pages and the content script can name kinds without loading the
 * classifier and its language detection.
 */

export type PageKind =
  | 'news'
  | 'opinion'
  | 'review'
  | 'blog'
  | 'fiction'
  | 'encyclopedia'
  | 'documentation'
  | 'forum'
  | 'product'
  | 'recipe'
  | 'personal'
  | 'other';

/** The kinds whose articles get the journalism flags (quotes, vague attribution, missing references). */
export const JOURNALISM: readonly PageKind[] = ['news', 'opinion', 'review', 'blog'];

export const JOURNALISM_KINDS: ReadonlySet<PageKind> = new Set(JOURNALISM);

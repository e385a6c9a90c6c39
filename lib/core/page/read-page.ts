/**
 * Reads a page into what detectors see: Readability's metadata and the page model (the body's text cut into
 * blocks and links, each marked in or out of the article). One place, for the analysis, the page-kind tool and tests.
 */
import type { ArticleMeta } from '../report';
import { TextIndex } from '../text/text-index';
import { extractArticle } from './extract';
import { buildBlocks, buildLinks, restoreDroppedParagraphs, type PageModel } from './page-model';

export function readPage(doc: Document, url: string, text?: TextIndex): { meta: ArticleMeta; page: PageModel } {
  const root: Node = doc.body ?? doc.documentElement ?? doc;
  const index = text ?? new TextIndex(root);
  const { meta, kept } = extractArticle(doc, index);
  const isKept = (i: number) => kept[i] === 1;
  const blocks = buildBlocks(index, isKept);
  restoreDroppedParagraphs(blocks, index, kept);
  const links = buildLinks(root, index, blocks, url || doc.baseURI || '', isKept);
  const page: PageModel = {
    doc,
    url,
    text: index,
    blocks,
    articleBlocks: blocks.filter((b) => b.inArticle),
    links,
    articleLinks: links.filter((l) => l.inArticle),
  };
  return { meta, page };
}

/**
 * Rule `empty-heading`: a References / Sources / Bibliography / Notes... heading (en, de, fr, es, it, pt) in or
 * right after the article with nothing under it: no link and no citation-like item before the next heading of
 * the same or a higher level, within the heading's own container, and no element a script would fill.
 */
import type { DetectorContext, FlagDraft } from '../detectors/detector';
import { NOTES_HEADINGS } from '../data/organisations';
import { blocksWithLinks, trimmedSpan } from './blocks';
import { hasScriptedContent, referenceSectionAt } from './reference-sections';

/** Headings this many blocks past the article's last block still count as "right after the article". */
const BLOCKS_AFTER_ARTICLE = 3;
/**
 * Share of these flags a reader agrees with: an estimate, not a measurement. None of the 331 read pages had one
 * once script-filled sections are left out; the fixtures and the seed are right, and the known misses (a list in
 * a styled div, a section collapsed behind a button) are rare.
 */
const EMPTY_HEADING_CONFIDENCE = 0.9;

const MESSAGE = 'This heading promises references, but nothing is listed under it: no links and no citations.';
/** A paragraph or list item that reads like a citation: a year in brackets, a DOI, "pp. 4", a URL, a title in quotes. */
const CITATION_LIKE =
  /\((?:1[5-9]|20)\d\d[a-z]?\)|\bdoi\b|\bisbn\b|\bpp?\.\s*\d|\bvol\.\s*\d|\bretrieved\b|\babgerufen\b|\bconsulté\b|\bet al\b|https?:\/\/|\bwww\.|^\s*\[?\d{1,3}[\].)]\s|\bjournal\b|[“"«„][^”"»“]{8,}[”"»“]|\b(?:1[5-9]|20)\d\d\b[^.]*\.\s*\p{Lu}/iu;
/** Under a Notes heading, any text is a note except an invitation to comment or subscribe. */
const NOT_A_NOTE = /\b(?:comment|subscribe|newsletter|share|let us know|we'd love|we’d love|thoughts)\b/i;

export function emptyHeadings(ctx: DetectorContext): FlagDraft[] {
  const { blocks, articleBlocks } = ctx.page;
  if (articleBlocks.length === 0) return [];
  const lastArticle = articleBlocks[articleBlocks.length - 1].index;
  const linkedBlocks = blocksWithLinks(ctx);
  const flags: FlagDraft[] = [];
  for (let i = articleBlocks[0].index; i < blocks.length && i <= lastArticle + BLOCKS_AFTER_ARTICLE; i++) {
    const section = referenceSectionAt(blocks, i);
    if (!section) continue;
    const isNotes = NOTES_HEADINGS.has(section.name);
    let filled = false;
    for (const b of section.body()) {
      if (b.kind === 'heading') continue;
      filled =
        linkedBlocks.has(b.index) ||
        b.kind === 'list-item' ||
        CITATION_LIKE.test(b.text) ||
        (isNotes && b.text.trim().length >= 20 && !NOT_A_NOTE.test(b.text));
      if (filled) break;
    }
    // A list a script renders after load is not empty for the reader who sees the page.
    if (filled || hasScriptedContent(section.heading.el)) continue;
    const span = trimmedSpan(section.heading);
    flags.push({
      rule: 'empty-heading',
      message: MESSAGE,
      confidence: EMPTY_HEADING_CONFIDENCE,
      ...span,
      data: { heading: section.name },
    });
  }
  return flags;
}

/**
 * Rule `no-sources` (info, English): a news, opinion or blog article of 300 words or more that relays documents
 * (studies, surveys, reports, an agency's figures: two sentences or more) and links to none of them, nor to any
 * other site (share buttons, shops, affiliate redirects, shorteners, social profiles, the author's bio links and
 * same-site links do not count). One flag, on the article's first heading or first sentence.
 * Original reporting (a match report, a wire story from the scene, a review, a diary) cites people, not
 * documents: a reader does not expect links there, so an article with no relayed document is left alone.
 */
import { ruleReadsLanguage } from '../detectors/catalog';
import type { DetectorContext, FlagDraft } from '../detectors/detector';
import type { PageKind } from '../page/page-kind';
import { splitSentences } from '../text/sentences';
import { trimmedSpan } from './blocks';
import { linksOutAtAll } from './source-links';
import { reportingSource } from './uncited-figures';

const MIN_WORDS = 300;
/** Relayed documents needed: one "a report found" is often the writer's own aside. */
const MIN_RELAYED = 2;
/** Kinds whose articles are expected to link what they relay; reviews rest on the reviewer's own testing. */
const KINDS: ReadonlySet<PageKind> = new Set(['news', 'opinion', 'blog']);
/** Share of these flags a reader agrees with, measured on read pages (see the detector's doc): shown at "high". */
const NO_SOURCES_CONFIDENCE = 0.6;

const MESSAGE =
  'This article relays studies, reports or official figures but links to no outside source: none can be checked from here.';
/** Cheap test before the sentence work: a word naming a document or a reporting verb. */
const DOCUMENT_HINT =
  /stud|survey|report|poll|research|analys|paper|data|statistic|figures|finding|found|according|estimat/i;
/** A document relayed without figures: "a new study suggests", "according to a report", "research shows". */
const RELAYED_DOCUMENT =
  /\b(?:a|the|new|recent|latest|this|that|their|its)\s+(?:\w+\s+)?(?:study|survey|report|poll|research|analysis|paper|data|statistics|figures|findings)\b[^.;]{0,60}\b(?:found|finds|shows?|showed|suggests?|suggested|revealed|concluded|indicates?|indicated)\b|\baccording\s+to\s+(?:a|the|new|recent|latest)\s+(?:\w+\s+)?(?:study|survey|report|poll|research|analysis|paper|data|statistics|figures)\b|\b(?:research|studies)\s+(?:shows?|suggests?|has\s+shown|have\s+shown|found)\b/i;

export function noSources(ctx: DetectorContext): FlagDraft | null {
  const { meta, page } = ctx;
  if (!ruleReadsLanguage('missing-reference', 'no-sources', ctx.lang)) return null;
  if (!KINDS.has(ctx.profile.kind)) return null;
  if (meta.extractedFrom !== 'readability' || meta.wordCount < MIN_WORDS) return null;
  if (linksOutAtAll(ctx)) return null;
  if (relayedDocuments(ctx) < MIN_RELAYED) return null;
  const anchor = page.articleBlocks.find((b) => b.kind === 'heading' || b.kind === 'paragraph');
  if (!anchor) return null;
  let { start, end } = trimmedSpan(anchor);
  if (anchor.kind === 'paragraph') {
    const first = splitSentences(anchor.text)[0];
    if (first) ({ start, end } = { start: anchor.start + first.start, end: anchor.start + first.end });
  }
  return { rule: 'no-sources', severity: 'info', message: MESSAGE, confidence: NO_SOURCES_CONFIDENCE, start, end };
}

/** Sentences that relay a document (a study's finding, an agency's figures), up to MIN_RELAYED. */
function relayedDocuments(ctx: DetectorContext): number {
  let count = 0;
  for (const block of ctx.page.articleBlocks) {
    if (block.kind === 'heading' || block.kind === 'cell' || !DOCUMENT_HINT.test(block.text)) continue;
    for (const s of splitSentences(block.text)) {
      const text = block.text.slice(s.start, s.end);
      if (!DOCUMENT_HINT.test(text)) continue;
      if (RELAYED_DOCUMENT.test(text) || reportingSource(text)) count++;
      if (count >= MIN_RELAYED) return count;
    }
  }
  return count;
}

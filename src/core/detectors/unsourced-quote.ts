/**
 * `unsourced-quote`: quotations in the article that nobody on the record stands behind. Reads the quotations
 * `extractQuotes` found (src/core/quotes/) and flags two kinds, the flag covering the quoted words:
 * - `anonymous-source`: the only attribution is to unnamed people ("officials said", "a source close to", "experts"),
 *   or a named person's words reach the reader only through them ("Trump was quoted ..., according to former
 *   defense officials").
 * - `no-speaker`: no speaker can be found at all: no speech verb near the quote, no quote just before it to
 *   continue, no one reported as speaking in the sentence or paragraph before. Only for quotes that read as
 *   statements (a capital, five words or more) on English (or unlabelled) pages.
 * A quotation that links to its source or carries a footnote marker ("...”[12]") is not flagged.
 *
 * Known to get wrong: English attribution patterns only (other languages get their quotes extracted with no
 * speaker, and a page without a lang attribute is taken for English); slogans, mottos and signs in quotation marks ("I stand with ...") come out `no-speaker`; a
 * quote introduced only by a preceding sentence without a speech verb ("Her message is simple.") has no speaker;
 * a spokesperson or official who is named elsewhere in the article but described here only by role ("a
 * spokesperson for the camp") counts as anonymous.
 */
import { extractQuotes, type QuoteDraft } from '../quotes/extract-quotes';
import type { Link } from '../page/page-model';
import type { Detector, FlagDraft } from './detector';

/** A footnote marker right after the closing mark ("...,”[12]"): the quote cites its source. */
const FOOTNOTE_AFTER = /^["'”’»」』]?\s*[.,;:]?\s*\[\s*(?:\d+|[a-z])\s*\]/;
/** A quotation worth a `no-speaker` flag reads as a statement: it starts with a capital and has a few words. */
const STATEMENT = /^\s*[\p{Lu}\p{N}]/u;
const MIN_STATEMENT_WORDS = 5;

/** Whether the quote links to its source or carries a footnote: then nobody needs to be named in the text. */
function citesSource(q: QuoteDraft, text: string, links: readonly Link[]): boolean {
  if (FOOTNOTE_AFTER.test(text.slice(q.end, q.end + 12))) return true;
  return links.some((l) => l.start < q.end + 3 && l.end > q.start - 1);
}

export const unsourcedQuote: Detector = {
  id: 'unsourced-quote',
  label: 'Unsourced quotes',
  description: 'Quotations attributed only to unnamed sources, officials or experts, or to nobody at all.',
  severity: 'caution',
  hasSensitivity: false,
  detect(ctx) {
    const flags: FlagDraft[] = [];
    const text = ctx.page.text.text;
    // The attribution patterns are English: elsewhere a missing speaker says more about them than about the page.
    const english = ctx.lang === '' || ctx.lang === 'en';
    for (const q of extractQuotes(ctx)) {
      if (q.attribution === 'named' || citesSource(q, text, ctx.page.articleLinks)) continue;
      if (q.attribution === 'anonymous') {
        const via = q.via ? ` (${q.via})` : '';
        flags.push({
          rule: 'anonymous-source',
          message:
            q.speaker && q.via
              ? `These words are attributed to ${q.speaker}, but only through unnamed sources${via}: nobody on the record vouches for them.`
              : `This quotation comes from an unnamed source${q.speaker ? ` (${q.speaker})` : ''}: nobody on the record stands behind it.`,
          start: q.start,
          end: q.end,
          data: { speaker: q.speaker, via: q.via ?? null },
        });
      } else if (
        english &&
        STATEMENT.test(q.text) &&
        q.text.split(/\s+/).filter(Boolean).length >= MIN_STATEMENT_WORDS
      ) {
        flags.push({
          rule: 'no-speaker',
          severity: 'info',
          message: 'The article does not say who said these words.',
          start: q.start,
          end: q.end,
          data: { speaker: null },
        });
      }
    }
    return flags;
  },
};

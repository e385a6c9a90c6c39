/**
 * `missing-reference`: an article that points at sources it does not give. The registry entry; each rule is its
 * own module under `../references/`:
 * - `empty-heading` (caution): a References / Sources / Bibliography / Notes... heading (en, de, fr, es, it, pt)
 *   in or right after the article with nothing under it (no link, no citation-like item, no list a script fills).
 * - `uncited-figures` (caution, English): a sentence where an organisation ("the CDC") or "a study" reports
 *   figures while nothing points to it (no link in its paragraph or the one before, no citation marker, the body
 *   not named beside a link or in the References), and the body is not the story's subject. Figures a speaker cites
 *   inside a quotation are the quotation's business (`unsourced-quote` asks who said it).
 * - `no-sources` (info, English, news / opinion / blog): an article of 300 words or more that relays two
 *   documents or more (studies, reports, an agency's figures) and links to no other site at all.
 *
 * Confidence (the share of flags a careful reader agreed with on read pages): `uncited-figures` 0.9 with a named
 * body (41/44 on PolNeAR train, 8/9 on dev, 5/5 on the web pages), 0.85 for an unnamed "a study / poll" (12/13,
 * all polls: kept under 0.9, shown at "high"); `no-sources` 0.6, an estimate (no read web page has one since the
 * rule asks for relayed documents; shown at "high"); `empty-heading` 0.9, an estimate (no read page had one).
 *
 * Known to get wrong: organisations are recognised by words like "Bureau" or "Institute" and a list of acronyms,
 * so a company or a person reporting figures passes ("Acme reported a 40% rise") and an unlisted acronym too; a
 * link in the paragraph (or the one before) clears every claim in it, even a link to something else; a body the
 * story is about is recognised by its distinctive words in the title, so one shared word ("Ferry" in a ferry
 * story) silences a right flag; bodies that act rather than publish (police, hospitals, courts, leagues) are never
 * taken for sources, even a police force's published crime statistics; ages and call numbers ("aged 18 to 29",
 * "a 911 call") pass for figures, and "stealing data from the State Department" for a source; `empty-heading` needs real heading elements (or a
 * paragraph that is only bold text), so a references section titled by a styled div is not seen, and an empty
 * box after the heading (an ad slot) is taken for a script-filled list; `no-sources` counts relayed documents
 * with English cue words only, and trusts any link to another site, even one that is not the source; news sites
 * whose saved pages lost their links (plain-text copies) look like articles linking nothing.
 */
import { defineDetector } from './detector';
import { emptyHeadings } from '../references/empty-heading';
import { noSources } from '../references/no-sources';
import { uncitedFigures } from '../references/uncited-figures';

export const missingReference = defineDetector('missing-reference', {
  // No rule reads it, but `no-sources` and unnamed studies carry confidences under 0.9 that only "high" shows.
  detect(ctx) {
    const flags = [...emptyHeadings(ctx), ...uncitedFigures(ctx)];
    const none = noSources(ctx);
    if (none) flags.push(none);
    return flags;
  },
});

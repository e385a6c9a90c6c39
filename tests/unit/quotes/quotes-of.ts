/** Test helpers for the quotation extractor: paragraphs in, quotations out, and who said each. */
import { findQuotes, type QuoteDraft } from '../../../lib/core/quotes/extract-quotes';
import { PeopleIndex } from '../../../lib/core/quotes/people';

/** Runs the extractor over paragraphs laid end to end, one newline apart. */
export function quotesOf(...paragraphs: string[]): QuoteDraft[] {
  return quotesIn(undefined, ...paragraphs);
}

/** The same on a page whose language is `lang` ('en' as the extension reads an English page). */
export function quotesIn(lang: string | undefined, ...paragraphs: string[]): QuoteDraft[] {
  let at = 0;
  return findQuotes(
    paragraphs.map((text) => {
      const p = { text, start: at };
      at += text.length + 1;
      return p;
    }),
    lang,
  );
}

export const who = (q: QuoteDraft) => [q.speaker, q.attribution];

/** A people index over paragraphs laid end to end, one newline apart, as the extractor builds it. */
export function peopleOf(...paragraphs: string[]): PeopleIndex {
  return scanInto(new PeopleIndex(), paragraphs);
}

/** Fills `people` (set up for some page language) from paragraphs laid end to end, one newline apart. */
export function scanInto(people: PeopleIndex, paragraphs: string[]): PeopleIndex {
  let at = 0;
  for (const p of paragraphs) {
    people.scan(p, at);
    at += p.length + 1;
  }
  people.finish();
  return people;
}

/**
 * Joins the pieces of a multi-paragraph quotation into one quote. Newspapers run a long quotation over several
 * paragraphs, each opening with a quotation mark and only the last closing it; quote-marks.ts gives each piece the
 * same run number, and the extractor reads each piece's speaker. A reader (and an annotator) sees one quotation, so
 * the report lists one: from the first piece's first word to the last piece's last word, said by the run's speaker.
 */
import type { QuoteDraft } from './extract-quotes';

/**
 * The quotes with each run of consecutive pieces joined into one. `runs[k]` is the run number of `quotes[k]`;
 * quotes of different runs are never joined, and a run's pieces stay in reading order.
 */
export function joinRuns(quotes: readonly QuoteDraft[], runs: readonly number[]): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (let k = 0; k < quotes.length; k++) {
    let last = k;
    while (last + 1 < quotes.length && runs[last + 1] === runs[k]) last++;
    out.push(last === k ? quotes[k] : joined(quotes.slice(k, last + 1)));
    k = last;
  }
  return out;
}

/** One quote for a run's pieces: its speaker is the first piece's that names one (the run is one person's words). */
function joined(pieces: readonly QuoteDraft[]): QuoteDraft {
  const said = pieces.find((p) => p.attribution !== 'none') ?? pieces[0];
  return {
    start: pieces[0].start,
    end: pieces[pieces.length - 1].end,
    text: pieces.map((p) => p.text).join(' '),
    speaker: said.speaker,
    attribution: said.attribution,
    via: said.via ?? null,
    nameLike: pieces.every((p) => p.nameLike),
  };
}

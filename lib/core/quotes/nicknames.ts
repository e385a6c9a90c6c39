/**
 * Nicknames in quotation marks inside a name (Juan “Chico” Manriquez, John “Tig” Tiegen): the marks set off what
 * the person is called, not words anyone said, and the name around them is one person's. Owns telling such a span
 * from a quotation, and the narration with the nickname taken out so the name reads as one run.
 */
import { isKnownFirstName } from '../data/first-names';
import type { QuoteSpan } from './quote-marks';
import { rx } from '../text/script-letters';

/** One or two capitalised words: what a nickname looks like. */
const NICKNAME = rx(String.raw`^\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*)?$`, 'u');
/** The given name right before the opening mark: "Juan “". */
const GIVEN_NAME_BEFORE = rx(String.raw`(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $`, 'u');
/** The surname right after the closing mark: "” Manriquez". */
const SURNAME_AFTER = /^ \p{Lu}\p{Ll}/u;

/** Whether a quoted span is a nickname between a known given name and a surname. */
export function isNickname(text: string, span: QuoteSpan): boolean {
  if (span.end - span.start > 24 || !NICKNAME.test(text.slice(span.start, span.end))) return false;
  const given = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, span.markStart - 24), span.markStart))?.[1];
  return (
    given !== undefined && isKnownFirstName(given) && SURNAME_AFTER.test(text.slice(span.markEnd, span.markEnd + 3))
  );
}

/** The text with each nickname span (marks and words) blanked, so "Juan “Chico” Manriquez" names one person. */
export function blankNicknames(text: string, nicknames: readonly QuoteSpan[]): string {
  let out = text;
  for (const s of nicknames)
    out = out.slice(0, s.markStart) + ' '.repeat(s.markEnd - s.markStart) + out.slice(s.markEnd);
  return out;
}

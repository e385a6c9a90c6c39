import { rx } from '../text/script-letters';
/**
 * Pairs quotation marks into quoted spans, one paragraph at a time: curly and straight double marks, curly and
 * straight single marks, «guillemets» (and the German »reversed« form), „German“ marks, 「CJK」 and 『CJK』 marks,
 * with nested quotes kept inside the outer one. A quote a paragraph opens and never closes runs to the end of the
 * paragraph; when the next paragraph opens again it continues there (the newspaper convention), and the pieces
 * share one `run` number. Mistyped marks are read as a reader reads them: an opening mark typed where the closing one
 * belongs, a closing mark left out before the next quotation opens, a space left out before an opening mark, a single
 * mark closing a double quote. Knows nothing about speakers or about whether a span is really a quotation.
 */

/** One quoted span inside a paragraph; offsets are local to the paragraph text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  markStart: number;
  /** Offset just past the closing mark (the paragraph's end when the quote is left open). */
  markEnd: number;
  /** The quoted words, without the marks. */
  start: number;
  end: number;
  /** Whether the paragraph closed the quote; false for a piece that runs on into the next paragraph. */
  closed: boolean;
}

type Family = 'double' | 'single' | 'guillemet' | 'guillemet-rev' | 'cjk' | 'cjk-white';

interface Open {
  family: Family;
  /** The mark that closes this one, when it is fixed ('' when it depends on the family). */
  closers: string;
  at: number;
  width: number;
}

/** A letter or a digit, in any script. */
export const LETTER_OR_DIGIT = rx(String.raw`[\p{L}\p{N}]`, 'u');
const LETTER = rx(String.raw`\p{L}`, 'u');
const SPACE_OR_OPENER = /[\s([{\-–—/]/u;

/** Every character the pairing below reacts to. */
const MARKS = /["'“”„«»「」『』‘‚’]/g;

/** Closes the innermost open quote of this family; emits a span when it was the outermost one. */
function closeOpen(stack: Open[], spans: QuoteSpan[], family: Family, ch: string, at: number, width = 1): boolean {
  for (let k = stack.length - 1; k >= 0; k--) {
    const o = stack[k];
    if (o.family !== family || (o.closers && !o.closers.includes(ch))) continue;
    stack.length = k;
    if (k === 0) spans.push({ markStart: o.at, markEnd: at + width, start: o.at + o.width, end: at, closed: true });
    return true;
  }
  return false;
}

/** Opens a quote of this family at `at`. */
function pushOpen(stack: Open[], family: Family, closers: string, at: number, width = 1): void {
  stack.push({ family, closers, at, width });
}

/**
 * Whether an opening double mark that starts a new sentence inside an open quote of the same mark, or of a straight
 * mark ("...revel in it.
 * “There’s another side...”) is a new quotation whose predecessor was never closed, rather than a quote nested in
 * it: a nested quote takes the other marks (‘...’), and a quoted sentence rarely opens right after a full stop.
 */
function reopensAfterSentence(stack: Open[], text: string, at: number, mark: string): boolean {
  // (A straight mark never closed, then a curly one: typed in another style, the straight one is a stray.)
  const opener = text[stack[0]?.at];
  const stray = opener === '"' && (mark === '“' || mark === '„') && !text.includes('"', at);
  if (stack.length !== 1 || stack[0].family !== 'double' || (opener !== mark && !stray)) return false;
  return /[.!?]["'”’)\]]*\s+$/u.test(text.slice(Math.max(stack[0].at + 1, at - 8), at));
}

/** Ends the open top-level quote just before `at`, left open (its closing mark is missing), as a span of its own. */
function leaveOpen(stack: Open[], spans: QuoteSpan[], text: string, at: number): void {
  const o = stack[0];
  stack.length = 0;
  let end = at;
  while (end > o.at + o.width && /\s/.test(text[end - 1])) end--;
  spans.push({ markStart: o.at, markEnd: end, start: o.at + o.width, end, closed: false });
}

/** Whether a quote of this family is open at any depth. */
function hasOpen(stack: Open[], family: Family): boolean {
  return stack.some((o) => o.family === family);
}

/** What follows a closing mark and never an opening one: punctuation, or the paragraph's end. */
const CLOSER_FOLLOWS = /^[\s\u00a0\u202f]*(?:[,.;:!?)]|$)/;

const isWordChar = (ch: string | undefined) => ch !== undefined && LETTER_OR_DIGIT.test(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);
/** Before an opening mark: start of text, white space, an opening bracket or a dash. */
const opensAfter = (ch: string | undefined) => ch === undefined || SPACE_OR_OPENER.test(ch) || '“‘«„"\'‚'.includes(ch);

/** Feet and inches written with marks (6’2”, 5'10"): the double mark after them is the inch sign, no quotation mark. */
const isInchSign = (text: string, at: number) => /\d['’′]\d{1,2}$/.test(text.slice(Math.max(0, at - 5), at));

/** A double quotation mark of any style: a cheap test before pairing a paragraph's marks. */
export const DOUBLE_QUOTE_MARK = /["“”„«»]/;

/**
 * Finds the top-level quoted spans of one paragraph. `singlesAtTop`: whether single marks may open a top-level
 * quote (British style); off for the second pass when a single mark was left open.
 */
export function pairQuoteMarks(text: string, singlesAtTop = true): { spans: QuoteSpan[]; leftOpen: boolean } {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];

  // Only quotation marks and apostrophes matter: jump from one to the next instead of visiting every character.
  MARKS.lastIndex = 0;
  for (let found = MARKS.exec(text); found; found = MARKS.exec(text)) {
    let i = found.index;
    const ch = text[i];
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = i + 1 < text.length ? text[i + 1] : undefined;
    switch (ch) {
      case '“':
        // „German“ closes with “; elsewhere “ opens.
        if (
          stack.length &&
          stack[stack.length - 1].family === 'double' &&
          stack[stack.length - 1].closers === '“”' &&
          !opensAfter(prev)
        ) {
          closeOpen(stack, spans, 'double', ch, i);
        } else if (hasOpen(stack, 'double') && !opensAfter(prev) && !isWordChar(next)) {
          // An opening mark typed where the closing one belongs (“It’s unusual,“ he said): it cannot open a quote
          // right after a word and before a space, so it closes the one open.
          closeOpen(stack, spans, 'double', '”', i);
        } else {
          // (A straight mark left open before it is a stray, no quotation: dropped, not left open.)
          if (reopensAfterSentence(stack, text, i, ch)) {
            if (text[stack[0].at] === '"') stack.length = 0;
            else leaveOpen(stack, spans, text, i);
          }
          pushOpen(stack, 'double', '”"', i);
        }
        break;
      case '„':
        if (reopensAfterSentence(stack, text, i, ch)) stack.length = 0;
        pushOpen(stack, 'double', '“”', i);
        break;
      case '”':
        if (isInchSign(text, i)) break;
        if (!closeOpen(stack, spans, 'double', ch, i) && opensAfter(prev) && isWordChar(next))
          pushOpen(stack, 'double', '”', i); // Swedish ”…”
        break;
      case '"':
        if (isInchSign(text, i)) break;
        // A straight mark closes an open double quote unless it clearly opens a nested one (space before, word after).
        if (hasOpen(stack, 'double') && !(opensAfter(prev) && isWordChar(next)))
          closeOpen(stack, spans, 'double', ch, i);
        else if (!isWordChar(prev)) {
          if (reopensAfterSentence(stack, text, i, ch)) leaveOpen(stack, spans, text, i);
          pushOpen(stack, 'double', '"”', i);
        } else if (!hasOpen(stack, 'double') && isLetter(prev) && isWordChar(next) && text.includes('"', i + 1)) {
          // A space left out before the opening mark (about"joint operations"): a closing mark never stands between
          // two letters, so with a mark still to come it opens the quote.
          pushOpen(stack, 'double', '"”', i);
        }
        break;
      case '«':
        if (closeOpen(stack, spans, 'guillemet-rev', ch, i)) break;
        // An opening mark typed where the closing one belongs (« captologie « , l’étude): words follow an opening
        // mark, never a comma or a full stop.
        if (hasOpen(stack, 'guillemet') && CLOSER_FOLLOWS.test(text.slice(i + 1, i + 4))) {
          closeOpen(stack, spans, 'guillemet', '»', i);
          break;
        }
        pushOpen(stack, 'guillemet', '»', i);
        break;
      case '»':
        // German »reversed« marks hug their words; a "»" before a space is an arrow ("» À lire aussi : …").
        if (!closeOpen(stack, spans, 'guillemet', ch, i) && opensAfter(prev) && !/\s/.test(next ?? ' '))
          pushOpen(stack, 'guillemet-rev', '«', i);
        break;
      case '「':
        pushOpen(stack, 'cjk', '」', i);
        break;
      case '」':
        closeOpen(stack, spans, 'cjk', ch, i);
        break;
      case '『':
        pushOpen(stack, 'cjk-white', '』', i);
        break;
      case '』':
        closeOpen(stack, spans, 'cjk-white', ch, i);
        break;
      case '‘':
      case '‚':
        // Two single opening marks stand for a double one (‘’It’s... or ‘‘It’s...).
        if ((next === '’' || next === '‘') && opensAfter(prev) && isWordChar(text[i + 2])) {
          pushOpen(stack, 'double', '”"', i, 2);
          i++;
          break;
        }
        if ((singlesAtTop || stack.length) && opensAfter(prev) && next !== undefined && !/\s/.test(next))
          pushOpen(stack, 'single', ch === '‚' ? '‘’' : "’'", i);
        break;
      case '’':
      case "'": {
        // Two straight single marks open a double quote (''It's one thing,'' said...: typewriter style).
        if (ch === "'" && next === "'" && opensAfter(prev) && isWordChar(text[i + 2])) {
          if (reopensAfterSentence(stack, text, i, "'")) leaveOpen(stack, spans, text, i);
          pushOpen(stack, 'double', '"”', i, 2);
          i++;
          break;
        }
        // A single quote closed right before the double one (''the 'refugee crisis''' he said): close it first.
        if (ch === "'" && next === "'" && text[i + 2] === "'" && stack.at(-1)?.family === 'single') {
          closeOpen(stack, spans, 'single', "'", i);
          break;
        }
        // Two single closing marks in a row stand for a closing double mark (“quote,’’ said...).
        if ((next === '’' || next === "'") && hasOpen(stack, 'double') && !isWordChar(text[i + 2])) {
          if (closeOpen(stack, spans, 'double', '"', i, 2)) {
            i++;
            break;
          }
        }
        if (isWordChar(prev) && isWordChar(next)) break; // an apostrophe: don't, O’Brien
        if (hasOpen(stack, 'single') && !opensAfter(prev) && !isWordChar(next)) {
          closeOpen(stack, spans, 'single', ch === "'" ? "'" : '’', i);
          break;
        }
        // A single mark closing a double quote (“Let’s go.’ Schumer was...): with no single mark of any kind opened
        // inside the quote, a curly one after a sentence's full stop can only be the double quote's closing mark.
        if (
          ch === '’' &&
          stack.length === 1 &&
          stack[0].family === 'double' &&
          /[.!?]/.test(prev ?? '') &&
          /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 3)) &&
          !/[‘']/.test(text.slice(stack[0].at, i))
        ) {
          closeOpen(stack, spans, 'double', '"', i);
          break;
        }
        if (ch === "'" && (singlesAtTop || stack.length) && opensAfter(prev) && isWordChar(next))
          pushOpen(stack, 'single', "'", i);
        break;
      }
      default:
        break;
    }
    MARKS.lastIndex = i + 1;
  }
  // A single mark left open at the top was an apostrophe (’90s, ’em) or a stray: pair again without those.
  if (stack.length > 0 && stack[0].family === 'single' && singlesAtTop) return pairQuoteMarks(text, false);
  const leftOpen = stack.length > 0;
  if (leftOpen) {
    const o = stack[0];
    // A quote still open at the paragraph's end runs to it (typos and pieces of a multi-paragraph quote).
    spans.push({ markStart: o.at, markEnd: text.length, start: o.at + o.width, end: trimEnd(text), closed: false });
  }
  return { spans, leftOpen };
}

/** The closing mark of each family, and the mark that opens it. */
const OPENER_OF: Record<string, string> = { '”': '“', '»': '«', '“': '„', '」': '「', '』': '『' };

/**
 * The rest of a quotation the paragraph before left open, when this paragraph does not reopen it but closes it:
 * “An unexpected situation arose. … / Our concern is that … in nine months”, estimó Chacín. (Spanish and French
 * papers often mark no reopening; round 32, El Pitazo.) The span runs from the paragraph's start to its first closing
 * mark, which must come before any mark opening a quote of that family; null when there is none.
 */
export function carriedOver(text: string): QuoteSpan | null {
  const first = /[”»“」』]/.exec(text);
  if (!first) return null;
  const opener = OPENER_OF[first[0]];
  if (text.slice(0, first.index).includes(opener)) return null;
  // Paired as if the paragraph reopened the quote: the first span is the carried-over piece.
  const { spans } = pairQuoteMarks(opener + text);
  const piece = spans[0];
  if (!piece || piece.markStart !== 0 || !piece.closed) return null;
  const start = /\S/.exec(text)?.index ?? 0;
  return { markStart: start, markEnd: piece.markEnd - 1, start, end: piece.end - 1, closed: true };
}

/** Whether a paragraph begins with an opening quotation mark (a continued quote reopens this way). */
export function opensWithQuote(text: string): boolean {
  return /^\s*["“„«»「『‘']/.test(text);
}

function trimEnd(text: string): number {
  let e = text.length;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

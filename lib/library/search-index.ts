/**
 * The library's full-text index over every note: an inverted index from folded words to the notes holding them,
 * built once when the library loads, then queried on each keystroke. A note matches when every term of the query
 * is found in it (the last term as a prefix while it is being typed); hits are ranked by where the terms were
 * found (a tag or the page title counts more than the passage), exact words over prefixes, then recency.
 * Deleting a note hides it (and undo shows it again) without rebuilding.
 */
import type { Note } from '../model';
import { siteOf } from './filters';
import type { SearchQuery } from './query';
import { tokenise } from './text';

/** How much a term found in each field counts. */
export const FIELD_WEIGHTS = { tags: 5, title: 3, quote: 2, body: 2, site: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;

/** A prefix match ("confir" for "confirmed") counts less than the whole word. */
const PREFIX_FACTOR = 0.6;

export interface SearchHit {
  note: Note;
  score: number;
}

function fieldTexts(note: Note): Record<Field, string> {
  return { tags: note.tags.join(' '), title: note.title, quote: note.quote, body: note.body, site: siteOf(note) };
}

const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

export class SearchIndex {
  /** Every indexed word, sorted, so a prefix's words are one contiguous run found by binary search. */
  private readonly words: string[];
  /** For the word at the same position in `words`: the notes (by position) holding it, and its weight in each. */
  private readonly docsOf: Int32Array[];
  private readonly weightsOf: Float32Array[];
  private readonly exactId = new Map<string, number>();
  private readonly hidden: Uint8Array;
  private readonly positionOf = new Map<string, number>();

  constructor(private readonly notes: readonly Note[]) {
    this.hidden = new Uint8Array(notes.length);
    // Built in insertion order first; a word's weight in a note is the sum over the DISTINCT fields it occurs
    // in (repeats within one field add nothing), tracked with the last note and field bits seen per word.
    const idOf = new Map<string, number>();
    const words: string[] = [];
    const docs: number[][] = [];
    const weights: number[][] = [];
    const lastDoc: number[] = [];
    const lastFields: number[] = [];
    notes.forEach((note, doc) => {
      this.positionOf.set(note.id, doc);
      const texts = fieldTexts(note);
      FIELDS.forEach((field, bitIndex) => {
        const bit = 1 << bitIndex;
        const weight = FIELD_WEIGHTS[field];
        for (const word of tokenise(texts[field])) {
          let id = idOf.get(word);
          if (id === undefined) {
            id = words.length;
            idOf.set(word, id);
            words.push(word);
            docs.push([]);
            weights.push([]);
            lastDoc.push(-1);
            lastFields.push(0);
          }
          if (lastDoc[id] !== doc) {
            lastDoc[id] = doc;
            lastFields[id] = bit;
            docs[id].push(doc);
            weights[id].push(weight);
          } else if (!(lastFields[id] & bit)) {
            lastFields[id] |= bit;
            weights[id][weights[id].length - 1] += weight;
          }
        }
      });
    });
    const order = words.map((_, id) => id).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0));
    this.words = order.map((id) => words[id]);
    this.docsOf = order.map((id) => Int32Array.from(docs[id]));
    this.weightsOf = order.map((id) => Float32Array.from(weights[id]));
    this.words.forEach((word, position) => this.exactId.set(word, position));
  }

  get size(): number {
    return this.notes.length;
  }

  /** Hides a note from results (deleted); `show` brings it back (undo). */
  hide(id: string): void {
    const doc = this.positionOf.get(id);
    if (doc !== undefined) this.hidden[doc] = 1;
  }

  show(id: string): void {
    const doc = this.positionOf.get(id);
    if (doc !== undefined) this.hidden[doc] = 0;
  }

  /** Every visible note (an empty query), in index order. */
  all(): Note[] {
    return this.notes.filter((_, doc) => !this.hidden[doc]);
  }

  /** The notes matching every term, best first (ties: most recently updated first). */
  search(query: SearchQuery): SearchHit[] {
    const { terms } = query;
    if (terms.length === 0) return this.all().map((note) => ({ note, score: 0 }));
    const count = this.notes.length;
    const scores = new Float64Array(count);
    // matched[doc] = how many terms, in order, the note has matched so far: a note missing one term drops out.
    const matched = new Uint16Array(count);
    terms.forEach((term, index) => {
      const prefix = query.lastIsPrefix && index === terms.length - 1;
      const best = new Float64Array(count);
      const add = (position: number, factor: number) => {
        const docs = this.docsOf[position];
        const weights = this.weightsOf[position];
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i];
          if (matched[doc] !== index) continue;
          const weight = weights[i] * factor;
          if (weight > best[doc]) best[doc] = weight;
        }
      };
      if (prefix) {
        for (
          let position = this.firstWordFrom(term);
          position < this.words.length && this.words[position].startsWith(term);
          position++
        ) {
          add(position, this.words[position] === term ? 1 : PREFIX_FACTOR);
        }
      } else {
        const position = this.exactId.get(term);
        if (position !== undefined) add(position, 1);
      }
      for (let doc = 0; doc < count; doc++) {
        if (best[doc] > 0) {
          matched[doc] = index + 1;
          scores[doc] += best[doc];
        }
      }
    });
    const hits: SearchHit[] = [];
    for (let doc = 0; doc < count; doc++) {
      if (matched[doc] === terms.length && !this.hidden[doc]) hits.push({ note: this.notes[doc], score: scores[doc] });
    }
    return hits.sort((a, b) => b.score - a.score || b.note.updated - a.note.updated);
  }

  /** The position of the first word >= `prefix` in the sorted words. */
  private firstWordFrom(prefix: string): number {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.words[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

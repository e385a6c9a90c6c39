/**
 * What the reader typed into the library's search box, parsed once: folded terms, and whether the last one is
 * still being typed (no space after it yet), in which case it matches as a prefix.
 */
import { tokenise } from './text';

export interface SearchQuery {
  terms: string[];
  /** The last term matches any word it begins ("confir" finds "confirmed"). */
  lastIsPrefix: boolean;
}

export function parseQuery(input: string): SearchQuery {
  const terms = tokenise(input);
  return { terms, lastIsPrefix: terms.length > 0 && !/\s$/.test(input) };
}

/** Whether a folded word is matched by term `index` of the query. */
export function termMatchesWord(query: SearchQuery, index: number, word: string): boolean {
  const term = query.terms[index];
  const prefix = query.lastIsPrefix && index === query.terms.length - 1;
  return prefix ? word.startsWith(term) : word === term;
}

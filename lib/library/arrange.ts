/**
 * How the library lays out a result: sorted (by relevance while searching, or by a date, page title or site),
 * then grouped by page, groups in the order their first note comes in the sorted list.
 */
import type { Note } from '../model';
import { siteOf } from './filters';
import type { SearchHit } from './search-index';

export type SortOrder = 'relevance' | 'updated' | 'created' | 'title' | 'site';

export const SORT_LABELS: Record<SortOrder, string> = {
  relevance: 'Best match',
  updated: 'Recently updated',
  created: 'Recently created',
  title: 'Page title',
  site: 'Site',
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The hits in the chosen order; ties fall back to the most recently updated. `relevance` keeps the ranking. */
export function sortHits(hits: readonly SearchHit[], order: SortOrder): SearchHit[] {
  const byRecent = (a: SearchHit, b: SearchHit) => b.note.updated - a.note.updated;
  const sorted = [...hits];
  switch (order) {
    case 'relevance':
      // SearchIndex.search already ranks its hits (and filtering keeps the order): check in one pass, not re-sort.
      return isRanked(sorted) ? sorted : sorted.sort((a, b) => b.score - a.score || byRecent(a, b));
    case 'updated':
      return sorted.sort(byRecent);
    case 'created':
      return sorted.sort((a, b) => b.note.created - a.note.created || byRecent(a, b));
    case 'title':
      return sorted.sort((a, b) => collator.compare(a.note.title, b.note.title) || byRecent(a, b));
    case 'site':
      return sorted.sort((a, b) => collator.compare(siteOf(a.note), siteOf(b.note)) || byRecent(a, b));
  }
}

function isRanked(hits: readonly SearchHit[]): boolean {
  for (let i = 1; i < hits.length; i++) {
    const a = hits[i - 1];
    const b = hits[i];
    if (a.score < b.score || (a.score === b.score && a.note.updated < b.note.updated)) return false;
  }
  return true;
}

/** One page's notes in the library. */
export interface PageGroup {
  canonicalUrl: string;
  /** The address to open: the most recent note's `pageUrl`. */
  pageUrl: string;
  title: string;
  site: string;
  notes: Note[];
}

export function groupByPage(hits: readonly SearchHit[]): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  for (const { note } of hits) {
    const key = note.canonicalUrl || note.pageUrl;
    let group = groups.get(key);
    if (!group) {
      group = { canonicalUrl: key, pageUrl: note.pageUrl, title: note.title, site: siteOf(note), notes: [] };
      groups.set(key, group);
    }
    group.notes.push(note);
  }
  return [...groups.values()];
}

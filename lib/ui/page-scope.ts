/**
 * What the page was taken for, in the reader's words, and what Footnote therefore did not check: "Fiction:
 * unsourced quotes, vague attribution and missing references are not checked." Read from the report's `page`.
 */
import { kindNoun } from './labels';
import { catalogEntry } from '../core/detectors/catalog';
import type { PageKind } from '../core/page/page-kind';
import type { Report } from '../core/report';

const KIND_NAMES: Record<PageKind, string> = {
  news: 'News article',
  opinion: 'Opinion piece',
  review: 'Review',
  blog: 'Blog post',
  fiction: 'Fiction',
  encyclopedia: 'Encyclopedia article',
  documentation: 'Documentation',
  forum: 'Forum thread',
  product: 'Product page',
  recipe: 'Recipe',
  personal: 'Personal page',
  other: 'Not an article',
};

export function kindName(kind: PageKind): string {
  return KIND_NAMES[kind] ?? kind;
}

/** "English", "German"... for an ISO 639-1 code; the code itself where the runtime has no name for it. */
export function languageName(code: string): string {
  if (!code) return 'an unknown language';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "a, b and c". */
function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface PageScope {
  /** "Fiction", "News article · German". */
  headline: string;
  /** Sentences on what was not checked and why; empty when every detector ran. */
  notes: string[];
}

export function pageScope(report: Report): PageScope | null {
  const page = report.page;
  if (!page) return null;
  const headline = page.language ? `${kindName(page.kind)} · ${languageName(page.language)}` : kindName(page.kind);
  const notes: string[] = [];
  const byKind = page.skipped.filter((s) => s.because === 'kind').map((s) => labelOf(s.detector));
  if (byKind.length) notes.push(`Not checked on this kind of page: ${listOf(byKind)}.`);
  for (const s of page.skipped.filter((s) => s.because === 'language')) {
    const entry = catalogEntry(s.detector);
    // Some rules only: "missing references" still ran, but not its English rules.
    const scope = s.rules ? entry?.narrowerRules?.find((r) => s.rules!.every((rule) => r.rules.includes(rule))) : null;
    const reads = scope ? scope.languages : entry?.appliesTo?.languages;
    const only = Array.isArray(reads) ? `${listOf(reads.map(languageName))} only` : '';
    // "Not checked in Spanish: figures cited with no source, … (missing references, English only)."
    const what = scope
      ? `${scope.what} (${[labelOf(s.detector), only].filter(Boolean).join(', ')})`
      : `${labelOf(s.detector)}${only ? ` (${only})` : ''}`;
    notes.push(`Not checked in ${languageName(page.language)}: ${what}.`);
  }
  return { headline, notes };
}

/** A detector's kind as it reads inside a sentence, in the plural ("vague attributions"). */
const labelOf = (id: string) => kindNoun(id).other;

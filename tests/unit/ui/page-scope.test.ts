import { describe, expect, it } from 'vitest';
import { pageScope } from '../../../lib/ui/page-scope';
import { makeReport } from './fixtures';
import type { Report } from '../../../lib/core/report';

const withPage = (page: Report['page']): Report => ({ ...makeReport([]), page });

describe('pageScope', () => {
  it('names the kind and language, with nothing left out when every detector ran', () => {
    const scope = pageScope(
      withPage({ kind: 'news', language: 'en', languageFrom: 'text', evidence: [], skipped: [] }),
    );
    expect(scope).toEqual({ headline: 'News article · English', notes: [] });
  });

  it('says in plain words which checks a kind of page does not get', () => {
    const scope = pageScope(
      withPage({
        kind: 'fiction',
        language: 'en',
        languageFrom: 'text',
        evidence: ['dialogue 55% of paragraphs'],
        skipped: [
          { detector: 'unsourced-quote', because: 'kind' },
          { detector: 'vague-attribution', because: 'kind' },
          { detector: 'missing-reference', because: 'kind' },
        ],
      }),
    );
    expect(scope?.headline).toBe('Fiction · English');
    expect(scope?.notes).toEqual([
      'Not checked on this kind of page: unsourced quotes, vague attributions and missing references.',
    ]);
  });

  it('says which checks a language does not get, and which languages they read', () => {
    const scope = pageScope(
      withPage({
        kind: 'news',
        language: 'de',
        languageFrom: 'text',
        evidence: [],
        skipped: [{ detector: 'vague-attribution', because: 'language' }],
      }),
    );
    expect(scope?.notes).toEqual(['Not checked in German: vague attributions (English only).']);
  });

  it('says which rules of a detector that ran a language does not get', () => {
    const scope = pageScope(
      withPage({
        kind: 'news',
        language: 'es',
        languageFrom: 'text',
        evidence: [],
        skipped: [{ detector: 'missing-reference', because: 'language', rules: ['uncited-figures', 'no-sources'] }],
      }),
    );
    expect(scope?.notes).toEqual([
      'Not checked in Spanish: figures cited with no source, and articles that link to no source (missing references, English only).',
    ]);
  });
});

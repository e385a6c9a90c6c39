/** The analysed article at the top of the popup: title, byline, date, site and how many passages of each kind. */
import type { Passage } from '../lib/core/passages';
import type { Report } from '../lib/core/report';
import { formatDate, siteOf } from '../lib/ui/format';
import { groupFlags } from '../lib/ui/flags';
import { countKind } from '../lib/ui/labels';
import { pageScope } from '../lib/ui/page-scope';

export type Props = { report: Report; dismissed: ReadonlySet<string> };

export function ArticleSummary({ report, dismissed }: Props) {
  const { article } = report;
  const date = formatDate(article.publishedTime);
  const site = article.siteName || siteOf(report.url);
  const groups = groupFlags(report.flags, dismissed);
  // Bylines often carry the date themselves ("By Jane Roe, November 1, 2026"): say it once.
  const meta = [article.byline, date && article.byline?.includes(date) ? null : date, site].filter(Boolean);
  const scope = pageScope(report);
  return (
    <section class="article" aria-labelledby="article-title">
      <h1 id="article-title" class="article-title">
        {article.title || 'Untitled page'}
      </h1>
      {meta.length > 0 && <p class="article-meta">{meta.join(' · ')}</p>}
      {scope && (
        <details class="page-scope">
          <summary>
            <span class="page-kind">{scope.headline}</span>
            {scope.notes.map((n) => (
              <span key={n} class="page-scope-note">
                {' '}
                {n}
              </span>
            ))}
          </summary>
          <ul class="page-evidence" aria-label="Why Footnote took the page for this">
            {report.page.evidence.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </details>
      )}
      {groups.length > 0 && (
        <ul class="kind-counts" role="list" aria-label="Flags by kind">
          {groups.map((g) => (
            <li key={g.kind} class={`kind-count severity-${worst(g.passages)}`}>
              {countKind(g.kind, g.passages.length)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function worst(passages: readonly Passage[]): Passage['severity'] {
  if (passages.some((p) => p.severity === 'warning')) return 'warning';
  if (passages.some((p) => p.severity === 'caution')) return 'caution';
  return 'info';
}

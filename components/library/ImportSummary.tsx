/** What an import did: how many notes came in, duplicates skipped, and what was refused and why, with examples. */
import type { ImportReport } from '../../lib/library/io';

export type Props = { fileName: string; report: ImportReport };

const numberFormat = new Intl.NumberFormat();

function plural(count: number, one: string, many = `${one}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? one : many}`;
}

/** The one-line summary ("Imported 3 annotations; skipped 1 duplicate; refused 2."). */
export function importSummary(report: ImportReport): string {
  const refused = report.refusedCount ? `; refused ${numberFormat.format(report.refusedCount)}` : '';
  return `Imported ${plural(report.imported, 'annotation')}; skipped ${plural(report.duplicates, 'duplicate')}${refused}.`;
}

export function ImportSummary({ fileName, report }: Props) {
  return (
    <div class="lib-import-summary">
      <p class="lib-done">{importSummary(report)}</p>
      {report.refused.length > 0 && (
        <details open>
          <summary>
            What was refused from {fileName}, and why ({plural(report.refusedCount, 'annotation')})
          </summary>
          <ul>
            {report.refused.map((refusal) => (
              <li key={refusal.reason}>
                <strong>{numberFormat.format(refusal.count)}</strong>: {refusal.reason}
                {refusal.examples.length > 0 && (
                  <ul class="lib-examples" aria-label="Examples">
                    {refusal.examples.map((example) => (
                      <li key={example}>
                        <code>{example}</code>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

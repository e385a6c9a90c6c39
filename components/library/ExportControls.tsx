/** Export: a format, then "all annotations" or "these results" (per-page export sits on each page group). */
import { EXPORT_FORMAT_LABELS, type ExportFormat } from '../../lib/library/io';

export type Props = {
  format: ExportFormat;
  total: number;
  resultCount: number;
  /** Searching or filtering: the results are a subset worth exporting on their own. */
  narrowed: boolean;
  busy: boolean;
  onFormat: (format: ExportFormat) => void;
  onExportAll: () => void;
  onExportResults: () => void;
};

export function ExportControls({
  format,
  total,
  resultCount,
  narrowed,
  busy,
  onFormat,
  onExportAll,
  onExportResults,
}: Props) {
  return (
    <div class="lib-export" role="group" aria-label="Export">
      <label class="lib-field">
        <span>Export as</span>
        <select value={format} onChange={(e) => onFormat(e.currentTarget.value as ExportFormat)}>
          {(Object.keys(EXPORT_FORMAT_LABELS) as ExportFormat[]).map((f) => (
            <option key={f} value={f}>
              {EXPORT_FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="quiet-button" disabled={busy || total === 0} onClick={onExportAll}>
        Export all ({total.toLocaleString()})
      </button>
      {narrowed && (
        <button type="button" class="quiet-button" disabled={busy || resultCount === 0} onClick={onExportResults}>
          Export results ({resultCount.toLocaleString()})
        </button>
      )}
    </div>
  );
}

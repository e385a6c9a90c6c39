/**
 * The records Footnote could not read (a migration kept them apart): each with what is wrong and the record as it
 * was, a form to fix it (page address, title, note text) and save it as a note, or Delete.
 */
import { useId, useState } from 'preact/hooks';
import type { QuarantinedRecord, QuarantineFix } from '../../lib/model';
import { fixOf } from '../../lib/storage/note-record';
import { describeError } from '../../lib/errors';

export type Props = {
  records: QuarantinedRecord[];
  /** Save the fixed record as a note; rejects with what is still wrong. */
  onRepair: (record: QuarantinedRecord, fix: QuarantineFix) => Promise<void>;
  onDelete: (record: QuarantinedRecord) => Promise<void>;
};

function recordText(record: unknown): string {
  try {
    return JSON.stringify(record, null, 2) ?? String(record);
  } catch {
    return String(record);
  }
}

function QuarantinedItem({ record, onRepair, onDelete }: { record: QuarantinedRecord } & Omit<Props, 'records'>) {
  const [fix, setFix] = useState<QuarantineFix>(() => fixOf(record.record));
  const [fixing, setFixing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };
  const set = (patch: Partial<QuarantineFix>) => setFix({ ...fix, ...patch });
  return (
    <li class="lib-quarantined">
      <ul class="lib-problems" aria-label="What is wrong">
        {record.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <details>
        <summary>The record as it was found</summary>
        <pre>{recordText(record.record)}</pre>
      </details>
      {fixing ? (
        <form
          class="lib-fix"
          aria-label="Fix the record"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => onRepair(record, fix));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setFixing(false);
            }
          }}
        >
          <label for={`${id}-url`}>Page address (http or https)</label>
          <input
            id={`${id}-url`}
            type="url"
            required
            value={fix.pageUrl}
            onInput={(e) => set({ pageUrl: e.currentTarget.value })}
          />
          <label for={`${id}-title`}>Page title</label>
          <input
            id={`${id}-title`}
            type="text"
            value={fix.title}
            onInput={(e) => set({ title: e.currentTarget.value })}
          />
          <label for={`${id}-body`}>Note</label>
          <textarea id={`${id}-body`} rows={2} value={fix.body} onInput={(e) => set({ body: e.currentTarget.value })} />
          <p class="hint">An unreadable date becomes today; unreadable tags, colour or passage are left out.</p>
          <div class="form-actions">
            <button type="submit" class="primary-button" disabled={busy}>
              Save as a note
            </button>
            <button type="button" class="quiet-button" onClick={() => setFixing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="form-actions">
          <button type="button" class="primary-button" onClick={() => setFixing(true)}>
            Fix…
          </button>
          <button type="button" class="quiet-button" disabled={busy} onClick={() => void run(() => onDelete(record))}>
            Delete record
          </button>
        </div>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

export function QuarantineList({ records, onRepair, onDelete }: Props) {
  if (records.length === 0) return null;
  const count = records.length;
  return (
    <section class="lib-quarantine" aria-labelledby="lib-quarantine-title">
      <h2 id="lib-quarantine-title">
        {count === 1 ? '1 record Footnote could not read' : `${count} records Footnote could not read`}
      </h2>
      <p class="hint">
        These were kept apart when Footnote's database was upgraded, rather than changed or dropped. Fix each to keep it
        as a note, or delete it.
      </p>
      <ul class="lib-quarantine-list" role="list">
        {records.map((record) => (
          <QuarantinedItem key={record.id} record={record} onRepair={onRepair} onDelete={onDelete} />
        ))}
      </ul>
    </section>
  );
}

/** Import: a file picker for Footnote JSON-LD or Hypothesis JSON exports (files can also be dropped on the page). */
import { useRef } from 'preact/hooks';

export type Props = { busy: boolean; onFile: (file: File) => void };

export const IMPORT_ACCEPT = '.json,.jsonld,application/json,application/ld+json';

export function ImportControl({ busy, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="lib-import">
      <input
        ref={input}
        id="lib-import-file"
        class="visually-hidden"
        type="file"
        accept={IMPORT_ACCEPT}
        aria-label="Annotations file to import"
        tabIndex={-1}
        disabled={busy}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <button type="button" class="quiet-button" disabled={busy} onClick={() => input.current?.click()}>
        Import…
      </button>
    </div>
  );
}

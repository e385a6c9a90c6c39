/** A small spinning ring beside progress text; decorative, the text says what is happening. */
export type Props = { label: string };

export function Spinner({ label }: Props) {
  return (
    <span class="spinner-row">
      <span class="spinner" aria-hidden="true" />
      <span>{label}</span>
    </span>
  );
}

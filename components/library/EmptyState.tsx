/** What the library shows instead of results: no annotations at all, or none matching the search and filters. */
export type Props = { kind: 'no-annotations' } | { kind: 'no-results'; onClear: () => void };

export function EmptyState(props: Props) {
  if (props.kind === 'no-annotations') {
    return (
      <div class="lib-empty">
        <h2>No annotations yet</h2>
        <p>
          Select text in an article and press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>H</kbd> (or use Footnote's popup) to
          highlight it and add a note. Your highlights from every page gather here.
        </p>
        <p class="hint">Have annotations from elsewhere? Import a Footnote or Hypothesis export above.</p>
      </div>
    );
  }
  return (
    <div class="lib-empty">
      <h2>No annotations match</h2>
      <p>Nothing matches this search and these filters.</p>
      <button type="button" class="primary-button" onClick={props.onClear}>
        Clear search and filters
      </button>
    </div>
  );
}

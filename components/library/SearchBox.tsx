/** The library's search field: "/" anywhere on the page focuses it, Escape clears it. */
import type { RefObject } from 'preact';

export type Props = {
  value: string;
  onInput: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
};

export function SearchBox({ value, onInput, inputRef }: Props) {
  return (
    <div class="lib-search" role="search">
      <label for="lib-search-input" class="visually-hidden">
        Search annotations
      </label>
      <input
        id="lib-search-input"
        ref={inputRef}
        type="search"
        value={value}
        placeholder="Search notes, passages, page titles and tags"
        aria-keyshortcuts="/"
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault();
            onInput('');
          }
        }}
      />
      {!value && (
        <kbd class="lib-search-key" aria-hidden="true">
          /
        </kbd>
      )}
    </div>
  );
}

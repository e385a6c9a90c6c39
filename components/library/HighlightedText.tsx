/** A text with the words the search matched emphasised (<mark>). */
import { highlightSegments } from '../../lib/library/highlight';
import type { SearchQuery } from '../../lib/library/query';

export type Props = { text: string; query: SearchQuery };

export function HighlightedText({ text, query }: Props) {
  return (
    <>
      {highlightSegments(text, query).map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}

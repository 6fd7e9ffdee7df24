import { splitHighlights } from '../lib/highlight';

/** A search snippet with the matched words in <mark>; everything else stays plain text. */
export function HighlightedText({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((part, index) =>
        // Parts never move or change on their own: the index is a stable key here.
        part.highlighted ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

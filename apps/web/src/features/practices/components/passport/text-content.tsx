import { toTextBlocks } from '../../lib/text-blocks';

/** A passport field as written: its line breaks become paragraphs and its numbered lines a list. */
export function TextContent({ text }: { text: string }) {
  return (
    <div className="prose">
      {toTextBlocks(text).map((block, index) => {
        // Blocks of one immutable text: their order never changes, so the index is a stable key.
        const key = `${block.kind}-${index}`;
        if (block.kind === 'paragraph') return <p key={key}>{block.text}</p>;
        const items = block.items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items of one immutable text, never reordered
          <li key={i}>{item}</li>
        ));
        return block.ordered ? (
          <ol key={key} start={block.start === 1 ? undefined : block.start}>
            {items}
          </ol>
        ) : (
          <ul key={key}>{items}</ul>
        );
      })}
    </div>
  );
}

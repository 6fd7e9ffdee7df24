export type TextBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; start: number; items: string[] };

const numbered = /^(\d{1,3})[.)]\s+(.*)$/;
const bulleted = /^[-–—•*]\s+(.*)$/;

/**
 * Turns a passport's plain text into paragraphs and lists: each line is a paragraph, and runs of
 * "1. …" or "- …" lines become a numbered or bulleted list, the way authors wrote them.
 */
export function toTextBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const number = numbered.exec(line);
    const bullet = number ? null : bulleted.exec(line);
    const last = blocks.at(-1);
    if (number || bullet) {
      const ordered = number !== null;
      const item = (number ? number[2] : bullet?.[1]) ?? line;
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item);
      else blocks.push({ kind: 'list', ordered, start: number ? Number(number[1]) : 1, items: [item] });
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}

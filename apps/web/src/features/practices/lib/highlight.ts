import { HIGHLIGHT_END, HIGHLIGHT_START } from '@registry/contracts/practices';

export interface TextPart {
  text: string;
  highlighted: boolean;
}

/**
 * Splits a search snippet at the API's private-use marks into plain and highlighted parts. The
 * parts are rendered as text nodes, so markup inside a practice's text can never become HTML.
 */
export function splitHighlights(snippet: string): TextPart[] {
  const parts: TextPart[] = [];
  let highlighted = false;
  let text = '';
  const flush = () => {
    if (text) parts.push({ text, highlighted });
    text = '';
  };
  for (const char of snippet) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      flush();
      highlighted = char === HIGHLIGHT_START;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}

const sentenceEnd = /[.!?…»")]$/;
const lowercaseStart = /^[a-zа-яё]/;

/**
 * The API cuts a snippet out of a longer text without saying so at its ends. A snippet that
 * starts in lower case or stops mid-sentence gets an ellipsis there, so it reads as an excerpt.
 */
export function markExcerpt(snippet: string): string {
  const bare = snippet.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '').trim();
  let text = snippet.trim();
  if (lowercaseStart.test(bare)) text = `…${text}`;
  if (!sentenceEnd.test(bare)) text = `${text}…`;
  return text;
}

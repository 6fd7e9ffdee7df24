// PT Sans (ParaType, SIL Open Font License 1.1), shipped through npm as TTF files: a typeface
// drawn for Russian, so Cyrillic is typeset with its own glyphs and kerning. The files are read
// once per process; pdfkit embeds the subset of glyphs each document uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FILES = {
  regular: '@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf',
  bold: '@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf',
  italic: '@expo-google-fonts/pt-sans/400Regular_Italic/PTSans_400Regular_Italic.ttf',
} as const;

export type FontName = keyof typeof FILES;

let loaded: Record<FontName, Buffer> | null = null;

/** The font files' bytes, by the name the layout uses. */
export function pdfFonts(): Record<FontName, Buffer> {
  loaded ??= {
    regular: readFileSync(require.resolve(FILES.regular)),
    bold: readFileSync(require.resolve(FILES.bold)),
    italic: readFileSync(require.resolve(FILES.italic)),
  };
  return loaded;
}

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts the charts are drawn with, from npm packages (never the system's, so a chart looks the same
 * on every machine and nothing is downloaded): Inter for Latin text and figures, Noto Sans Simplified
 * Chinese for CJK labels. Loading a font costs resvg time in proportion to its size (Inter's 340 KB: a
 * few ms; Noto's 8.4 MB: about 250 ms), so the CJK font is handed to resvg only for a chart whose text
 * holds CJK characters.
 */
const require = createRequire(import.meta.url);

/** The package's folder, found from its entry point (a package's `exports` may not list its font files). */
function packageDir(name: string, entryDepth: number): string {
  let dir = dirname(require.resolve(name));
  for (let level = 0; level < entryDepth; level++) dir = dirname(dir);
  return dir;
}

const INTER = packageDir('@expo-google-fonts/inter', 0);
const NOTO_SC = join(packageDir('@embedpdf/fonts-sc', 1), 'fonts');

const LATIN_FONTS = [join(INTER, '400Regular', 'Inter_400Regular.ttf'), join(INTER, '600SemiBold', 'Inter_600SemiBold.ttf')] as const;
export const CJK_FONTS = [join(NOTO_SC, 'NotoSansHans-Regular.otf')] as const;

/** The family list every text of a chart names: Latin first, CJK for the glyphs Inter lacks. */
export const FONT_FAMILY = "Inter, 'Noto Sans S Chinese', sans-serif";

/** Han, kana and hangul: text resvg would draw as empty boxes without the CJK font. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** The font files a chart's SVG needs. */
export function fontFilesFor(svg: string): string[] {
  return CJK.test(svg) ? [...LATIN_FONTS, ...CJK_FONTS] : [...LATIN_FONTS];
}

/** Whether a text holds CJK characters (which are about twice as wide as Latin ones). */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

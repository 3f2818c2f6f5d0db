/**
 * Fonts for a page, from the npm font packages (@fontsource/noto-serif-sc,
 * @fontsource/noto-sans-sc) so every machine prints the same glyphs. Those
 * packages split each face into ~100 unicode-range slices; we keep only the
 * slices that hold a character the page uses, so a page loads a few hundred KB
 * of fonts instead of many MB, and the PDF embeds only what it needs.
 *
 * Used by the dev preview only (src/print/live-printer.ts): a build prints
 * with one file per face cut from full fonts (src/output/font-subset.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface FontFace {
  family: string;
  weight: number;
  /** The font file in node_modules (.woff: see `FONT_FORMAT`). */
  file: string;
  /** The @font-face rule, its url() pointing at fonts/<name>. */
  css: string;
  ranges: Array<[number, number]>;
}

/** Song (serif) for body text, Hei (sans) for headings; the weights the templates use. */
export const HOUSE_FACES: ReadonlyArray<{ pkg: string; weights: number[] }> = [
  { pkg: '@fontsource/noto-serif-sc', weights: [400, 700, 900] },
  { pkg: '@fontsource/noto-sans-sc', weights: [400, 500, 700] },
];

/**
 * The print page loads its fonts from disk, where size hardly matters (they
 * are hard-linked), but decoding does: Chromium unpacks zlib .woff faster
 * than brotli .woff2, ~0.2 s sooner for a 48-page issue (bench/RESULTS.md).
 */
const FONT_FORMAT = { extension: 'woff', format: 'woff' } as const;

let catalogue: FontFace[] | undefined;

/** Every face slice of the house fonts, read once per process. */
export function fontCatalogue(): FontFace[] {
  if (catalogue) return catalogue;
  catalogue = [];
  for (const { pkg, weights } of HOUSE_FACES) {
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    for (const weight of weights) {
      const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
      for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
        const family = /font-family:\s*'([^']+)'/.exec(block)?.[1];
        const base = /url\(\.\/files\/([^)]+)\.woff2\)/.exec(block)?.[1];
        const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
        if (!family || !base) continue;
        catalogue.push({
          family,
          weight,
          file: join(dir, 'files', `${base}.${FONT_FORMAT.extension}`),
          ranges: range ? parseRanges(range) : [[0, 0x10ffff]],
          css: block
            .replace(/src:[^;]+;/, `src: url(fonts/${base}.${FONT_FORMAT.extension}) format('${FONT_FORMAT.format}');`)
            .replace(/font-display:\s*\w+;/, 'font-display: block;'),
        });
      }
    }
  }
  return catalogue;
}

function parseRanges(list: string): Array<[number, number]> {
  return list.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from, 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

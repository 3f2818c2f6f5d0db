/**
 * One font file per face (issue #11). Each face the print page uses is cut,
 * from the full Noto SC fonts of the npm packages @expo-google-fonts/noto-serif-sc
 * and @expo-google-fonts/noto-sans-sc (Google Fonts' static TrueType files,
 * whole: @fontsource ships only unicode-range slices), down to exactly the
 * characters the issue prints, with harfbuzz's hb-subset (npm `subset-font`).
 * One file per face means one embedded font per face in the PDF, and
 * Chromium's `text-spacing-trim` sees every punctuation mark in the same font
 * (with unicode-range slices it could not trim a mark at a line's start or end).
 *
 * TrueType outlines, not CFF: Chromium's PDF writer (Skia) embeds TrueType
 * fonts, but draws an OpenType/CFF font (Debian's Noto CJK) as Type 3 fonts,
 * one per 256 glyphs.
 *
 * Subsets are kept in <out>/.yuebao/fonts/, named by what they were made
 * from (the source font's package version and file, the characters and the
 * recipe), and hard-linked beside the print HTML: a rebuild with the same
 * characters costs nothing. Like the image cache, an entry that no output
 * links to any more goes after the next build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pLimit from 'p-limit';

const require = createRequire(import.meta.url);

export interface SubsetFace {
  family: string;
  weight: number;
  /** The full font (TrueType). */
  source: string;
  /** Its package and version: part of the cache name. */
  version: string;
}

/** A face cut to the characters of a page: what Stage makes with a FontCache. */
export interface FontSubsetRequest {
  face: SubsetFace;
  /** The characters, each once, sorted. */
  chars: string;
  /** Its name in the cache (and beside the HTML). */
  name: string;
}

/**
 * The faces print.css asks for: Song (Noto Serif SC) 400 for text, 900 for
 * mastheads, 700 for any bold; Hei (Noto Sans SC) 400, 500, 700. A face the
 * page never uses is never loaded by Chromium, so it is not in the PDF.
 */
const FACE_FILES: ReadonlyArray<{ family: string; weight: number; pkg: string; file: string }> = [
  { family: 'Noto Serif SC', weight: 400, pkg: '@expo-google-fonts/noto-serif-sc', file: '400Regular/NotoSerifSC_400Regular.ttf' },
  { family: 'Noto Serif SC', weight: 700, pkg: '@expo-google-fonts/noto-serif-sc', file: '700Bold/NotoSerifSC_700Bold.ttf' },
  { family: 'Noto Serif SC', weight: 900, pkg: '@expo-google-fonts/noto-serif-sc', file: '900Black/NotoSerifSC_900Black.ttf' },
  { family: 'Noto Sans SC', weight: 400, pkg: '@expo-google-fonts/noto-sans-sc', file: '400Regular/NotoSansSC_400Regular.ttf' },
  { family: 'Noto Sans SC', weight: 500, pkg: '@expo-google-fonts/noto-sans-sc', file: '500Medium/NotoSansSC_500Medium.ttf' },
  { family: 'Noto Sans SC', weight: 700, pkg: '@expo-google-fonts/noto-sans-sc', file: '700Bold/NotoSansSC_700Bold.ttf' },
];

/**
 * The OpenType features kept: the CJK ones (halt/vhal and chws/vchw for
 * punctuation spacing, palt/vpal, vert/vrt2, locl), kerning, and what Latin
 * text and tabular figures need. `aalt` and the like would pull in thousands
 * of alternate glyphs.
 */
const KEEP_FEATURES = [
  'ccmp', 'locl', 'liga', 'calt', 'kern', 'mark', 'mkmk',
  'halt', 'vhal', 'chws', 'vchw', 'palt', 'vpal', 'vert', 'vrt2', 'vkrn',
  'pwid', 'fwid', 'hwid', 'tnum', 'pnum', 'lnum',
];

/** Part of every cache name: a change here makes new subsets. */
const SUBSET_RECIPE = `subset-font ttf v1 ${KEEP_FEATURES.join(',')}`;

/** Raw TrueType: nothing for Chromium to unpack (a .woff2 must be un-brotlied first). */
export const SUBSET_FORMAT = { extension: 'ttf', format: 'truetype' } as const;

let faces: SubsetFace[] | undefined;

/** The house faces and where npm put their full fonts. */
export function subsetFaces(): SubsetFace[] {
  faces ??= FACE_FILES.map(({ family, weight, pkg, file }) => {
    const manifest = require.resolve(`${pkg}/package.json`);
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    return { family, weight, source: join(dirname(manifest), file), version: `${pkg}@${version}` };
  });
  return faces;
}

/** The cache name of `face` cut to `chars` (sorted, each once). */
export function subsetRequest(face: SubsetFace, chars: string): FontSubsetRequest {
  const key = createHash('sha256').update(`${SUBSET_RECIPE}\n${face.version}\n${face.source.split('/').pop()}\n${chars}`).digest('hex').slice(0, 24);
  const slug = `${face.family.replace(/\W+/g, '')}-${face.weight}`;
  return { face, chars, name: `${slug}-${key}.${SUBSET_FORMAT.extension}` };
}

/** The characters of `text`, each once, sorted by code point. */
export function charSet(text: string): string {
  const codes = new Set<number>();
  for (const ch of text) codes.add(ch.codePointAt(0)!);
  return String.fromCodePoint(...[...codes].sort((a, b) => a - b));
}

/** One subset at a time: hb-subset runs in one wasm instance, and a face read whole is 15–25 MB. */
const oneAtATime = pLimit(1);

/** A full face is 15–25 MB: read once per process, however many issues are subset from it. */
const fullFaces = new Map<string, Promise<Buffer>>();

export function makeSubset(face: SubsetFace, chars: string): Promise<Uint8Array> {
  return oneAtATime(async () => {
    const { default: subsetFont } = await import('subset-font');
    let full = fullFaces.get(face.source);
    if (!full) fullFaces.set(face.source, (full = readFile(face.source)));
    const bytes = await subsetFont(await full, chars, { targetFormat: 'sfnt', keepFeatures: KEEP_FEATURES });
    return new Uint8Array(bytes);
  });
}

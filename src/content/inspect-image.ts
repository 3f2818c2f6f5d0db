/**
 * Is this file an image the pages can use? Checked when content is loaded,
 * for every image and the cover, so that a photo that is missing, empty,
 * cut short by a failed copy, really a text file, or in a format print
 * cannot use (TIFF) is a located problem, not a crash in the middle of
 * printing. Decoding is what proves a photo whole: a truncated JPEG still
 * has a good header. A phone's HEIC is decoded with libheif (open-photo.ts),
 * and that decode is kept for the print and web images made from it.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.ts';
import sharp from 'sharp';
import { HeicDecodeError, decodeHeic, hashOf, isHeic } from './open-photo.ts';

export type ImageVerdict =
  /** `width` and `height` as the photo prints: upright. */
  | { ok: true; format: string; width: number; height: number }
  | { ok: false; kind: 'missing' | 'folder' | 'empty' | 'broken' }
  | { ok: false; kind: 'not-image'; looksLike: 'text' | 'html' | 'pdf' | 'other' }
  | { ok: false; kind: 'unsupported'; format: string };

/** What Chromium prints and sharp resizes. */
const SUPPORTED = new Set(['jpeg', 'png', 'webp', 'gif', 'svg', 'avif']);

const verdicts = new Map<string, Promise<ImageVerdict>>();

/**
 * Photos found whole are remembered on disk too, by hash, so that a new
 * process (every `yuebao build`) does not decode every photo of the archive
 * again. Only good verdicts are kept: a problem is looked at afresh. Bump
 * VERDICT_RECIPE when what counts as good changes.
 */
const VERDICT_RECIPE = 'v2';
const VERDICT_DIR = join(PACKAGE_ROOT, 'node_modules', '.cache', 'yuebao', 'image-verdicts');

async function rememberedGood(key: string): Promise<ImageVerdict | undefined> {
  const text = await readFile(join(VERDICT_DIR, `${VERDICT_RECIPE}-${key}.json`), 'utf8').catch(() => undefined);
  try {
    return text ? (JSON.parse(text) as ImageVerdict) : undefined;
  } catch {
    return undefined;
  }
}

async function rememberGood(key: string, verdict: ImageVerdict): Promise<void> {
  if (!verdict.ok) return;
  // A cache and nothing more: a read-only install simply decodes again next time.
  await mkdir(VERDICT_DIR, { recursive: true })
    .then(() => writeFile(join(VERDICT_DIR, `${VERDICT_RECIPE}-${key}.json`), JSON.stringify(verdict)))
    .catch(() => {});
}

/**
 * Remembered by the bytes' hash: the dev server asks again on every save, and
 * the same photo copied elsewhere (another issue, a test's copy) is decoded once.
 * Hashing 1 MB costs a millisecond; decoding it, ten.
 */
export async function inspectImage(path: string): Promise<ImageVerdict> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return { ok: false, kind: 'missing' };
  if (info.isDirectory()) return { ok: false, kind: 'folder' };
  if (info.size === 0) return { ok: false, kind: 'empty' };
  const bytes = await readFile(path);
  const key = hashOf(bytes);
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = rememberedGood(key).then(async (known) => {
      if (known) return known;
      const found = await decode(bytes, key);
      await rememberGood(key, found);
      return found;
    });
    verdicts.set(key, verdict);
  }
  return verdict;
}

async function decode(bytes: Buffer, key: string): Promise<ImageVerdict> {
  const meta = await sharp(bytes).metadata().catch(() => undefined);
  // A HEIC cut short before its picture's index is no longer a HEIF box to sharp: still a damaged photo, not "not an image".
  if (!meta?.format) return isHeifBox(bytes) ? { ok: false, kind: 'broken' } : { ok: false, kind: 'not-image', looksLike: sniff(bytes) };
  if (isHeic(meta)) {
    return decodeHeic(bytes, key).then(
      ({ width, height }): ImageVerdict => ({ ok: true, format: 'heic', width, height }),
      (error: unknown): ImageVerdict => {
        if (!(error instanceof HeicDecodeError)) throw error;
        return error.kind === 'broken' ? { ok: false, kind: 'broken' } : { ok: false, kind: 'unsupported', format: 'HEIC' };
      },
    );
  }
  if (meta.format === 'heif') {
    if (meta.compression !== 'av1') return { ok: false, kind: 'unsupported', format: 'HEIF' };
  } else if (!SUPPORTED.has(meta.format)) {
    return { ok: false, kind: 'unsupported', format: meta.format.toUpperCase() };
  }
  // A small decode reads every byte of the picture (JPEG shrinks while decoding, so it is quick).
  const whole = await sharp(bytes, { failOn: 'truncated' })
    .resize(32, 32, { fit: 'inside' })
    .raw()
    .toBuffer()
    .then(() => true, () => false);
  if (!whole) return { ok: false, kind: 'broken' };
  // The size as it prints: a photo taken sideways (EXIF orientation 5–8) prints turned upright.
  const upright = meta.autoOrient ?? meta;
  return { ok: true, format: meta.format === 'heif' ? 'avif' : meta.format, width: upright.width ?? 0, height: upright.height ?? 0 };
}

/** A file of the HEIF family (HEIC, AVIF): its first box is `ftyp`, with a HEIF brand. */
function isHeifBox(bytes: Buffer): boolean {
  return bytes.subarray(4, 8).toString('latin1') === 'ftyp' && /^(hei[cmsx]|hev[cmsx]|mif1|msf1|avi[fs])$/.test(bytes.subarray(8, 12).toString('latin1'));
}

/** What a file that is not an image holds, to say so: text, a web page, a PDF. */
function sniff(bytes: Buffer): 'text' | 'html' | 'pdf' | 'other' {
  const head = bytes.subarray(0, 512);
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head.includes(0)) return 'other';
  const text = head.toString('utf8').trimStart().toLowerCase();
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || text.includes('<body')) return 'html';
  return 'text';
}

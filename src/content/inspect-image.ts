/**
 * Is this file an image the pages can use? Checked when content is loaded,
 * for every image and the cover, so that a photo that is missing, empty,
 * cut short by a failed copy, really a text file, or in a format print
 * cannot use (an iPhone's HEIC) is a located problem, not a crash in the
 * middle of printing. Decoding is what proves a photo whole: a truncated
 * JPEG still has a good header.
 */
import { stat } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import sharp from 'sharp';

export type ImageVerdict =
  | { ok: true; format: string; width: number; height: number }
  | { ok: false; kind: 'missing' | 'folder' | 'empty' | 'broken' }
  | { ok: false; kind: 'not-image'; looksLike: 'text' | 'html' | 'pdf' | 'other' }
  | { ok: false; kind: 'unsupported'; format: string };

/** What Chromium prints and sharp resizes. */
const SUPPORTED = new Set(['jpeg', 'png', 'webp', 'gif', 'svg', 'avif']);

const verdicts = new Map<string, Promise<ImageVerdict>>();

/** Remembered by path, size and time of change: the dev server asks again on every save. */
export async function inspectImage(path: string): Promise<ImageVerdict> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return { ok: false, kind: 'missing' };
  if (info.isDirectory()) return { ok: false, kind: 'folder' };
  if (info.size === 0) return { ok: false, kind: 'empty' };
  const key = `${path}\0${info.size}\0${info.mtimeMs}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = decode(path);
    verdicts.set(key, verdict);
  }
  return verdict;
}

async function decode(path: string): Promise<ImageVerdict> {
  const meta = await sharp(path).metadata().catch(() => undefined);
  if (!meta?.format) return { ok: false, kind: 'not-image', looksLike: await sniff(path) };
  if (meta.format === 'heif') {
    if (meta.compression !== 'av1') return { ok: false, kind: 'unsupported', format: 'HEIC' };
  } else if (!SUPPORTED.has(meta.format)) {
    return { ok: false, kind: 'unsupported', format: meta.format.toUpperCase() };
  }
  // A small decode reads every byte of the picture (JPEG shrinks while decoding, so it is quick).
  const whole = await sharp(path, { failOn: 'truncated' })
    .resize(32, 32, { fit: 'inside' })
    .raw()
    .toBuffer()
    .then(() => true, () => false);
  if (!whole) return { ok: false, kind: 'broken' };
  return { ok: true, format: meta.format === 'heif' ? 'avif' : meta.format, width: meta.width ?? 0, height: meta.height ?? 0 };
}

/** What a file that is not an image holds, to say so: text, a web page, a PDF. */
async function sniff(path: string): Promise<'text' | 'html' | 'pdf' | 'other'> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
    if (head.includes(0)) return 'other';
    const text = head.toString('utf8').trimStart().toLowerCase();
    if (text.startsWith('<!doctype html') || text.startsWith('<html') || text.includes('<body')) return 'html';
    return 'text';
  } finally {
    await handle.close();
  }
}

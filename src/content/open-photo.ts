/**
 * Opens a photo to make the printed and the web images from, whatever the
 * camera saved. A JPEG, PNG … goes to sharp as it is, turned upright by its
 * EXIF orientation. A phone's HEIC (HEVC in a HEIF box) cannot: sharp's
 * prebuilt binary has no HEVC decoder. It is decoded with libheif compiled to
 * wasm (the heic-decode package, no system library), which also applies the
 * box's own rotation, so the pixels come out upright; its colour profile (an
 * iPhone's is Display P3) stays attached, so that its colours turn into sRGB
 * like any other photo's.
 *
 * A HEIC decode is slow (≈0.1 s a megapixel, over a second for a phone's
 * 12 megapixels, and the wasm blocks the event loop while it runs) and the
 * loader's check, the print image and the web images of one build all need
 * the pixels: each decode is kept, by the file's bytes, as a full-size JPEG
 * of high quality, within a memory budget.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import sharp, { type Metadata, type Sharp } from 'sharp';

/**
 * Bump when the way photos become print and web images changes: the image
 * cache's entries and the issues' fingerprints then no longer match.
 */
export const PHOTO_RECIPE = 'photos v2 (HEIC, CMYK)';

const HEIC_NAME = /\.(heic|heif|hif)$/i;

/** The name a photo's image has in the output: a HEIC becomes a JPEG (no browser prints HEIC); other names stay. */
export function outputName(name: string): string {
  return name.replace(HEIC_NAME, '.jpg');
}

/** HEVC in a HEIF box: what phones save, and what sharp cannot decode (AVIF, AV1 in the same box, it can). */
export function isHeic(meta: Pick<Metadata, 'format' | 'compression'>): boolean {
  return meta.format === 'heif' && meta.compression === 'hevc';
}

/**
 * A HEIC that cannot be decoded: `unsupported` when heic-decode does not take
 * the box for a HEIC (an unusual brand), `broken` when libheif fails on it
 * (cut short, damaged). Any other error is ours, not the photo's.
 */
export class HeicDecodeError extends Error {
  constructor(
    readonly kind: 'unsupported' | 'broken',
    cause: unknown,
  ) {
    super(`HEIC not decoded (${kind})`, { cause });
  }
}

export interface DecodedHeic {
  /** The whole picture, upright, as a JPEG (quality 95, no chroma subsampling) with the HEIC's colour profile. */
  jpeg: Buffer;
  width: number;
  height: number;
}

/** Decoded HEICs by the hash of their bytes, least recently used first. */
const decoded = new Map<string, Promise<DecodedHeic>>();
const sizes = new Map<string, number>();
/** About 60 twelve-megapixel photos. */
const BUDGET_BYTES = 256 * 2 ** 20;

export const hashOf = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

/** The HEIC `bytes` decoded (remembered under `key`, their hash); rejects with a HeicDecodeError when they cannot be. */
export function decodeHeic(bytes: Buffer, key = hashOf(bytes)): Promise<DecodedHeic> {
  let entry = decoded.get(key);
  if (entry) decoded.delete(key); // re-inserted below: now the most recently used
  entry ??= heicToJpeg(bytes);
  decoded.set(key, entry);
  entry.then(
    (d) => {
      sizes.set(key, d.jpeg.length);
      evict();
    },
    () => {},
  );
  return entry;
}

function evict(): void {
  let total = [...sizes.values()].reduce((a, b) => a + b, 0);
  for (const key of decoded.keys()) {
    if (total <= BUDGET_BYTES || decoded.size <= 1) break;
    total -= sizes.get(key) ?? 0;
    sizes.delete(key);
    decoded.delete(key);
  }
}

async function heicToJpeg(bytes: Buffer): Promise<DecodedHeic> {
  // sharp reads the box (sizes, colour profile) even though it cannot decode the picture.
  const { icc } = await sharp(bytes).metadata();
  const decode = (await import('heic-decode')).default;
  const { width, height, data } = await withoutLibheifNoise(() =>
    decode({ buffer: bytes }).catch((error: unknown) => {
      throw new HeicDecodeError(error instanceof TypeError ? 'unsupported' : 'broken', error);
    }),
  );
  const jpeg = await sharp(data, { raw: { width, height, channels: 4 } })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 95, chromaSubsampling: '4:4:4' })
    .toBuffer();
  return { jpeg: icc ? withIccProfile(jpeg, icc) : jpeg, width, height };
}

/**
 * `icc` written into a JPEG as APP2 segments after its start marker (ICC.1
 * annex B): sharp converts a profile when it writes one, and the decoded
 * pixels are already in this profile's colours: it only has to be named.
 */
function withIccProfile(jpeg: Buffer, icc: Buffer): Buffer {
  const chunk = 65519; // a segment's 65535 bytes, less its length, the signature and the sequence bytes
  const count = Math.ceil(icc.length / chunk);
  const segments = Array.from({ length: count }, (_, i) => {
    const part = icc.subarray(i * chunk, (i + 1) * chunk);
    const header = Buffer.alloc(18);
    header.writeUInt16BE(0xffe2, 0);
    header.writeUInt16BE(part.length + 16, 2);
    header.write('ICC_PROFILE\0', 4, 'latin1');
    header[16] = i + 1;
    header[17] = count;
    return Buffer.concat([header, part]);
  });
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

/** libheif's JavaScript prints its failures with console.log; they are reported as content problems instead. */
const LIBHEIF_NOISE = /^(Could not|Decoding image failed|Error loading image ids|No images found)/;
let quieted = 0;
let consoleLog: typeof console.log = console.log;

async function withoutLibheifNoise<T>(work: () => Promise<T>): Promise<T> {
  if (quieted++ === 0) {
    consoleLog = console.log;
    console.log = (...args: unknown[]) => {
      if (!(typeof args[0] === 'string' && LIBHEIF_NOISE.test(args[0]))) consoleLog(...args);
    };
  }
  try {
    return await work();
  } finally {
    if (--quieted === 0) console.log = consoleLog;
  }
}

export interface Photo {
  /** Upright; output converts its colours to sRGB (sharp's default), a CMYK JPEG's too. */
  image: Sharp;
  /** The upright size. */
  width: number;
  height: number;
  /** sharp's name of the format ('jpeg', 'png', 'svg' …), 'heic' for a HEIC. */
  format: string;
  /** The file can go into the pages as it is: a format browsers show, upright, RGB, under its own name. */
  showable: boolean;
}

export async function openPhoto(path: string): Promise<Photo> {
  const meta = await sharp(path).metadata();
  if (isHeic(meta)) {
    const { jpeg, width, height } = await decodeHeic(await readFile(path));
    return { image: sharp(jpeg), width, height, format: 'heic', showable: false };
  }
  const upright = (meta.orientation ?? 1) === 1;
  return {
    image: sharp(path, { failOn: 'none' }).rotate(),
    width: meta.autoOrient?.width ?? meta.width ?? 1,
    height: meta.autoOrient?.height ?? meta.height ?? 1,
    format: meta.format ?? '',
    showable: upright && meta.space !== 'cmyk' && outputName(path) === path,
  };
}

/**
 * Responsive images for the web edition: each image an issue uses becomes
 * WebP at up to three widths (for `srcset`) plus one JPEG fallback, never
 * wider than the original. A phone downloads ~40 KB instead of the print file.
 * Each is upright and sRGB, whatever the photo was: a phone's HEIC, a CMYK
 * JPEG, a picture turned by its EXIF orientation (src/content/open-photo.ts).
 *
 * img/images.json records what each was made from (the photo's size and
 * time): when an issue is remade after an edit to its text, the photos that
 * did not change are the last build's files, hard-linked, not encoded again.
 */
import { stat, mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PHOTO_RECIPE, openPhoto } from '../content/open-photo.ts';
import type { OutputFile } from '../output/files.ts';
import type { Stage } from '../output/stage.ts';

export const WEB_WIDTHS = [480, 960, 1600];
/** Part of each record: other widths or another photo recipe make the old files no use. */
const RECIPE = `${PHOTO_RECIPE}; web ${WEB_WIDTHS.join(',')} webp78 jpg80`;
const RECORD = 'images.json';

export interface WebImage {
  /** Paths relative to the issue's web folder. */
  src: string;
  srcset: string;
  width: number;
  height: number;
}

export interface WebImages {
  files: OutputFile[];
  /** Keyed by the asset URL used in the model's HTML (assets/…). */
  byUrl: Map<string, WebImage>;
}

/** img/images.json: per asset URL, what it was made from, its files (relative to the issue folder) and how to show it. */
interface ImagesRecord {
  recipe: string;
  images: Record<string, { made: string; files: string[]; image: WebImage }>;
}

/** The last build's img/ of an issue, moved aside in the staging folder to be linked from. */
export interface PreviousImages {
  dir: string;
  record: ImagesRecord;
}

/** Takes over web/<issue>/img/ of the last build, out of the way of the new one; undefined when there is none. */
export async function previousImages(stage: Stage, folder: string): Promise<PreviousImages | undefined> {
  if (!(await stage.reuse(`web/${folder}/img`))) return undefined;
  const dir = stage.path(`.previous-img/${folder}`);
  await mkdir(dirname(dir), { recursive: true });
  await rename(stage.path(`web/${folder}/img`), dir);
  const record = (await readFile(join(dir, RECORD), 'utf8').then(JSON.parse, () => undefined)) as ImagesRecord | undefined;
  return record?.recipe === RECIPE ? { dir, record } : undefined;
}

export async function prepareWebImages(assets: Map<string, string>, previous?: PreviousImages): Promise<WebImages> {
  const files: OutputFile[] = [];
  const byUrl = new Map<string, WebImage>();
  const record: ImagesRecord = { recipe: RECIPE, images: {} };
  await Promise.all(
    [...assets].map(async ([path, url]) => {
      const info = await stat(path);
      const made = `${info.size} ${info.mtimeMs}`;
      const before = previous?.record.images[url];
      if (before?.made === made) {
        for (const file of before.files) files.push({ path: file, copyOf: join(previous!.dir, file.replace(/^img\//, '')) });
        byUrl.set(url, before.image);
        record.images[url] = before;
        return;
      }
      const base = `img/${decodeURIComponent(url).replace(/^assets\//, '').replace(/\.[^./]+$/, '')}`;
      const { image: source, width, height } = await openPhoto(path);
      const widths = [...new Set(WEB_WIDTHS.map((w) => Math.min(w, width)))];
      const paths: string[] = [];
      const variants = await Promise.all(
        widths.map(async (w) => {
          const data = await source.clone().resize({ width: w, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
          files.push({ path: `${base}-${w}.webp`, contents: data });
          paths.push(`${base}-${w}.webp`);
          return `${encodeURI(`${base}-${w}.webp`)} ${w}w`;
        }),
      );
      const fallbackWidth = Math.min(960, width);
      files.push({ path: `${base}-${fallbackWidth}.jpg`, contents: await source.clone().resize({ width: fallbackWidth, withoutEnlargement: true }).jpeg({ quality: 80, mozjpeg: true }).toBuffer() });
      paths.push(`${base}-${fallbackWidth}.jpg`);
      const image = { src: encodeURI(`${base}-${fallbackWidth}.jpg`), srcset: variants.join(', '), width: fallbackWidth, height: Math.round((height / width) * fallbackWidth) };
      byUrl.set(url, image);
      record.images[url] = { made, files: paths.sort(), image };
    }),
  );
  if (assets.size) files.push({ path: `img/${RECORD}`, contents: `${JSON.stringify(record, null, 1)}\n` });
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, byUrl };
}

/** The same image seen from a page `prefix` deep below the issue folder (e.g. "../../"). */
export function imageFrom(prefix: string, image: WebImage): WebImage {
  return {
    ...image,
    src: prefix + image.src,
    srcset: image.srcset
      .split(', ')
      .map((entry) => prefix + entry)
      .join(', '),
  };
}

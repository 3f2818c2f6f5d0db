/**
 * Responsive images for the web edition: each image an issue uses becomes
 * WebP at up to three widths (for `srcset`) plus one JPEG fallback, never
 * wider than the original. A phone downloads ~40 KB instead of the print file.
 * Each is upright and sRGB, whatever the photo was: a phone's HEIC, a CMYK
 * JPEG, a picture turned by its EXIF orientation (src/content/open-photo.ts).
 */
import { openPhoto } from '../content/open-photo.ts';
import type { OutputFile } from '../output/files.ts';

export const WEB_WIDTHS = [480, 960, 1600];

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

export async function prepareWebImages(assets: Map<string, string>): Promise<WebImages> {
  const files: OutputFile[] = [];
  const byUrl = new Map<string, WebImage>();
  await Promise.all(
    [...assets].map(async ([path, url]) => {
      const base = `img/${decodeURIComponent(url).replace(/^assets\//, '').replace(/\.[^./]+$/, '')}`;
      const { image: source, width, height } = await openPhoto(path);
      const widths = [...new Set(WEB_WIDTHS.map((w) => Math.min(w, width)))];
      const variants = await Promise.all(
        widths.map(async (w) => {
          const data = await source.clone().resize({ width: w, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
          files.push({ path: `${base}-${w}.webp`, contents: data });
          return `${encodeURI(`${base}-${w}.webp`)} ${w}w`;
        }),
      );
      const fallbackWidth = Math.min(960, width);
      files.push({ path: `${base}-${fallbackWidth}.jpg`, contents: await source.clone().resize({ width: fallbackWidth, withoutEnlargement: true }).jpeg({ quality: 80, mozjpeg: true }).toBuffer() });
      byUrl.set(url, {
        src: encodeURI(`${base}-${fallbackWidth}.jpg`),
        srcset: variants.join(', '),
        width: fallbackWidth,
        height: Math.round((height / width) * fallbackWidth),
      });
    }),
  );
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

/**
 * Rewrites the model's `<img src="assets/…">` (our own rehype output) into
 * responsive, lazy images relative to a page `prefix` deep in the issue.
 */
export function responsiveHtml(html: string, images: Map<string, WebImage>, prefix: string): string {
  return html.replace(/<img src="(assets\/[^"]+)"([^>]*)>/g, (tag, url: string, rest: string) => {
    const image = images.get(url);
    if (!image) return tag;
    const seen = imageFrom(prefix, image);
    const attributes = rest.replace(/\sloading="[^"]*"/, '');
    return `<img src="${seen.src}" srcset="${seen.srcset}" sizes="(min-width: 760px) 40rem, 100vw" width="${seen.width}" height="${seen.height}"${attributes} loading="lazy" decoding="async">`;
  });
}


/**
 * Downsampled images, made once. A photo larger than it prints is resized
 * with sharp, and one the pages cannot use as it is made into one they can:
 * turned upright by its EXIF orientation, a CMYK JPEG made RGB, a phone's
 * HEIC decoded into a JPEG (src/content/open-photo.ts). That costs tens of
 * milliseconds a photo (a HEIC, a second or two), and every rebuild of an
 * issue would pay it again for every photo, though the editor changed one
 * word. So each resized image is
 * kept in <out>/.yuebao/images/, named by what it was made from (the
 * source's path, size and modification time, and the width), and later
 * builds hard-link it. The dev server relies on this: its stable files let a
 * kept-open print page know that no image changed.
 *
 * It is a cache, not output: an entry is never read unless its name matches.
 * The outputs that use an entry are hard links to it, so an entry with no
 * other link is used by no output any more, and goes after the next build.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { FormatEnum } from 'sharp';
import { PHOTO_RECIPE, openPhoto, outputName } from '../content/open-photo.ts';
import { StagedCache } from './staged-cache.ts';

/** What a made image is written as, by its extension. */
const FORMATS: Record<string, keyof FormatEnum | 'avif'> = { jpg: 'jpeg', png: 'png', webp: 'webp', gif: 'gif', avif: 'avif' };

export class ImageCache {
  readonly store: StagedCache;

  /** `dir`: the kept cache; `freshDir`: where this build writes new entries (its staging folder; default: `dir`). */
  constructor(dir: string, freshDir?: string) {
    this.store = new StagedCache(dir, freshDir);
  }

  /**
   * The path of `source` prepared to be at most `maxWidth` px wide, in a
   * format the pages can use, or the source itself when it already is that.
   */
  async prepared(source: string, maxWidth: number): Promise<string> {
    const info = await stat(source);
    const key = createHash('sha256').update(`${PHOTO_RECIPE}\n${source}\n${info.size}\n${info.mtimeMs}\n${maxWidth}`).digest('hex').slice(0, 32);
    const extension = extensionOf(outputName(source));
    const name = `${key}.${extension}`;
    const cached = await this.store.find(name);
    if (cached) return cached;

    const photo = await openPhoto(source);
    // A drawing (SVG) prints sharp at any size.
    if (photo.showable && (photo.width <= maxWidth || photo.format === 'svg')) return source;
    return this.store.put(name, (path) =>
      photo.image
        .resize({ width: maxWidth, withoutEnlargement: true })
        .toFormat(FORMATS[extension] ?? 'jpeg')
        .toFile(path),
    );
  }

  /** Keeps this build's new entries (it committed) and removes those no output links to any more. */
  commit(): Promise<void> {
    return this.store.commit();
  }

  prune(): Promise<void> {
    return this.store.prune();
  }
}

/** The extension of a made image: the format it is written in. */
function extensionOf(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? 'jpg';
  return ext === 'jpeg' ? 'jpg' : ext;
}

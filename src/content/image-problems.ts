/**
 * Image problems, located where the image is named: not found (with the
 * nearest file that is there), or there but no usable picture (a folder,
 * empty, damaged, not an image, a format print cannot use, a HEIC that
 * cannot be decoded). The cover goes through the same door as every photo
 * in an article.
 */
import { realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import { displayPath, isInside } from '../core/paths.ts';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import { suggestPath } from './did-you-mean.ts';
import { inspectImage } from './inspect-image.ts';
import { reportError, type Place } from '../core/problems.ts';

export interface NamedImage {
  path: string;
  file: VFile;
  place?: Place;
  /** As written in the file. */
  ref: string;
}

export function reportMissingImage(file: VFile, path: string, ref: string, root: string, place: Place | undefined): void {
  const near = suggestPath(path, root);
  const hint = near ? ` ${t().content.didYouMean({ path: displayPath(dirname(file.path), near) })}` : '';
  reportError(file, `${t().content.imageNotFound({ src: ref })}${hint}`, place, 'missing-image');
}

/** Inspects every named image (each file once, however often it is named) and reports what is wrong where it is named. */
export async function checkImages(images: NamedImage[], root: string): Promise<void> {
  const c = t().content;
  const realRoot = await realpath(root).catch(() => root);
  await Promise.all(
    images.map(async (image) => {
      const src = image.ref;
      // A link inside the content folder that leads out of it is as far out as the file it leads to.
      const real = await realpath(image.path).catch(() => image.path);
      if (!isInside(realRoot, real)) {
        return reportError(image.file, t().content.pathOutside({ ref: src }), image.place, 'path-outside-root');
      }
      const verdict = await inspectImage(image.path);
      if (verdict.ok) return;
      const at = (reason: string, rule: string) => reportError(image.file, reason, image.place, rule);
      switch (verdict.kind) {
        case 'missing':
          return reportMissingImage(image.file, image.path, src, root, image.place);
        case 'folder':
          return at(c.imageIsFolder({ src }), 'missing-image');
        case 'empty':
          return at(c.imageEmpty({ src }), 'image-unreadable');
        case 'broken':
          return at(c.imageBroken({ src }), 'image-unreadable');
        case 'not-image': {
          const looksLike = { text: c.looksLikeText, html: c.looksLikeHtml, pdf: c.looksLikePdf, other: c.looksLikeOther }[verdict.looksLike];
          return at(c.imageNotImage({ src, looksLike }), 'image-unreadable');
        }
        case 'unsupported':
          return at(verdict.format === 'HEIC' ? c.imageHeicUnsupported({ src }) : c.imageUnsupported({ src, format: verdict.format }), 'image-format');
      }
    }),
  );
}

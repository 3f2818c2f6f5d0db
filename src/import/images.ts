/**
 * Pictures of an imported article. A picture saved next to the clipping (a
 * browser's "page_files/" folder, or beside a .md) is copied into
 * `<out>/images/` and referenced as `images/<file>`, so the article is
 * complete where it lands. A remote picture keeps its URL, with a warning
 * (yuebao never downloads; `yuebao check` and a build refuse it until the
 * editor has saved it).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Image, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportWarning } from '../core/problems.ts';
import { t } from '../i18n/index.ts';
import { isPlaceholder } from './figures.ts';

export interface ImagePlacement {
  clipping: string;
  out: string;
  /** Base name for pictures that have none fit for a file name (data: URLs, Chinese names). */
  article: string;
  /** The page's own address: a picture not saved with the page is fetched from there (by the editor). */
  pageUrl?: string;
  /** The clipping's vfile: a picture that is missing or remote is a warning there, at the picture's line. */
  vfile: VFile;
  /** Line of the clipping on which the tree's positions start (ParsedClipping.lineOffset). */
  lineOffset: number;
}

const digest = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex');

function asciiName(name: string, fallback: string): string {
  const ext = extname(name).toLowerCase().replace(/[^.a-z0-9]/g, '');
  const stem = basename(name, extname(name)).normalize('NFKD').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return `${stem || fallback}${ext || '.jpg'}`;
}

/** Writes `bytes` as images/<name>, or as name-2 … when another picture has that name; the same picture is reused. */
function store(bytes: Buffer, name: string, out: string): string {
  const dir = join(out, 'images');
  mkdirSync(dir, { recursive: true });
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const file = n === 1 ? name : `${stem}-${n}${ext}`;
    const path = join(dir, file);
    if (!existsSync(path)) {
      writeFileSync(path, bytes);
      return `images/${file}`;
    }
    if (digest(readFileSync(path)) === digest(bytes)) return `images/${file}`;
  }
}

/** The picture's file next to the clipping, if there is one. */
function localFile(url: string, clipping: string): string | undefined {
  let path = url.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // a stray % — use the path as it is
  }
  const dir = dirname(clipping);
  // "/uploads/a.jpg" is the site's root, which a saved page does not have: try beside the clipping.
  for (const candidate of [resolve(dir, path), resolve(dir, path.replace(/^\/+/, '')), join(dir, basename(path))]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** `url` against the page's address; undefined if either is not a URL (URL.parse is not in every Node 20). */
function resolveUrl(url: string, base: string): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** A warning about `image`, at its place in the clipping. */
function warn(where: ImagePlacement, image: Image, reason: string, ruleId: string): void {
  reportWarning(where.vfile, reason, { line: (image.position?.start.line ?? 1) + where.lineOffset, column: image.position?.start.column ?? 1 }, ruleId);
}

export function placeImages(tree: Root, where: ImagePlacement): void {
  const remote: Image[] = [];
  let count = 0;
  let missing = 0;
  visit(tree, 'image', (image) => {
    count++;
    // A caption and credit whose photo the clipping did not have: the path where the editor is to save it.
    if (isPlaceholder(image)) {
      image.url = `images/${where.article}-${++missing}.jpg`;
      warn(where, image, t().import.photoMissing({ caption: image.alt ?? '', path: join(where.out, image.url) }), 'import-image-missing');
      return;
    }
    const url = image.url.trim();
    if (/^(?:https?:)?\/\//i.test(url)) {
      // Kept as it is; only made a URL Markdown can hold (no spaces) and given its scheme.
      image.url = (url.startsWith('//') ? `https:${url}` : url).replace(/[\s<>]/g, (c) => encodeURIComponent(c));
      remote.push(image);
      return;
    }
    const data = /^data:image\/(png|jpe?g|gif|webp);base64,(.+)$/i.exec(url);
    if (data) {
      image.url = store(Buffer.from(data[2], 'base64'), `${where.article}-${count}.${data[1].toLowerCase().replace('jpeg', 'jpg')}`, where.out);
      return;
    }
    const file = localFile(url, where.clipping);
    const absolute = !file && where.pageUrl ? resolveUrl(url, where.pageUrl) : undefined;
    if (absolute) {
      image.url = absolute;
      remote.push(image);
      return;
    }
    if (!file) {
      warn(where, image, t().import.imageMissing({ url, dir: join(where.out, 'images') }), 'import-image-missing');
      image.url = url.replace(/[\s<>]/g, (c) => encodeURIComponent(c));
      return;
    }
    image.url = store(readFileSync(file), asciiName(basename(file), `${where.article}-${count}`), where.out);
  });
  // One warning for all of them, at the first: a page of 20 web pictures is one thing to do.
  if (remote.length) warn(where, remote[0], remoteMessage(remote, where), 'import-image-remote');
}

/** yuebao never downloads: the editor saves the pictures (a build refuses remote ones). */
function remoteMessage(images: Image[], where: ImagePlacement): string {
  const first = images[0].url.length > 80 ? `${images[0].url.slice(0, 77)}…` : images[0].url;
  return t().import.imagesRemote({ count: images.length, first, dir: join(where.out, 'images') });
}

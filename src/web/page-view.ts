/**
 * The page view's files: each printed page as a picture in three widths —
 * 1600 px, sharp enough to read a column zoomed in on a phone; 800 px for the
 * page turner; 200 px for the thumbnails — and the cover as a JPEG for share
 * cards. Pages are numbered as the PDF counts them (1 = the cover), and the
 * page view opens at `#page=N`.
 *
 * pages.json records each page's pixel hash. A rebuild after an edit draws
 * every page again but encodes only those that look different: the others
 * are the last build's files, hard-linked (src/web/page-images.ts `known`).
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { OutputFile } from '../output/files.ts';
import type { Stage } from '../output/stage.ts';
import type { PageImage } from './page-images.ts';

/** The widths drawn: the first for zooming, the others made from the same drawing. */
export const PAGE_WIDTHS = { zoom: 1600, turn: 800, thumb: 200 } as const;
const RECORD = 'pages.json';

export interface PageView {
  pages: Array<{ number: number; src: string; zoom: string; zoomWidth: number; thumb: string; width: number; height: number }>;
  /** The cover page as a JPEG (pages/cover.jpg), for share cards. */
  cover: { path: string; width: number; height: number };
}

/** pages.json: per page, its pixel hash and the [width, height] of each picture, widest first. */
interface PagesRecord {
  pages: Array<{ hash: string; sizes: Array<[number, number]> }>;
}

/** The last build's pictures of an issue, moved aside in the staging folder to be linked from. */
export interface PreviousPages {
  dir: string;
  record: PagesRecord;
}

const name = (n: number, width: number) => `p${String(n).padStart(3, '0')}-${width}.webp`;

/** Takes over web/<issue>/pages/ of the last build, out of the way of the new one; undefined when there is none. */
export async function previousPages(stage: Stage, folder: string): Promise<PreviousPages | undefined> {
  const rel = `web/${folder}/pages`;
  if (!(await stage.reuse(rel))) return undefined;
  const dir = stage.path(`.previous-pages/${folder}`);
  await mkdir(dirname(dir), { recursive: true });
  await rename(stage.path(rel), dir);
  const record = (await readFile(join(dir, RECORD), 'utf8').then(JSON.parse, () => undefined)) as PagesRecord | undefined;
  // Pictures made with other widths are no use.
  const widths = [PAGE_WIDTHS.zoom, PAGE_WIDTHS.turn, PAGE_WIDTHS.thumb].join();
  return record?.pages?.every((p) => p.sizes.map(([w]) => w).join() === widths) ? { dir, record } : undefined;
}

/** Files under web/<issue>/pages/ and what the templates need to show them (paths relative to pages/). */
export async function pageViewFiles(images: PageImage[], previous?: PreviousPages): Promise<{ files: OutputFile[]; view: PageView }> {
  const files: OutputFile[] = [];
  const before = new Map(previous?.record.pages.map((p, i) => [p.hash, { n: i + 1, sizes: p.sizes }]));
  const record: PagesRecord = { pages: [] };
  const pages = images.map((image, i) => {
    const n = i + 1;
    let sizes: Array<[number, number]>;
    const known = !image.data && before.get(image.hash);
    if (known) {
      sizes = known.sizes;
      for (const [w] of sizes) files.push({ path: name(n, w), copyOf: join(previous!.dir, name(known.n, w)) });
    } else {
      const drawn = [image, ...image.smaller].map((d) => ({ ...d, data: d.data! }));
      sizes = drawn.map((d) => [d.width, d.height]);
      for (const d of drawn) files.push({ path: name(n, d.width), contents: d.data });
    }
    record.pages.push({ hash: image.hash, sizes });
    const [full] = sizes;
    const turn = sizes.find(([w]) => w === PAGE_WIDTHS.turn) ?? full;
    const thumb = sizes.find(([w]) => w === PAGE_WIDTHS.thumb) ?? turn;
    return { number: n, src: name(n, turn[0]), zoom: name(n, full[0]), zoomWidth: full[0], thumb: name(n, thumb[0]), width: turn[0], height: turn[1] };
  });
  // The cover from its new picture, or from the last build's file of the same page.
  const first = images[0];
  const coverSource = first.data ?? (await readFile(join(previous!.dir, name(before.get(first.hash)!.n, first.width))));
  const cover = await sharp(coverSource).resize({ width: Math.min(1200, first.width) }).flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true });
  files.push({ path: 'cover.jpg', contents: cover.data });
  files.push({ path: RECORD, contents: `${JSON.stringify(record)}\n` });
  return { files, view: { pages, cover: { path: 'cover.jpg', width: cover.info.width, height: cover.info.height } } };
}

/** The hashes renderPdfPages need not encode again. */
export function knownHashes(previous: PreviousPages | undefined): string[] {
  return previous?.record.pages.map((p) => p.hash) ?? [];
}

/**
 * Photos as they come off phones and out of print shops: an iPhone's HEIC
 * (test/fixtures/photos/), a JPEG turned by its EXIF orientation and a CMYK
 * JPEG (both made here with sharp), in an article and on the cover. One
 * issue is built once, with its PDF and web edition, and read back: the
 * print HTML names JPEGs that exist, the PDF draws them, the web edition's
 * WebPs are upright and sRGB. A damaged HEIC is a located problem.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, type PDFPage } from 'pdf-lib';
import sharp, { type Sharp } from 'sharp';
import decodeHeic from 'heic-decode';
import { build, type BuildResult } from '../src/build.ts';
import { inspectImage } from '../src/content/inspect-image.ts';
import { setLang } from '../src/i18n/index.ts';
import { FIXTURES, copyContent, edit, tempDir } from './helpers.ts';

setLang('zh');

const HEIC = join(FIXTURES, 'photos', 'phone-park.heic');
const ISSUE = '2024-01';

/** Stored 300 × 200 with its left third red, EXIF orientation 6 (turn 90° clockwise): upright it is 200 × 300, red on top. */
function rotatedJpeg(): Promise<Buffer> {
  const red = { input: { create: { width: 100, height: 200, channels: 3 as const, background: '#dd0000' } }, left: 0, top: 0 };
  return sharp({ create: { width: 300, height: 200, channels: 3, background: '#22aa66' } })
    .composite([red])
    .jpeg()
    .toBuffer()
    .then((plain) => sharp(plain).withMetadata({ orientation: 6 }).jpeg().toBuffer());
}

/** A print shop's CMYK JPEG (with the CMYK profile sharp ships) of a blue #0088cc. */
function cmykJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 240, height: 160, channels: 3, background: '#0088cc' } }).withIccProfile('cmyk').jpeg().toBuffer();
}

/** The basic fixture's issue with the HEIC as cover and in the first article, the turned and CMYK JPEGs in the second. */
async function contentWithPhotos(): Promise<string> {
  const root = copyContent(join(FIXTURES, 'basic'));
  const issue = join(root, ISSUE);
  writeFileSync(join(issue, 'images', 'phone.heic'), readFileSync(HEIC));
  writeFileSync(join(issue, 'images', 'turned.jpg'), await rotatedJpeg());
  writeFileSync(join(issue, 'images', 'cmyk.jpg'), await cmykJpeg());
  edit(join(issue, 'issue.md'), 'date: 2024-01-10\n', 'date: 2024-01-10\ncover:\n  image: images/phone.heic\n  caption: 手机拍的封面\n');
  edit(join(issue, 'news', 'first.md'), '![园区一角](../images/dot.png "王五 摄")', '![手机拍的照片](../images/phone.heic "王五 摄")');
  edit(join(issue, 'news', 'second.md'), '只有一段正文。\n', '只有一段正文。\n\n![竖拍的照片](../images/turned.jpg)\n\n![印刷厂的 CMYK 照片](../images/cmyk.jpg)\n');
  return root;
}

const errorsOf = (result: BuildResult) => result.files.flatMap((f) => f.messages.filter((m) => m.fatal).map((m) => `${f.path}:${m.line}:${m.column} ${m.reason} [${m.ruleId}]`));

/** Every image drawn on a PDF page, forms included: its size in pixels. */
function imagesOn(page: PDFPage): { width: number; height: number }[] {
  const found: { width: number; height: number }[] = [];
  const walk = (resources: PDFDict | undefined) => {
    const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, ref] of xobjects?.entries() ?? []) {
      const object = page.doc.context.lookup(ref);
      if (!(object instanceof PDFRawStream)) continue;
      const dict = object.dict;
      const subtype = dict.get(PDFName.of('Subtype'));
      if (subtype === PDFName.of('Image')) {
        found.push({ width: dict.lookup(PDFName.of('Width'), PDFNumber).asNumber(), height: dict.lookup(PDFName.of('Height'), PDFNumber).asNumber() });
      } else if (subtype === PDFName.of('Form')) {
        walk(dict.lookupMaybe(PDFName.of('Resources'), PDFDict));
      }
    }
  };
  walk(page.node.Resources());
  return found;
}

/** Mean colour of a horizontal band of an image (from `top` to `bottom`, fractions of its height). */
async function bandColour(path: string, top: number, bottom: number): Promise<{ r: number; g: number; b: number }> {
  const { width = 0, height = 0 } = await sharp(path).metadata();
  const band = await sharp(path)
    .extract({ left: 0, top: Math.round(height * top), width, height: Math.round(height * (bottom - top)) })
    .png()
    .toBuffer();
  const [r, g, b] = (await sharp(band).stats()).channels.map((c) => c.mean);
  return { r, g, b };
}

/** Mean difference per channel (0–255) between an image file and a picture, both made 64 × 64. */
async function meanDifference(path: string, picture: Sharp): Promise<number> {
  const pixels = (image: Sharp) => image.resize(64, 64, { fit: 'fill' }).removeAlpha().raw().toBuffer();
  const [a, b] = await Promise.all([pixels(sharp(path)), pixels(picture)]);
  return a.reduce((sum, value, i) => sum + Math.abs(value - b[i]), 0) / a.length;
}

describe('phone photos, turned photos and CMYK photos, through the real build', () => {
  let out: string;
  let result: BuildResult;
  let printHtml: string;
  const print = (url: string) => join(out, 'print', ISSUE, decodeURIComponent(url));

  beforeAll(async () => {
    const root = await contentWithPhotos();
    out = join(tempDir('photos'), 'dist');
    result = await build({ path: join(root, ISSUE), out, pdf: true, web: true });
    printHtml = readFileSync(join(out, 'print', ISSUE, 'index.html'), 'utf8');
  });

  it('builds, and no .heic reaches the output', () => {
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
    const files = readdirSync(out, { recursive: true }).map(String);
    expect(files.filter((f) => /\.heic$/i.test(f))).toEqual([]);
    expect(printHtml).not.toMatch(/\.heic/i);
  });

  it('prints the HEIC, on the cover and in the article, as a JPEG of its size', async () => {
    const urls = [...printHtml.matchAll(/<img[^>]* src="(assets\/images\/phone[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(2); // the cover and the article
    expect(new Set(urls)).toEqual(new Set(['assets/images/phone.jpg']));
    const meta = await sharp(print(urls[0])).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 512, height: 300, space: 'srgb' });
    expect(meta.orientation ?? 1).toBe(1);
    // The photo itself, the right way up: close to libheif's own decode (which differs by JPEG loss and Display P3 → sRGB).
    const { width, height, data } = await decodeHeic({ buffer: readFileSync(HEIC) });
    const reference = sharp(Buffer.from(data), { raw: { width, height, channels: 4 } });
    expect(await meanDifference(print(urls[0]), reference)).toBeLessThan(8);
    expect(await meanDifference(print(urls[0]), reference.clone().flip())).toBeGreaterThan(20);
  });

  it('draws the photo on the cover and on the article page of the PDF', async () => {
    const pdf = await PDFDocument.load(readFileSync(join(out, 'pdf', `${ISSUE}.pdf`)));
    const article = result.pdfPages[ISSUE]['article-01'];
    expect(article).toBeGreaterThan(1);
    for (const n of [1, article]) {
      const images = imagesOn(pdf.getPage(n - 1));
      // Chromium may re-sample the photo; its shape stays 512 : 300.
      expect(images.some((i) => Math.abs(i.width / i.height - 512 / 300) < 0.02), `page ${n}: ${JSON.stringify(images)}`).toBe(true);
    }
  });

  it('serves WebPs in the web edition, for the HEIC too', async () => {
    const web = join(out, 'web', ISSUE);
    const page = readFileSync(join(web, 'news', 'first', 'index.html'), 'utf8');
    const srcset = /<img[^>]* srcset="([^"]+)"/.exec(page)?.[1] ?? '';
    const files = srcset.split(', ').map((entry) => entry.split(' ')[0]);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const width = Number(/phone-(\d+)\.webp$/.exec(file)?.[1]);
      const path = join(web, 'news', 'first', decodeURI(file));
      expect(existsSync(path), path).toBe(true);
      expect(await sharp(path).metadata()).toMatchObject({ format: 'webp', width, height: Math.round((width * 300) / 512), space: 'srgb' });
    }
    expect(files.map((f) => f.split('/').pop())).toEqual(['phone-480.webp', 'phone-512.webp']);
    const cover = readFileSync(join(web, 'index.html'), 'utf8');
    expect(cover).toMatch(/<img[^>]* srcset="[^"]*phone-480\.webp/);
  });

  it('turns a photo upright by its EXIF orientation, in print and on the web', async () => {
    const url = /<img[^>]* src="(assets\/images\/turned[^"]*)"/.exec(printHtml)?.[1] ?? '';
    const printed = print(url);
    const webp = join(out, 'web', ISSUE, 'img', 'images', 'turned-200.webp');
    for (const path of [printed, webp]) {
      const meta = await sharp(path).metadata();
      expect({ width: meta.width, height: meta.height, orientation: meta.orientation ?? 1 }, path).toEqual({ width: 200, height: 300, orientation: 1 });
      const top = await bandColour(path, 0, 0.3);
      const bottom = await bandColour(path, 0.4, 1);
      expect(top.r, path).toBeGreaterThan(180);
      expect(bottom.g, path).toBeGreaterThan(bottom.r);
    }
  });

  it('makes a CMYK JPEG into sRGB, in print and on the web, with its colour', async () => {
    const url = /<img[^>]* src="(assets\/images\/cmyk[^"]*)"/.exec(printHtml)?.[1] ?? '';
    const webp = join(out, 'web', ISSUE, 'img', 'images', 'cmyk-240.webp');
    for (const path of [print(url), webp]) {
      const meta = await sharp(path).metadata();
      expect(meta.space, path).toBe('srgb');
      expect(meta.channels, path).toBe(3);
      const { r, g, b } = await bandColour(path, 0, 1);
      // #0088cc through a CMYK profile and back: blue, some green, little red.
      expect(b, path).toBeGreaterThan(150);
      expect(g, path).toBeGreaterThan(r + 40);
    }
  });
});

describe('a damaged HEIC', () => {
  it('stops the build with a located image-unreadable error at the line that names it', async () => {
    const root = await contentWithPhotos();
    truncateSync(join(root, ISSUE, 'images', 'phone.heic'), Math.floor(readFileSync(HEIC).length / 2));
    const result = await build({ path: join(root, ISSUE), out: join(tempDir('photos'), 'dist'), pdf: false, web: false });
    expect(result.ok).toBe(false);
    const errors = errorsOf(result);
    expect(errors.some((e) => /news\/first\.md:12:1 图片 \.\.\/images\/phone\.heic 已损坏或不完整.*\[image-unreadable\]$/.test(e)), errors.join('\n')).toBe(true);
    expect(errors.some((e) => /issue\.md:\d+:\d+ 图片 images\/phone\.heic 已损坏或不完整.*\[image-unreadable\]$/.test(e)), errors.join('\n')).toBe(true);
  });

  it('is damaged, not "not an image", when cut before its picture index', async () => {
    const path = join(tempDir('photos'), 'cut.heic');
    writeFileSync(path, readFileSync(HEIC).subarray(0, 1500));
    expect(await inspectImage(path)).toEqual({ ok: false, kind: 'broken' });
  });
});

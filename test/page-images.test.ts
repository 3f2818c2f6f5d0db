/**
 * Pictures of PDF pages for the web edition (src/web/page-images.ts), on a
 * tiny PDF made here: one image per page, in order, the width asked for and
 * each page's own proportions, real WebP, and something actually drawn.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import sharp from 'sharp';
import type { Browser } from 'puppeteer';
import { tempDir } from './helpers.ts';
import { launchBrowser } from '../src/print/browser.ts';
import { renderPdfPages } from '../src/web/page-images.ts';
import { YuebaoError } from '../src/errors.ts';

const A4 = [595.28, 841.89] as const;

/** Page 1: A4 with a red block in the middle; page 2: a wide strip with black text (Helvetica, not embedded). */
async function twoPagePdf(path: string): Promise<void> {
  const pdf = await PDFDocument.create();
  const a4 = pdf.addPage([...A4]);
  a4.drawRectangle({ x: A4[0] / 4, y: A4[1] / 4, width: A4[0] / 2, height: A4[1] / 2, color: rgb(1, 0, 0) });
  const strip = pdf.addPage([400, 200]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  strip.drawText('Yuebao', { x: 20, y: 70, size: 72, font, color: rgb(0, 0, 0) });
  writeFileSync(path, await pdf.save({ useObjectStreams: false }));
}

/** The colour of one pixel of an encoded image. */
async function pixel(image: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + 3)];
}

describe('renderPdfPages', () => {
  let browser: Browser;
  const dir = tempDir('page-images');
  const pdfPath = join(dir, 'two-pages.pdf');

  beforeAll(async () => {
    await twoPagePdf(pdfPath);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gives one WebP per page, as wide as asked, in each page’s proportions', async () => {
    const images = await renderPdfPages(browser, pdfPath, { width: 300 });
    expect(images).toHaveLength(2);
    expect(images.map((image) => image.width)).toEqual([300, 300]);
    expect(images[0].height).toBeCloseTo((300 * A4[1]) / A4[0], -1);
    expect(images[1].height).toBe(150);
    for (const image of images) {
      // RIFF <size> WEBP
      expect(Buffer.from(image.data!.subarray(0, 4)).toString('latin1')).toBe('RIFF');
      expect(Buffer.from(image.data!.subarray(8, 12)).toString('latin1')).toBe('WEBP');
      const meta = await sharp(image.data!).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', image.width, image.height]);
    }
  });

  it('draws the pages: white paper, the red block, the text', async () => {
    const [a4, strip] = await renderPdfPages(browser, pdfPath, { width: 300 });
    const near = (actual: number[], expected: number[]) => actual.every((value, i) => Math.abs(value - expected[i]) < 40);
    expect(near(await pixel(a4.data!, 10, 10), [255, 255, 255])).toBe(true);
    expect(near(await pixel(a4.data!, 150, Math.round(a4.height / 2)), [255, 0, 0])).toBe(true);
    // Some dark pixels: the text is drawn (Helvetica is not embedded; pdf.js asks Node for its stand-in).
    const { data } = await sharp(strip.data!).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect(Math.min(...data)).toBeLessThan(60);
  });

  it('makes smaller copies from the same drawing, widest first, each in the page’s proportions', async () => {
    const [a4, strip] = await renderPdfPages(browser, pdfPath, { width: 400, smaller: [100, 200] });
    expect(a4.smaller.map((s) => s.width)).toEqual([200, 100]);
    expect(strip.smaller.map((s) => [s.width, s.height])).toEqual([[200, 100], [100, 50]]);
    const [, small] = a4.smaller;
    expect((await sharp(small.data).metadata()).format).toBe('webp');
    expect(small.height).toBeCloseTo((100 * A4[1]) / A4[0], -1);
    // Scaled down, not drawn blank: the red block is still in the middle.
    const near = (actual: number[], expected: number[]) => actual.every((value, i) => Math.abs(value - expected[i]) < 40);
    expect(near(await pixel(small.data, 50, Math.round(small.height / 2)), [255, 0, 0])).toBe(true);
  });

  it('does not encode again a page that looks as one drawn before (its pixels hash the same)', async () => {
    const first = await renderPdfPages(browser, pdfPath, { width: 300, smaller: [100] });
    expect(first.map((p) => p.hash)).toEqual([expect.stringMatching(/^[0-9a-f]{32}$/), expect.stringMatching(/^[0-9a-f]{32}$/)]);
    expect(first[0].hash).not.toBe(first[1].hash);
    const again = await renderPdfPages(browser, pdfPath, { width: 300, smaller: [100], known: [first[1].hash] });
    expect(again.map((p) => p.hash)).toEqual(first.map((p) => p.hash));
    expect(again[0].data).toBeDefined();
    expect(again[0].smaller).toHaveLength(1);
    expect(again[1].data).toBeUndefined();
    expect([again[1].width, again[1].height, again[1].smaller]).toEqual([300, 150, []]);
  });

  it('rejects a file that is not a PDF, and closes its page', async () => {
    const notPdf = join(dir, 'not.pdf');
    writeFileSync(notPdf, 'no PDF here');
    const pagesBefore = (await browser.pages()).length;
    await expect(renderPdfPages(browser, notPdf)).rejects.toThrow(YuebaoError);
    expect((await browser.pages()).length).toBe(pagesBefore);
  });
});

/**
 * The pages that reach the trim, printed again with their bleed. Text pages
 * have wide margins, so the reader's PDF page is already the press page with
 * white bleed. The covers (page: cover: the cover, the inside cover, the back
 * cover) are set edge to edge: they are printed once more from the same print
 * HTML with templates/press/bleed.css, each on a sheet `pad` larger than the
 * trim all round, its content let out by the bleed. The caller cuts each
 * sheet down to its BleedBox (`bleedBoxOf`).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { openOfflinePage } from '../print/browser.ts';
import { waitForFontsAndImages } from '../print/printer.ts';
import { MM } from './geometry.ts';
import { YuebaoError } from '../errors.ts';
import { t } from '../i18n/index.ts';

export interface BleedPages {
  pdf: Uint8Array;
  /** How many of its pages are front covers (the cover, the inside cover); the rest are back covers. */
  front: number;
  back: number;
  /** The white beyond the bleed on every side of each sheet, in points. */
  pad: number;
}

/** Room beyond the bleed, so that Chromium's rounding of the sheet to whole pixels never eats into it. */
const PAD_BEYOND_BLEED = 3 * MM;

export async function printBleedPages(options: {
  browser: Browser;
  htmlPath: string;
  templatesDir: string;
  trim: readonly [number, number];
  bleed: number;
  issue: string;
}): Promise<BleedPages> {
  const { browser, htmlPath, trim, bleed } = options;
  const pad = bleed + PAD_BEYOND_BLEED;
  const css = await readFile(join(options.templatesDir, 'press', 'bleed.css'), 'utf8');
  const size = `${trim[0] + 2 * pad}pt ${trim[1] + 2 * pad}pt`;
  const sheet = `@page { size: ${size}; margin: 0; }\n@page cover { size: ${size}; margin: 0; }\n:root { --pad: ${pad}pt; --bleed: ${bleed}pt; }\n${css}`;
  const page = await openOfflinePage(browser, [dirname(htmlPath)]);
  try {
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: 120_000 });
    await page.addStyleTag({ content: sheet });
    await page.evaluate(waitForFontsAndImages, '');
    const front = await page.evaluate(() => document.querySelectorAll('body > .cover, body > .colophon').length);
    const back = await page.evaluate(() => document.querySelectorAll('body > .back-cover').length);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: 120_000 });
    return { pdf, front, back, pad };
  } catch (cause) {
    if (cause instanceof YuebaoError) throw cause;
    throw new YuebaoError(t().press.bleedFailed({ issue: options.issue, detail: (cause as Error).message }), { cause });
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * The BleedBox of one bleed sheet, in its own coordinates: Chromium puts the
 * page's top at the sheet's top, so the box is measured from there (a sheet a
 * fraction of a point shorter than asked loses it at the foot, in the pad).
 */
export function bleedBoxOf(sheetHeight: number, trim: readonly [number, number], bleed: number, pad: number) {
  const top = sheetHeight - pad + bleed;
  return { left: pad - bleed, right: pad + trim[0] + bleed, top, bottom: top - trim[1] - 2 * bleed };
}

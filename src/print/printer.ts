/**
 * Print HTML → PDF with Chromium's own paged media (DESIGN.md, "Pagination").
 * Two passes in one loaded page: the first finds where each article starts
 * (named destinations), the numbers go into the 目录, the second print is the
 * PDF. One browser serves every issue of a build, a bounded number of pages at
 * a time.
 */
import { pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import pLimit from 'p-limit';
import type { Browser, Page } from 'puppeteer';
import type { Issue } from '../model/types.ts';
import { launchBrowser, openOfflinePage } from './browser.ts';
import { layoutOf, readDraftLayout, sameLayout, type DraftLayout, type PrintLayout } from './toc-numbers.ts';
import { copyfit, reapplyFitting } from './copyfit.ts';
import { breakBeforeBriefEnds, screenWiden } from './fitting-page.ts';
import { finishPdf } from './pdf-metadata.ts';
import { YuebaoError } from '../errors.ts';
import { t } from '../i18n/index.ts';

export interface PrintedIssue {
  pdf: Uint8Array;
  /** Its 目录 numbers and blank pages. */
  layout: PrintLayout;
  /**
   * The page as it was printed — 目录 numbers, blank pages, copyfit steps in it — for the print
   * HTML on disk: the DOM is the one writer of the 目录 numbers.
   */
  html: string;
}

export interface Printer {
  print(issue: Issue, htmlPath: string, marginText: string): Promise<PrintedIssue>;
  close(): Promise<void>;
}

export interface PrinterOptions {
  /** Folders the pages may read from (the staging folder). */
  allowedRoots: string[];
  /** Pages printing at once; more than the cores only adds memory. */
  concurrency?: number;
  /** An already running browser (the dev server keeps one warm). */
  browser?: Browser;
}

export async function openPrinter(options: PrinterOptions): Promise<Printer> {
  const browser = options.browser ?? (await launchBrowser());
  const slots = pLimit(options.concurrency ?? 2);
  return {
    async print(issue, htmlPath, marginText) {
      return slots(async () => {
        let page: Page | undefined;
        try {
          page = await openOfflinePage(browser, [...options.allowedRoots, dirname(htmlPath)]);
          return await printIssue(page, issue, htmlPath, marginText);
        } catch (cause) {
          if (cause instanceof YuebaoError) throw cause;
          if (!browser.connected) throw new YuebaoError(t().build.browserCrashed({ issue: issue.folder }), { cause });
          throw new YuebaoError(t().build.printFailed({ issue: issue.folder, detail: (cause as Error).message }), { cause });
        } finally {
          await page?.close().catch(() => {});
        }
      });
    },
    async close() {
      if (!options.browser) await browser.close().catch(() => {});
    },
  };
}

const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, timeout: 120_000 } as const;
const FINAL_PDF = { ...PDF_OPTIONS, outline: true, tagged: true } as const;

async function printIssue(page: Page, issue: Issue, htmlPath: string, marginText: string): Promise<PrintedIssue> {
  await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: 120_000 });
  return printLoadedIssue(page, issue, marginText);
}

/**
 * Prints the issue the page holds (just loaded, or patched in place by the
 * dev server's live printer): waits for its fonts and images, finds the 目录
 * numbers with a draft, adds the blank pages, prints the PDF. The page is left
 * with the numbers and blanks in it.
 *
 * `guess`: the layout of the last print of this issue (the live printer's).
 * After a small edit it usually still holds, so the final print is made with
 * it straight away and checked against the anchors in that PDF: one print
 * instead of two. When it no longer holds, the draft is made after all.
 */
export async function printLoadedIssue(page: Page, issue: Issue, marginText: string, guess?: PrintLayout): Promise<PrintedIssue> {
  await page.evaluate(waitForFontsAndImages, marginText);
  const widen = await page.evaluate(screenWiden); // measured once for every line measurement of this print
  await page.evaluate(breakBeforeBriefEnds, widen);
  const frontPages = await page.evaluate(() => document.querySelectorAll('body > .cover, body > .colophon').length);
  const covers = { front: frontPages, back: await page.evaluate(() => document.querySelectorAll('body > .back-cover').length) };
  if (guess?.fitting) {
    await page.evaluate(() => ((window as unknown as { unfitted: Node }).unfitted = document.body.cloneNode(true)));
    await reapplyFitting(page, guess.fitting, widen);
    if ((await applyLayout(page, guess)).length === 0) {
      const pdf = await page.pdf(FINAL_PDF);
      if (sameLayout(guess, await readDraftLayout(pdf), frontPages)) return { pdf: await finishPdf(pdf, issue, covers), layout: guess, html: await page.content() };
      await page.evaluate(() => document.querySelectorAll('.blank-page').forEach((blank) => blank.remove()));
    }
    // The guess no longer holds: its fitting goes with it (the body as it was before), and the pass runs afresh.
    await page.evaluate(() => document.body.replaceWith((window as unknown as { unfitted: Node }).unfitted));
  }

  const { draft, fitting } = await copyfit(page, () => draftLayout(page), widen);
  const layout = { ...layoutOf(draft, frontPages), fitting };
  const missing = await applyLayout(page, layout);
  if (missing.length) throw new YuebaoError(t().build.tocAnchorsMissing({ issue: issue.folder, anchors: missing.join(', ') }));
  const pdf = await page.pdf(FINAL_PDF);
  return { pdf: await finishPdf(pdf, issue, covers), layout, html: await page.content() };
}

/**
 * A draft print, read for where its anchors land. It only has to say that:
 * with nothing painted (visibility keeps the layout, and so the page breaks)
 * it prints ~8× faster.
 */
async function draftLayout(page: Page): Promise<DraftLayout> {
  const hide = await page.addStyleTag({ content: '* { visibility: hidden !important; } a[href^="#"] { visibility: visible !important; }' });
  const draft = await page.pdf({ ...PDF_OPTIONS, outline: false, tagged: false });
  await hide.evaluate((style) => style.remove());
  return readDraftLayout(draft);
}

/**
 * The 目录 numbers into the page, then the blank pages before the back cover;
 * the anchors of the 目录 that `layout` has no page for (then no blanks are added).
 */
async function applyLayout(page: Page, layout: PrintLayout): Promise<string[]> {
  const missing = await page.evaluate(fillTocNumbers, layout.tocNumbers);
  if (!missing.length) await page.evaluate(addBlankPages, layout.blankPages);
  return missing;
}

/**
 * Runs in the page. Text in @page margin boxes does not make a font load
 * (a face used only there, or, in the dev preview, a unicode-range slice
 * only a head needs), so the running heads' glyphs are loaded explicitly
 * (DESIGN.md).
 *
 * Images: their load, not `img.decode()`. decode() waits for a rendered
 * frame, and a page that is not the front tab renders none: when two issues
 * print at once, the page opened first waited for ever. Printing decodes
 * what it draws anyway.
 */
export async function waitForFontsAndImages(marginText: string): Promise<void> {
  const loads = ['400 10pt "Noto Sans SC"', '500 10pt "Noto Sans SC"', '700 10pt "Noto Sans SC"'].map((font) => document.fonts.load(font, marginText));
  await Promise.all(loads);
  await document.fonts.ready;
  const pending = [...document.images].filter((img) => !img.complete);
  await Promise.all(pending.map((img) => new Promise((done) => (img.addEventListener('load', done), img.addEventListener('error', done)))));
}

/** Runs in the page: writes each 目录 number; returns anchors it found no page for. */
function fillTocNumbers(numbers: Record<string, string>): string[] {
  const missing: string[] = [];
  document.querySelectorAll<HTMLElement>('.toc-page[data-target]').forEach((el) => {
    const number = numbers[el.dataset.target!];
    if (number) el.textContent = number;
    else missing.push(el.dataset.target!);
  });
  return missing;
}

/** Runs in the page: inserts `count` blank pages before the back cover. */
function addBlankPages(count: number): void {
  const backCover = document.querySelector('.back-cover');
  for (let i = 0; i < count; i++) {
    const blank = document.createElement('section');
    blank.className = 'blank-page';
    backCover?.before(blank);
  }
}

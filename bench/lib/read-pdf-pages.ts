/**
 * Reads a finished PDF as a reader sees it, with pdf.js (loaded as
 * test/helpers.ts loads it): each page's lines of text with their positions
 * and sizes, where images are drawn, the bookmarks with the pages they point
 * to, and the page labels. Nothing here knows how yuebao made the PDF.
 */
import { readFileSync } from 'node:fs';
import { groupLines } from './page-lines.ts';
import type { Box, OutlineEntry, Page, TextRun } from './typeset-types.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
type Matrix = [number, number, number, number, number, number];

export interface PdfReading {
  pages: Page[];
  outline: OutlineEntry[];
  /** Undefined when the PDF has no /PageLabels. */
  labels?: string[];
}

export async function readPdfPages(path: string): Promise<PdfReading> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: Page[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      pages.push({ index: n - 1, width: x1 - x0, height: y1 - y0, lines: groupLines(await textRuns(page)), images: await imageBoxes(pdfjs, page) });
    }
    const labels = (await doc.getPageLabels()) ?? undefined;
    return { pages, outline: await outlineEntries(doc), labels };
  } finally {
    await doc.destroy();
  }
}

/** The page's text items as runs, y turned to "down from the top". */
async function textRuns(page: PdfPage): Promise<TextRun[]> {
  const top = page.view[3];
  const content = await page.getTextContent();
  return content.items.flatMap((item) => {
    if (!('str' in item)) return [];
    const [a, b, , , e, f] = item.transform as number[];
    return [{ text: item.str, x: e, baseline: top - f, width: item.width, size: Math.hypot(a, b) }];
  });
}

/** Where each image is drawn: the unit square under the current transform (pdf.js operator list). */
async function imageBoxes(pdfjs: PdfJs, page: PdfPage): Promise<Box[]> {
  const top = page.view[3];
  const { OPS } = pdfjs;
  const ops = await page.getOperatorList();
  const boxes: Box[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const [fn, args] = [ops.fnArray[i], ops.argsArray[i]];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args?.[0]) && args[0].length === 6) ctm = multiply(args[0] as Matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) {
      const ys = [[0, 0], [1, 0], [0, 1], [1, 1]].map(([x, y]) => top - (ctm[1] * x + ctm[3] * y + ctm[5]));
      boxes.push({ top: Math.min(...ys), bottom: Math.max(...ys) });
    }
  }
  return boxes;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** The bookmarks in reading order, each with its depth and the page it opens. */
async function outlineEntries(doc: PdfDocument): Promise<OutlineEntry[]> {
  const entries: OutlineEntry[] = [];
  type Item = { title: string; dest: string | unknown[] | null; items?: Item[] };
  async function walk(items: Item[], depth: number): Promise<void> {
    for (const item of items) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      const target = dest?.[0];
      const pageIndex = typeof target === 'number' ? target : target ? await doc.getPageIndex(target as Parameters<PdfDocument['getPageIndex']>[0]) : -1;
      if (pageIndex >= 0) entries.push({ title: item.title, depth, pageIndex });
      await walk(item.items ?? [], depth + 1);
    }
  }
  await walk(((await doc.getOutline()) ?? []) as Item[], 0);
  return entries;
}

/**
 * A booklet for the office printer (`--impose`): the issue on A3 sheets,
 * landscape, two A4 pages side by side, in saddle-stitch order, so that a
 * duplex copier's stack, folded in the middle and stapled, is the issue.
 * The reader's pages are placed as they are (pdf-lib embedPage), in colour:
 * an office copier takes RGB, and needs no bleed or marks.
 *
 * Saddle stitch: with N pages (a multiple of four), sheet s (from the
 * outside in) carries pages N−2s and 2s+1 on its front, 2s+2 and N−2s−1 on
 * its back (counted from 1). A page count that is no multiple of four gets
 * blank pages before the back cover.
 */
import { PDFDocument } from 'pdf-lib';
import { MM } from './geometry.ts';

/** One side of a sheet: the page on the left and on the right (0-based indices of the pages), null for a blank. */
export type SheetSide = [number | null, number | null];

/** The pages (0-based) in booklet order, blanks (null) before the last page to make a multiple of four. */
export function paddedPages(pageCount: number): Array<number | null> {
  const padded = Math.ceil(pageCount / 4) * 4;
  const blanks = Array.from({ length: padded - pageCount }, () => null);
  if (pageCount < 2) return [...Array.from({ length: pageCount }, (_, i) => i), ...blanks];
  return [...Array.from({ length: pageCount - 1 }, (_, i) => i), ...blanks, pageCount - 1];
}

/** The sides of the sheets in printing order: front of sheet 1, its back, front of sheet 2 … */
export function bookletOrder(pageCount: number): SheetSide[] {
  const pages = paddedPages(pageCount);
  const n = pages.length;
  const sides: SheetSide[] = [];
  for (let s = 0; s < n / 4; s++) {
    sides.push([pages[n - 1 - 2 * s], pages[2 * s]]);
    sides.push([pages[2 * s + 1], pages[n - 2 - 2 * s]]);
  }
  return sides;
}

const A3_LANDSCAPE: [number, number] = [420 * MM, 297 * MM];

/** The booklet PDF: one A3 landscape page per side, the pages placed at their own size, centred in each half. */
export async function imposeBooklet(readerPdf: Uint8Array, title: string): Promise<{ pdf: Uint8Array; blanks: number }> {
  const reader = await PDFDocument.load(readerPdf, { updateMetadata: false });
  const out = await PDFDocument.create({ updateMetadata: false });
  const embedded = await out.embedPages(reader.getPages());
  const order = bookletOrder(embedded.length);
  const [width, height] = A3_LANDSCAPE;
  for (const side of order) {
    const sheet = out.addPage([width, height]);
    side.forEach((index, half) => {
      if (index === null) return;
      const page = embedded[index];
      sheet.drawPage(page, { x: half * (width / 2) + (width / 2 - page.width) / 2, y: (height - page.height) / 2 });
    });
  }
  out.setTitle(title);
  out.setCreator('yuebao');
  return { pdf: await out.save({ useObjectStreams: false }), blanks: paddedPages(embedded.length).length - embedded.length };
}

/**
 * What the PDF file declares, read with pdf-lib: how many font objects it
 * holds and each page's MediaBox. (A PDF made with one font file per face
 * holds two objects per face, the Type0 font and its CIDFont; one made from
 * a page that loads many font slices holds dozens.)
 */
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';

export const A4 = { width: 595.28, height: 841.89 };

export async function fontObjectsAndBoxes(path: string): Promise<{ fontObjects: number; mediaBoxes: Array<{ width: number; height: number }> }> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  let fontObjects = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFRawStream ? object.dict : undefined;
    if (dict?.get(PDFName.of('Type')) === PDFName.of('Font')) fontObjects++;
  }
  const mediaBoxes = doc.getPages().map((page) => {
    const { width, height } = page.getMediaBox();
    return { width, height };
  });
  return { fontObjects, mediaBoxes };
}

/** 1-based pages whose MediaBox is not A4 within ±0.01 pt, with their size. */
export function pagesNotA4(mediaBoxes: Array<{ width: number; height: number }>): Array<{ page: number; size: string }> {
  return mediaBoxes.flatMap(({ width, height }, i) =>
    Math.abs(width - A4.width) <= 0.01 && Math.abs(height - A4.height) <= 0.01 ? [] : [{ page: i + 1, size: `${width.toFixed(2)} × ${height.toFixed(2)}` }],
  );
}

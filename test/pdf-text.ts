/**
 * The text of each page of a PDF, exactly as helpers.ts readPdf gives it in
 * `pages` (the lines from top to bottom, each the text at one height), but
 * without the fonts, outline and metadata readPdf also collects: for tests
 * that only compare or search the text, in less than half the time (the
 * operator lists readPdf asks pdf.js for, to find the fonts, are most of it).
 */
import { readFileSync } from 'node:fs';

export async function readPdfText(path: string): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const rows = new Map<number, string>();
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = Math.round(item.transform[5]);
        rows.set(y, (rows.get(y) ?? '') + item.str);
      }
      pages.push([...rows.entries()].sort((a, b) => b[0] - a[0]).map(([, text]) => text.trim()).filter(Boolean).join('\n'));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

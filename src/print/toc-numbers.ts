/**
 * Where does each anchor land? Chromium has no `target-counter()`, but its PDF
 * keeps a named destination for every id that a link targets (the 目录 links
 * to every article). Reading those from a first print gives each article's
 * physical page; the printer then writes the numbers into the 目录 and prints
 * again with the same breaks.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';

import type { DraftLayout, PrintLayout } from './layout.ts';

export type { DraftLayout, PrintLayout };

/** The layout a draft calls for; `frontPages` (cover, colophon) are not counted in page numbers. */
export function layoutOf(draft: Pick<DraftLayout, 'pages' | 'pageCount'>, frontPages: number): PrintLayout {
  const tocNumbers: Record<string, string> = {};
  const pdfPages: Record<string, number> = {};
  for (const [anchor, physical] of draft.pages) {
    tocNumbers[anchor] = String(physical - frontPages + 1).padStart(2, '0');
    pdfPages[anchor] = physical + 1;
  }
  return { tocNumbers, pdfPages, blankPages: (4 - (draft.pageCount % 4)) % 4 };
}

/** Does a PDF printed with `layout` (blank pages included) bear it out? */
export function sameLayout(layout: PrintLayout, printed: DraftLayout, frontPages: number): boolean {
  const found = layoutOf({ pages: printed.pages, pageCount: printed.pageCount - layout.blankPages }, frontPages);
  const anchors = Object.keys(layout.tocNumbers);
  return (
    found.blankPages === layout.blankPages &&
    anchors.length === Object.keys(found.tocNumbers).length &&
    anchors.every((anchor) => found.tocNumbers[anchor] === layout.tocNumbers[anchor])
  );
}

export async function readDraftLayout(pdf: Uint8Array): Promise<DraftLayout> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageIndex = new Map<string, number>();
  doc.getPages().forEach((page, i) => pageIndex.set(page.ref.toString(), i));
  const result = new Map<string, number>();
  const tops = new Map<string, number>();

  const record = (name: string, dest: PDFObject | undefined) => {
    const array = resolveDest(doc, dest);
    const target = array?.get(0);
    if (target instanceof PDFRef) {
      const index = pageIndex.get(target.toString());
      if (index !== undefined) result.set(name, index);
      const top = array?.get(3);
      if (top instanceof PDFNumber) tops.set(name, top.asNumber());
    }
  };

  const catalog = doc.catalog;
  const dests = catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  dests?.entries().forEach(([key, value]) => record(decodeName(key.asString()), value));

  const names = catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (tree) walkNameTree(doc, tree, record);
  return { pages: result, tops, pageCount: doc.getPageCount(), pageHeight: doc.getPageCount() ? doc.getPage(0).getHeight() : 0 };
}

function resolveDest(doc: PDFDocument, dest: PDFObject | undefined): PDFArray | undefined {
  const value = dest instanceof PDFRef ? doc.context.lookup(dest) : dest;
  if (value instanceof PDFArray) return value;
  if (value instanceof PDFDict) return value.lookupMaybe(PDFName.of('D'), PDFArray);
  return undefined;
}

function walkNameTree(doc: PDFDocument, node: PDFDict, record: (name: string, dest: PDFObject | undefined) => void): void {
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (names) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const key = names.lookup(i);
      const text = key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : String(key);
      record(text, names.get(i + 1));
    }
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) {
    const kid = kids.lookup(i);
    if (kid instanceof PDFDict) walkNameTree(doc, kid, record);
  }
}

/** PDF names escape bytes as #xx; ids are UTF-8. */
function decodeName(raw: string): string {
  const name = raw.startsWith('/') ? raw.slice(1) : raw;
  return Buffer.from(name.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}

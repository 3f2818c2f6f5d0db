/**
 * The press PDF before its colours are converted: every page of the reader's
 * PDF placed, as it is, on a larger sheet (pdf-lib embedPage), so that pages,
 * page count and folios are the reader's by construction; the covers taken
 * from their bleed print instead (bleed-pages.ts); TrimBox, BleedBox and
 * MediaBox set on every sheet; the marks drawn outside the bleed. Neutral
 * greys become DeviceGray on the way (neutral-colours.ts). Links, bookmarks
 * and tags stay in the reader's PDF: a press PDF has no use for them, and
 * PDF/X forbids annotations on the page.
 */
import { PDFDocument } from 'pdf-lib';
import { bleedBoxOf, type BleedPages } from './bleed-pages.ts';
import type { SheetGeometry } from './geometry.ts';
import { drawMarks } from './marks.ts';
import { neutralColoursToGray } from './neutral-colours.ts';

export interface ComposeInput {
  readerPdf: Uint8Array;
  bleedPages?: BleedPages;
  geometry: SheetGeometry;
  marks: boolean;
  /** Document information carried over (PDF/X requires a title). */
  info: { title: string; author?: string; subject?: string };
}

export async function composePress(input: ComposeInput): Promise<Uint8Array> {
  const { geometry } = input;
  const reader = await PDFDocument.load(input.readerPdf, { updateMetadata: false });
  neutralColoursToGray(reader);
  const out = await PDFDocument.create({ updateMetadata: false });
  const pages = reader.getPages();
  const trimSize = [geometry.trim.width, geometry.trim.height] as const;

  // The covers: from the bleed print, when there is one and it has them all.
  const covers = new Map<number, Awaited<ReturnType<PDFDocument['embedPage']>>>();
  if (input.bleedPages) {
    const { front, back, pad, pdf } = input.bleedPages;
    const bleedDoc = await PDFDocument.load(pdf, { updateMetadata: false });
    neutralColoursToGray(bleedDoc);
    const sheets = bleedDoc.getPages();
    if (sheets.length !== front + back || front + back > pages.length) throw new Error(`bleed print has ${sheets.length} pages, expected ${front} + ${back}`);
    const bleed = (geometry.bleed.width - geometry.trim.width) / 2;
    const at = [...Array.from({ length: front }, (_, i) => i), ...Array.from({ length: back }, (_, i) => pages.length - back + i)];
    for (const [i, sheet] of sheets.entries()) {
      covers.set(at[i], await out.embedPage(sheet, bleedBoxOf(sheet.getHeight(), trimSize, bleed, pad)));
    }
  }

  const embedded = await out.embedPages(pages.filter((_, i) => !covers.has(i)));
  let next = 0;
  for (let i = 0; i < pages.length; i++) {
    const page = out.addPage([geometry.media.width, geometry.media.height]);
    const cover = covers.get(i);
    if (cover) page.drawPage(cover, { x: geometry.bleed.x, y: geometry.bleed.y });
    else page.drawPage(embedded[next++], { x: geometry.trim.x, y: geometry.trim.y });
    page.setBleedBox(geometry.bleed.x, geometry.bleed.y, geometry.bleed.width, geometry.bleed.height);
    page.setTrimBox(geometry.trim.x, geometry.trim.y, geometry.trim.width, geometry.trim.height);
    if (input.marks) drawMarks(page, geometry);
  }
  out.setTitle(input.info.title);
  if (input.info.author) out.setAuthor(input.info.author);
  if (input.info.subject) out.setSubject(input.info.subject);
  out.setCreator('yuebao');
  return out.save({ useObjectStreams: false });
}

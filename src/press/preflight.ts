/**
 * The press PDF checked as a print shop's preflight would check it, read back
 * from the file: a PDF/X-1a output intent with a CMYK profile; the same page
 * count as the reader's PDF; on every page a TrimBox of exactly the page size
 * and a BleedBox the bleed beyond it, inside the MediaBox; no RGB or spot
 * colour in content or images; black text in K alone; every font embedded;
 * no text within 3 mm of the trim; Ghostscript reads it without complaint
 * (text-near-trim.ts); and each photo at least 250 ppi as printed, reported
 * at the line that names it (photo-resolution.ts). Each finding says where.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFString, PDFHexString, PDFRef } from 'pdf-lib';
import type { Place } from '../core/problems.ts';
import { t } from '../i18n/index.ts';
import { boxArray, MM, type SheetGeometry } from './geometry.ts';
import { paintedPage, colourSpaceName, type PaintedPage } from './placements.ts';

export interface Finding {
  /** The file it is about: the press PDF, or the content file that names a photo. */
  file: string;
  place?: Place;
  severity: 'error' | 'warning';
  ruleId: string;
  message: string;
}

export interface PdfCheck {
  doc: PDFDocument;
  /** Where the press PDF is (findings about it name this path). */
  file: string;
  geometry: SheetGeometry;
  readerPageCount?: number;
}

/** At most this many pages are named for one kind of problem (they share a cause). */
const PAGES_NAMED = 3;

export function checkPressPdf(check: PdfCheck): { findings: Finding[]; pages: PaintedPage[] } {
  const { doc, file, geometry } = check;
  const p = t().press;
  const findings: Finding[] = [];
  const error = (ruleId: string, message: string, page?: number) => findings.push({ file, place: page ? { line: page, column: 1 } : undefined, severity: 'error', ruleId, message });
  const perKind = new Map<string, number>();
  const oncePerKind = (kind: string) => (perKind.set(kind, (perKind.get(kind) ?? 0) + 1).get(kind)! <= PAGES_NAMED);

  if (!hasCmykOutputIntent(doc)) error('press-output-intent', p.noOutputIntent);
  const conformance = infoText(doc, 'GTS_PDFXConformance') ?? infoText(doc, 'GTS_PDFXVersion');
  if (conformance !== 'PDF/X-1a:2001') error('press-pdfx', p.notPdfx({ found: conformance ?? '—' }));

  const pages = doc.getPages();
  if (check.readerPageCount !== undefined && pages.length !== check.readerPageCount) error('press-page-count', p.pageCountDiffers({ press: pages.length, reader: check.readerPageCount }));

  const expected = { TrimBox: boxArray(geometry.trim), BleedBox: boxArray(geometry.bleed), MediaBox: boxArray(geometry.media) };
  const painted = pages.map((page, index) => {
    const n = index + 1;
    for (const [box, want] of Object.entries(expected)) {
      const found = boxOf(page.node, box);
      if (!found || found.some((v, i) => Math.abs(v - want[i]) > 0.01)) {
        if (oncePerKind(box)) error('press-boxes', p.boxWrong({ page: n, box, found: found ? showBox(found) : '—', expected: showBox(want) }), n);
      }
    }
    const paint = paintedPage(page);
    const rgb = [...paint.colours].find((c) => / (rg|RG)$/.test(c) || /\/(DeviceRGB|CalRGB|Lab) (cs|CS)$/.test(c));
    const rgbImage = paint.images.find((i) => /RGB|ICCBased\/3|Lab/.test(i.colorSpace));
    if ((rgb || rgbImage) && oncePerKind('rgb')) error('press-rgb', p.rgbLeft({ page: n, what: rgb ?? rgbImage!.colorSpace }), n);
    const spot = spotColour(doc, page.node.Resources(), paint);
    if (spot && oncePerKind('spot')) error('press-spot', p.spotLeft({ page: n, name: spot }), n);
    const richBlack = [...paint.textColours].find(isFourColourBlack);
    if (richBlack && oncePerKind('black')) error('press-black-text', p.textNotBlack({ page: n, colour: richBlack }), n);
    return paint;
  });

  for (const font of fontsNotEmbedded(doc)) error('press-font', p.fontNotEmbedded({ font }));
  return { findings, pages: painted };
}

function hasCmykOutputIntent(doc: PDFDocument): boolean {
  const intents = doc.catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray);
  return (intents?.asArray() ?? []).some((ref) => {
    const intent = doc.context.lookup(ref);
    if (!(intent instanceof PDFDict) || intent.get(PDFName.of('S')) !== PDFName.of('GTS_PDFX')) return false;
    const profile = intent.lookup(PDFName.of('DestOutputProfile'));
    const components = profile instanceof PDFRawStream ? profile.dict.get(PDFName.of('N')) : undefined;
    return components instanceof PDFNumber && components.asNumber() === 4;
  });
}

function infoText(doc: PDFDocument, key: string): string | undefined {
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  const value = info instanceof PDFDict ? info.lookup(PDFName.of(key)) : undefined;
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

function boxOf(node: PDFDict, key: string): number[] | undefined {
  const box = node.lookupMaybe(PDFName.of(key), PDFArray);
  return box?.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : NaN));
}

function showBox(box: number[]): string {
  return `[${box.map((v) => (v / MM).toFixed(1)).join(' ')}] mm`;
}

/** A CMYK fill with all three colour inks and much black: black text made of four inks. */
function isFourColourBlack(colour: string): boolean {
  const m = /^([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) k$/.exec(colour);
  if (!m) return false;
  const [c, mg, y, k] = m.slice(1).map(Number);
  return k >= 0.5 && c > 0.2 && mg > 0.2 && y > 0.2;
}

/** A Separation or DeviceN colour space the page's content or images use (the marks' registration colour is DeviceCMYK). */
function spotColour(doc: PDFDocument, resources: PDFDict | undefined, paint: PaintedPage): string | undefined {
  const image = paint.images.find((i) => /^(Separation|DeviceN)/.test(i.colorSpace));
  if (image) return image.colorSpace;
  for (const colour of paint.colours) {
    const m = /^\/(\S+) (cs|CS)$/.exec(colour);
    if (!m) continue;
    const space = colourSpaceName(doc.context, PDFName.of(m[1]), resources);
    if (/^(Separation|DeviceN)/.test(space)) return space;
  }
  return undefined;
}

/** Fonts without their program in the file (Type 3 fonts are drawings, always there). */
function fontsNotEmbedded(doc: PDFDocument): string[] {
  const missing = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const subtype = object.get(PDFName.of('Subtype'));
    if (subtype === PDFName.of('Type3') || subtype === PDFName.of('Type0')) continue; // a Type0's descendant is checked on its own
    const descriptor = object.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    const embedded = descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.get(PDFName.of(key)) instanceof PDFRef);
    if (!embedded) missing.add(object.get(PDFName.of('BaseFont'))?.toString().slice(1) ?? '?');
  }
  return [...missing];
}

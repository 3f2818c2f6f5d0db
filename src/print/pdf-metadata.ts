/**
 * The finished PDF's document information: title = masthead + issue line,
 * author = sponsor, language zh-CN (Chromium sets it from <html lang>), and
 * dates from the issue's `date`, not the clock, so a rebuild of unchanged
 * content gives a byte-identical PDF. The same, as XMP (src/print/xmp.ts), in
 * the catalog's /Metadata stream.
 *
 * Chromium writes a classic xref table, so this is an incremental update (a
 * new Info and Catalog appended after the file, as PDF §7.5.6 allows) plus
 * the clock dates overwritten in place with strings of the same length: a few
 * milliseconds, where loading and saving the whole PDF with pdf-lib takes a
 * quarter of a second. Any other shape of PDF goes through pdf-lib.
 *
 * Page size: Chromium lays pages out in whole device pixels, so an A4 page
 * comes out 594.96 × 841.92 pt. Each MediaBox is set to the exact size
 * (595.28 × 841.89 pt) in place, in numbers of the same length: 0.3 pt more
 * paper on the right, 0.03 pt less at the foot, nothing moved.
 *
 * Page labels (/PageLabels) are the printed folios, so a viewer's page "01"
 * is the page that says 01: the covers before it are i, ii; then 01 … 09 (the
 * decimal style cannot pad, so those nine have the prefix "0"), 10, 11 …; the
 * back cover, which has no folio, goes on in roman numerals.
 */
import { PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import type { Issue } from '../model/types.ts';
import { PAGE_SIZES } from '../config/page-measures.ts';
import { buildXmp } from './xmp.ts';


/** Pages without a folio, outside the count: the cover and inside cover, the back cover. */
export interface CoverPages {
  front: number;
  back: number;
}

export async function finishPdf(pdf: Uint8Array, issue: Issue, covers: CoverPages = { front: 2, back: 1 }): Promise<Uint8Array> {
  const info = documentInfo(issue);
  const labels = (pageCount: number) => pageLabels(pageCount, covers);
  return appendInfo(Buffer.from(pdf), info, labels) ?? rewriteWithPdfLib(pdf, info, labels);
}

/** One range of page labels: from the page at `from` (0-based), style `S`, first number `St`, prefix `P`. */
interface LabelRange {
  from: number;
  style: 'r' | 'D';
  start: number;
  prefix?: string;
}

/** The label ranges that spell each page's printed folio (see above). */
export function pageLabels(pageCount: number, covers: CoverPages): LabelRange[] {
  const counted = pageCount - covers.front - covers.back;
  const ranges: LabelRange[] = [];
  if (covers.front) ranges.push({ from: 0, style: 'r', start: 1 });
  if (counted > 0) ranges.push({ from: covers.front, style: 'D', start: 1, prefix: '0' });
  if (counted > 9) ranges.push({ from: covers.front + 9, style: 'D', start: 10 });
  if (covers.back && counted >= 0) ranges.push({ from: pageCount - covers.back, style: 'r', start: covers.front + 1 });
  return ranges;
}

/** The /PageLabels number tree, in PDF syntax. */
function pageLabelsDictionary(ranges: LabelRange[]): string {
  const nums = ranges.map((r) => `${r.from} <</S /${r.style} /St ${r.start}${r.prefix ? ` /P (${r.prefix})` : ''}>>`);
  return `<</Nums [${nums.join(' ')}]>>`;
}

interface DocumentInfo {
  Title: string;
  Author?: string;
  Subject: string;
  Keywords: string;
  Creator: string;
  Producer: string;
  /** D:20240307000000+00'00' */
  date: string;
  /** The same date as YYYY-MM-DD (the issue's `date`). */
  isoDate: string;
  language: string;
  /** The paper, width × height in points. */
  pageSize: readonly [number, number];
}

function documentInfo(issue: Issue): DocumentInfo {
  const { publication } = issue;
  return {
    Title: `${publication.title} ${issue.issueLine}`,
    Author: publication.sponsor,
    Subject: `【${issue.periodLabel}】${publication.title}`,
    Keywords: [publication.title, issue.issueLine, issue.periodLabel].join(' '),
    Creator: 'yuebao',
    Producer: 'yuebao (Chromium, pdf-lib)',
    date: `D:${issue.date.replaceAll('-', '')}000000+00'00'`,
    isoDate: issue.date,
    language: publication.language,
    pageSize: PAGE_SIZES[publication.page] ?? PAGE_SIZES.A4,
  };
}

/** The XMP packet that says what the Info dictionary says, as the metadata stream's bytes (UTF-8). */
function xmpBytes(info: DocumentInfo): Buffer {
  return Buffer.from(
    buildXmp({
      title: info.Title,
      creator: info.Author,
      description: info.Subject,
      keywords: info.Keywords.split(' ').filter(Boolean),
      language: info.language,
      date: info.isoDate,
      creatorTool: info.Creator,
      producer: info.Producer,
    }),
    'utf8',
  );
}

/** A PDF text string: UTF-16BE with a byte-order mark, in hex. */
function pdfText(text: string): string {
  const utf16 = Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
  return `<${utf16.toString('hex').toUpperCase()}>`;
}

function appendInfo(pdf: Buffer, info: DocumentInfo, labels: (pageCount: number) => LabelRange[]): Uint8Array | undefined {
  const tail = pdf.subarray(Math.max(0, pdf.length - 1024)).toString('latin1');
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/.exec(tail);
  const size = trailer && /\/Size (\d+)/.exec(trailer[1]);
  const root = trailer && /\/Root (\d+) 0 R/.exec(trailer[1]);
  if (!trailer || !size || !root || /\/Encrypt|\/Prev/.test(trailer[1])) return undefined;
  const xrefAt = Number(trailer[2]);
  if (pdf.subarray(xrefAt, xrefAt + 4).toString('latin1') !== 'xref') return undefined;

  // The catalog, found through the xref table (entries are 20 bytes each).
  const rootNumber = Number(root[1]);
  const header = /^xref\s+0 (\d+)\r?\n/.exec(pdf.subarray(xrefAt, xrefAt + 40).toString('latin1'));
  if (!header || Number(header[1]) <= rootNumber) return undefined;
  const entryAt = xrefAt + header[0].length + rootNumber * 20;
  const catalogAt = Number(pdf.subarray(entryAt, entryAt + 10).toString('latin1'));
  const catalogEnd = pdf.indexOf('endobj', catalogAt, 'latin1');
  const catalog = /^\d+ 0 obj\s*<<([\s\S]*)>>\s*$/.exec(pdf.subarray(catalogAt, catalogEnd).toString('latin1'));
  if (!catalog || /stream/.test(catalog[1])) return undefined;

  // The clock's dates, overwritten with the issue's date (same length, so every offset stays right).
  const patched = Buffer.from(pdf);
  const clock = /\/(CreationDate|ModDate) \((D:\d{14}[^)]*)\)/g;
  const infoText = patched.toString('latin1');
  for (let m = clock.exec(infoText); m; m = clock.exec(infoText)) {
    const at = m.index + m[0].indexOf('(') + 1;
    patched.write(info.date.slice(0, m[2].length).padEnd(m[2].length, '0'), at, 'latin1');
  }
  if (!exactMediaBoxes(patched, info.pageSize)) return undefined;

  const infoNumber = Number(size[1]);
  const lang = /\/Lang/.test(catalog[1]) ? '' : `/Lang ${pdfText(info.language)}\n`;
  const pageCount = (patched.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  if (/\/PageLabels/.test(catalog[1])) return undefined;
  const metadataNumber = infoNumber + 1;
  const catalogBody = `${catalog[1].replace(/\/PageMode\s*\/\w+/, '').replace(/\/Metadata \d+ 0 R/, '').trimEnd()}\n/PageMode /UseOutlines\n/PageLabels ${pageLabelsDictionary(labels(pageCount))}\n/Metadata ${metadataNumber} 0 R\n${lang}`;
  const entries: string[] = [];
  for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'] as const) {
    if (info[key]) entries.push(`/${key} ${pdfText(info[key]!)}`);
  }
  entries.push(`/CreationDate (${info.date})`, `/ModDate (${info.date})`);

  let offset = patched.length;
  const parts: Buffer[] = [];
  const objectAt: Array<[number, number]> = [];
  // `stream`: the object is a stream of these bytes (the XMP, in UTF-8); the dictionary stays latin1.
  const addObject = (number: number, body: string, stream?: Buffer) => {
    const bytes = stream
      ? Buffer.concat([Buffer.from(`\n${number} 0 obj\n<<${body} /Length ${stream.length}>>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream\nendobj\n', 'latin1')])
      : Buffer.from(`\n${number} 0 obj\n<<${body}>>\nendobj\n`, 'latin1');
    objectAt.push([number, offset + 1]);
    parts.push(bytes);
    offset += bytes.length;
  };
  addObject(rootNumber, catalogBody);
  addObject(infoNumber, `${entries.join('\n')}`);
  // Uncompressed, as PDF/A asks, so that any tool can read it.
  addObject(metadataNumber, '/Type /Metadata /Subtype /XML', xmpBytes(info));
  const xref = ['xref', ...objectAt.sort((a, b) => a[0] - b[0]).flatMap(([n, at]) => [`${n} 1`, `${String(at).padStart(10, '0')} 00000 n\r`])].join('\n');
  parts.push(Buffer.from(`${xref}\ntrailer\n<</Size ${metadataNumber + 1}\n/Root ${rootNumber} 0 R\n/Info ${infoNumber} 0 R\n/Prev ${xrefAt}>>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat([patched, ...parts]);
}

/**
 * Every `/MediaBox [0 0 w h]` within a point of `size` rewritten in place to
 * `size`, each number in as many characters as it had (594.95996 → 595.27559).
 * False if a box is of another size or too short a number to hold it.
 */
function exactMediaBoxes(pdf: Buffer, [width, height]: readonly [number, number]): boolean {
  const text = pdf.toString('latin1');
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g;
  for (let m = box.exec(text); m; m = box.exec(text)) {
    const numbers = [sameLength(m[1], width), sameLength(m[2], height)];
    if (!numbers[0] || !numbers[1]) return false;
    pdf.write(`/MediaBox [0 0 ${numbers[0]} ${numbers[1]}]`, m.index, 'latin1');
  }
  return true;
}

/** `value` written in as many characters as `found`, if `found` is within a point of it and long enough to say it to 0.01 pt. */
function sameLength(found: string, value: number): string | undefined {
  const decimals = found.length - String(Math.trunc(value)).length - 1;
  if (Math.abs(Number(found) - value) >= 1 || decimals < 2) return undefined;
  return value.toFixed(decimals);
}

async function rewriteWithPdfLib(pdf: Uint8Array, info: DocumentInfo, labels: (pageCount: number) => LabelRange[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const date = new Date(`${info.date.slice(2, 6)}-${info.date.slice(6, 8)}-${info.date.slice(8, 10)}T00:00:00Z`);
  doc.setTitle(info.Title, { showInWindowTitleBar: true });
  if (info.Author) doc.setAuthor(info.Author);
  doc.setSubject(info.Subject);
  doc.setKeywords(info.Keywords.split(' '));
  doc.setLanguage(info.language);
  doc.setCreator(info.Creator);
  doc.setProducer(info.Producer);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  for (const page of doc.getPages()) page.setMediaBox(0, 0, ...info.pageSize);
  const xmp = xmpBytes(info);
  const metadata = PDFRawStream.of(doc.context.obj({ Type: 'Metadata', Subtype: 'XML', Length: xmp.length }), xmp);
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
  const nums = labels(doc.getPageCount()).flatMap((r) => [
    r.from,
    doc.context.obj({ S: PDFName.of(r.style), St: r.start, ...(r.prefix ? { P: PDFString.of(r.prefix) } : {}) }),
  ]);
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }));
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return doc.save({ useObjectStreams: true });
}

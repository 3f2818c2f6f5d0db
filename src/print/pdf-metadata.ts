/**
 * The finished PDF's document information: title = masthead + issue line,
 * author = sponsor, language zh-CN (Chromium sets it from <html lang>), and
 * dates from the issue's `date`, not the clock, so a rebuild of unchanged
 * content gives a byte-identical PDF.
 *
 * Chromium writes a classic xref table, so this is an incremental update (a
 * new Info and Catalog appended after the file, as PDF §7.5.6 allows) plus
 * the clock dates overwritten in place with strings of the same length: a few
 * milliseconds, where loading and saving the whole PDF with pdf-lib takes a
 * quarter of a second. Any other shape of PDF goes through pdf-lib.
 */
import { PDFDocument, PDFName } from 'pdf-lib';
import type { Issue } from '../model/types.ts';

export async function finishPdf(pdf: Uint8Array, issue: Issue): Promise<Uint8Array> {
  const info = documentInfo(issue);
  return appendInfo(Buffer.from(pdf), info) ?? rewriteWithPdfLib(pdf, info);
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
  language: string;
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
    language: publication.language,
  };
}

/** A PDF text string: UTF-16BE with a byte-order mark, in hex. */
function pdfText(text: string): string {
  const utf16 = Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
  return `<${utf16.toString('hex').toUpperCase()}>`;
}

function appendInfo(pdf: Buffer, info: DocumentInfo): Uint8Array | undefined {
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

  const infoNumber = Number(size[1]);
  const lang = /\/Lang/.test(catalog[1]) ? '' : `/Lang ${pdfText(info.language)}\n`;
  const catalogBody = `${catalog[1].replace(/\/PageMode\s*\/\w+/, '').replace(/\/Metadata \d+ 0 R/, '').trimEnd()}\n/PageMode /UseOutlines\n${lang}`;
  const entries: string[] = [];
  for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'] as const) {
    if (info[key]) entries.push(`/${key} ${pdfText(info[key]!)}`);
  }
  entries.push(`/CreationDate (${info.date})`, `/ModDate (${info.date})`);

  let offset = patched.length;
  const parts: string[] = [];
  const objectAt: Array<[number, number]> = [];
  const addObject = (number: number, body: string) => {
    const text = `\n${number} 0 obj\n<<${body}>>\nendobj\n`;
    objectAt.push([number, offset + 1]);
    parts.push(text);
    offset += Buffer.byteLength(text, 'latin1');
  };
  addObject(rootNumber, catalogBody);
  addObject(infoNumber, `${entries.join('\n')}`);
  const xref = ['xref', ...objectAt.sort((a, b) => a[0] - b[0]).flatMap(([n, at]) => [`${n} 1`, `${String(at).padStart(10, '0')} 00000 n\r`])].join('\n');
  parts.push(`${xref}\ntrailer\n<</Size ${infoNumber + 1}\n/Root ${rootNumber} 0 R\n/Info ${infoNumber} 0 R\n/Prev ${xrefAt}>>\nstartxref\n${offset}\n%%EOF\n`);
  return Buffer.concat([patched, Buffer.from(parts.join(''), 'latin1')]);
}

async function rewriteWithPdfLib(pdf: Uint8Array, info: DocumentInfo): Promise<Uint8Array> {
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
  doc.catalog.delete(PDFName.of('Metadata'));
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return doc.save({ useObjectStreams: true });
}

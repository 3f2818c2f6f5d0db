/**
 * The .docx package (a zip): its main document must be there, its styles
 * are read for what mammoth leaves out (styles.ts), and its XML is made
 * readable for mammoth where Chinese files differ from what mammoth expects.
 *
 * mammoth takes a run's font from w:ascii only, the Latin font. Chinese
 * text is set in the w:eastAsia font: Word writes `w:ascii="Times New Roman"
 * w:eastAsia="黑体"` for a 黑体 heading in a government template, and WPS
 * often writes w:eastAsia alone. So, before mammoth reads the XML, a run's
 * East Asian font is put where mammoth looks; nothing else is changed.
 */
import JSZip from 'jszip';
import { t } from '../../i18n/index.ts';
import { ClippingError } from '../types.ts';
import { readStyles, type StyleSheet } from './styles.ts';

export interface WordPackage {
  /** The package as mammoth is to read it. */
  bytes: Buffer;
  styles: StyleSheet;
}

/** Parts whose runs carry text: the body, and the notes under it. */
const TEXT_PARTS = [/^word\/(?:footnotes|endnotes)\.xml$/];

/** The main document's part name, from the package's relationships (word/document.xml in every file seen). */
async function mainPart(zip: JSZip): Promise<string> {
  const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
  const target = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"/.exec(rels)?.[1] ?? /<Relationship\b[^>]*Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels)?.[1];
  return target && zip.file(target) ? target : 'word/document.xml';
}

/** `<w:rFonts w:ascii="Times New Roman" w:eastAsia="黑体"/>` → w:ascii="黑体" (the other attributes stay). */
export function eastAsiaFirst(xml: string): string {
  return xml.replace(/<w:rFonts\b[^>]*>/g, (tag) => {
    const eastAsia = /\sw:eastAsia="([^"]*)"/.exec(tag)?.[1];
    if (!eastAsia) return tag;
    const ascii = `w:ascii="${eastAsia}"`;
    return /\sw:ascii="[^"]*"/.test(tag) ? tag.replace(/w:ascii="[^"]*"/, ascii) : tag.replace('<w:rFonts', `<w:rFonts ${ascii}`);
  });
}

export async function openPackage(bytes: Buffer): Promise<WordPackage> {
  const m = t().import;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ClippingError(m.wordBroken({ reason: m.zipBroken }), 'import-unreadable');
  }
  const main = await mainPart(zip);
  const document = zip.file(main);
  if (!document) throw new ClippingError(m.wordBroken({ reason: m.noDocumentPart }), 'import-unreadable');
  const parts = [main, ...Object.keys(zip.files).filter((name) => TEXT_PARTS.some((re) => re.test(name)))];
  for (const name of parts) zip.file(name, eastAsiaFirst(await zip.file(name)!.async('string')));
  const styles = readStyles(await zip.file('word/styles.xml')?.async('string'));
  // Stored, not compressed again: mammoth unpacks it at once, and pictures do not shrink.
  return { bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }), styles };
}

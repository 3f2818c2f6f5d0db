/**
 * Which kind of office file a clipping is, by its first bytes, not its name:
 * offices rename files freely (a .doc that is really a .docx, a .docx that
 * is an old .doc), and a name says nothing about a password. A .docx is a
 * zip; a .doc, a .wps and any password-protected Word file are OLE compound
 * files (D0 CF 11 E0); a PDF starts `%PDF`; an RTF `{\rtf`. Only the .docx
 * can be read; each of the others is refused with the way to a .docx.
 */
import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { t } from '../../i18n/index.ts';
import { ClippingError } from '../types.ts';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** A zip's first record: a file, or the end of an empty archive. */
const ZIP = /^PK(?:\x03\x04|\x05\x06)/;
/** The stream an encrypted .docx (or .doc) keeps its real contents in, named in UTF-16 in the OLE directory. */
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

/** Names a Word file goes by; with any of them, a file that is no Word file at all is refused rather than read as text. */
const WORD_NAMES = new Set(['.docx', '.docm', '.dotx', '.dotm']);

/** The first bytes of `path`, or undefined when it cannot be opened (the text reader then says why). */
async function head(path: string, length: number): Promise<Buffer | undefined> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/**
 * 'docx' for a zip (a .docx, or any Word file saved by Word 2007 and later or
 * WPS, whatever its name); undefined for a file that is none of ours (HTML,
 * text …: the clipping reader's). Throws a ClippingError for .doc, .wps, PDF
 * and RTF files and for Word files that are locked or broken.
 */
export async function sniffWordFile(path: string): Promise<'docx' | undefined> {
  const bytes = await head(path, 8);
  if (!bytes) return undefined;
  const ext = extname(path).toLowerCase();
  const m = t().import;
  if (ZIP.test(bytes.subarray(0, 4).toString('latin1'))) return 'docx';
  if (bytes.equals(OLE)) {
    // The directory that names the streams may sit anywhere in the file: it is read whole (it is refused anyway).
    const whole = await readFile(path).catch(() => bytes);
    if (whole.includes(ENCRYPTED)) throw new ClippingError(m.wordLocked, 'import-unreadable');
    throw new ClippingError(ext === '.wps' ? m.oldWps : m.oldDoc, 'import-unsupported-format');
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') throw new ClippingError(m.pdfFile, 'import-unsupported-format');
  if (bytes.subarray(0, 5).toString('latin1') === '{\\rtf') throw new ClippingError(m.rtfFile, 'import-unsupported-format');
  if (WORD_NAMES.has(ext)) throw new ClippingError(m.wordBroken({ reason: m.notZip }), 'import-unreadable');
  return undefined;
}

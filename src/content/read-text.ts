/**
 * A text file's bytes → its text, whatever an office PC saved it as. Most
 * files are UTF-8; old Notepad and WPS save GBK (GB18030), some tools UTF-16.
 * Those are read correctly and named, so that an article never prints as
 * mojibake; bytes that are no text at all (a .docx renamed .md) are refused.
 */
import { readFile } from 'node:fs/promises';

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16' | 'binary' | 'unknown';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const strict = (label: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  const utf8 = strict('utf-8', bytes); // drops a UTF-8 byte order mark itself
  if (bytes.includes(0)) {
    const text = utf16WithoutBom(bytes);
    return text === undefined ? { text: '', encoding: 'binary' } : { text, encoding: 'utf-16' };
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const gb = strict('gb18030', bytes);
  if (gb !== undefined) return { text: gb, encoding: 'gb18030' };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'unknown' };
}

/**
 * UTF-16 without a byte order mark. Line breaks, digits and the front matter's
 * keys leave a zero byte on one side of each pair (Chinese characters mostly
 * none), so zeros fall far more often on one side; a .docx or a photo has them
 * on both, and would decode to control characters.
 */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  if (bytes.length % 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  const label = odd > even * 2 ? 'utf-16le' : even > odd * 2 ? 'utf-16be' : undefined;
  const text = label && strict(label, bytes);
  return text && !/[\u0000-\u0008\u000b\u000e-\u001f]/.test(text) ? text : undefined;
}

export async function readTextFile(path: string): Promise<DecodedText> {
  return decodeText(await readFile(path));
}

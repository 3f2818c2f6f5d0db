/**
 * Reading a clipping: its bytes as text (UTF-8, else the page's declared
 * charset, else GB18030, which Chinese sites of a certain age still serve),
 * and which of the three kinds it is.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { t } from '../i18n/index.ts';
import { ClippingError } from './types.ts';

export type ClippingKind = 'html' | 'post' | 'text';

export interface Clipping {
  kind: ClippingKind;
  text: string;
}

/** Bytes → text. Throws a ClippingError when the file is not text at all (a Word, WPS or PDF document, a picture …). */
export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const declared = /charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
    // UTF-8 with a few broken bytes (a cut-off copy) stays UTF-8; GBK read as UTF-8 breaks nearly every character.
    const lenient = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const broken = lenient.match(/\uFFFD/g)?.length ?? 0;
    text = decodeAs(bytes, declared) ?? (broken <= Math.max(2, lenient.length / 200) ? lenient : new TextDecoder('gb18030').decode(bytes));
  }
  if (text.includes('\u0000')) throw new ClippingError(t().import.notText, 'import-unreadable');
  return text;
}

function decodeAs(bytes: Buffer, charset: string | undefined): string | undefined {
  if (!charset || /^utf-?8$/i.test(charset)) return undefined;
  try {
    // gb2312 and gbk are subsets of gb18030: decode with the superset.
    return new TextDecoder(/^(gb2312|gbk|x-gbk)$/i.test(charset) ? 'gb18030' : charset).decode(bytes);
  } catch {
    return undefined;
  }
}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml', '.mht', '.php', '.asp', '.aspx', '.jsp']);

/** A front matter block opens the file: `---`, YAML, `---`. */
export function hasFrontMatter(text: string): boolean {
  return /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(text);
}

export function detectKind(path: string, text: string): ClippingKind {
  if (hasFrontMatter(text)) return 'post';
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (HTML_EXT.has(extname(path).toLowerCase()) || /^<(?:!doctype|html|head|body|meta|!--)/.test(start)) return 'html';
  if (/^\.(?:md|markdown|mdown|mkd)$/i.test(extname(path))) return 'post';
  // A .txt that is really a piece of HTML copied from a page's source.
  const tags = text.match(/<\/?(?:p|div|br|span|img|table|h[1-6])\b[^>]*>/gi)?.length ?? 0;
  return tags >= 3 ? 'html' : 'text';
}

export async function readClipping(path: string): Promise<Clipping> {
  const text = decode(await readFile(path));
  return { kind: detectKind(path, text), text };
}

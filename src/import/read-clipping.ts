/**
 * Reading a clipping: its bytes as text (UTF-8, the page's declared charset,
 * or what the bytes are: GBK, which Chinese sites of a certain age still
 * serve, Big5 from Hong Kong, Macau and Taiwan, UTF-16 …), and which of the
 * three kinds it is.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from '../content/read-text.ts';
import { t } from '../i18n/index.ts';
import { ClippingError } from './types.ts';

export type ClippingKind = 'html' | 'post' | 'text';

export interface Clipping {
  kind: ClippingKind;
  text: string;
}

/**
 * Bytes → text, in whichever encoding the page declares or the bytes are in
 * (src/content/read-text.ts). Throws a ClippingError when the file is not
 * text at all (a Word, WPS or PDF document, a picture …).
 */
export function decode(bytes: Buffer): string {
  const { text, encoding } = decodeText(bytes);
  if (encoding === 'binary' || text.includes('\u0000')) throw new ClippingError(t().import.notText, 'import-unreadable');
  return text;
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

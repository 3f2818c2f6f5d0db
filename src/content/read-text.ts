/**
 * A text file's bytes → its text, whatever an office PC saved it as, and
 * whatever a web page was served in. Most files are UTF-8; old Notepad and WPS
 * save GBK (GB18030), partners in Hong Kong, Macau and Taiwan send Big5, some
 * tools save UTF-16. Each is read correctly and named, so that an article
 * never prints as mojibake; bytes that are no text at all (a .docx renamed
 * .md) are refused. The content loader and `yuebao import` both read through
 * here.
 *
 * The order: a byte order mark; zero bytes (UTF-16 without a mark, or no
 * text); UTF-8, also with a few broken bytes; the charset the file declares
 * (`<meta charset>`, `<meta http-equiv="Content-Type">`, `<?xml encoding>`)
 * unless it claims a UTF the bytes are not; then detection (jschardet), which
 * tells GBK from Big5 by how often their characters occur.
 *
 * Node's TextDecoder decodes all but Big5 as it should. Its Big5 is
 * Microsoft's (cp950): the Hong Kong characters (HKSCS: 埗 in 深水埗, 鰂, 啲,
 * 嘅 …) come out as private-use characters, which print as blanks, so Big5 is
 * read with iconv-lite's Big5-HKSCS instead.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** What the file was: `other` is a legacy encoding neither Chinese one (Shift_JIS, EUC-KR, Windows-1252 …), named by `label`. */
export type TextEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16' | 'other' | 'binary';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The encoding as TextDecoder names it: 'utf-8', 'gb18030', 'big5', 'utf-16le', 'shift_jis' … */
  label: string;
  /** How many characters are U+FFFD: bytes the encoding could not read (or the marks of such bytes, kept from an earlier copy). */
  broken: number;
}

/** Where a declaration is looked for. */
const HEAD_BYTES = 8192;
/** How much of the file detection reads. */
const DETECT_BYTES = 65536;
/** The two Chinese legacy encodings. GB2312 and GBK are read as GB18030, the standard that contains them. */
const CHINESE = new Set(['gb18030', 'big5']);
/** Multi-byte legacy encodings: a declaration of one is taken as it stands. Any other (Windows-1252, ISO-8859-1 …) gives way to Chinese found by detection. */
const MULTI_BYTE = new Set([...CHINESE, 'shift_jis', 'euc-jp', 'iso-2022-jp', 'euc-kr']);
/** A guess of a non-Chinese encoding must be this sure, and this many times surer than the best Chinese one. */
const OTHER_CONFIDENCE = 0.3;
const OTHER_MARGIN = 3;
/** UTF-8 with broken bytes stays UTF-8 while at most one non-ASCII character in this many is broken (GBK read as UTF-8 breaks nearly all). */
const BROKEN_IN_UTF8 = 20;
/** UTF-16 without a byte order mark: the share of its characters that must read as text. */
const UTF16_TEXT_SHARE = 0.9;
/** ASCII, Latin-1, punctuation, kana, Chinese, Korean, full-width forms. */
const TEXT_CHAR = /[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]/;
/** A character of text, and not U+xx00, which is what ASCII becomes in UTF-16 of the wrong byte order (U+3000, the ideographic space, aside). */
const readsAsText = (char: string) => TEXT_CHAR.test(char) && (char.charCodeAt(0) < 0x100 || (char.charCodeAt(0) & 0xff) !== 0 || char === '\u3000');

// Loaded when first needed: they are large, and most files are UTF-8.
const require = createRequire(import.meta.url);
let chardet: typeof import('jschardet') | undefined;
let iconv: typeof import('iconv-lite') | undefined;

const strict = (label: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

const decoded = (text: string, label: string): DecodedText => {
  const encoding: TextEncoding = label === 'utf-8' ? 'utf-8' : label.startsWith('utf-16') ? 'utf-16' : label === 'big5' || label === 'gb18030' ? label : 'other';
  return { text, encoding, label, broken: text.match(/\uFFFD/g)?.length ?? 0 };
};

/** Bytes in a legacy encoding → text; a byte it cannot read becomes U+FFFD. */
function decodeAs(label: string, bytes: Uint8Array): DecodedText {
  if (label !== 'big5') return decoded(new TextDecoder(label).decode(bytes), label);
  iconv ??= require('iconv-lite') as typeof import('iconv-lite');
  return decoded(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'big5hkscs'), label);
}

/** TextDecoder's name for an encoding label (a declared charset, or jschardet's name), if it decodes it; GBK's is GB18030. */
export function decoderLabel(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  const alias: Record<string, string> = { cp932: 'shift_jis', cp949: 'euc-kr', maccyrillic: 'x-mac-cyrillic', big5hkscs: 'big5' };
  try {
    const label = new TextDecoder(alias[name.toLowerCase()] ?? name).encoding;
    return label === 'gbk' ? 'gb18030' : label;
  } catch {
    return undefined;
  }
}

interface Declaration {
  name: string;
  /** Where the name stands in the bytes. */
  start: number;
  end: number;
}

/** The charset an HTML or XML file declares in its head: `<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">`, `<?xml … encoding="…"?>`. */
function findDeclaration(bytes: Uint8Array): Declaration | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD_BYTES)).toString('latin1');
  const found = /<meta\b[^<>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/di.exec(head) ?? /^\s*<\?xml\b[^<>]*?\bencoding\s*=\s*["']([\w.:-]+)/di.exec(head);
  const [start, end] = found?.indices?.[1] ?? [];
  return found && start !== undefined && end !== undefined ? { name: found[1], start, end } : undefined;
}

export const declaredCharset = (bytes: Uint8Array): string | undefined => findDeclaration(bytes)?.name;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  if (bytes.includes(0)) return utf16WithoutBom(bytes) ?? { text: '', encoding: 'binary', label: 'binary', broken: 0 };
  const utf8 = strict('utf-8', bytes); // drops a UTF-8 byte order mark itself
  if (utf8 !== undefined) return decoded(utf8, 'utf-8');
  const lenient = decoded(new TextDecoder('utf-8').decode(bytes), 'utf-8');
  const nonAscii = lenient.text.match(/[^\u0000-\u007f\uFFFD]/g)?.length ?? 0;
  if (lenient.broken * BROKEN_IN_UTF8 <= nonAscii) return lenient;
  return legacy(bytes);
}

/**
 * Bytes in a legacy encoding: the declared charset (a single-byte one only
 * when detection finds no Chinese: old sites served GBK as ISO-8859-1), else
 * jschardet's guess. GBK and Big5 bytes read in each other without an error,
 * so only the guess tells them apart.
 */
function legacy(bytes: Uint8Array): DecodedText {
  const declaration = findDeclaration(bytes);
  const named = decoderLabel(declaration?.name);
  // A page that claims UTF-8 (or UTF-16) and is not: the claim is ignored.
  const declared = named === 'utf-8' || named?.startsWith('utf-16') ? undefined : named;
  const guess = declared && MULTI_BYTE.has(declared) ? undefined : guessLegacy(bytes, declaration);
  return decodeAs(declared && !(guess && CHINESE.has(guess)) ? declared : (guess ?? 'gb18030'), bytes);
}

/**
 * jschardet's pick, as TextDecoder names it: Chinese (GBK or Big5), unless
 * another encoding is far surer; GBK when it cannot tell. It is shown the
 * bytes without their declaration (it would take that at its word), and,
 * when GB18030 does not read them, without the stray bytes that would rule
 * both Chinese encodings out.
 */
function guessLegacy(bytes: Uint8Array, declaration: Declaration | undefined): string {
  chardet ??= require('jschardet') as typeof import('jschardet');
  let sample: Uint8Array = new Uint8Array(bytes.subarray(0, DETECT_BYTES)); // a copy
  if (declaration) sample.fill(0x20, declaration.start, declaration.end);
  if (strict('gb18030', sample) === undefined) sample = withoutStrayBytes(sample);
  const ranked = chardet
    .detectAll(sample, { minimumThreshold: 0 })
    .map((result) => ({ label: decoderLabel(result.encoding), confidence: result.confidence }))
    .filter((result): result is { label: string; confidence: number } => result.label !== undefined);
  const chinese = ranked.find((result) => CHINESE.has(result.label));
  const [top] = ranked;
  if (top && !CHINESE.has(top.label) && top.confidence >= OTHER_CONFIDENCE && top.confidence >= OTHER_MARGIN * (chinese?.confidence ?? 0)) return top.label;
  return chinese?.label ?? 'gb18030';
}

/** The bytes shaped like GBK or Big5 text: ASCII, and GB18030's two- and four-byte sequences; any other byte is left out. */
function withoutStrayBytes(bytes: Uint8Array): Uint8Array {
  const kept: number[] = [];
  const lead = (byte: number | undefined) => byte !== undefined && byte >= 0x81 && byte <= 0xfe;
  const digit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;
  for (let i = 0; i < bytes.length; ) {
    const [a, b, c, d] = bytes.subarray(i, i + 4);
    const trail = b !== undefined && b >= 0x40 && b <= 0xfe && b !== 0x7f;
    const size = a < 0x80 ? 1 : !lead(a) ? 0 : trail ? 2 : digit(b) && lead(c) && digit(d) ? 4 : 0;
    kept.push(...bytes.subarray(i, i + size));
    i += size || 1;
  }
  return Uint8Array.from(kept);
}

/**
 * UTF-16 without a byte order mark, in whichever order reads as text: ASCII,
 * Chinese, Japanese or Korean characters and their punctuation. The other
 * order turns ASCII into U+xx00 and scatters the Chinese over the whole
 * Unicode range; a .docx or a photo reads as neither.
 */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length % 2) return undefined;
  let best: DecodedText | undefined;
  let bestShare = UTF16_TEXT_SHARE;
  for (const label of ['utf-16le', 'utf-16be']) {
    const text = strict(label, bytes);
    if (text === undefined) continue;
    const chars = [...text];
    const share = chars.filter(readsAsText).length / chars.length;
    if (share > bestShare) [best, bestShare] = [decoded(text, label), share];
  }
  return best;
}

export async function readTextFile(path: string): Promise<DecodedText> {
  return decodeText(await readFile(path));
}

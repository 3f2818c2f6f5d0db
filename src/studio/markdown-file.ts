/**
 * A content file as the studio edits it: front matter (a yaml Document, so
 * that comments, key order and quoting survive an edit and a git diff shows
 * only the line that changed) and the Markdown body, kept byte for byte.
 * The file's line ending (CRLF from Windows Notepad) and byte-order mark are
 * written back as they were.
 */
import { parseDocument, type Document } from 'yaml';

export interface MarkdownFile {
  bom: string;
  eol: '\n' | '\r\n';
  /** The front matter, or undefined when the file has none. */
  doc?: Document;
  /** Everything after the closing `---` line. */
  body: string;
  /** The 1-based file line where the body starts (for "open at line N"). */
  bodyLine: number;
}

export function parseMarkdownFile(text: string): MarkdownFile {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const rest = text.slice(bom.length);
  const eol = rest.includes('\r\n') ? '\r\n' : '\n';
  const lines = rest.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { bom, eol, body: rest, bodyLine: 1 };
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) return { bom, eol, body: rest, bodyLine: 1 };
  const doc = parseDocument(lines.slice(1, end).join('\n'), { keepSourceTokens: false });
  return { bom, eol, doc, body: lines.slice(end + 1).join(eol), bodyLine: end + 2 };
}

export function writeMarkdownFile(file: MarkdownFile): string {
  if (!file.doc) return file.bom + file.body;
  // lineWidth 0: a long title stays on its line (the default folds it at 80 columns).
  const yaml = file.doc.contents === null ? '' : file.doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const front = `---\n${yaml}${yaml && !yaml.endsWith('\n') ? '\n' : ''}---\n`;
  return file.bom + (file.eol === '\r\n' ? front.replace(/\n/g, '\r\n') : front) + file.body;
}

/** A Document that has errors cannot be edited safely: its text is not what was meant. */
export function yamlErrors(file: MarkdownFile): string[] {
  return (file.doc?.errors ?? []).map((e) => e.message.split('\n')[0]);
}

/**
 * The proof-reading rules (src/check/prose-rules.ts) on the titles an article's
 * front matter holds: `title`, `subtitle` and `toc`. Each value is linted as
 * the YAML means it, as plain text (a title is no Markdown), its findings
 * placed at their line and column in the file, and its safe fixes written
 * back inside the value only — the key, the quotes and the rest of the YAML
 * stay as they are, and a value that would need quotes after the fix gets them.
 */
import { isMap, isScalar, parse, parseDocument, type Scalar } from 'yaml';
import { fixText, lintProse, placeOf, type FixMade, type TextFinding } from './text-rules.ts';

const TITLE_KEYS = new Set(['title', 'subtitle', 'toc']);

/** A one-line title value of the front matter, and where each of its characters stands in the file. */
interface TitleValue {
  value: string;
  style: Scalar.Type;
  /** The scalar as written, quotes included: [start, end) offsets in the file. */
  range: [number, number];
  /** File offset of each character of `value`, and one past its last. */
  at: number[];
}

export interface TitleFindings {
  title: TitleValue;
  /** Found in `title.value`: line 1, columns counted in the value. */
  findings: TextFinding[];
}

/** The titles of the front matter of `text` (none when it has none, or broken YAML: the load reports that). */
function titleValues(text: string): TitleValue[] {
  const open = /^\uFEFF?[ \t]*---[ \t]*\r?\n/.exec(text);
  if (!open) return [];
  const closing = /^(?:---|\.\.\.)[ \t]*\r?$/gm;
  closing.lastIndex = open[0].length;
  const close = closing.exec(text);
  if (!close) return [];
  const start = open[0].length;
  const doc = parseDocument(text.slice(start, close.index), { uniqueKeys: true });
  if (doc.errors.length || !isMap(doc.contents) || doc.contents.flow) return [];
  const titles: TitleValue[] = [];
  for (const { key, value } of doc.contents.items) {
    if (!isScalar(key) || !TITLE_KEYS.has(String(key.value)) || !isScalar(value) || typeof value.value !== 'string' || !value.range) continue;
    const range: [number, number] = [start + value.range[0], start + value.range[1]];
    const source = text.slice(...range);
    if (source.includes('\n')) continue; // a title over several lines: its columns are not worth the risk
    const at = offsets(source, value.type);
    if (at?.length !== value.value.length + 1 || (value.type === 'PLAIN' && source !== value.value)) continue;
    titles.push({ value: value.value, style: value.type!, range, at: at.map((o) => o + range[0]) });
  }
  return titles;
}

/**
 * Offset in `source` (a one-line scalar as written) of each character of its
 * value, and one past the last; undefined for styles not handled (block scalars).
 */
function offsets(source: string, style: Scalar.Type | undefined): number[] | undefined {
  if (style === 'PLAIN') return [...Array(source.length + 1).keys()];
  if (style !== 'QUOTE_SINGLE' && style !== 'QUOTE_DOUBLE') return undefined;
  // Each token of the quoted text is one character of the value (or a pair, for \U…).
  const token = style === 'QUOTE_SINGLE' ? /''|[\s\S]/g : /\\(?:x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|[\s\S])|[\s\S]/g;
  const at: number[] = [];
  const inner = source.slice(1, -1);
  for (const m of inner.matchAll(token)) {
    const length = style === 'QUOTE_SINGLE' ? 1 : String(parse(`"${m[0]}"`)).length;
    for (let i = 0; i < length; i++) at.push(1 + m.index!);
  }
  return [...at, source.length - 1];
}

/** Lints the titles of an article's front matter. */
export function lintTitles(text: string): TitleFindings[] {
  return titleValues(text)
    .map((title) => ({ title, findings: lintProse(title.value) }))
    .filter((t) => t.findings.length);
}

/** Where a finding in a title stands in the file. */
export function titlePlace(text: string, title: TitleValue, finding: TextFinding): { line: number; column: number } {
  return placeOf(text, title.at[finding.column - 1]);
}

/**
 * Makes the safe fixes in the titles (found in `text` by lintTitles): edits the
 * characters in place, escaped for the value's quoting; a plain value that
 * would read differently afterwards is written in double quotes instead.
 */
export function fixTitles(text: string, titles: TitleFindings[]): { text: string; made: FixMade[] } {
  const made: FixMade[] = [];
  const scalars: Array<{ range: [number, number]; source: string }> = [];
  for (const { title, findings } of titles) {
    const fixed = fixText(title.value, findings);
    if (!fixed.made.length) continue;
    let source = text.slice(...title.range);
    for (const e of [...fixed.edits].reverse()) {
      const [from, to] = [title.at[e.index] - title.range[0], title.at[e.index + e.length] - title.range[0]];
      source = source.slice(0, from) + escape(e.replacement, title.style) + source.slice(to);
    }
    if (readAs(source) !== fixed.text) source = JSON.stringify(fixed.text);
    scalars.push({ range: title.range, source });
    made.push(...fixed.made.map((m) => ({ ...m, ...placeOf(text, title.at[m.column - 1]) })));
  }
  for (const { range, source } of scalars.reverse()) text = text.slice(0, range[0]) + source + text.slice(range[1]);
  return { text, made };
}

function escape(text: string, style: Scalar.Type): string {
  if (style === 'QUOTE_SINGLE') return text.replaceAll("'", "''");
  if (style === 'QUOTE_DOUBLE') return JSON.stringify(text).slice(1, -1);
  return text;
}

/** What a scalar written as `source` reads as in a block mapping, or undefined when it is not a string. */
function readAs(source: string): string | undefined {
  const doc = parseDocument(`key: ${source}\n`);
  const value = doc.errors.length ? undefined : doc.get('key');
  return typeof value === 'string' ? value : undefined;
}

/**
 * Proof-reading rules for Chinese text, run on the Markdown source line by
 * line (front matter and code blocks blanked out) and on the titles of the
 * front matter (src/check/title-rules.ts), as a copy editor would: half-width
 * punctuation between Chinese characters, stray spaces between Chinese and
 * digits left by copying from PDFs, straight or mixed quotation marks, and a
 * doubled word. Each finding has a place and, when the fix is safe, the edits
 * that make it.
 */
import { t } from '../i18n/index.ts';

/** One replacement in the linted text: `length` characters from `index` become `replacement`. */
export interface Edit {
  index: number;
  length: number;
  replacement: string;
}

export interface TextFinding {
  line: number;
  column: number;
  message: string;
  ruleId: string;
  /** The text the finding is about (0-based, in the linted text): what a fix shows as before → after. */
  span: { start: number; end: number };
  /** A safe fix: small edits that never overlap another rule's (each rule edits its own characters). */
  fix?: Edit[];
}

/** A fix made: where the replaced text starts, and the text before and after. */
export interface FixMade {
  finding: TextFinding;
  line: number;
  column: number;
  before: string;
  after: string;
}

const HAN = '\\p{Script=Han}';
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' };
const SPACE = '[ \\t\\u00a0]';

/**
 * A number heading a line, as a label (`01 清远长隆…`, `- 1 清远…`, `## 2 …`):
 * the space after it is the author's layout, unless the Chinese that follows
 * is a unit or measure word (`2 月 18 日`, `12 个项目` wrapped onto a new line).
 */
const LABEL = new RegExp(`^\\s*(?:>\\s*)*(?:(?:[-*+]|\\d+[.)]|#{1,6})\\s+)?\\d{1,3}(?=${SPACE}+${HAN})`, 'u');
const UNIT = /^[年月日号万亿元个余岁倍次届批名家户位亩吨]/u;

/** Parts of a line that are Markdown syntax or addresses, not prose: left alone. */
function protectedRanges(line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of line.matchAll(/`[^`]*`|!?\[[^\]]*\]\([^)]*\)|<[^>]+>|https?:\/\/\S+|^\s*([-*+]|\d+\.)\s|^\s*\|.*\|\s*$/g)) ranges.push([m.index!, m.index! + m[0].length]);
  return ranges;
}

const inside = (ranges: Array<[number, number]>, i: number) => ranges.some(([a, b]) => i >= a && i < b);

/** Single characters replaced at `indexes`: the quotation marks or brackets around a run of text. */
const marks = (pairs: Array<[number, string]>): Edit[] => pairs.map(([index, replacement]) => ({ index, length: 1, replacement }));

/** The code units of the character that ends just before `index`, or starts at it (a Han character may be a surrogate pair). */
const charBefore = (text: string, index: number) => (/[\udc00-\udfff]/.test(text[index - 1] ?? '') ? 2 : 1);
const charAt = (text: string, index: number) => ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);

export function lintLine(text: string, line: number): TextFinding[] {
  const findings: TextFinding[] = [];
  const guard = protectedRanges(text);
  const add = (index: number, length: number, message: string, ruleId: string, fix?: Edit[], span = { start: index, end: index + length }) => {
    if (inside(guard, index)) return;
    findings.push({ line, column: index + 1, message, ruleId, span, fix });
  };

  // , ; : ? ! next to a Chinese character; a full stop after Chinese at a sentence end.
  for (const m of text.matchAll(new RegExp(`(?<=${HAN})[,;:?!]|(?<=${HAN})\\.(?=\\s*$|${HAN})|[,;:?!](?=${HAN})`, 'gu'))) {
    const mark = m[0];
    add(m.index!, 1, t().check.halfWidth({ mark, full: FULL[mark] }), 'half-width-punctuation', marks([[m.index!, FULL[mark]]]));
  }
  // (…) whose content is Chinese.
  for (const m of text.matchAll(new RegExp(`\\(([^()]*${HAN}[^()]*)\\)`, 'gu'))) {
    if (text[m.index! - 1] === ']') continue; // a Markdown link or image target
    const end = m.index! + m[0].length - 1;
    add(m.index!, m[0].length, t().check.halfWidthParens, 'half-width-punctuation', marks([[m.index!, '（'], [end, '）']]));
  }
  // 2 月 18 日: spaces between Chinese and digits (the layout adds its own spacing); shown with
  // what they stand between, `2 月` → `2月`. A label's space at a line start is the author's.
  const label = LABEL.exec(text);
  const labelSpace = label && !UNIT.test(text.slice(label[0].length).trimStart()) ? label[0].length : -1;
  for (const m of text.matchAll(new RegExp(`(?<=${HAN})${SPACE}+(?=\\d)|(?<=\\d)${SPACE}+(?=${HAN})`, 'gu'))) {
    const index = m.index!;
    const after = index + m[0].length;
    if (index === labelSpace) continue;
    const afterHan = new RegExp(HAN, 'u').test(text.slice(index - charBefore(text, index), index));
    const span = afterHan
      ? { start: index - charBefore(text, index), end: after + /^\d*/.exec(text.slice(after))![0].length }
      : { start: index - /\d*$/.exec(text.slice(0, index))![0].length, end: after + charAt(text, after) };
    add(index, m[0].length, t().check.cjkDigitSpace, 'cjk-digit-space', [{ index, length: m[0].length, replacement: '' }], span);
  }
  // Straight double quotes around Chinese text.
  for (const m of text.matchAll(new RegExp(`"([^"]*${HAN}[^"]*)"`, 'gu'))) {
    add(m.index!, m[0].length, t().check.straightQuotes, 'mixed-quotes', marks([[m.index!, '“'], [m.index! + m[0].length - 1, '”']]));
  }
  if (/[“”]/.test(text) && /[「」]/.test(text)) add(text.search(/[「」]/), 1, t().check.mixedQuotes, 'mixed-quotes');
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  if (open !== close) add(Math.max(0, text.search(/[“”]/)), 1, t().check.unbalancedQuotes({ open, close }), 'mixed-quotes');
  // A word of three or more characters written twice in a row (褚大军褚大军) — but not the
  // distributive 一个项目一个项目, 一条链一条链, which is good Chinese.
  for (const m of text.matchAll(new RegExp(`(${HAN}{3,8})\\1`, 'gu'))) {
    if (m[1].startsWith('一')) continue;
    add(m.index!, m[0].length, t().check.doubledWord({ word: m[1] }), 'doubled-word');
  }
  return findings.sort((a, b) => a.column - b.column);
}

/** Lints a Markdown body (front matter already blanked); skips fenced code. */
export function lintMarkdown(body: string): TextFinding[] {
  const findings: TextFinding[] = [];
  let fenced = false;
  body.split(/\r?\n/).forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    else if (!fenced) findings.push(...lintLine(text, i + 1));
  });
  return findings;
}

const overlap = (a: Edit, b: Edit) => a.index < b.index + b.length && b.index < a.index + a.length;

/**
 * Makes the safe fixes of `findings` (all found in `text`) in one pass. A finding
 * whose edits would overlap one already taken is left out (and stays a
 * warning). Each fix made shows its span before and after every edit in it,
 * so `"开门红,"` → `“开门红，”` even though the comma is another rule's fix.
 */
export function fixText(text: string, findings: TextFinding[]): { text: string; edits: Edit[]; made: FixMade[] } {
  const edits: Edit[] = [];
  const taken: TextFinding[] = [];
  for (const finding of findings) {
    if (!finding.fix || finding.fix.some((e) => edits.some((o) => overlap(e, o)))) continue;
    edits.push(...finding.fix);
    taken.push(finding);
  }
  edits.sort((a, b) => a.index - b.index);
  const rewrite = (start: number, end: number) => {
    let out = '';
    let at = start;
    for (const e of edits) {
      if (e.index < start || e.index + e.length > end) continue;
      out += text.slice(at, e.index) + e.replacement;
      at = e.index + e.length;
    }
    return out + text.slice(at, end);
  };
  const made = taken.map((finding) => ({
    finding,
    line: finding.line,
    column: finding.span.start + 1,
    before: text.slice(finding.span.start, finding.span.end),
    after: rewrite(finding.span.start, finding.span.end),
  }));
  return { text: rewrite(0, text.length), edits, made };
}

/** Makes the safe fixes of `findings` (from lintMarkdown) in a file's text, line by line. */
export function fixMarkdown(text: string, findings: TextFinding[]): { text: string; made: FixMade[] } {
  const lines = text.split('\n');
  const byLine = new Map<number, TextFinding[]>();
  for (const f of findings) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  const made: FixMade[] = [];
  for (const [line, list] of byLine) {
    const fixed = fixText(lines[line - 1], list);
    lines[line - 1] = fixed.text;
    made.push(...fixed.made);
  }
  return { text: lines.join('\n'), made };
}

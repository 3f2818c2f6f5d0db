/**
 * Proof-reading rules for Chinese text, run on the Markdown source line by
 * line (front matter and code blocks blanked out), as a copy editor would:
 * half-width punctuation between Chinese characters, stray spaces between
 * Chinese and digits left by copying from PDFs, straight or mixed quotation
 * marks, and a doubled word. Each finding has a place and, when the fix is
 * safe, the replacement text.
 */

export interface TextFinding {
  line: number;
  column: number;
  message: string;
  ruleId: string;
  /** A safe fix: replace `length` characters at line/column with `replacement`. */
  fix?: { length: number; replacement: string };
}

const HAN = '\\p{Script=Han}';
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' };

/** Parts of a line that are Markdown syntax or addresses, not prose: left alone. */
function protectedRanges(line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of line.matchAll(/`[^`]*`|!?\[[^\]]*\]\([^)]*\)|<[^>]+>|https?:\/\/\S+|^\s*([-*+]|\d+\.)\s|^\s*\|.*\|\s*$/g)) ranges.push([m.index!, m.index! + m[0].length]);
  return ranges;
}

const inside = (ranges: Array<[number, number]>, i: number) => ranges.some(([a, b]) => i >= a && i < b);

export function lintLine(text: string, line: number): TextFinding[] {
  const findings: TextFinding[] = [];
  const guard = protectedRanges(text);
  const add = (index: number, length: number, message: string, ruleId: string, replacement?: string) => {
    if (inside(guard, index)) return;
    findings.push({ line, column: index + 1, message, ruleId, fix: replacement === undefined ? undefined : { length, replacement } });
  };

  // , ; : ? ! next to a Chinese character; a full stop after Chinese at a sentence end.
  for (const m of text.matchAll(new RegExp(`(?<=${HAN})[,;:?!]|(?<=${HAN})\\.(?=\\s*$|${HAN})|[,;:?!](?=${HAN})`, 'gu'))) {
    const ch = m[0];
    add(m.index!, 1, `Half-width "${ch}" in Chinese text: use full-width "${FULL[ch]}".`, 'half-width-punctuation', FULL[ch]);
  }
  // (…) whose content is Chinese.
  for (const m of text.matchAll(new RegExp(`\\(([^()]*${HAN}[^()]*)\\)`, 'gu'))) {
    if (text[m.index! - 1] === ']') continue; // a Markdown link or image target
    add(m.index!, m[0].length, `Half-width parentheses around Chinese text: use （…）.`, 'half-width-punctuation', `（${m[1]}）`);
  }
  // 2 月 18 日: spaces between Chinese and digits (the layout adds its own spacing).
  for (const m of text.matchAll(new RegExp(`(?<=${HAN})[ \\t\\u00a0]+(?=\\d)|(?<=\\d)[ \\t\\u00a0]+(?=${HAN})`, 'gu'))) {
    add(m.index!, m[0].length, 'Space between Chinese and a number (left by copying from a PDF?): remove it; the layout spaces them itself.', 'cjk-digit-space', '');
  }
  // Straight double quotes around Chinese text.
  for (const m of text.matchAll(new RegExp(`"([^"]*${HAN}[^"]*)"`, 'gu'))) {
    add(m.index!, m[0].length, 'Straight quotation marks in Chinese text: use “…”.', 'mixed-quotes', `“${m[1]}”`);
  }
  if (/[“”]/.test(text) && /[「」]/.test(text)) add(text.search(/[「」]/), 1, 'Mixed quotation marks “” and 「」 in one paragraph: use “” (and ‘’ inside them).', 'mixed-quotes');
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  if (open !== close) add(Math.max(0, text.search(/[“”]/)), 1, `Unbalanced quotation marks: ${open} “ and ${close} ”.`, 'mixed-quotes');
  // A word of three or more characters written twice in a row (褚大军褚大军) — but not the
  // distributive 一个项目一个项目, 一条链一条链, which is good Chinese.
  for (const m of text.matchAll(new RegExp(`(${HAN}{3,8})\\1`, 'gu'))) {
    if (m[1].startsWith('一')) continue;
    add(m.index!, m[0].length, `"${m[1]}" is written twice in a row: delete one.`, 'doubled-word');
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

/** Applies the safe fixes of `findings` to `body` (non-overlapping, right to left on each line). */
export function applyFixes(body: string, findings: TextFinding[]): string {
  const lines = body.split('\n');
  const byLine = new Map<number, TextFinding[]>();
  for (const f of findings) if (f.fix) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  for (const [line, list] of byLine) {
    let text = lines[line - 1];
    let limit = Infinity;
    for (const f of list.sort((a, b) => b.column - a.column)) {
      const start = f.column - 1;
      if (start + f.fix!.length > limit) continue; // overlaps a fix already made
      text = text.slice(0, start) + f.fix!.replacement + text.slice(start + f.fix!.length);
      limit = start;
    }
    lines[line - 1] = text;
  }
  return lines.join('\n');
}

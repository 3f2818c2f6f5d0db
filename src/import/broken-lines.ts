/**
 * Lines that layout broke, put back together. Text copied out of an e-paper's
 * PDF comes one column line at a time (every line about as wide as the
 * column); text copied from its web edition has one paragraph per line, but a
 * sentence that ran on to another page is cut where the page ended. Plain
 * text only: in a web page a block is a block.
 */

/** Chinese and full-width characters take two columns, like on the page. */
function width(line: string): number {
  let w = 0;
  for (const c of line) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1;
  return w;
}

/** Punctuation that may end a paragraph (closing quotes and brackets after it too). */
const CLOSED = /[。！？!?…；;：:][”’"'」』）)】》]*$|[”」』]$/;
/** 　　 or two spaces: how a paragraph starts in a copied column. */
const INDENT = /^(?:\u3000|\s{2,})/;
const CJK = /[\u3400-\u9fff]/;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export interface RawLine {
  text: string;
  /** 0-based line in the clipping where this (joined) line starts. */
  at: number;
}

/**
 * Column text (a PDF e-paper copied out): most lines of one width. Lines as
 * wide as the column run on into the next, unless the next starts a paragraph
 * (indented), or — when the copy kept no indents — the line ended a sentence.
 * Shorter lines (headlines, a paragraph's last line) stand alone.
 */
export function joinColumns(lines: RawLine[]): RawLine[] {
  const long = lines.map((l) => width(l.text.trim())).filter((w) => w >= 16);
  const column = median(long);
  const inColumn = long.filter((w) => Math.abs(w - column) <= 3).length;
  if (long.length < 6 || inColumn < long.length * 0.6) return lines;
  const indents = lines.some((l) => INDENT.test(l.text) && CJK.test(l.text));
  const out: RawLine[] = [];
  let above = '';
  for (const line of lines) {
    const prev = out[out.length - 1];
    // The line above as wide as the column: a page header is wider, a headline or a paragraph's last line narrower.
    const full = prev && Math.abs(width(above.trim()) - column) <= 3 && CJK.test(above);
    const runsOn = full && line.text.trim() && (indents ? !INDENT.test(line.text) : !CLOSED.test(above.trim()));
    if (prev && runsOn) prev.text = prev.text.trimEnd() + line.text.trim();
    else out.push({ ...line });
    above = line.text;
  }
  return out;
}

/**
 * A paragraph cut by a page break: a line too long for a heading that ends
 * mid-sentence (no closing punctuation, or a comma), followed by the rest.
 * `joinable` says whether two lines may be one (neither is furniture, a
 * caption or a metadata line), which the caller knows.
 */
export function joinBrokenLines(lines: RawLine[], joinable: (line: string, next: string) => boolean): RawLine[] {
  const out: RawLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const a = prev?.text.trim() ?? '';
    const b = line.text.trim();
    const cut = a && !CLOSED.test(a) && ([...a].length > 30 || /[，、,]$/.test(a));
    if (prev && cut && /^[\u3400-\u9fff\d“‘《（(]/.test(b) && joinable(a, b)) prev.text = a + b;
    else out.push({ ...line });
  }
  return out;
}

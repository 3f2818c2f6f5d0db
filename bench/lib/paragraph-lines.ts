/**
 * Body paragraphs read back from line positions. A body line (set in the body
 * size) starting 2 em right of the column's left edge opens a paragraph; one
 * at the left edge (or hanging half an em left of it, a trimmed “) goes on
 * with it. A paragraph ends before an indented line, before anything that is
 * not body text (a subheading, a caption, a photo, a right-aligned source), at
 * a gap of more than 1.3 line pitches, or at a page's foot when the next page
 * of the run does not go on with an unindented line.
 */
import { contentLines, isBodyLine, lineBox } from './page-geometry.ts';
import { squash } from './page-lines.ts';
import type { Layout, Line, Page } from './typeset-types.ts';

export type LineKind = 'start' | 'cont' | 'other';

/** A body line in its paragraph. */
export interface ParagraphLine {
  /** 0-based page. */
  page: number;
  line: Line;
  kind: 'start' | 'cont';
  first: boolean;
  last: boolean;
  /** No text above it on its page / below it on its page. */
  topOfPage: boolean;
  footOfPage: boolean;
}

type Token = { line: Line; kind: LineKind | 'break'; top: number } | { line?: undefined; kind: 'image'; top: number };

/** Where a body line starts: at the indent, at the left edge, or elsewhere (centred, right-aligned). */
export function lineKind(line: Line, layout: Layout): LineKind {
  const em = layout.bodySize;
  if (Math.abs(line.x - (layout.left + 2 * em)) <= 0.3 * em) return 'start';
  if (line.x >= layout.left - 0.6 * em && line.x <= layout.left + 0.3 * em) return 'cont';
  return 'other';
}

/** The page's content top to bottom: body lines by kind, other text and images as breaks. */
function tokens(page: Page, layout: Layout): Token[] {
  const lines: Token[] = contentLines(page, layout.bodySize).map((line) => {
    const kind = isBodyLine(line, layout.bodySize) ? lineKind(line, layout) : 'break';
    return { line, kind: kind === 'other' ? 'break' : kind, top: lineBox(line).top };
  });
  const images: Token[] = page.images.map((box) => ({ kind: 'image', top: box.top }));
  return [...lines, ...images].sort((a, b) => a.top - b.top);
}

const isParagraphLine = (token: Token | undefined) => token?.kind === 'start' || token?.kind === 'cont';

/** The normal distance between two lines of a paragraph on the page: the lower quartile of body line steps. */
function linePitch(page: Token[], bodySize: number): number {
  const steps: number[] = [];
  for (let k = 1; k < page.length; k++) {
    if (isParagraphLine(page[k]) && isParagraphLine(page[k - 1])) steps.push(page[k].line!.baseline - page[k - 1].line!.baseline);
  }
  return steps.sort((a, b) => a - b)[steps.length >> 2] ?? 1.8 * bodySize;
}

/** Every body line of a run of pages (one article, the 简讯), with where its paragraph begins and ends. */
export function paragraphLines(pageIndices: number[], pages: Page[], layout: Layout): ParagraphLine[] {
  const perPage = pageIndices.map((index) => tokens(pages[index], layout));
  const text = perPage.map((page) => page.filter((token) => token.kind !== 'image'));
  const out: ParagraphLine[] = [];
  perPage.forEach((page, p) => {
    const pitch = linePitch(page, layout.bodySize);
    const gapBefore = (k: number) => page[k].line!.baseline - page[k - 1].line!.baseline > 1.3 * pitch;
    page.forEach((token, k) => {
      if (token.kind !== 'start' && token.kind !== 'cont') return;
      const [before, after] = [page[k - 1], page[k + 1]];
      const at = text[p].indexOf(token);
      // Across a page break only text counts: a photo at the foot or the top does not end a paragraph there.
      const first = token.kind === 'start' || (at > 0 ? !isParagraphLine(before) || gapBefore(k) : !isParagraphLine(text[p - 1]?.at(-1)));
      const goesOn = at < text[p].length - 1 ? after.kind === 'cont' && !gapBefore(k + 1) : text[p + 1]?.[0]?.kind === 'cont';
      out.push({
        page: pageIndices[p],
        line: token.line,
        kind: token.kind,
        first,
        last: !goesOn,
        topOfPage: at === 0,
        footOfPage: at === text[p].length - 1,
      });
    });
  });
  return out;
}

export interface LineFinding {
  /** 0-based page. */
  page: number;
  text: string;
  /** The end of the line before, for the report. */
  before?: string;
}

/** One Chinese character and, perhaps, punctuation: 平。 言： 地 */
export function isRuntText(text: string): boolean {
  return /^\p{Script=Han}[\p{P}\p{S}]*$/u.test(squash(text));
}

const finding = (lines: ParagraphLine[], i: number): LineFinding => ({
  page: lines[i].page,
  text: squash(lines[i].line.text),
  before: i > 0 ? squash(lines[i - 1].line.text).slice(-8) : undefined,
});

/** Last lines of a paragraph (not its only line) that hold one character and punctuation. */
export function runts(lines: ParagraphLine[]): LineFinding[] {
  return lines.flatMap((line, i) => (line.last && !line.first && isRuntText(line.line.text) ? [finding(lines, i)] : []));
}

/** A paragraph's last line alone at the top of a page, its other lines on the page before. */
export function widows(lines: ParagraphLine[]): LineFinding[] {
  return lines.flatMap((line, i) => (line.topOfPage && !line.first && line.last ? [finding(lines, i)] : []));
}

/** A paragraph's first line alone at the foot of a page, the rest on the next. */
export function orphans(lines: ParagraphLine[]): LineFinding[] {
  return lines.flatMap((line, i) => (line.footOfPage && line.first && !line.last ? [finding(lines, i)] : []));
}

/**
 * The page geometry, found from the pages themselves: the body size
 * (what most text is set in), the column's left edge, the running head and
 * folio (the topmost and bottommost lines set smaller than the body, in the
 * top and bottom tenth of the page) and the text block between them.
 */
import { squash } from './page-lines.ts';
import type { Box, Layout, Line, Page } from './typeset-types.ts';

/** Head and folio stand in this share of the page's height at its top and foot. */
const FURNITURE_ZONE = 0.1;
/** Of a line's size, how far its glyphs reach above and below the baseline (CJK faces: about 0.88 / 0.12). */
const ASCENT = 0.88;
const DESCENT = 0.12;

/** A line's vertical extent. */
export function lineBox(line: Line): Box {
  return { top: line.baseline - ASCENT * line.size, bottom: line.baseline + DESCENT * line.size };
}

/** The most common value, by weight; ties go to the larger value. */
function mode(values: Array<[value: number, weight: number]>): number | undefined {
  const counts = new Map<number, number>();
  for (const [value, weight] of values) counts.set(value, (counts.get(value) ?? 0) + weight);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

/** The size most characters of the issue are set in. */
export function bodySize(pages: Page[]): number {
  return mode(pages.flatMap((page) => page.lines.map((line): [number, number] => [Math.round(line.size * 10) / 10, squash(line.text).length]))) ?? 10;
}

/** Whether a line is set in the body size (within 0.3 pt). */
export function isBodyLine(line: Line, size: number): boolean {
  return Math.abs(line.size - size) <= 0.3;
}

/** The running head: the topmost line, when it is smaller than the body and in the page's top tenth. */
export function runningHead(page: Page, size: number): Line | undefined {
  const first = page.lines[0];
  return first && first.size < size - 0.3 && first.baseline < page.height * FURNITURE_ZONE ? first : undefined;
}

/** The folio: the bottommost line, when it is smaller than the body and in the page's bottom tenth. */
export function folio(page: Page, size: number): Line | undefined {
  const last = page.lines.at(-1);
  return last && last !== runningHead(page, size) && last.size < size - 0.3 && last.baseline > page.height * (1 - FURNITURE_ZONE) ? last : undefined;
}

/** The page's lines without running head and folio. */
export function contentLines(page: Page, size: number): Line[] {
  const furniture = [runningHead(page, size), folio(page, size)];
  return page.lines.filter((line) => !furniture.includes(line));
}

/** Everything on the page that is not head or folio: text lines and images. */
export function contentBoxes(page: Page, size: number): Box[] {
  return [...contentLines(page, size).map(lineBox), ...page.images];
}

/** x where most body lines start: a paragraph's second and later lines. */
export function columnLeft(pages: Page[], size: number): number {
  return mode(pages.flatMap((page) => contentLines(page, size).filter((line) => isBodyLine(line, size)).map((line): [number, number] => [Math.round(line.x * 2) / 2, 1]))) ?? 0;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/**
 * The text block: from below the running head to above the folio, as most
 * pages have them. With no heads or folios at all, the extent of the content.
 */
export function textBlock(pages: Page[], size: number): Box {
  const heads = pages.flatMap((page) => runningHead(page, size) ?? []).map((line) => lineBox(line).bottom);
  const folios = pages.flatMap((page) => folio(page, size) ?? []).map((line) => lineBox(line).top);
  const content = pages.slice(1, -1).flatMap((page) => contentBoxes(page, size));
  return {
    top: heads.length ? median(heads) : Math.min(...content.map((box) => box.top)),
    bottom: folios.length ? median(folios) : Math.max(...content.map((box) => box.bottom)),
  };
}

export function layoutOf(pages: Page[]): Layout {
  const size = bodySize(pages);
  return { bodySize: size, left: columnLeft(pages, size), block: textBlock(pages, size) };
}

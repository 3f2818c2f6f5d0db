/**
 * How full pages are. A spill page is an article's last page, not its first,
 * whose content reaches less than 30% down the text block: a few lines and
 * the source, pushed over from the page before. A page is more than half
 * blank when holes taller than three body lines (above, between and below its
 * content) add up to more than half the text block: normal on an article's
 * last page, a fault in mid-article (a photo that did not fit, left a hole).
 */
import { contentBoxes, contentLines } from './page-geometry.ts';
import { isBlankPage, type Run } from './page-runs.ts';
import type { Box, Layout, Page } from './typeset-types.ts';

export const SPILL_REACH = 0.3;

export interface PageFinding {
  /** 0-based page. */
  page: number;
  article: string;
  /** Share of the text block: how far down the content reaches, or how much is blank. */
  share: number;
  /** The page's text, lines joined by " / ". */
  text: string;
}

/** How far down the text block the lowest content reaches, 0…1. */
export function reach(boxes: Box[], block: Box): number {
  if (!boxes.length) return 0;
  const bottom = Math.max(...boxes.map((box) => box.bottom));
  return Math.min(1, Math.max(0, (bottom - block.top) / (block.bottom - block.top)));
}

/** The share of the text block left white by holes of at least minGap. */
export function blankShare(boxes: Box[], block: Box, minGap: number): number {
  const sorted = boxes
    .map((box) => ({ top: Math.max(box.top, block.top), bottom: Math.min(box.bottom, block.bottom) }))
    .filter((box) => box.bottom > box.top)
    .sort((a, b) => a.top - b.top);
  let blank = 0;
  let reached = block.top;
  for (const box of sorted) {
    if (box.top - reached >= minGap) blank += box.top - reached;
    reached = Math.max(reached, box.bottom);
  }
  if (block.bottom - reached >= minGap) blank += block.bottom - reached;
  return blank / (block.bottom - block.top);
}

function pageText(page: Page, layout: Layout): string {
  return contentLines(page, layout.bodySize).map((line) => line.text.replace(/\t/g, ' ')).join(' / ');
}

/** Articles whose last page is a continuation that the content fills less than 30% down. */
export function spillPages(runs: Run[], pages: Page[], layout: Layout): PageFinding[] {
  return runs.flatMap((run) => {
    if (run.kind !== 'article' || run.pages.length < 2) return [];
    const last = pages[run.pages.at(-1)!];
    const share = reach(contentBoxes(last, layout.bodySize), layout.block);
    return share < SPILL_REACH ? [{ page: last.index, article: run.title, share, text: pageText(last, layout) }] : [];
  });
}

/**
 * Pages of runs (articles, 简讯, foreword, 目录) that are more than half
 * blank, apart as a run's last page (normal) or a page in mid-run (a fault).
 * Covers, dividers and blank pages are in no run or are left out.
 */
export function halfBlankPages(runs: Run[], pages: Page[], layout: Layout): { endPages: PageFinding[]; midRun: PageFinding[] } {
  const endPages: PageFinding[] = [];
  const midRun: PageFinding[] = [];
  for (const run of runs) {
    run.pages.forEach((index, i) => {
      const page = pages[index];
      if (isBlankPage(page, layout.bodySize)) return;
      const share = blankShare(contentBoxes(page, layout.bodySize), layout.block, 3 * layout.bodySize);
      if (share <= 0.5) return;
      (i === run.pages.length - 1 ? endPages : midRun).push({ page: index, article: run.title, share, text: pageText(page, layout) });
    });
  }
  return { endPages, midRun };
}

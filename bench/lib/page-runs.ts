/**
 * Which pages belong together, from the bookmarks. Each bookmark opens a run
 * of pages that lasts up to the page before the next bookmark (or the 目录,
 * or the back cover): an article's pages, the foreword's. A bookmark on a
 * divider page (【重点关注】) is a section: the divider belongs to no run, and
 * pages after it before the next bookmark (the 简讯) are the section's own.
 * Pages before the first run are the covers; blank pages end no run.
 */
import { contentLines, folio, isBodyLine } from './page-geometry.ts';
import { squash } from './page-lines.ts';
import type { OutlineEntry, Page } from './typeset-types.ts';

export interface Run {
  title: string;
  /** article: a bookmarked article or the foreword; section: the pages after a divider (简讯); toc: the 目录. */
  kind: 'article' | 'section' | 'toc';
  /** 0-based pages, in order. */
  pages: number[];
}

/** Nothing printed but, perhaps, head and folio. */
export function isBlankPage(page: Page, size: number): boolean {
  return contentLines(page, size).length === 0 && page.images.length === 0;
}

/** A section divider: one line in 【】 and nothing else between head and folio. */
export function isDividerPage(page: Page, size: number): boolean {
  const lines = contentLines(page, size);
  return lines.length === 1 && page.images.length === 0 && /^【.+】$/.test(squash(lines[0].text));
}

/** The 目录: a line 目录 (spaced or not) larger than the body. */
export function isTocPage(page: Page, size: number): boolean {
  return contentLines(page, size).some((line) => squash(line.text) === '目录' && line.size > size && !isBodyLine(line, size));
}

/** The last page is the back cover when it carries no folio. */
function lastRunPage(pages: Page[], size: number): number {
  const last = pages.at(-1);
  return last && !folio(last, size) ? pages.length - 2 : pages.length - 1;
}

/** Runs of pages, in page order. */
export function pageRuns(pages: Page[], outline: OutlineEntry[], size: number): Run[] {
  const starts = new Map<number, { title: string; toc: boolean }>();
  for (const entry of outline) starts.set(entry.pageIndex, { title: entry.title, toc: false }); // on a shared page, the later bookmark
  pages.forEach((page) => {
    if (!starts.has(page.index) && isTocPage(page, size)) starts.set(page.index, { title: '目录', toc: true });
  });
  const order = [...starts.keys()].sort((a, b) => a - b);
  const end = lastRunPage(pages, size);
  const runs: Run[] = [];
  order.forEach((start, i) => {
    const { title, toc } = starts.get(start)!;
    const stop = Math.min((order[i + 1] ?? end + 1) - 1, end);
    let indices = Array.from({ length: Math.max(0, stop - start + 1) }, (_, k) => start + k);
    while (indices.length > 1 && isBlankPage(pages[indices.at(-1)!], size)) indices.pop();
    if (!indices.length) return;
    if (isDividerPage(pages[start], size)) {
      indices = indices.slice(1).filter((index) => !isBlankPage(pages[index], size));
      if (indices.length) runs.push({ title, kind: 'section', pages: indices });
    } else {
      runs.push({ title, kind: toc ? 'toc' : 'article', pages: indices });
    }
  });
  return runs;
}

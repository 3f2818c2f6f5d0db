/**
 * Measures one finished issue PDF the way a designer would count its faults,
 * from the PDF alone (bench/typeset.ts and test/typeset.test.ts share it):
 * spill pages, titles broken inside words, runts, widows and orphans, pages
 * more than half blank, font objects, exact A4 and page labels that match
 * the printed folios. The detectors are pure functions over the pages' lines
 * (page-fill.ts, paragraph-lines.ts, title-breaks.ts); this joins them.
 */
import { basename } from 'node:path';
import { jiebaSegmentations } from './jieba-words.ts';
import { folio, layoutOf } from './page-geometry.ts';
import { squash } from './page-lines.ts';
import { halfBlankPages, spillPages, type PageFinding } from './page-fill.ts';
import { pageRuns, type Run } from './page-runs.ts';
import { orphans, paragraphLines, runts, widows, type LineFinding } from './paragraph-lines.ts';
import { fontObjectsAndBoxes, pagesNotA4 } from './pdf-objects.ts';
import { readPdfPages, type PdfReading } from './read-pdf-pages.ts';
import { badBreaks, titleAndSubtitle, tocEntries, type BadBreak, type WrappedText } from './title-breaks.ts';
import type { Layout, Page, PdfFacts } from './typeset-types.ts';

export interface LabelCheck {
  present: boolean;
  /** Pages with a printed folio that were compared. */
  checked: number;
  /** 0-based pages whose label is not the folio printed on them. */
  mismatches: Array<{ page: number; label?: string; folio: string }>;
}

export interface IssueMeasure {
  file: string;
  pages: number;
  /** The folio printed on each page (undefined where none is), for naming pages in the report. */
  folios: Array<string | undefined>;
  /** Bookmarked articles (and the foreword). */
  articles: number;
  spill: PageFinding[];
  /** Titles, subtitles and 目录 entries set in two lines or more. */
  wrapped: WrappedText[];
  badBreaks: BadBreak[];
  runts: LineFinding[];
  widows: LineFinding[];
  orphans: LineFinding[];
  halfBlank: { endPages: PageFinding[]; midRun: PageFinding[] };
  fontObjects: number;
  notA4: Array<{ page: number; size: string }>;
  labels: LabelCheck;
}

/** The page number printed at the page's foot, if any. */
export function printedFolio(page: Page, layout: Layout): string | undefined {
  const line = folio(page, layout.bodySize);
  return line && /^\d+$/.test(squash(line.text)) ? squash(line.text) : undefined;
}

/** Each page that prints a folio: is its label that folio? */
export function checkLabels(pages: Page[], labels: string[] | undefined, layout: Layout): LabelCheck {
  const printed = pages.flatMap((page) => {
    const folio = printedFolio(page, layout);
    return folio ? [{ page: page.index, folio }] : [];
  });
  return {
    present: !!labels,
    checked: printed.length,
    mismatches: printed.filter(({ page, folio }) => labels?.[page] !== folio).map(({ page, folio }) => ({ page, label: labels?.[page], folio })),
  };
}

/** Titles and subtitles of every article's first page, and the 目录's entries, that wrap. */
export function wrappedTexts(runs: Run[], pages: Page[], layout: Layout): WrappedText[] {
  const texts: WrappedText[] = [];
  for (const run of runs) {
    const page = run.pages[0];
    if (run.kind === 'toc') {
      for (const index of run.pages) texts.push(...tocEntries(pages[index], layout).map((lines) => ({ where: '目录' as const, page: index, lines })));
    } else if (run.kind === 'article') {
      const { title, subtitle } = titleAndSubtitle(pages[page], layout);
      texts.push({ where: 'title', page, lines: title }, { where: 'subtitle', page, lines: subtitle });
    }
  }
  return texts.filter((text) => text.lines.length >= 2);
}

/** Every count of the report, from what was read off the PDF. */
export function measureReading(file: string, reading: PdfReading, facts: PdfFacts, segment = jiebaSegmentations): IssueMeasure {
  const { pages, outline } = reading;
  const layout = layoutOf(pages);
  const runs = pageRuns(pages, outline, layout.bodySize);
  const flows = runs.filter((run) => run.kind !== 'toc').map((run) => paragraphLines(run.pages, pages, layout));
  const wrapped = wrappedTexts(runs, pages, layout);
  return {
    file,
    pages: pages.length,
    folios: pages.map((page) => printedFolio(page, layout)),
    articles: runs.filter((run) => run.kind === 'article').length,
    spill: spillPages(runs, pages, layout),
    wrapped,
    badBreaks: badBreaks(wrapped, segment),
    runts: flows.flatMap(runts),
    widows: flows.flatMap(widows),
    orphans: flows.flatMap(orphans),
    halfBlank: halfBlankPages(runs, pages, layout),
    fontObjects: facts.fontObjects,
    notA4: pagesNotA4(facts.mediaBoxes),
    labels: checkLabels(pages, facts.labels, layout),
  };
}

export async function measurePdf(path: string): Promise<IssueMeasure> {
  const reading = await readPdfPages(path);
  const objects = await fontObjectsAndBoxes(path);
  return measureReading(basename(path), reading, { ...objects, labels: reading.labels });
}

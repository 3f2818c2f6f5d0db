/**
 * The shapes a print's layout takes: what a draft says (DraftLayout), what
 * the printer writes into the issue (PrintLayout), and what the copyfit pass
 * did (Fitting). Types only, so that the modules that make and read them
 * (toc-numbers.ts, fitting-plan.ts, copyfit.ts, printer.ts) need not import
 * one another.
 */

export interface DraftLayout {
  /** Anchor id → physical page index (0-based). */
  pages: Map<string, number>;
  /** Anchor id → how high on its page it lands: PDF points from the page's foot (the destination's /XYZ top). */
  tops: Map<string, number>;
  pageCount: number;
  /** The first page's height in points (all pages of an issue have one size). */
  pageHeight: number;
}

/** What the printer writes into an issue once it knows where its pages fall. */
export interface PrintLayout {
  /** The printed page number (01, 02 …) of each anchor the 目录 names. */
  tocNumbers: Record<string, string>;
  /** The same anchors' pages in the PDF, counted from 1 with the cover (for a viewer's #page=). */
  pdfPages: Record<string, number>;
  /** Blank pages before the back cover: a stapled booklet has a multiple of four pages. */
  blankPages: number;
  /** What the copyfit pass did (src/print/copyfit.ts); absent for a layout read back from a print. */
  fitting?: Fitting;
}

/** What the pass did to an issue, for the build's output and the dev server's next print. */
export interface Fitting {
  /** Tightening step per unit key (article anchor); absent = as set. */
  levels: Record<string, number>;
  photoFixes: PhotoFix[];
  /** Articles pulled back from a spill page, with the step it took. */
  fitted: Array<{ title: string; level: number }>;
  /** Articles that still end on a spill page: the lines there and about how many characters to cut. */
  unfitted: Array<{ title: string; lines: number; cut: number }>;
  /** Runts left (one character alone on a paragraph's last line). */
  runts: number;
}

/** A photo gap closed: the photo made `shrinkTo` px high, or moved below `moveAfter` paragraphs (fitting-page.ts). */
export type PhotoFix = { index: string; shrinkTo: number } | { index: string; moveAfter: number };

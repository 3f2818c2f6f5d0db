/**
 * What the typesetting report reads off a finished PDF, independent of how
 * yuebao typeset it. Lengths are in pt; y is measured down from the page's
 * top edge, so "lower on the page" is "larger".
 */

/** One run of text as the PDF draws it (a pdf.js text item). */
export interface TextRun {
  text: string;
  x: number;
  /** The run's baseline. */
  baseline: number;
  width: number;
  /** Font size: the text matrix's scale. */
  size: number;
}

/** Runs on one baseline, left to right. */
export interface Line {
  /** The runs' text; a tab where more than 1 em of white separates two runs (a 目录 leader, a caption's credit). */
  text: string;
  /** Left edge of the first glyph. */
  x: number;
  /** Right edge of the last glyph. */
  right: number;
  baseline: number;
  /** The size most of its characters are set in. */
  size: number;
}

/** A vertical extent on a page. */
export interface Box {
  top: number;
  bottom: number;
}

export interface Page {
  /** 0-based physical page. */
  index: number;
  width: number;
  height: number;
  /** Top to bottom. */
  lines: Line[];
  /** Every image drawn on the page. */
  images: Box[];
}

/** A bookmark: an h1 (foreword, section divider) at depth 0, an article at depth 1. */
export interface OutlineEntry {
  title: string;
  depth: number;
  pageIndex: number;
}

/** What the PDF itself declares. */
export interface PdfFacts {
  /** /PageLabels as pdf.js reads them; undefined when the PDF has none. */
  labels?: string[];
  /** Count of /Type /Font dictionaries (a Type0 font and its CIDFont count two, as they are two objects). */
  fontObjects: number;
  /** Each page's MediaBox width × height. */
  mediaBoxes: Array<{ width: number; height: number }>;
}

/** The pages with the furniture told apart: see page-geometry.ts. */
export interface Layout {
  /** The size most body text is set in. */
  bodySize: number;
  /** x where a body paragraph's second and later lines start. */
  left: number;
  /** Between the running head and the folio, as most pages have them. */
  block: Box;
}

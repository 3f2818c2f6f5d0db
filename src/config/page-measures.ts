/**
 * The page's measurements, in one place: the paper, the text block and its
 * type. The print stylesheet gets them as CSS (printMeasuresCss, put into the
 * print page by templates/print/issue.hbs), and the code that measures pages —
 * the copyfit pass, the press sheet, the 目录 length check, photo widths — reads
 * them from here, so that the CSS and the arithmetic cannot drift apart.
 */

/** One millimetre in PDF points. */
export const MM = 72 / 25.4;

/** Paper sizes in points: A4 is 210 × 297 mm. */
export const PAGE_SIZES = { A4: [210 * MM, 297 * MM] } as const satisfies Record<string, readonly [number, number]>;

/** A length in publication.yml (`3mm`, `3 mm`, `3`, `0.125in`, `9pt`, `3毫米`) in points; undefined if it is none. */
export function parseLength(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value * MM : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(mm|毫米|pt|in|cm)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 'mm').toLowerCase();
  const scale = { mm: MM, 毫米: MM, cm: 10 * MM, pt: 1, in: 72 }[unit]!;
  return Number(m[1]) * scale;
}

/**
 * The printed page (issue #14: one source for the CSS and the code). The text
 * block is 40 body characters wide and centred; its margins leave room for the
 * running head above and the folio below.
 */
export const PRINT_PAGE = {
  size: 'A4' as keyof typeof PAGE_SIZES,
  /** Above the text block (the running head stands in it) and below it (the folio). */
  marginTopMm: 24,
  marginBottomMm: 22,
  /** Body type: Song at 11.5 pt, leading 1.8. */
  bodySizePt: 11.5,
  leading: 1.8,
  /** Characters of body type to a line: 40 × 11.5 pt = 460 pt. */
  lineCharacters: 40,
  /** A 目录 entry that fits on one line at the 目录's 11 pt, less its bullet, leader and number. */
  tocLineCharacters: 34,
} as const;

/** The text block's width in points: the measure the CSS asks for. */
export const MEASURE_PT = PRINT_PAGE.lineCharacters * PRINT_PAGE.bodySizePt;

/**
 * The measure as Chromium lays it out: it sets an A4 page 594.96 pt wide (793.28 px,
 * in whole device pixels; src/print/pdf-metadata.ts puts the exact size back in the
 * PDF), while the side margins, (210mm − 460pt) / 2, are reckoned from the full
 * 595.28 pt: the text block is 459.68 pt. Lines are measured at this width
 * (src/print/fitting-page.ts).
 */
const LAID_OUT_A4_WIDTH_PT = 594.96;
export const LAID_OUT_MEASURE_PT = MEASURE_PT - (PAGE_SIZES.A4[0] - LAID_OUT_A4_WIDTH_PT);

/** The text block's height in points. */
export function textBlockHeight(pageHeight: number): number {
  return pageHeight - (PRINT_PAGE.marginTopMm + PRINT_PAGE.marginBottomMm) * MM;
}

/** Photos print at most one measure wide; at 300 dpi that many pixels are kept. */
export const PRINT_IMAGE_MAX_WIDTH = Math.round((MEASURE_PT / 72) * 300);

/** The CSS the print stylesheet stands on: the page box and the measures (templates/print/issue.hbs links it before print.css). */
export function printMeasuresCss(): string {
  const p = PRINT_PAGE;
  return [
    '/* Made by src/config/page-measures.ts: the same numbers the copyfit pass and the press sheet use. */',
    `@page { size: ${p.size}; margin: ${p.marginTopMm}mm calc((210mm - ${MEASURE_PT}pt) / 2) ${p.marginBottomMm}mm; }`,
    `:root { --body-size: ${p.bodySizePt}pt; --leading: ${p.leading}; --measure: ${LAID_OUT_MEASURE_PT.toFixed(2)}pt; }`,
    '',
  ].join('\n');
}

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

/**
 * Printer's marks on a press sheet, all outside the bleed: a pair of crop
 * marks at each corner, on the lines of the trim, and a registration target
 * (a circle with a cross) in the middle of each side. They are drawn in
 * registration colour, 100% of all four inks, so that every plate carries them
 * and the printer can register the plates and the cutter can find the trim.
 * The lines are hairlines, 0.25 pt.
 */
import { cmyk, type PDFPage } from 'pdf-lib';
import type { SheetGeometry } from './geometry.ts';
import { MM } from './geometry.ts';

const REGISTRATION = cmyk(1, 1, 1, 1);
const HAIRLINE = 0.25;
const TARGET_RADIUS = 1.6 * MM;

/** The marks' line segments, [x1, y1, x2, y2] each: pure, for tests. */
export function cropMarkLines(geometry: SheetGeometry): Array<[number, number, number, number]> {
  const { trim, markOffset: o, markLength: l } = geometry;
  const left = trim.x;
  const right = trim.x + trim.width;
  const bottom = trim.y;
  const top = trim.y + trim.height;
  const lines: Array<[number, number, number, number]> = [];
  for (const x of [left, right]) {
    for (const y of [bottom, top]) {
      const outX = x === left ? -1 : 1;
      const outY = y === bottom ? -1 : 1;
      // A horizontal mark on the line of the trim's top or bottom edge, beside the sheet's corner …
      lines.push([x + outX * o, y, x + outX * (o + l), y]);
      // … and a vertical one on the line of its left or right edge.
      lines.push([x, y + outY * o, x, y + outY * (o + l)]);
    }
  }
  return lines;
}

/** The registration targets' centres: the middle of each side, in the room outside the bleed. */
export function targetCentres(geometry: SheetGeometry): Array<[number, number]> {
  const { trim, markOffset: o, markLength: l } = geometry;
  const away = o + l / 2;
  const midX = trim.x + trim.width / 2;
  const midY = trim.y + trim.height / 2;
  return [
    [midX, trim.y - away],
    [midX, trim.y + trim.height + away],
    [trim.x - away, midY],
    [trim.x + trim.width + away, midY],
  ];
}

export function drawMarks(page: PDFPage, geometry: SheetGeometry): void {
  for (const [x1, y1, x2, y2] of cropMarkLines(geometry)) {
    page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: HAIRLINE, color: REGISTRATION });
  }
  for (const [x, y] of targetCentres(geometry)) {
    page.drawEllipse({ x, y, xScale: TARGET_RADIUS, yScale: TARGET_RADIUS, borderColor: REGISTRATION, borderWidth: HAIRLINE });
    const arm = TARGET_RADIUS * 1.5;
    page.drawLine({ start: { x: x - arm, y }, end: { x: x + arm, y }, thickness: HAIRLINE, color: REGISTRATION });
    page.drawLine({ start: { x, y: y - arm }, end: { x, y: y + arm }, thickness: HAIRLINE, color: REGISTRATION });
  }
}

/**
 * Where things go on a press sheet (one page of the print shop's PDF), in
 * PDF points from its lower left corner:
 *
 *   MediaBox  the whole sheet: the bleed, and around it the room for marks
 *   BleedBox  the trim and `bleed` beyond it on every side (3 mm by default)
 *   TrimBox   the finished page, exactly the reader's page (A4)
 *
 * Crop marks stand in the room outside the bleed, `markOffset` from the trim
 * (never closer than the bleed, so a cutter's slip never shows them) and
 * `markLength` long; a registration target sits in the middle of each side.
 * Without marks the sheet is the BleedBox. Pure arithmetic: tested alone.
 */

import { MM } from '../config/page-measures.ts';

export { MM };

export interface PressSettings {
  /** Bleed beyond the trim on every side, in points. */
  bleed: number;
  /** Crop and registration marks outside the bleed. */
  marks: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SheetGeometry {
  media: Box;
  bleed: Box;
  trim: Box;
  /** Where the crop marks start, from the trim edge; and how long they are. */
  markOffset: number;
  markLength: number;
}

/** Crop marks 5 mm long, at least 3 mm from the trim; 2 mm of paper beyond them. */
const MARK_LENGTH = 5 * MM;
const MARK_MIN_OFFSET = 3 * MM;
const MARK_MARGIN = 2 * MM;

export function sheetGeometry([width, height]: readonly [number, number], settings: PressSettings): SheetGeometry {
  const bleed = settings.bleed;
  const markOffset = Math.max(bleed, MARK_MIN_OFFSET);
  const slug = settings.marks ? markOffset + MARK_LENGTH + MARK_MARGIN : bleed;
  return {
    media: { x: 0, y: 0, width: width + 2 * slug, height: height + 2 * slug },
    bleed: { x: slug - bleed, y: slug - bleed, width: width + 2 * bleed, height: height + 2 * bleed },
    trim: { x: slug, y: slug, width, height },
    markOffset,
    markLength: MARK_LENGTH,
  };
}

/** A box as the PDF array [llx lly urx ury]. */
export function boxArray(box: Box): [number, number, number, number] {
  return [box.x, box.y, box.x + box.width, box.y + box.height];
}

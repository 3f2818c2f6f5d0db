/**
 * The office booklet (`--impose`): saddle-stitch page order as a pure
 * function, and the A3 sheets it makes from a PDF.
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { bookletOrder, imposeBooklet, paddedPages } from '../src/press/impose.ts';

/** The order as page numbers from 1, 0 for a blank. */
const numbered = (count: number) => bookletOrder(count).map((side) => side.map((p) => (p === null ? 0 : p + 1)));

describe('saddle-stitch order', () => {
  it('puts 8 pages on two sheets, the covers outside and the middle pages on the inner sheet', () => {
    expect(numbered(8)).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ]);
  });

  it('puts 12 pages on three sheets', () => {
    expect(numbered(12)).toEqual([
      [12, 1],
      [2, 11],
      [10, 3],
      [4, 9],
      [8, 5],
      [6, 7],
    ]);
  });

  it('puts 44 pages on eleven sheets, every page once, facing pages adding up to 45', () => {
    const sides = numbered(44);
    expect(sides).toHaveLength(22);
    expect(sides.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
    for (const [left, right] of sides) expect(left + right).toBe(45);
    expect(sides[0]).toEqual([44, 1]);
    expect(sides[21]).toEqual([22, 23]); // the centre spread, where the staples go
  });

  it('pads to a multiple of four with blanks before the back cover', () => {
    expect(paddedPages(10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, null, null, 9]);
    expect(numbered(10)[0]).toEqual([10, 1]);
    expect(numbered(10).flat().filter((p) => p === 0)).toHaveLength(2);
  });
});

describe('the booklet PDF', () => {
  it('has one A3 landscape page per side, two pages placed on each', async () => {
    const source = await PDFDocument.create();
    for (let i = 0; i < 6; i++) source.addPage([595.28, 841.89]).drawText(String(i + 1), { x: 100, y: 100 });
    const { pdf, blanks } = await imposeBooklet(await source.save(), 'test');
    expect(blanks).toBe(2);
    const booklet = await PDFDocument.load(pdf);
    expect(booklet.getPageCount()).toBe(4); // 8 pages → 2 sheets → 4 sides
    for (const page of booklet.getPages()) {
      expect(page.getWidth()).toBeCloseTo(1190.55, 1);
      expect(page.getHeight()).toBeCloseTo(841.89, 1);
    }
  });
});

/**
 * The copyfit pass's arithmetic (src/print/fitting-plan.ts) on drafts made by
 * hand; the pass itself is checked on the sample issue's PDF (pdf.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { MAX_FIT_LEVEL, PROBE, charactersToCut, findPhotoGaps, findSpills, textBlock, tighten, withoutProbes } from '../src/print/fitting-plan.ts';
import type { DraftLayout } from '../src/print/layout.ts';

const A4 = 841.89;
const MM = 72 / 25.4;
const block = textBlock(A4);
/** A destination `depth` points below the text block's top, as Chromium writes it (see textBlock). */
const at = (depth: number) => A4 - depth;

function draft(entries: Array<[string, number, number]>): DraftLayout {
  return { pages: new Map(entries.map(([id, page]) => [id, page])), tops: new Map(entries.map(([id, , top]) => [id, top])), pageCount: 40, pageHeight: A4 };
}

describe('spill pages', () => {
  it('finds an article whose last page is short, and only that one', () => {
    const layout = draft([
      [`${PROBE.start}a`, 5, at(0)],
      [`${PROBE.end}a`, 7, at(60)], // three lines on its third page
      [`${PROBE.start}b`, 8, at(0)],
      [`${PROBE.end}b`, 9, at(400)], // more than half its last page
      [`${PROBE.start}c`, 10, at(0)],
      [`${PROBE.end}c`, 10, at(50)], // a one-page article: a short page is no spill
    ]);
    const spills = findSpills(layout, ['a', 'b', 'c'], block);
    expect(spills).toEqual([{ key: 'a', lines: 3, pages: 2 }]);
    expect(charactersToCut(spills[0])).toBe(120);
  });

  it('draws the line at 30% of the text block', () => {
    const height = 297 * MM - 46 * MM;
    const just = (fraction: number) => findSpills(draft([[`${PROBE.start}a`, 1, at(0)], [`${PROBE.end}a`, 2, at(fraction * height)]]), ['a'], block);
    expect(just(0.29)).toHaveLength(1);
    expect(just(0.31)).toHaveLength(0);
  });

  it('tightens a spilled article at least one step per draft, and stops at the last step', () => {
    // One line over ten pages: each step saves more than enough, so one at a time.
    const small = { key: 'a', lines: 1, pages: 10 };
    let levels: Record<string, number> | undefined = {};
    for (let step = 1; step <= MAX_FIT_LEVEL; step++) {
      levels = tighten(levels!, [small]);
      expect(levels).toEqual({ a: step });
    }
    expect(tighten(levels!, [small])).toBeUndefined();
    expect(tighten({ a: MAX_FIT_LEVEL }, [small, { key: 'b', lines: 1, pages: 10 }])).toEqual({ a: MAX_FIT_LEVEL, b: 1 });
  });

  it('goes straight to the step that should save the spilled lines (a draft print per try)', () => {
    // 4 lines after two pages (~72 lines): 5.5% needed with a margin → the third step (8.5%).
    expect(tighten({}, [{ key: 'a', lines: 4, pages: 2 }])).toEqual({ a: 3 });
    // More than any step saves: the last one, to try.
    expect(tighten({}, [{ key: 'a', lines: 9, pages: 1 }])).toEqual({ a: MAX_FIT_LEVEL });
  });
});

describe('photo gaps', () => {
  it('finds a photo pushed to the next page that left a quarter of a page or more blank', () => {
    const layout = draft([
      [`${PROBE.gap}0`, 6, at(300)], // text ends 300pt down; the photo went to page 7
      [`${PROBE.figure}0`, 7, at(0)],
      [`${PROBE.gap}1`, 8, at(600)], // only ~110pt left: not worth moving
      [`${PROBE.figure}1`, 9, at(0)],
      [`${PROBE.gap}2`, 10, at(100)], // fitted on its page
      [`${PROBE.figure}2`, 10, at(110)],
    ]);
    const gaps = findPhotoGaps(layout, block);
    expect(gaps.map((gap) => gap.index)).toEqual(['0']);
    expect(gaps[0].gapPx).toBeCloseTo((297 * MM - 46 * MM - 300) / 0.75, 1);
  });
});

it('leaves only the 目录 anchors in the layout it hands on', () => {
  const layout = withoutProbes(draft([['article-01', 4, at(0)], [`${PROBE.end}article-01`, 6, at(20)], [`${PROBE.gap}3`, 5, at(9)]]));
  expect([...layout.pages.keys()]).toEqual(['article-01']);
  expect([...layout.tops.keys()]).toEqual(['article-01']);
});

/**
 * Copyfitting, the arithmetic: what a draft print says about each article's
 * pages, read from the probes the page put in (src/print/fitting-page.ts) —
 * zero-height links whose named destinations the PDF keeps with their page and
 * height. Pure functions over a DraftLayout; src/print/copyfit.ts runs the
 * drafts.
 *
 * A spill page is an article's last page when it is not its first and its
 * text reaches less than 30% down the text block: a few lines and the source
 * alone on a page. A photo gap is a photo that did not fit the rest of its
 * page and left more than a quarter of the text block blank above the foot.
 */
import type { DraftLayout } from './layout.ts';
import { PRINT_PAGE, textBlockHeight } from '../config/page-measures.ts';

/** Steps of tightening an article may take (the CSS for each is in print.css, "Copyfitting"). */
export const MAX_FIT_LEVEL = 4;

/** Ids of the probes: the start and end of each unit (article, photo page, 简讯), and around each photo. */
export const PROBE = { start: 'fit-start-', end: 'fit-end-', gap: 'fit-gap-', figure: 'fit-fig-' } as const;

const SPILL_FRACTION = 0.3;
const GAP_FRACTION = 0.25;
/** One body line, and the characters to a line (src/config/page-measures.ts). */
const BODY_LINE_PT = PRINT_PAGE.bodySizePt * PRINT_PAGE.leading;
const LINE_CHARACTERS = PRINT_PAGE.lineCharacters;

/**
 * The text block of a page, in PDF points. Chromium places a destination as
 * if the page area began at the paper's top edge: its /XYZ top is the page
 * height less the depth below the text block's top.
 */
export interface TextBlock {
  pageHeight: number;
  /** Between the page's top and bottom margins (src/config/page-measures.ts). */
  height: number;
}

export function textBlock(pageHeight: number): TextBlock {
  return { pageHeight, height: textBlockHeight(pageHeight) };
}

/** How far below the text block's top a destination lands, in points. */
function depth(block: TextBlock, top: number): number {
  return block.pageHeight - top;
}

export interface Spill {
  key: string;
  /** Body lines on the spill page, about. */
  lines: number;
  /** Full pages before the spill page. */
  pages?: number;
}

/**
 * How much shorter each step sets an article, about (print.css, "Copyfitting"): −0.01em of tracking
 * gives a 40th more characters per line; leading 1.75, 1.7, 1.65 against 1.8.
 */
const STEP_SAVES = [0, 0.025, 0.053, 0.085, 0.116];
/** Body lines on a full page, about: the text block over one line. */
const PAGE_LINES = 34;

/** The units (by key) whose last page is a spill page. */
export function findSpills(draft: DraftLayout, keys: string[], block: TextBlock): Spill[] {
  const spills: Spill[] = [];
  for (const key of keys) {
    const start = draft.pages.get(PROBE.start + key);
    const end = draft.pages.get(PROBE.end + key);
    const endTop = draft.tops.get(PROBE.end + key);
    if (start === undefined || end === undefined || endTop === undefined || end <= start) continue;
    const reached = depth(block, endTop);
    if (reached < SPILL_FRACTION * block.height) spills.push({ key, lines: Math.max(1, Math.round(reached / BODY_LINE_PT)), pages: end - start });
  }
  return spills;
}

/** Characters to cut from an article so that a spill of `lines` lines fits back, about. */
export function charactersToCut(spill: Spill): number {
  return Math.ceil((spill.lines * LINE_CHARACTERS) / 10) * 10;
}

export interface PhotoGap {
  /** The photo's index (data-fit-index). */
  index: string;
  /** The blank left above the page's foot, in CSS px (the PDF's 0.75 pt). */
  gapPx: number;
}

/** Photos that were pushed to the next page and left a quarter of a page or more blank behind them. */
export function findPhotoGaps(draft: DraftLayout, block: TextBlock): PhotoGap[] {
  const gaps: PhotoGap[] = [];
  for (const [id, page] of draft.pages) {
    if (!id.startsWith(PROBE.gap)) continue;
    const index = id.slice(PROBE.gap.length);
    const figurePage = draft.pages.get(PROBE.figure + index);
    const top = draft.tops.get(id);
    if (figurePage === undefined || top === undefined || figurePage <= page) continue;
    const blank = block.height - depth(block, top);
    if (blank > GAP_FRACTION * block.height) gaps.push({ index, gapPx: blank / 0.75 });
  }
  return gaps;
}

/**
 * The next levels: each spilled unit at least one step tighter, straight to the step that should
 * save its spilled lines with a little to spare (each try is a draft print); units at the last
 * step stay. Undefined when none can go further.
 */
export function tighten(levels: Record<string, number>, spills: Spill[]): Record<string, number> | undefined {
  const next = { ...levels };
  let changed = false;
  for (const spill of spills) {
    const level = next[spill.key] ?? 0;
    if (level >= MAX_FIT_LEVEL) continue;
    const lines = (spill.pages ?? 1) * PAGE_LINES + spill.lines;
    const needed = (spill.lines * 1.15) / lines;
    const enough = STEP_SAVES.findIndex((saves) => saves >= needed);
    next[spill.key] = Math.max(level + 1, Math.min(enough === -1 ? MAX_FIT_LEVEL : enough, MAX_FIT_LEVEL));
    changed = true;
  }
  return changed ? next : undefined;
}

/** A draft without the probes: only the anchors the 目录 and the PDF's pages need. */
export function withoutProbes(draft: DraftLayout): DraftLayout {
  const isProbe = (id: string) => Object.values(PROBE).some((prefix) => id.startsWith(prefix));
  const keep = <T>(map: Map<string, T>) => new Map([...map].filter(([id]) => !isProbe(id)));
  return { ...draft, pages: keep(draft.pages), tops: keep(draft.tops) };
}

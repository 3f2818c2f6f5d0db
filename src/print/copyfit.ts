/**
 * The copyfit pass: after the draft print, pull back every spill page and
 * close every photo gap, within set limits, then say which articles were
 * fitted and which could not be (the build prints it).
 *
 *  1. Runts are tightened in the page (fitting-page.ts) before any draft.
 *  2. A draft with probes says where each article ends and where each photo
 *     fell (fitting-plan.ts). Photos that left a gap are made up to 15%
 *     smaller or moved below the next paragraphs; then a new draft.
 *  3. Each article that ends on a spill page is tightened one step (print.css,
 *     "Copyfitting": tracking, then leading, then photos and spacing) and
 *     drafted again, up to MAX_FIT_LEVEL. Articles are independent — each
 *     starts a page — so one draft measures them all.
 *  4. An article still spilling at the last step goes back to its own
 *     setting (tightening it would gain nothing) and is reported with how
 *     much to cut.
 *
 * Only the units that need it cost drafts: an issue without spills or gaps
 * is drafted once, as before.
 */
import type { Page } from 'puppeteer';
import type { DraftLayout, Fitting } from './layout.ts';
import { charactersToCut, findPhotoGaps, findSpills, textBlock, tighten, withoutProbes, type Spill } from './fitting-plan.ts';
import { addProbes, applyFitLevels, breakBeforeBriefEnds, applyPhotoFixes, planPhotoFixes, removeProbes, tightenRunts } from './fitting-page.ts';

export type { Fitting };

/** `widen`: the screen/print glyph ratio (fitting-page.ts screenWiden), measured by the printer. */
export async function copyfit(page: Page, draftPrint: () => Promise<DraftLayout>, widen: number): Promise<{ draft: DraftLayout; fitting: Fitting }> {
  let runts = await page.evaluate(tightenRunts, widen);
  const units = await page.evaluate(addProbes);
  const keys = units.map((unit) => unit.key);
  const titles = new Map(units.map((unit) => [unit.key, unit.title]));
  let draft = await draftPrint();
  const block = textBlock(draft.pageHeight);

  const gaps = findPhotoGaps(draft, block);
  const photoFixes = gaps.length ? await page.evaluate(planPhotoFixes, gaps, widen) : [];
  let spills = findSpills(draft, keys, block);
  if (photoFixes.length) {
    // Each draft is a print: the articles no photo moved in are tightened in the same round as the
    // photos are fixed; those a photo moved in are measured again in the next draft.
    const moved = new Set(await page.evaluate(applyPhotoFixes, photoFixes));
    spills = spills.filter((spill) => !moved.has(spill.key));
    if (!spills.length) {
      draft = await draftPrint();
      spills = findSpills(draft, keys, block);
    }
  }

  let levels: Record<string, number> = {};
  const firstSpills = new Map<string, Spill>();
  const remember = () => spills.forEach((spill) => firstSpills.has(spill.key) || firstSpills.set(spill.key, spill));
  remember();
  for (let next = tighten(levels, spills); next; next = tighten(levels, spills)) {
    levels = next;
    await page.evaluate(applyFitLevels, levels);
    await page.evaluate(breakBeforeBriefEnds, widen);
    runts = await page.evaluate(tightenRunts, widen);
    draft = await draftPrint();
    spills = findSpills(draft, keys, block);
    remember();
  }
  if (spills.length) {
    for (const { key } of spills) delete levels[key];
    await page.evaluate(applyFitLevels, levels);
    await page.evaluate(breakBeforeBriefEnds, widen);
    runts = await page.evaluate(tightenRunts, widen);
    draft = await draftPrint();
  }
  await page.evaluate(removeProbes);

  const title = (key: string) => titles.get(key) ?? key;
  const stillSpilled = new Set(spills.map((spill) => spill.key));
  const fitting: Fitting = {
    levels,
    photoFixes,
    fitted: [...firstSpills.keys()].filter((key) => !stillSpilled.has(key)).map((key) => ({ title: title(key), level: levels[key] ?? 0 })),
    unfitted: spills.map((spill: Spill) => {
      const first = firstSpills.get(spill.key) ?? spill;
      return { title: title(spill.key), lines: first.lines, cut: charactersToCut(first) };
    }),
    runts,
  };
  return { draft: withoutProbes(draft), fitting };
}

/** The dev server's next print of an issue: the last pass's fitting made again at once, runts measured afresh. */
export async function reapplyFitting(page: Page, fitting: Fitting, widen: number): Promise<void> {
  await page.evaluate(applyPhotoFixes, fitting.photoFixes);
  await page.evaluate(applyFitLevels, fitting.levels);
  await page.evaluate(breakBeforeBriefEnds, widen);
  await page.evaluate(tightenRunts, widen);
}

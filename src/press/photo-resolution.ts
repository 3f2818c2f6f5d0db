/**
 * Each photo's resolution as it really prints: its pixels over its size on
 * the press PDF's page (the copyfit pass may have made it smaller, a tall one
 * is held to its height limit), reported at the line of the Markdown file
 * (or issue.md, for the cover) that names it when below 250 ppi.
 *
 * Pages paint their photos in the order of the print HTML: the cover's, then
 * each article's. Placements are matched to the issue's figures in that
 * order, by their pixel size (each photo is in the PDF at its own size, or
 * scaled down to PRINT_IMAGE_MAX_WIDTH): a photo that is not found (never
 * painted) is skipped, never matched to another's placement.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Issue } from '../model/types.ts';
import type { Place } from '../core/problems.ts';
import { inspectImage } from '../content/inspect-image.ts';
import { PRINT_IMAGE_MAX_WIDTH } from '../config/page-measures.ts';
import { t } from '../i18n/index.ts';
import { MM } from './geometry.ts';
import type { PaintedPage } from './placements.ts';
import type { Finding } from './preflight.ts';

/** Print shops ask for 250–300 ppi; below 250, photos look soft. */
export const MIN_PPI = 250;

export interface PrintedFigure {
  /** The content file that names it, and where. */
  file: string;
  place?: Place;
  name: string;
  /** Its pixels as it prints (upright), before any scaling down. */
  width: number;
  height: number;
}

/** The cover, then every article's figures, in the order the pages print them. */
export async function figuresOf(issue: Issue): Promise<PrintedFigure[]> {
  const root = dirname(issue.dir);
  const named: Array<Omit<PrintedFigure, 'width' | 'height'> & { path: string }> = [];
  if (issue.cover) {
    const file = join(issue.dir, 'issue.md');
    named.push({ path: issue.cover.path, file, place: issue.cover.place ?? lineOf(file, /^\s*image:/m), name: basename(issue.cover.path) });
  }
  for (const article of issue.sections.flatMap((s) => s.articles)) {
    for (const figure of article.figures) named.push({ path: figure.path, file: join(root, article.file), place: figure.place, name: basename(figure.path) });
  }
  const sized = await Promise.all(named.map(async ({ path, ...rest }) => ({ ...rest, verdict: await inspectImage(path) })));
  return sized.flatMap(({ verdict, ...rest }) => (verdict.ok ? [{ ...rest, width: verdict.width, height: verdict.height }] : []));
}

export function photoResolution(pages: PaintedPage[], figures: PrintedFigure[], pdfFile: string, maxWidth = PRINT_IMAGE_MAX_WIDTH): Finding[] {
  const findings: Finding[] = [];
  let next = 0;
  pages.forEach((page, index) => {
    for (const image of page.images) {
      // Rules and masks are no photos; a photo is at least a few millimetres.
      if (image.width < 16 || image.shownWidth < 10 * MM) continue;
      const at = figures.findIndex((f, i) => i >= next && sameSize(f, image, maxWidth));
      const figure = at >= 0 ? figures[at] : undefined;
      if (figure) next = at + 1;
      const ppi = Math.round(image.width / (image.shownWidth / 72));
      if (ppi >= MIN_PPI) continue;
      const mm = `${Math.round(image.shownWidth / MM)}×${Math.round(image.shownHeight / MM)}`;
      const needed = Math.ceil((image.shownWidth / 72) * MIN_PPI);
      findings.push({
        file: figure?.file ?? pdfFile,
        place: figure ? figure.place : { line: index + 1, column: 1 },
        severity: 'warning',
        ruleId: 'press-image-ppi',
        message: t().press.imageLowPpi({ image: figure?.name ?? `#${index + 1}`, ppi, mm, px: `${image.width}×${image.height}`, needed }),
      });
    }
  });
  return findings;
}

/** Is `image` this figure, at its own size or scaled down to `maxWidth`? */
function sameSize(figure: PrintedFigure, image: { width: number; height: number }, maxWidth: number): boolean {
  const width = Math.min(figure.width, maxWidth);
  const height = Math.round((figure.height * width) / figure.width);
  return Math.abs(width - image.width) <= 2 && Math.abs(height - image.height) <= 2;
}

function lineOf(path: string, pattern: RegExp): Place | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const match = pattern.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

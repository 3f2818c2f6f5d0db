/**
 * Rules on the assembled issue, beyond what a build needs: articles without a
 * source, images without a caption or too small for their printed width, and
 * 目录 titles too long for one line. They are warnings: the issue still builds.
 * Each is placed where the model says the thing stands: a figure where the
 * mdast had its image, a title or the cover where the YAML had its key.
 */
import { inspectImage } from '../content/inspect-image.ts';
import type { VFile } from 'vfile';
import type { Issue } from '../model/types.ts';
import { reportWarning, type FileRegistry } from '../core/problems.ts';
import { t } from '../i18n/index.ts';
import { MEASURE_PT, MM, PRINT_PAGE } from '../config/page-measures.ts';

/** Below this resolution at its printed width a photo looks soft in print. */
const MIN_DPI = 150;
/** Printed widths: the measure for article images; the cover photo between its 18 mm margins (print.css .cover-photo). */
const COLUMN_MM = MEASURE_PT / MM;
const COVER_MM = 174;
/** One 目录 line holds about this many Chinese characters. */
const TOC_LINE = PRINT_PAGE.tocLineCharacters;

export async function checkIssue(issue: Issue, files: FileRegistry): Promise<void> {
  const fileOf = (rel: string) => files.files.find((f) => f.path.endsWith(`/${rel}`) || f.path === rel);
  for (const article of issue.sections.flatMap((s) => s.articles)) {
    const file = fileOf(article.file);
    if (!file) continue;
    if (article.layout === 'article' && article.sources.length === 0) {
      reportWarning(file, t().check.missingSource, { line: 1, column: 1 }, 'missing-source');
    }
    const width = [...article.tocTitle].reduce((n, ch) => n + (/[\u0000-\u00ff]/.test(ch) ? 0.55 : 1), 0);
    if (width > TOC_LINE) {
      reportWarning(file, t().check.tocTitleTooLong({ width: Math.ceil(width), limit: TOC_LINE }), article.tocPlace, 'toc-title-too-long');
    }
    for (const figure of article.figures) {
      const ref = figure.path.split('/').pop()!;
      if (!figure.caption) reportWarning(file, t().check.imageNoCaption({ image: ref }), figure.place, 'image-no-caption');
      await checkResolution(file, figure.path, COLUMN_MM, figure.place);
    }
  }
  if (issue.cover) {
    const file = files.files.find((f) => f.path === `${issue.dir}/issue.md`);
    if (file) await checkResolution(file, issue.cover.path, COVER_MM, issue.cover.place);
  }
}

async function checkResolution(file: VFile, path: string, printedMm: number, place: { line: number; column: number }): Promise<void> {
  // The loader has opened every photo already (src/content/inspect-image.ts): its verdict has the upright size.
  const verdict = await inspectImage(path);
  const width = verdict.ok ? verdict.width : 0;
  if (!width) return;
  const dpi = Math.round(width / (printedMm / 25.4));
  if (dpi < MIN_DPI) {
    const needed = Math.ceil((printedMm / 25.4) * 300);
    const image = path.split('/').pop()!;
    reportWarning(file, t().check.imageTooSmall({ image, px: width, mm: printedMm, dpi, needed }), place, 'image-too-small');
  }
}
